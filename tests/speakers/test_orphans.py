"""Quotations no attribution reaches go to the person the article means, or to nobody."""

from __future__ import annotations

from .helpers import speakers_of, surfaces


def test_quote_paragraphs_after_a_sentence_about_a_speaker() -> None:
    text = (
        '"I lost because of the things I did," said sprinter Mo Greer.\n'
        "Greer crossed the line in third place.\n"
        '"It really hurts to look at that medal."\n'
    )
    (greer,) = speakers_of(text)
    assert '"It really hurts to look at that medal."' in surfaces(text, greer.quotes)


def test_a_quotation_before_an_attribution_opening_with_one() -> None:
    text = (
        "Ann Vrel spoke after Bob Stone.\n"
        '"We waited." "We were patient," said Bob Stone.\n'
        '"No comment," said Ann Vrel.'
    )
    vrel, stone = speakers_of(text)
    assert '"We waited."' in surfaces(text, stone.quotes)
    assert '"We waited."' not in surfaces(text, vrel.quotes)


def test_a_quotation_between_two_speakers_far_from_both_goes_to_nobody() -> None:
    text = (
        "Ann Vrel said the dam would hold. Bob Stone said it would not.\n"
        "The river rose all week. Roads were closed. Schools shut. Trains stopped.\n"
        '"Nobody knows what comes next."\n'
    )
    vrel, stone = speakers_of(text)
    orphan = '"Nobody knows what comes next."'
    assert orphan not in surfaces(text, vrel.quotes) + surfaces(text, stone.quotes)
