"""Statement spans: quotations, reported clauses and continuation paragraphs."""

from __future__ import annotations

from .helpers import speakers_of, surfaces


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
