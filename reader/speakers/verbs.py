"""Verbs and phrases that attribute speech or writing, English and German.

Thought verbs (believe, think, hope, want, fear) are deliberately absent: the guidelines count
only what a person is reported to have said or written.
"""

from __future__ import annotations

from reader.speakers.lexicon import words

# Base verbs with their -s, past and -ing forms (irregular ones spelt out).
_REGULAR = sorted(
    words(
        """
    accuse acknowledge add admit advise allege announce answer argue ask inquire assert
    assure blame boast caution claim comment complain concede conclude condemn confirm
    contend counter criticise criticize declare demand deny describe dismiss dispute
    emphasise emphasize estimate explain express highlight hail insist joke lament maintain
    mention note object observe pledge post praise predict proclaim promise question
    quip quote recall recount reiterate remark reply report respond retort reveal slam state
    stress suggest testify threaten tout tweet urge vow warn welcome write tell say speak
    cite call beg recommend congratulate thank apologise apologize appeal
    """
    )
)

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "speak": ("speak", "speaks", "spoke", "spoken", "speaking"),
    "deny": ("deny", "denies", "denied", "denying"),
    "reply": ("reply", "replies", "replied", "replying"),
    "testify": ("testify", "testifies", "testified", "testifying"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "beg": ("beg", "begs", "begged", "begging"),
    "slam": ("slam", "slams", "slammed", "slamming"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "criticise": ("criticise", "criticises", "criticised", "criticising"),
    "criticize": ("criticize", "criticizes", "criticized", "criticizing"),
}


def _forms(verb: str) -> tuple[str, ...]:
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb.endswith("e"):
        return (verb, verb + "s", verb + "d", verb[:-1] + "ing")
    if verb.endswith(("sh", "ss", "ch", "x")):
        return (verb, verb + "es", verb + "ed", verb + "ing")
    return (verb, verb + "s", verb + "ed", verb + "ing")


SPEECH_FORMS: dict[str, str] = {}
for _verb in _REGULAR:
    for _form in _forms(_verb):
        SPEECH_FORMS.setdefault(_form, _verb)

# Forms that need an object or complement to mean speech when read alone are still accepted;
# these are the ones too ambiguous to count: "calling" (phone), "speaking" (an
# activity), "posting", "thanks" (to a goal), "thank" (you), "speak"/"speaks" (a caption's
# "Name speaks to reporters", "the two men speak every day": an event, no statement).
_NOT_SPEECH_FORMS = words(
    """
    calling call calls speaking speak speaks posting thanks thank
    """
)
for _form in _NOT_SPEECH_FORMS:
    SPEECH_FORMS.pop(_form, None)

# Verbs that may precede their subject: "...," said Kirby. / added Blinken.
INVERTIBLE: frozenset[str] = words(
    """
    said says added asked wrote explained continued noted replied insisted argued warned
    stated declared recalled admitted acknowledged conceded cautioned remarked observed
    countered quipped explains adds asks writes notes tweeted posted commented concluded
    """
)

# Verbs that report speech only right next to a quotation: '"...," Smith continued.'
QUOTE_ONLY_FORMS: frozenset[str] = frozenset(["continued", "continues", "concluded"])

# Participles after a comma that take the clause's subject: "..., saying it would ...".
PARTICIPLES: frozenset[str] = words(
    """
    saying adding telling arguing insisting noting warning explaining claiming stressing
    describing admitting acknowledging asserting suggesting urging writing
    """
)

# German: "sagte Merkel", "Merkel sagte", "Merkel zufolge", "laut Merkel", "..., so Merkel".
GERMAN_FORMS: frozenset[str] = words(
    """
    sagte sagt sagten sagen erklärte erklärt erklärten betonte betont meinte meint
    kritisierte kritisiert forderte fordert warnte warnt schrieb schreibt teilte teilt
    berichtete berichtet fügte fügt antwortete antwortet bestätigte bestätigt verkündete
    verkündet kündigte kündigt räumte räumt versicherte versichert
    """
)
GERMAN_INVERTED_MARKERS: frozenset[str] = frozenset({"so"})  # ", so Merkel."
GERMAN_POSTPOSITIONS: frozenset[str] = frozenset({"zufolge"})  # "Merkel zufolge"
GERMAN_PREPOSITIONS: frozenset[str] = frozenset({"laut"})  # "laut Merkel"


def is_speech_verb(word: str, language: str) -> bool:
    """True for a form of a speech verb ("said", "insisted", German "sagte")."""
    low = word.lower()
    if language == "de" and low in GERMAN_FORMS:
        return True
    return low in SPEECH_FORMS
