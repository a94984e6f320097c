"""Sentence splitting: abbreviations, quotes, languages, layout (paragraphs, lines, wrapping)."""

from __future__ import annotations

import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.sentences import (
    SHORT_LINE,
    layout_segments,
    split_sentences,
    tokenizer_for,
    wrap_width,
)


def sentences(text: str, language: str = "en") -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, language)]


def test_abbreviations_do_not_end_sentences() -> None:
    text = (
        "Dr. Smith met U.S. officials in Washington on Monday. "
        "Mr. Brown, i.e. the chairman, agreed. They were No. 1 in the table."
    )
    assert sentences(text) == [
        "Dr. Smith met U.S. officials in Washington on Monday.",
        "Mr. Brown, i.e. the chairman, agreed.",
        "They were No. 1 in the table.",
    ]


def test_closing_quotes_stay_with_their_sentence() -> None:
    text = 'She said: "We are ready." Then the doors opened. "Is it over?" he asked.'
    assert sentences(text) == [
        'She said: "We are ready."',
        "Then the doors opened.",
        '"Is it over?"',
        "he asked.",
    ]


def test_german_ordinals_and_abbreviations() -> None:
    text = (
        "Am 3. Oktober feiert Deutschland die Einheit. Das ist z.B. ein Feiertag. "
        "Prof. Dr. Müller sprach um 14 Uhr. Danach ging er."
    )
    assert sentences(text, "de") == [
        "Am 3. Oktober feiert Deutschland die Einheit.",
        "Das ist z.B. ein Feiertag.",
        "Prof. Dr. Müller sprach um 14 Uhr.",
        "Danach ging er.",
    ]


def test_sentences_never_cross_a_paragraph_break() -> None:
    text = "The first paragraph has no full stop\n\nThe second one does. It has two sentences."
    assert sentences(text) == [
        "The first paragraph has no full stop",
        "The second one does.",
        "It has two sentences.",
    ]


def test_one_paragraph_per_line_never_crosses_a_line_break() -> None:
    text = (
        "Rail operator apologises for delays\n"
        "The operator cancelled 300 trains in January. Drivers were short.\n"
        "Passengers will get refunds for the worst weeks\n"
        "A new timetable starts in April.\n"
    )
    assert sentences(text) == [
        "Rail operator apologises for delays",
        "The operator cancelled 300 trains in January.",
        "Drivers were short.",
        "Passengers will get refunds for the worst weeks",
        "A new timetable starts in April.",
    ]
    assert wrap_width(text) is None


PARAGRAPHS = [
    "The fishing town of Kestrel Bay has opened a library on a converted ferry, moored beside "
    "the old fish market. The ferry, retired last spring, now holds about 4,000 books and a "
    "reading room on its upper deck. Librarian Maya Okonkwo said visitors had doubled since "
    "the boat opened in March.",
    "The council paid for the conversion with a grant from the regional culture fund. Local "
    "schools have booked weekly visits until the summer holidays, and the library will close "
    "for two weeks in November while its hull is repainted.",
]


def test_hard_wrapped_text_is_joined_across_single_line_breaks() -> None:
    text = "Floating library opens\n\n" + "\n\n".join(textwrap.fill(p, 72) for p in PARAGRAPHS)
    assert wrap_width(text) is not None
    found = [" ".join(s.split()) for s in sentences(text)]
    assert found == [
        "Floating library opens",
        "The fishing town of Kestrel Bay has opened a library on a converted ferry, moored "
        "beside the old fish market.",
        "The ferry, retired last spring, now holds about 4,000 books and a reading room on its "
        "upper deck.",
        "Librarian Maya Okonkwo said visitors had doubled since the boat opened in March.",
        "The council paid for the conversion with a grant from the regional culture fund.",
        "Local schools have booked weekly visits until the summer holidays, and the library "
        "will close for two weeks in November while its hull is repainted.",
    ]


def test_wrapped_paragraphs_without_blank_lines_end_at_short_lines() -> None:
    wrapped = [textwrap.fill(p, 60) for p in PARAGRAPHS]
    heading = "Library"
    text = heading + "\n" + "\n".join(wrapped)
    found = sentences(text)
    assert found[0] == heading
    assert len(found) == 6


def test_layout_segments_cover_all_text() -> None:
    text = "One line.\n\n  Two\nlines.  \n"
    segments = layout_segments(text)
    assert [text[s:e] for s, e in segments] == ["One line.", "Two", "lines."]


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("这是一支笔。那是一本书！你好吗？", "zh", 3),
        ("東京は晴れです。明日は雨でしょう。", "ja", 2),
        ("مرحبا بالعالم. كيف حالك؟ أنا بخير.", "ar", 3),
        ("שלום עולם. מה שלומך? אני בסדר.", "he", 3),
        ("Он пришёл домой. Было уже поздно. Все давно спали.", "ru", 3),
    ],
)
def test_other_scripts(text: str, language: str, count: int) -> None:
    assert len(sentences(text, language)) == count


@pytest.mark.parametrize("language", ["xx", "", "klingon", "EN", "de-AT"])
def test_any_language_code_works(language: str) -> None:
    assert sentences("One sentence here. And another one.", language) == [
        "One sentence here.",
        "And another one.",
    ]


def test_empty_and_blank_text() -> None:
    assert split_sentences("", "en") == ()
    assert split_sentences(" \n\n\t ", "en") == ()


def test_tokenizers_are_cached_and_shared_by_threads() -> None:
    assert tokenizer_for("de") is tokenizer_for("DE")
    assert tokenizer_for("xx") is tokenizer_for("en")
    text = "Erster Satz hier. Zweiter Satz da."
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: split_sentences(text, "de"), range(32)))
    assert all(r == results[0] for r in results) and len(results[0]) == 2


def test_seed_article_sentences_stay_within_lines(corpus: Path) -> None:
    text = (corpus / "teasers" / "seed-us-iran.txt").read_text("utf-8")
    spans = split_sentences(text, "en")
    assert len(spans) >= text.count("\n") - text.count("\n\n")
    assert all("\n" not in text[s:e] for s, e in spans)


_TEXT = st.lists(
    st.one_of(
        st.text(st.characters(blacklist_categories=("Cs",)), max_size=30),
        st.sampled_from(["Dr. Who. ", "U.S. ", "\n", "\n\n", "…", '"Hi." ', " ", "。", "?! "]),
    ),
    max_size=20,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.sampled_from(["en", "de", "zh", "ar", "xx"]))
def test_spans_are_ordered_trimmed_and_inside_the_text(text: str, language: str) -> None:
    spans = split_sentences(text, language)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        piece = text[start:end]
        assert "\n\n" not in piece
        previous_end = end
    covered = "".join(text[s:e] for s, e in spans)
    assert sum(not ch.isspace() for ch in covered) == sum(not ch.isspace() for ch in text)


def _punkt_on_every_segment(text: str, language: str) -> tuple[tuple[int, int], ...]:
    """What split_sentences gives when Punkt runs on every layout segment (no shortcut)."""
    tokenizer = tokenizer_for(language)
    spans: list[tuple[int, int]] = []
    for seg_start, seg_end in layout_segments(text):
        for start, end in tokenizer.span_tokenize(text[seg_start:seg_end]):
            piece = text[seg_start + start : seg_start + end]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                spans.append((seg_start + start + lead, seg_start + start + len(piece.rstrip())))
    return tuple(spans)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
            st.sampled_from(["Hi", " ", "\n", "!", "?", ".", "...", ";", '"', "。", "؟", "!!!"]),
        ),
        max_size=16,
    ).map("".join),
    st.sampled_from(["en", "el", "zh", "ja", "ar", "hi", "xx"]),
)
def test_segments_skipped_for_lack_of_a_sentence_end_split_as_punkt_would(
    text: str, language: str
) -> None:
    # a segment with no sentence-ending character before its last one is not given to Punkt
    assert split_sentences(text, language) == _punkt_on_every_segment(text, language)


def test_a_sentence_end_inside_a_line_still_splits_it() -> None:
    assert sentences("Stop! Go.\nOne line only.\nNo end here") == [
        "Stop!",
        "Go.",
        "One line only.",
        "No end here",
    ]


def _segments_line_by_line(text: str) -> list[tuple[int, int]]:
    """The layout segments as first written: line spans, joined into stretches, then each
    trimmed a character at a time (the reference for the one-pass :func:`layout_segments`)."""
    lines: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    width = wrap_width(text)
    segments: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for start, end in lines:
        content = text[start:end].strip()
        if not content:
            if current is not None:
                segments.append(current)
            current = None
            continue
        current = (current[0], end) if current is not None else (start, end)
        if width is None or len(content) < SHORT_LINE * width:
            segments.append(current)
            current = None
    if current is not None:
        segments.append(current)
    trimmed = []
    for start, end in segments:
        while text[start].isspace():
            start += 1
        while text[end - 1].isspace():
            end -= 1
        trimmed.append((start, end))
    return trimmed


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(st.characters(blacklist_categories=("Cs",)), max_size=8),
            st.sampled_from(["\n", "\n\n", " ", "\t", "\u00a0", "\u2003", "\r", "word " * 12]),
        ),
        max_size=30,
    ).map("".join)
)
def test_layout_segments_are_the_line_by_line_ones(text: str) -> None:
    assert layout_segments(text) == _segments_line_by_line(text)


def test_layout_segments_of_wrapped_and_indented_text() -> None:
    wrapped = textwrap.fill("The council met on Tuesday to discuss the harbour plan. " * 6, 60)
    for text in (wrapped, "  Indented line.\n\n\t Another one. \n", "\n\n", "", "a\n b \n\n c"):
        assert layout_segments(text) == _segments_line_by_line(text), text
    assert len(layout_segments(wrapped)) == 1
