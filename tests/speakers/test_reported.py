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


def test_a_time_place_or_circumstance_adjunct_is_no_reported_clause() -> None:
    # adjuncts of time ("Tuesday"), place and circumstance ("while ...") that run to the end
    assert _side("Engineer Ann Vrel said Tuesday in a long talk with the mayor Bo Lund.") is None
    assert _side("Ann Vrel said while touring the Norfolk dam and its new turbines.") is None
    assert _side("Ann Vrel spoke at length on Friday at the regional water board.") is None
    assert _side("Ann Vrel said when asked about the repairs to the old dam.") is None


def test_a_clause_after_adjuncts_is_reported_from_its_subject() -> None:
    assert _side("Ann Vrel said Tuesday the dam would hold.") == ("the dam would hold", False)
    assert _side("Ann Vrel said after the storm she was sure of the dam.") == (
        "she was sure of the dam",
        False,
    )
    assert _side("Ann Vrel said during a long tour of the dam in the hills it would hold.") == (
        "it would hold",
        False,
    )
    assert _side("Ann Vrel said in a debate on Friday that the dam would hold.") == (
        "the dam would hold",
        False,
    )


def test_a_speech_participle_after_an_adjunct_opens_what_was_said() -> None:
    assert _side("Ann Vrel wrote to the regional council demanding an inquiry into the dam.") == (
        "an inquiry into the dam",
        False,
    )


def test_a_topic_after_asked_is_no_adjunct() -> None:
    assert _side("Ann Vrel asked Mayor Bo Lund about the cracks in the old wall of the dam.") == (
        "the cracks in the old wall of the dam",
        False,
    )
