"""Words between a speaker and the speech verb: hearsay frames, set-off adverbs and phrases."""

from __future__ import annotations

from reader.speakers.frames import past_hearsay, past_set_off
from reader.speakers.text import tokenize

from .helpers import speakers_of, surfaces


def _at(tokens: list, word: str) -> int:
    return next(k for k, t in enumerate(tokens) if t.text == word)


def test_past_a_set_off_adverb_to_the_subject() -> None:
    tokens = tokenize("Keating, however, said no.")
    said = _at(tokens, "said")
    assert tokens[past_set_off(tokens, said - 1)].text == "Keating"


def test_past_a_set_off_participle_phrase_to_the_subject() -> None:
    tokens = tokenize("Ann Vale, speaking after the vote, said it was fair.")
    said = _at(tokens, "said")
    assert tokens[past_set_off(tokens, said - 1)].text == "Vale"


def test_a_comma_closing_an_appositive_is_no_set_off_phrase() -> None:
    tokens = tokenize("Ann Vale, the mayor, said it was fair.")
    said = _at(tokens, "said")
    assert past_set_off(tokens, said - 1) == said - 1


def test_past_a_hearsay_frame() -> None:
    tokens = tokenize("Reed is alleged to have told friends.")
    told = _at(tokens, "told")
    assert tokens[past_hearsay(tokens, told)].text == "Reed"
    plain = tokenize("Reed told friends.")
    assert past_hearsay(plain, 1) == 0


def test_speakers_with_a_set_off_adverb_or_phrase() -> None:
    text = (
        "Tom Reed, meanwhile, said the plan was fine. "
        "Ann Vale, speaking after the vote, said the result was fair."
    )
    reed, vale = speakers_of(text)
    assert surfaces(text, reed.quotes) == ["the plan was fine"]
    assert surfaces(text, vale.quotes) == ["the result was fair"]
