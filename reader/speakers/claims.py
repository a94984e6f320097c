"""Verbs that report speech only when what they take is a claim ("rejected the claim").

"Tehran has rejected the claim" reports something said (the annotation guidelines count it);
"rejected the offer" or "rejected a proposal for a ceasefire" is a decision, and must make
nobody a speaker nor an unnamed source. Such verbs (``claim-object-verbs.txt``) count as
speech only when a noun of saying (``claim-nouns.txt``: claim, allegation, criticism,
suggestion, ...) stands among the first words of their object.
"""

from __future__ import annotations

from reader.speakers.lexicon import word_set
from reader.speakers.text import Index
from reader.speakers.verbs import SPEECH_FORMS

CLAIM_OBJECT_VERBS = word_set("claim-object-verbs")
CLAIM_NOUNS = word_set("claim-nouns")
_CLAIM_REACH = 5  # words from the verb to the claim noun ("rejected the opposition's claim")


def not_a_claim(index: Index, k: int) -> bool:
    """Whether token ``k`` is a claim-object verb whose object is no claim ("rejected the
    offer"), so no speech; False for any other word and for "rejected his claim that ...",
    "rejected the criticism", "rejected suggestions that ..."."""
    tokens = index.tokens
    if SPEECH_FORMS.get(tokens[k].lower) not in CLAIM_OBJECT_VERBS:
        return False
    for t in tokens[k + 1 : k + 1 + _CLAIM_REACH]:
        if not (t.is_word or t.lower in ("'s", "’s")):
            return True  # the object ended before any noun of saying
        if t.lower in CLAIM_NOUNS:
            return False
    return True
