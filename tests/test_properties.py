"""Properties of the pure core that must hold for any input text (hypothesis).

For any string, :func:`reader.analyze` returns a result or raises a documented
:class:`~reader.errors.ReaderError` (never an :class:`~reader.errors.InternalError`, which
means a bug); every span lies inside the displayed text and is ordered; every non-empty input
line is either displayed, in the title, or listed as removed; a speaker mention ends with a
word of the speaker's name (before it only name words or a title such as "Ms").
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader import analyze
from reader.errors import InternalError, ReaderError
from reader.result import Analysis

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NAMES = ["Mara Olsen", "Tom Reyes", "Priya Nair", "Jean-Luc Dubois", "Ann O'Neill", "Li Wei"]
WORDS = ["the", "board", "voted", "on", "monday", "to", "rebuild", "old", "pier", "work"]
WORDS += ["will", "start", "in", "spring", "ferry"]

word = st.sampled_from(WORDS)
plain_sentence = st.lists(word, min_size=3, max_size=12).map(
    lambda ws: " ".join(ws).capitalize() + "."
)
quote = st.tuples(st.lists(word, min_size=2, max_size=8), st.sampled_from(NAMES)).map(
    lambda t: f'"{" ".join(t[0]).capitalize()}," said {t[1]}.'
)
attributed = st.tuples(st.sampled_from(NAMES), st.lists(word, min_size=2, max_size=8)).map(
    lambda t: f"{t[0]} said {' '.join(t[1])}."
)
titled = st.tuples(
    st.sampled_from(["Ms", "Mr", "Dr", "Prof"]),
    st.sampled_from(NAMES),
    st.lists(word, min_size=2, max_size=8),
).map(lambda t: f"{t[0]} {t[1].split()[-1]} added that {' '.join(t[2])}.")
teaser = st.lists(word, min_size=4, max_size=10).map(lambda ws: " ".join(ws).capitalize() + "…")
paragraph = st.lists(
    st.one_of(plain_sentence, quote, attributed, titled), min_size=1, max_size=5
).map(" ".join)
article = st.tuples(
    st.lists(word, min_size=2, max_size=6).map(lambda ws: " ".join(ws).title()),
    st.lists(paragraph, min_size=1, max_size=6),
    st.lists(teaser, max_size=4),
).map(lambda t: "\n\n".join([t[0], *t[1]]) + ("\n" + "\n".join(t[2]) if t[2] else ""))

# Any text a person could type or paste: letters of all scripts, punctuation, line breaks.
typed_text = st.lists(
    st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn"), max_codepoint=0x2FFFF)
    | st.sampled_from(["\n", "\n\n", " ", ". ", "“", "”", '"', "…"]),
    max_size=200,
).map("".join)


def _analyze_or_documented_error(text: str) -> Analysis | None:
    try:
        return analyze(text)
    except InternalError:
        raise  # a bug: let hypothesis report it with its cause
    except ReaderError as exc:
        assert str(exc).strip(), "an error without a message"
        return None


def _check_spans(result: Analysis) -> None:
    n = len(result.text)
    previous_end = 0
    for start, end in result.sentences:
        assert previous_end <= start < end <= n, (start, end)
        previous_end = end
    indices = list(result.summary.sentences)
    assert indices == sorted(set(indices))
    assert all(0 <= i < len(result.sentences) for i in indices)
    if result.title_span is not None:  # the headline line is in the text; never summarised
        t_start, t_end = result.title_span
        assert 0 <= t_start < t_end <= n and result.text[t_start:t_end] == result.title
        for i in indices:
            start, end = result.sentences[i]
            assert not (t_start <= start and end <= t_end), "the summary picked the headline"
    first_mentions = []
    for speaker in result.speakers:
        mentions = list(speaker.mentions)
        assert mentions == sorted(mentions)
        name_words = {w.casefold() for w in re.findall(r"\w+", speaker.name)}
        for start, end in mentions:
            assert 0 <= start < end <= n
            # "Mara Olsen", "Olsen" or "Ms Olsen": the words end with a word of the name and
            # any other word is part of the name or a title before it.
            covered = [w.casefold() for w in re.findall(r"\w+", result.text[start:end])]
            assert covered and covered[-1] in name_words, (speaker.name, result.text[start:end])
        if mentions:
            first_mentions.append(mentions[0][0])
    assert first_mentions == sorted(first_mentions)


def _norm(s: str) -> str:
    return " ".join(s.split())


def _check_lines_accounted_for(source: str, result: Analysis) -> None:
    shown = _norm(result.text)
    title = _norm(result.title)
    # lines moved aside are kept too: teasers and the page's lines under the article
    # (removed_lines), and the page's lines around and between its paragraphs (clutter_lines:
    # a byline, a date line, a caption)
    removed = {_norm(line) for line in (*result.removed_lines, *result.clutter_lines)}
    for line in source.splitlines():
        line = _norm(line)
        if line:
            assert line in removed or line in shown or line == title, line


@SETTINGS
@given(st.text(max_size=300))
@example("\x00\x00")
@example("\ufeff")
@example("…")
def test_any_string_gives_a_result_or_a_documented_error(text: str) -> None:
    result = _analyze_or_documented_error(text)
    if result is not None:
        _check_spans(result)


@SETTINGS
@given(typed_text)
@example("0A\n\n0")  # a body without words: the summary must still skip the headline
@example("00\n0B0A.")  # "00" is a date line alone: moved to the clutter lines, not lost
def test_typed_text_keeps_every_line(text: str) -> None:
    result = _analyze_or_documented_error(text)
    if result is not None:
        _check_spans(result)
        _check_lines_accounted_for(text, result)


@SETTINGS
@given(article)
@example("The The The\n\nThe the the.")  # one sentence without content words
def test_articles_keep_every_line_and_spans_are_sound(text: str) -> None:
    result = analyze(text)
    _check_spans(result)
    _check_lines_accounted_for(text, result)
    assert result.summary.sentences  # a real article always has a summary
