"""Unnamed sources: "two officials told Politico", "a spokesperson for the ministry said",
"said one analyst", "according to people familiar with the talks".

A speech verb that no named attribution uses, with a subject noun phrase whose head is a role
or source noun ("spokesperson", "officials", "people") opened by an article, a number or a
quantifier ("a", "two", "several") or, for a plural, by the sentence itself ("Officials said").
Their statements are listed apart; they never make a person.
"""

from __future__ import annotations

from reader.speakers.attribution import Attribution
from reader.speakers.claims import not_a_claim
from reader.speakers.lexicon import BETWEEN_SUBJECT_AND_VERB, ROLE_NOUNS, word_set, words
from reader.speakers.text import Index, Token, look_up_together
from reader.speakers.verbs import INVERTIBLE, SPEECH_FORMS, possessed_noun

SOURCE_NOUNS = word_set("source-nouns")
_DETERMINERS = words("a an one two three four five six several some other many few more")
_REACH = 4  # words between the determiner and the noun ("a senior company spokesman")
_POSTMODIFIER = 8  # tokens between the noun and the verb ("for the economy ministry")
_NOT_IN_POSTMODIFIER = words("that which and but who’s it they he she we")
_CUES = frozenset({"according", *SPEECH_FORMS})
look_up_together(_CUES)


def is_source_noun(word: str) -> bool:
    """A role or source noun, singular or plural ("spokesman", "spokesmen", "analysts")."""
    low = word.lower()
    if low in SOURCE_NOUNS or low in ROLE_NOUNS:
        return True
    if low.endswith("men") and low[:-3] + "man" in ROLE_NOUNS:
        return True
    return low.endswith("s") and (low[:-1] in ROLE_NOUNS or low[:-2] in ROLE_NOUNS)


def unnamed_attributions(index: Index, used_cues: set[int]) -> list[Attribution]:
    """Attributions to unnamed sources, in text order; ``used_cues``: verb offsets that named
    attributions already use."""
    tokens = index.tokens
    found = []
    for v in index.positions(_CUES):
        tok = tokens[v]
        if tok.start in used_cues or index.in_speech_quote(tok.start):
            continue
        if possessed_noun(tokens, v):
            continue  # "the state’s voucher program": a noun, no verb
        if not_a_claim(index, v):
            continue  # "a judge rejected a request": a decision, no speech
        a = None
        if tok.lower == "according" and v + 1 < len(tokens) and tokens[v + 1].lower == "to":
            a = _after(index, v, tokens[v + 1].end, v + 2)
        elif tok.lower in SPEECH_FORMS:
            a = _before(index, v)
            if a is None and tok.lower in INVERTIBLE:
                a = _after(index, v, tok.end, v + 1)
        if a is not None:
            found.append(a)
    return found


def _before(index: Index, v: int) -> Attribution | None:
    """ "A spokesperson for the ministry said", "Officials said", "two people told"."""
    tokens = index.tokens
    j = v - 1
    while j >= 0 and tokens[j].lower in BETWEEN_SUBJECT_AND_VERB:
        if tokens[j].lower in ("not", "never"):
            return None
        j -= 1
    sentence = index.sentence_of(tokens[v].start)
    # the tokens before the verb in its sentence start at or after its start (any offset
    # before the first sentence belongs to it)
    sentence_start = index.sentences[sentence][0] if sentence > 0 else -1
    for noun in range(j, max(-1, j - _POSTMODIFIER - 1), -1):
        t = tokens[noun]
        if t.start < sentence_start or t.text in '"“”;:':
            return None
        if noun < j and (t.lower in SPEECH_FORMS or t.lower in _NOT_IN_POSTMODIFIER):
            return None
        if t.is_word and is_source_noun(t.text) and not _is_name_part(tokens, noun):
            opener = _opener(index, noun)
            if opener is None:
                continue
            return _attribution(tokens, opener, noun, j, tokens[v].start, tokens[v].end)
    return None


def _after(index: Index, v: int, cue_end: int, k: int) -> Attribution | None:
    """ "said a spokesman for X", "according to two people familiar with the talks"."""
    tokens = index.tokens
    if k >= len(tokens):
        return None
    if tokens[k].lower in _DETERMINERS:
        for noun in range(k + 1, min(len(tokens), k + _REACH + 2)):
            t = tokens[noun]
            if not t.is_word:
                return None
            if is_source_noun(t.text) and not _is_name_part(tokens, noun):
                end = _postmodifier_end(index, noun)
                return _attribution(tokens, k, noun, end, tokens[v].start, cue_end)
        return None
    plural = tokens[k].lower.endswith("s") or tokens[k].lower == "people"
    if tokens[k].is_word and plural and is_source_noun(tokens[k].text):
        end = _postmodifier_end(index, k)  # "according to officials"
        return _attribution(tokens, k, k, end, tokens[v].start, cue_end)
    return None


def _postmodifier_end(index: Index, noun: int) -> int:
    """The last token of "a spokesman for the company" after its noun: up to a comma or the
    sentence end, within a few words (else the noun itself)."""
    tokens = index.tokens
    sentence = index.sentences[index.sentence_of(tokens[noun].start)]
    for k in range(noun + 1, min(len(tokens), noun + _POSTMODIFIER + 1)):
        if tokens[k].start >= sentence[1] or not tokens[k].is_word:
            return k - 1 if tokens[k].text in ".,;" or tokens[k].start >= sentence[1] else noun
        if tokens[k].lower in SPEECH_FORMS or tokens[k].lower in _NOT_IN_POSTMODIFIER:
            return noun
    return noun


def _opener(index: Index, noun: int) -> int | None:
    """The token opening the noun phrase of ``noun``: a determiner a few words before it, or
    the noun itself when it is a plural opening its sentence or clause ("Officials said")."""
    tokens = index.tokens
    for k in range(noun - 1, max(-1, noun - _REACH - 1), -1):
        t = tokens[k]
        if t.lower in _DETERMINERS:
            return k
        if not t.is_word or (t.is_capitalised and k != noun - 1):
            break
    low = tokens[noun].lower
    plural = low.endswith("s") or low == "people"
    start = index.sentences[index.sentence_of(tokens[noun].start)][0]
    opens = tokens[noun].start == start or (noun > 0 and tokens[noun - 1].text in ",;")
    return noun if plural and opens else None


def _is_name_part(tokens: list[Token], k: int) -> bool:
    """A capitalised source noun inside a name ("Spokesman Review", "Officials Ltd")."""
    t = tokens[k]
    return t.is_capitalised and k > 0 and tokens[k - 1].is_word and tokens[k - 1].is_capitalised


def _attribution(
    tokens: list[Token], first: int, noun: int, last: int, cue: int, cue_end: int
) -> Attribution:
    """An unnamed attribution: subject from ``first`` to ``last`` (its head noun ``noun``)."""
    return Attribution(
        "unnamed",
        tokens[first].start,
        cue,
        cue_end,
        word=tokens[noun].lower,
        subject_end=tokens[max(last, noun)].end,
    )
