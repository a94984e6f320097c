"""The reported side of an attribution: after the verb, or before a speaker set off."""

from __future__ import annotations

from reader.speakers.attribution import find_attributions
from reader.speakers.people import find_people
from reader.speakers.reported import reported_side
from reader.speakers.text import Index


def _side(text: str) -> tuple[str, bool] | None:
    index = Index(text)
    found = find_people(index, "en")
    (a,) = find_attributions(index, found.mentions, "en", found.usable)
    sentence = index.sentences[index.sentence_of(a.verb_start)]
    side = reported_side(index, a, sentence, sentence)
    return None if side is None else (text[side.span[0] : side.span[1]], side.direct)


def test_after_the_verb_past_that() -> None:
    assert _side("Ann Vrel said that the dam would hold.") == ("the dam would hold", False)


def test_before_an_inverted_verb_set_off_by_a_comma() -> None:
    assert _side("The dam will hold, said engineer Ann Vrel.") == ("The dam will hold", False)


def test_a_quotation_opening_the_side_is_direct() -> None:
    side = _side('Ann Vrel said: "It will hold."')
    assert side is not None and side[1]  # direct: the quotation itself is the statement


def test_nothing_before_a_speaker_that_no_comma_sets_off() -> None:
    # "a prospect Vrel denied earlier": the words before are not what she said
    assert _side("It was a prospect Ann Vrel denied earlier in the day.") is None


def test_only_an_adjunct_after_the_verb_reports_nothing() -> None:
    assert _side("Ann Vrel said in her opening statement.") is None
