"""The reported side of an attribution: after the verb, or before a speaker set off."""

from __future__ import annotations

from reader.speakers.attribution import find_attributions
from reader.speakers.people import find_people
from reader.speakers.reported import reported_side
from reader.speakers.text import Index

from .helpers import speakers_of, surfaces


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


# -- verbs that take a plain object (object-verbs.txt, statement-object-verbs.txt) ------------
def test_a_plain_object_of_deny_is_what_was_said() -> None:
    # the guidelines count "denied the allegations" as a statement: the object, up to the
    # punctuation that ends it (what the sentence goes on to say about the speaker is not said)
    text = "Ann Vrel, who denies the charge, has left the country for good."
    assert _side(text) == ("the charge", False)
    assert _side("Ann Vrel denied the allegations on Monday.") == (
        "the allegations on Monday",
        False,
    )


def test_a_refused_thing_or_a_person_is_no_statement() -> None:
    assert _side("Ann Vrel denied him bail at the hearing in Leeds.") is None
    assert _side("The judge, Ann Vrel, denied entry to the two reporters.") is None
    assert _side("Ann Vrel criticised the referee after the match.") is None
    assert _side("Ann Vrel praised Tom Berg and Mia Lund.") is None


def test_deny_with_that_or_a_clause_reports_it() -> None:
    assert _side("Ann Vrel denied that the dam had leaked.") == ("the dam had leaked", False)
    assert _side("Ann Vrel denied the dam had leaked.") == ("the dam had leaked", False)
    assert _side("Ann Vrel denied he knew about the leak.") == ("he knew about the leak", False)


def test_describe_as_accuse_of_criticise_report_their_object() -> None:
    assert _side('Ann Vrel described the plan as a "total disaster" for the town.') == (
        'the plan as a "total disaster" for the town',
        False,
    )
    assert _side("Ann Vrel accused the council of wasting money on the bridge.") == (
        "the council of wasting money on the bridge",
        False,
    )
    assert _side("Ann Vrel criticised the council and the way it spends money.") == (
        "the council and the way it spends money",
        False,
    )


def test_objects_of_other_verbs_still_report_nothing() -> None:
    # describing a scene without "as", writing, thanking: no statement
    assert _side("Ann Vrel described the water rising within minutes.") is None
    assert _side("Ann Vrel had written the report herself, and it showed.") is None
    assert _side("Ann Vrel thanked the volunteers for their long night of work.") is None


def test_an_object_verb_with_a_quotation_or_colon_reports_it() -> None:
    side = _side('Ann Vrel wrote: "The dam will hold."')
    assert side is not None and side[1]


def test_an_object_verb_participle_after_an_adjunct() -> None:
    # "posted on Facebook accusing X of ...": the accusation is the statement, and the words
    # before the speaker ("Then, last week") are no statement of hers; thanking is none
    text = "Then, last week, Ann Vrel posted on Facebook accusing the mayor of lying about it."
    assert _side(text) == ("the mayor of lying about it", False)
    assert _side("Then, last week, Ann Vrel posted on Facebook thanking the volunteers.") is None


def test_an_object_statement_and_a_participle_clause_after_it() -> None:
    text = "Ann Vrel criticised the referee for a late whistle, saying it cost her side the game."
    (vrel,) = speakers_of(text)
    assert surfaces(text, vrel.quotes) == [
        "the referee for a late whistle",
        "it cost her side the game",
    ]


def test_a_speech_participle_after_the_object_reports_its_clause() -> None:
    text = "Coach Ann Vrel expressed confidence in the striker, saying he would score again."
    (vrel,) = speakers_of(text)
    said = surfaces(text, vrel.quotes)
    assert any(s.startswith("he would score again") for s in said)
    assert not any("confidence" in s for s in said)


def test_a_participle_opening_the_side_keeps_its_object() -> None:
    # "wrote to X demanding an explanation": the demand is reported (not an object verb's)
    side = _side("Ann Vrel wrote to the mayor demanding an explanation of the new rules.")
    assert side == ("an explanation of the new rules", False)


# -- the listener of "told" -------------------------------------------------------------------
def test_a_subject_after_the_listener_of_told_opens_the_clause() -> None:
    text = "Ann Vrel told Reuters Smith is planning to resign."
    assert _side(text) == ("Smith is planning to resign", False)


def test_a_short_object_statement_wins_over_the_words_before_the_speaker() -> None:
    text = 'The director of the play, Ann Vrel, described her as "fearless".'
    assert _side(text) == ('her as "fearless"', False)


def test_a_claim_denied_or_rejected_keeps_its_noun() -> None:
    # "denied the claim that he had misled voters": the clause alone would read as his words
    assert _side("Tom Reed denied the claim that he had misled voters.") == (
        "the claim that he had misled voters",
        False,
    )
    assert _side("Ann Pike rejected suggestions that she would resign.") == (
        "suggestions that she would resign",
        False,
    )
    # a plain "that" after the verb still reports its clause alone
    assert _side("Tom Reed denied that he had misled voters.") == ("he had misled voters", False)


def test_a_listener_with_modifiers_after_told_is_no_statement() -> None:
    text = (
        'Councillor Ann Vale, 52, backed the plan. "We must build," she told a packed public '
        "meeting on Tuesday. She told the annual party conference the town was full."
    )
    (vale,) = speakers_of(text)
    said = surfaces(text, vale.quotes)
    assert "the town was full" in said
    assert not any("meeting" in s or "conference" in s for s in said)


def test_a_short_clause_after_the_verb_beats_the_introduction_before_the_subject() -> None:
    text = "The firm's founder, Peter Vance, 61, said sales had doubled."
    (vance,) = speakers_of(text)
    assert surfaces(text, vance.quotes) == ["sales had doubled"]


def test_a_short_adjunct_after_an_inverted_verb_leaves_the_side_before() -> None:
    text = "The bridge will close in May for repairs, said Jane Roe on Monday."
    (roe,) = speakers_of(text)
    assert surfaces(text, roe.quotes) == ["The bridge will close in May for repairs"]
