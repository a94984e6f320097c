"""Verbs that report speech only with a claim for object ("rejected the claim")."""

from __future__ import annotations

from reader.speakers.claims import not_a_claim
from reader.speakers.text import Index

from .helpers import speakers_of, surfaces


def _not_a_claim(sentence: str) -> bool:
    index = Index(sentence)
    k = next(j for j, t in enumerate(index.tokens) if t.lower.startswith("reject"))
    return not_a_claim(index, k)


def test_a_claim_rejected_is_speech() -> None:
    assert not _not_a_claim("She rejected his claim that the weather was to blame.")
    assert not _not_a_claim("He rejected the criticism.")
    assert not _not_a_claim("The minister rejected the opposition's allegations.")
    assert not _not_a_claim("He rejected suggestions that he would resign.")


def test_an_offer_or_proposal_rejected_is_no_speech() -> None:
    assert _not_a_claim("She rejected the offer on Monday.")
    assert _not_a_claim("He rejected a proposal for a ceasefire.")
    assert _not_a_claim("The court rejected it, and the case ended.")


def test_other_words_are_not_held_back() -> None:
    index = Index("She said the offer was poor.")
    assert not any(not_a_claim(index, k) for k in range(len(index.tokens)))


def test_rejecting_an_offer_makes_nobody_a_speaker_or_a_source() -> None:
    text = (
        "Mayor Ann Pike rejected the offer on Monday. A judge rejected a request to delay "
        "the trial. Tom Reed rejected the claim that he had misled voters."
    )
    found = speakers_of(text)
    assert [s.name for s in found] == ["Tom Reed"]
    assert surfaces(text, found[0].quotes) == ["the claim that he had misled voters"]
