"""Statements: direct quotations and reported clauses, split quotations, continuations."""

from __future__ import annotations

from reader.speakers import who_said_what

from .helpers import speakers_of, surfaces


def _said(text: str, language: str = "en") -> list[tuple[str, str]]:
    (speaker,) = speakers_of(text, language)
    return [(text[a:b], st.kind) for st in speaker.statements for a, b in [st.span]]


def test_a_quotation_split_by_he_said_is_two_statements() -> None:
    text = '"We waited ten years," said Mara Olsen, the harbour master, "and now it is done."'
    assert _said(text) == [
        ('"We waited ten years,"', "direct"),
        ('"and now it is done."', "direct"),
    ]


def test_reported_clause_without_that_and_after_according_to() -> None:
    assert _said("Analyst Rob Penn said that rates would rise.") == [
        ("rates would rise", "indirect")
    ]
    assert _said("According to analyst Rob Penn, rates will rise in May.") == [
        ("rates will rise in May", "indirect")
    ]
    assert _said("Rates will rise in May, according to analyst Rob Penn.") == [
        ("Rates will rise in May", "indirect")
    ]


def test_a_quotation_inside_a_reported_clause_stays_in_it() -> None:
    text = 'Coach Dana Reyes said the final would be "the biggest day in our history".'
    assert _said(text) == [('the final would be "the biggest day in our history"', "indirect")]


def test_the_cue_and_the_subject_locate_verb_and_speaker() -> None:
    text = "Lena Brandt told reporters that the bridge was safe."
    (brandt,) = speakers_of(text)
    (statement,) = brandt.statements
    assert text[statement.cue[0] : statement.cue[1]] == "told"
    assert text[statement.subject[0] : statement.subject[1]] == "Lena Brandt"
    assert text[statement.span[0] : statement.span[1]] == "the bridge was safe"


def test_listener_and_adjuncts_are_skipped() -> None:
    assert _said("Mayor Ivo Brant told the BBC's Today programme the plan was dead.") == [
        ("the plan was dead", "indirect")
    ]
    assert _said("Ivo Brant, the mayor, said on Tuesday that the plan was dead.") == [
        ("the plan was dead", "indirect")
    ]


def test_quotation_sentences_go_on_in_the_paragraph_and_in_quote_paragraphs() -> None:
    text = (
        '"We are ready," said coach Dana Reyes. "The players are fit."\n'
        '"Next week is another test."\n'
        "The club was founded in 1890."
    )
    assert [s for s, _ in _said(text)] == [
        '"We are ready,"',
        '"The players are fit."',
        '"Next week is another test."',
    ]


def test_another_speaker_ends_the_continuation() -> None:
    text = '"We are ready," said coach Dana Reyes.\n"We are not," said captain Lee Moss.\n'
    reyes, moss = speakers_of(text)
    assert surfaces(text, reyes.quotes) == ['"We are ready,"']
    assert surfaces(text, moss.quotes) == ['"We are not,"']


def test_a_question_ending_its_sentence_before_the_speaker() -> None:
    text = 'Ann Vrel spoke first. "Is it fair?" Vrel asked.'
    assert _said(text) == [('"Is it fair?"', "direct")]


def test_single_quotation_marks_quote_and_apostrophes_do_not() -> None:
    text = "Police officer Dana Whit said: 'We don't know yet. It's too early.' She left."
    assert _said(text) == [("'We don't know yet. It's too early.'", "direct")]


def test_unnamed_sources_are_apart_with_their_subject() -> None:
    text = "Ann Vrel said the talks went well. Two officials told the paper the talks had failed."
    found = who_said_what(text, "en")
    assert [s.name for s in found.speakers] == ["Ann Vrel"]
    (unnamed,) = found.unnamed
    assert text[unnamed.span[0] : unnamed.span[1]] == "the talks had failed"
    assert text[unnamed.subject[0] : unnamed.subject[1]] == "Two officials"


def test_german_subjunctive_goes_on_reporting_and_indicative_is_direct() -> None:
    text = (
        "Das Werk werde im Mai schließen, sagte Betriebsrat Jonas Albrecht. "
        "Die Verhandlungen seien gescheitert. Wir kämpfen weiter, sagte Albrecht. "
        "Der Konzern äußerte sich nicht."
    )
    assert _said(text, "de") == [
        ("Das Werk werde im Mai schließen", "indirect"),
        ("Die Verhandlungen seien gescheitert.", "indirect"),
        ("Wir kämpfen weiter", "direct"),
    ]


def test_reported_clause_after_the_verb_without_that() -> None:
    text = "Analyst Rob Penn said that rates would rise."
    (penn,) = speakers_of(text)
    assert surfaces(text, penn.quotes) == ["rates would rise"]


def test_clause_before_an_inverted_verb() -> None:
    text = "Washington is not looking for a war, said spokesperson Sabine Lund."
    (lund,) = speakers_of(text)
    assert surfaces(text, lund.quotes) == ["Washington is not looking for a war"]


def test_quotation_in_the_attribution_sentence_and_continuation_paragraphs() -> None:
    text = (
        'Coach Dana Reyes said: "We were poor in the first half.\n'
        '"We were much better after the break and deserved the point."\n'
        '"Next week is another test," said captain Lee Moss.'
    )
    reyes, moss = speakers_of(text)
    assert surfaces(text, reyes.quotes) == [
        '"We were poor in the first half.',
        '"We were much better after the break and deserved the point."',
    ]
    assert surfaces(text, moss.quotes) == ['"Next week is another test,"']


def test_quote_paragraph_after_a_reported_attribution() -> None:
    text = (
        "We are not looking for a war, said spokesperson Sabine Lund.\n"
        '"We will respond to attacks on our forces."\n'
        "The talks go on."
    )
    (lund,) = speakers_of(text)
    assert '"We will respond to attacks on our forces."' in surfaces(text, lund.quotes)
