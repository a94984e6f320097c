"""Page furniture is never a summary sentence: prompts, captions, bylines, datelines, labels.

Every example is ours, written to the patterns' descriptions (not taken from the corpus).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader import analyze
from reader.sentences import split_sentences
from reader.summary import ALGORITHMS, summarize
from reader.summary.furniture import (
    furniture,
    is_byline,
    is_caption,
    is_dateline,
    is_furniture,
    is_label,
    is_prompt,
)

PROSE = [
    "The council approved the new cycle lanes on Tuesday after a two-hour debate.",
    "Read the small print, the consumer group advised, before signing any contract.",
    "Advertisement revenue at the newspaper fell by a fifth last year.",
    "Share prices in the shipping company rose sharply after the announcement.",
    "By the end of the year, the bridge will carry twice as many cars.",
    "By Monday night the river had risen by two metres.",
    "Watch out for ice on the roads, police warned drivers.",
    "Video games now earn more than films, the report found.",
    "The man was pictured at the front of the crowd, police said.",
    "The ten cities (top 10 by population) all reported growth.",
    "Monday was the busiest day the port had ever seen.",
    "Follow-up tests showed no trace of the chemical.",
    "Photographers gathered outside the court before dawn.",
    "He said in the video: the decision was final.",
    "In March, the mayor (left in office until May) signed the order.",
    "London remains the most visited city in Europe.",
]


@pytest.mark.parametrize("sentence", PROSE)
def test_prose_is_not_furniture(sentence):
    assert not is_furniture(sentence), sentence
    assert not is_furniture(sentence, own_line=True), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Scroll down for video",
        "Scroll down for video The mayor opens the new bridge on Monday.",
        "Read more: Why the ferry timetable was cut",
        "READ MORE: Council backs cycle lanes",
        "Share this article",
        "Share or comment on this article:",
        "Follow us on Twitter for the latest news.",
        "Sign up for our morning newsletter.",
        "Advertisement",
        "Watch the video: the mayor cuts the ribbon.",
        "Click here to see the full gallery.",
        "» Read more about the harbour plans",
        "Continue reading the main story",
        "Lesen Sie auch: Die Stadt plant neue Radwege",
    ],
)
def test_prompts(sentence):
    assert is_prompt(sentence) and is_furniture(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor (pictured) opened the bridge on Monday.",
        "Anna Berg (left) and her sister Lena (right) at the opening of the bakery",
        "Jon Moss (pictured with his daughter in 2019) has run the shop for 30 years.",
        "Mrs Hale, pictured with the award, said it belonged to the whole team.",
        "The old pier, pictured above, will be demolished in the spring.",
        "The harbour at dawn (file photo)",
        "Photograph: Jane Doe/Reuters",
        "Crowds on the quay as the ship arrives. Photo: Tom Hart/Harbour News",
        "Image copyright AFP",
        "Image caption The mayor said the bridge would open on time",
        "Protesters outside the town hall on Monday. (AP Photo/Kim Lee)",
        "Firefighters at the scene AFP/Getty Images",
        "Foto: dpa",
    ],
)
def test_captions_and_credits(sentence):
    assert is_caption(sentence) and is_furniture(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "By Jane Doe",
        "By Jane Doe and John Roe for MailOnline",
        "By Ana da Silva | Published: 10:21 GMT, 3 March 2015",
        "Von Max Mustermann",
    ],
)
def test_bylines(sentence):
    assert is_byline(sentence) and is_furniture(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "LONDON (Reuters) -",
        "NEW YORK, March 3 (AP) —",
        "PORTREE, Scotland -",
        "Updated: 10:21 GMT, 3 March 2015",
        "Published on Tuesday 12 March 2024 at 09:14",
        "03/03/2015 10:21",
        "(CNN)",
    ],
)
def test_datelines_on_their_own(sentence):
    assert is_dateline(sentence) and is_furniture(sentence)
    assert is_dateline(sentence, tokens=len(sentence.split()))


def test_a_long_sentence_is_no_dateline_whether_its_tokens_are_counted_or_not():
    """Given its number of tokens, a sentence of more than MAX_LABEL_TOKENS is no dateline
    without being split: the answer is the one splitting it gives."""
    from reader.summary.furniture import MAX_LABEL_TOKENS

    words = "LONDON PARIS BERLIN ROME MADRID LISBON OSLO VIENNA PRAGUE WARSAW KYIV RIGA TALLINN"
    for count in range(1, 3 * MAX_LABEL_TOKENS):
        for tail in (" -", " — Reuters", ""):
            sentence = " ".join((words.split() * 3)[:count]) + tail
            tokens = len(sentence.split())
            assert is_dateline(sentence, tokens) == is_dateline(sentence), sentence
            assert is_dateline(sentence) == (tokens <= MAX_LABEL_TOKENS)  # places in capitals


def test_a_dateline_opening_a_sentence_keeps_the_sentence():
    sentence = "LONDON (Reuters) - The Bank of England held interest rates on Thursday."
    assert not is_furniture(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Daily Mail Reporter", "Anna Berg (Norway) Ferrari 1:35.782 2.", "Related Topics", "2024."],
)
def test_labels_have_no_word_in_lower_case(sentence):
    assert is_label(sentence) and is_furniture(sentence)


def test_uncased_scripts_are_not_labels():
    assert not is_label("北京今天下雨。")
    assert not is_label("المجلس البلدي يصوت لإبقاء العبارة")


def test_a_line_of_its_own_must_end_like_a_sentence():
    assert is_furniture("How the ferry service began", own_line=True)
    assert not is_furniture("How the ferry service began.", own_line=True)
    assert not is_furniture('"We will rebuild the pier," she said.', own_line=True)
    assert not is_furniture("How the ferry service began", own_line=False)


def test_furniture_finds_whole_lines_and_keeps_everything_when_all_look_alike():
    text = "Harbour News\nThe pier will close in May.\nIts timbers are rotten.\nMore stories"
    spans = split_sentences(text, "en")
    assert furniture(text, spans) == {0, 3}
    headings = "One Heading\nAnother Heading\nA Third"
    assert furniture(headings, split_sentences(headings, "en")) == frozenset()


@pytest.fixture
def ferry(files: Path):
    """A news story we wrote, saved as a page copy with its furniture line by line."""
    return analyze(files / "summary" / "furniture" / "ferry_rescue.txt")


FERRY_FURNITURE = {
    "By Morag Lindsay and Peter Quinn for the Coastal Times",
    "Published: 09:14 GMT, 12 March 2024 | Updated: 11:02 GMT, 12 March 2024",
    "PORTREE, Scotland -",
    "Scroll down for video",
    "Coxswain Ailsa Munro (pictured) led the crew through waves of up to five metres.",
    "Ailsa Munro, pictured with her crew at the station in 2021, has served on the lifeboat "
    "for twelve years.",
    "Photograph: Donald MacLeod/Coastal Press",
    "Read more: Island ferry timetable cut for the winter",
    "Share this article",
    "Advertisement",
    "Follow us on Twitter for the latest news from the islands.",
}


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_no_algorithm_ever_picks_furniture_or_the_headline(algorithm, ferry):
    total = len(ferry.sentences)
    for count in (3, total):  # asking for every sentence still leaves the furniture out
        summary = summarize(
            ferry.text,
            ferry.sentences,
            "en",
            algorithm=algorithm,
            count=count,
            title=ferry.title,
            headline=ferry.title_span,
        )
        texts = {ferry.sentence_text(i) for i in summary.sentences}
        assert not texts & FERRY_FURNITURE, algorithm
        assert ferry.title not in texts
    # the cleaning stage already takes some page lines out of the text (the byline, the date
    # line, the photograph's credit, "Advertisement", the "Read more: <headline>" link); the
    # rest reach the summariser, which must leave them out
    shown = {ferry.sentence_text(i) for i in range(total)} & FERRY_FURNITURE
    assert len(shown) >= 4
    assert len(summary.sentences) == total - 1 - len(shown)


def test_furniture_glued_into_one_line_is_left_out_too(ferry):
    """Text copied off a page as one line: prompts and captions run into the prose."""
    body = " ".join(
        ferry.sentence_text(i)
        for i in range(1, len(ferry.sentences))
        if ferry.sentence_text(i) not in ("Advertisement", "Share this article")
    )
    spans = split_sentences(body, "en")
    summary = summarize(body, spans, "en", count=len(spans))
    chosen = " ".join(body[s:e] for s, e in (spans[i] for i in summary.sentences))
    for marker in ("Scroll down", "(pictured)", ", pictured", "Photograph:", "Read more"):
        assert marker not in chosen
    assert "forty passengers from a ferry" in chosen


def test_multiword_labels_are_found_as_the_full_test_finds_them() -> None:
    """The one startswith() test first changes no answer: each label, in any case, alone, with
    more words, glued to a word, and lines that open otherwise."""
    from reader.summary.furniture import _has_multiword_label, _multiword_labels

    labels = _multiword_labels()
    assert labels
    lines = ["The harbour reopened on Monday.", "", "Photo", "image"]
    for label in labels:
        lines += [label, label.upper(), f"{label} Jo Vik", f"{label}s Jo Vik", f"x {label}"]
    for line in lines:
        head = line.lower()
        full = any(
            head.startswith(label) and (len(head) == len(label) or not head[len(label)].isalpha())
            for label in labels
        )
        assert _has_multiword_label(line) == full, line
    assert any(_has_multiword_label(line) for line in lines)


def test_prompts_are_found_as_on_the_whole_sentence_evenly_spaced() -> None:
    """Spacing only a prompt's worth of words evenly, and testing the prompts' first words
    before the prompts, changes no answer (the reference: one pattern of every prompt on the
    whole sentence evenly spaced): every prompt, alone, followed by words, glued to a word,
    padded with punctuation and odd white space."""
    import random
    import re

    from reader.summary.furniture import _EDGE_PUNCTUATION, _opening_or_whole, _read

    reference = re.compile(_opening_or_whole(_read("prompts.txt"), "$"))
    prompts = [entry.removesuffix(" *") for entry in _read("prompts.txt")]
    fillers = ["video", "now", "here", "the", "x", ":", "…", "Scroll", "READ", "more"]
    spaces = [" ", "  ", "\t", "\n", " \u00a0", "\u2003"]
    generator = random.Random(14)
    found = 0
    for _ in range(4000):
        head = generator.choice(prompts)
        if generator.random() < 0.5:
            head = head.upper() if generator.random() < 0.3 else head.capitalize()
        parts = [*head.split(), *generator.sample(fillers, generator.randint(0, 6))]
        if generator.random() < 0.3:
            generator.shuffle(parts)
        sentence = "".join(part + generator.choice(spaces) for part in parts)
        sentence = (
            generator.choice(["", "“", "(", " "])
            + sentence
            + generator.choice(["", ".", "!”", " ->", "\n"])
        )
        whole = " ".join(sentence.strip(_EDGE_PUNCTUATION).lower().split())
        expected = reference.match(whole) is not None
        assert is_prompt(sentence) == expected, repr(sentence)
        found += expected
    assert 500 < found < 3500


def test_the_credit_label_opening_test_turns_no_credit_away() -> None:
    """Only text opening with a credit label's first letter (in any case, as the patterns
    compare) is tested for a label: every label, in every case, after odd letters that fold to
    the same ones, is still tested and found as before."""
    from reader.summary.furniture import _has_multiword_label, _patterns, _read

    patterns = _patterns()
    labels = _read("credit_labels.txt")
    openings = ["", "İ", "ı", "ſ", "K", "P", "Ƥ", "«", "x"]
    for label in labels:
        for text in (label, label.upper(), label.title(), f"{label}: Jo Vik", f"{label} by Jo"):
            for opening in openings:
                line = opening + text[len(opening) > 0 :]
                full = bool(patterns.credit_start.match(line)) or _has_multiword_label(line)
                if full:
                    assert patterns.credit_opening.match(line), line
