"""What may stand between a speaker and the speech verb without ending the subject.

- A hearsay frame: "Lund is alleged to have told staff that ...", "Reed was said to have
  told friends": the person is reported to have spoken, so the name before the frame is the
  verb's subject (``hearsay-participles.txt``).
- A sentence adverb set off by commas: "Keating, however, accused Sandhu of ...", "The
  minister, meanwhile, said ..." (``set-off-adverbs.txt``).
- A present-participle phrase set off by commas: "Ann Vale, speaking after the vote, said
  ...", "The striker, playing his first game, described ...".

Each function takes the token index just before the verb (or before the words the finder
already skips: "has also said") and returns the token index just before the frame, so the
finder goes on looking for the subject from there; the index itself when there is no frame.
"""

from __future__ import annotations

from reader.speakers.lexicon import word_set, words
from reader.speakers.text import Token

HEARSAY_PARTICIPLES = word_set("hearsay-participles")
SET_OFF_ADVERBS = word_set("set-off-adverbs")
BE = words("is was were are been be am")  # "is saying" (progressive), "was asked" (passive)
_PARTICIPLE_PHRASE = 8  # tokens of ", speaking after the vote," between its commas


def past_hearsay(tokens: list[Token], v: int) -> int:
    """The token before a hearsay frame ending at the speech verb ``v`` ("Lund is alleged
    to have told staff", "she is understood to have written"); else ``v - 1``."""
    if v < 4 or [t.lower for t in tokens[v - 2 : v]] != ["to", "have"]:
        return v - 1
    if tokens[v - 3].lower in HEARSAY_PARTICIPLES and tokens[v - 4].lower in BE:
        return v - 5
    return v - 1


def past_set_off(tokens: list[Token], j: int) -> int:
    """The token before a set-off adverb or participle phrase that ends with the comma at
    ``j`` (", however,", ", speaking after the vote,"); ``j`` itself otherwise."""
    if j < 2 or tokens[j].text != ",":
        return j
    if tokens[j - 1].lower in SET_OFF_ADVERBS and tokens[j - 2].text == ",":
        return j - 3  # "Keating, however, accused"
    for k in range(j - 1, max(0, j - _PARTICIPLE_PHRASE) - 1, -1):
        t = tokens[k]
        if t.text == ",":
            opener = tokens[k + 1]
            participle = opener.lower.endswith("ing") and not opener.is_capitalised
            return k - 1 if participle and k + 1 < j else j
        if not t.is_word:
            return j
    return j
