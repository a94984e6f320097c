"""The subjunctive of German reported speech, by list and by form.

"Die Inflation sei zu hoch", "Er habe nichts gewusst": the listed forms
(``german-subjunctive.txt``). The present subjunctive of any other verb is its stem with
"-e" in the third person singular ("Er koste zu viel", "Das gelte für alle", "fehle es an
Personal"): a lower-case word ending in "-e" right after or before a subject pronoun ("er",
"sie", "es", "man") is such a form, unless it is one of the determiners, adverbs and
adjectives that end so ("sie alle", "es gerne", "er ohne") or ends in "-te", as the past
does ("kassierte man", "wollte er"; so "Er koste" is missed).
"""

from __future__ import annotations

from reader.speakers.lexicon import word_set, words
from reader.speakers.text import Token

SUBJUNCTIVE = word_set("german-subjunctive")
# the subjunctive of reported speech; "wäre", "hätte", "würde" also state a writer's hypothesis
PRESENT_SUBJUNCTIVE = SUBJUNCTIVE - words("hätte hätten wäre wären würde würden")
# words of the first person: quotation marks lost, the speaker's own words ("Wir haben ...")
FIRST_PERSON = words("ich wir mich mir uns unser unsere unseren unserem unserer mein meine")
_SUBJECT_PRONOUNS = words("er sie es man")
_NOT_VERBS = words(
    """
    die eine keine seine ihre meine deine unsere eure alle beide diese jene welche manche
    solche viele wenige einige andere gerne ohne bitte heute alleine lange nahe gerade
    ebene selbe ganze halbe erste zweite dritte letzte nächste große kleine neue alte
    gute schwere schade gemeinsame mitte ende
    """
)
_MIN_FORM = 4  # shorter words ending in "-e" are no verbs ("je", "ne")


def subjunctive_at(tokens: list[Token], k: int, present_only: bool = False) -> bool:
    """Whether token ``k`` is a subjunctive form (``present_only``: not "wäre", "hätte",
    "würde", which also state a writer's hypothesis)."""
    low = tokens[k].lower
    if low in (PRESENT_SUBJUNCTIVE if present_only else SUBJUNCTIVE):
        return True
    return _present_form(tokens, k)


def _present_form(tokens: list[Token], k: int) -> bool:
    t = tokens[k]
    if not t.is_word or t.is_capitalised or len(t.lower) < _MIN_FORM:
        return False
    if not t.lower.endswith("e") or t.lower.endswith("te") or t.lower in _NOT_VERBS:
        return False  # "-te" is the past ("kassierte man", "wollte er") as often
    if t.lower in SUBJUNCTIVE:
        return False  # "wäre", "hätte": listed, and no present form
    before = tokens[k - 1].lower if k > 0 else ""
    after = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    return before in _SUBJECT_PRONOUNS or after in _SUBJECT_PRONOUNS
