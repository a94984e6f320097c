"""Where an attribution's words are: the side of its sentence that holds what was said.

"Kirby said that the US would respond" reports "the US would respond" (after the verb, past
"that", past the listener of "told CNN" and past an adjunct such as "in a statement" or "on
Tuesday"); "Washington wants no war, said Singh", "..., Kirby said" and "the talks failed,
according to Kirby" report what comes before the speaker, when a comma or a quotation mark
sets the speaker off; "According to Kirby, the talks failed" what follows it. A side that
opens with a quotation is direct speech (its quotations are the statements); otherwise it is
a reported clause, quoted words inside it included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.result import Span
from reader.speakers.attribution import Attribution
from reader.speakers.claims import CLAIM_NOUNS
from reader.speakers.lexicon import (
    AUXILIARIES,
    BETWEEN_SUBJECT_AND_VERB,
    LISTENERS,
    PREPOSITIONS,
    TELLING_VERBS,
    word_map,
    word_set,
    words,
)
from reader.speakers.objects import STATEMENT_OBJECT_VERBS, object_end, statement_object
from reader.speakers.text import CLOSING_MARKS, OPEN_QUOTES, Index, Token
from reader.speakers.verbs import GERMAN_FORMS, GERMAN_SEPARABLE, OBJECT_VERBS, SPEECH_FORMS

_TRIM = " \t,:;.\"“”'‘’«»„—–-\r\n"
_OPENERS = OPEN_QUOTES + "\"'"
_QUOTE_MARKS = '"“”«»„'
_THAT = words("that dass")
_DETERMINERS = words("the a an his her their its")
_ABOUT = words("about whether if")
_RELATIVES = words("was welche welcher welches wo wobei woraufhin")  # not der/die/das: articles too
_ADJUNCT_ENDS = word_set("adjunct-ends")  # "in a statement", "on Tuesday", "last week"
_TIME_WORDS = words("earlier later yesterday today tonight recently previously again also")
_ADJUNCT_OPENERS = word_set("adjunct-openers")  # "while visiting ...", "during a visit ..."
_CALENDAR = word_set("calendar-words")  # "said Tuesday", "told reporters in March"
_SUBJECT_PRONOUNS = word_set("subject-pronouns")  # "said on Tuesday (he) (would) ..."
_SET_OFF = ",:;—–-(" + CLOSING_MARKS  # what sets a speaker off from the words before them
_TRAILING = re.compile(r"(?:\s+(?:and|but|or|while|as))+\s*$")
_CONTENT_PREPOSITIONS = word_map("german-content-prepositions")  # "warnte" -> "vor"
# cues that stand inside the clause they report ("nach" opens "nach Angaben von X")
_GERMAN_ADVERBIALS = words("laut zufolge nach")
_MIN_SIDE_WORDS = 3  # a side shorter than this reports nothing ("Kirby said." / "Yes, said Ann")
_LISTENER_WORDS = 8  # words of "the BBC World Service programme Go Digital" after "told"
_ROLE_WORDS = 7  # words between the comma and the speaker: ", city schools superintendent X"
_ADJUNCT_WORDS = 6  # words of "in a teleconference with reporters" after the verb
_NOMINATIVE = words("i he she we they")  # subject-only pronouns: "denied he knew"
_CLAUSE_REACH = 4  # words from an object verb to the auxiliary of its clause ("the US would")
_MIN_CLAUSE_CHARS = 4
_OBJECT: Span = (-1, -1)  # the after side is a verb's plain object: the attribution reports nothing
_OBJECT_AT = -2  # the same, found past an adjunct
_MIN_CLAUSE_WORDS = 2


@dataclass(frozen=True)
class Side:
    """The part of a sentence an attribution reports, and whether it opens with a quotation."""

    span: Span
    direct: bool
    rest: tuple[Span, ...] = ()  # a second part: "All-in-Regelungen sollten laut X nur ..."


def reported_side(index: Index, a: Attribution, sentence: Span, limits: Span) -> Side | None:
    """The reported side of ``a`` within ``sentence``, kept inside ``limits`` (where the
    neighbouring attributions of the sentence begin); None when there is nothing to report."""
    text = index.text
    subject_end = a.subject_end if a.subject_end >= 0 else a.subject_start + len(a.word)
    core_start = min(a.subject_start, a.verb_start)
    core_end = max(subject_end, a.verb_end)
    start, end = max(sentence[0], limits[0]), min(sentence[1], limits[1])
    if index.tokens[index.token_at(a.verb_start)].lower in _GERMAN_ADVERBIALS:
        return _around_adverbial(index, a, (start, end), core_start, core_end)
    before = _before_side(text, start, core_start)
    after = _after_side(index, a, core_end, end)
    if after == _OBJECT:
        return None  # "Then, last week, the singer posted online accusing the label of ..."
    inverted = a.verb_start < a.subject_start
    if inverted and before is not None and _words(text, before) >= _MIN_SIDE_WORDS:
        return _trimmed(text, before)  # "..., said Singh." / "..., according to Okafor."
    if _relative(index, a):
        before = None  # "his father, Jimmie Scott, who complained": nothing before counts
    if after is not None and before is not None and _starts_adjunct(index, after):
        after = None  # '"...," he said from his home in London.'
    if after is not None and (
        _words(text, after) > _MIN_SIDE_WORDS
        or before is None
        or _object_statement(index, a)
        or (not inverted and _clause_after(index, after, end))
    ):
        side = _trimmed(text, after)  # "Kirby said that ..." / "According to Okafor, ..."
        return None if side is None else _participle_after_object(index, a, side, end)
    if before is not None and _words(text, before) >= _MIN_SIDE_WORDS:
        return _trimmed(text, before)  # "..., Kirby said."
    return None if after is None else _trimmed(text, after)


def _clause_after(index: Index, after: Span, end: int) -> bool:
    """Whether a short side after a verb that follows its subject is a reported clause of
    its own ("The company's founder, Peter Vance, 61, said | sales had doubled", "Speaking
    after the hearing, Nora Fitz said | she would appeal"): then the words before the
    subject are an introduction, not what was said."""
    first, last = index.token_at(after[0]), index.token_at(end)
    return _opens_clause(index, first, last)


def _object_statement(index: Index, a: Attribution) -> bool:
    """Whether ``a`` is a statement-object verb after its subject, whose object is what was
    said however short it is ("The director, Ann Vrel, described her as 'fearless'": not
    the words before the speaker)."""
    verb = index.tokens[index.token_at(a.verb_start)].lower
    return SPEECH_FORMS.get(verb) in STATEMENT_OBJECT_VERBS and a.subject_start < a.verb_start


def _around_adverbial(
    index: Index, a: Attribution, limits: Span, core_start: int, core_end: int
) -> Side | None:
    """ "laut X" and "X zufolge" stand inside the clause they report, as an adverb would: the
    clause around them is what was said, in two parts when they stand in its middle ("Die neuen
    Regeln sollten laut dem Verbandschef nur für Neubauten gelten")."""
    text = index.text
    if a.subject_end < 0:  # a role: its whole word ("dem GPA-djp-Chef")
        space = text.find(" ", a.subject_start)
        core_end = max(core_end, limits[1] if space < 0 else min(space, limits[1]))
    before = _trimmed(text, (limits[0], core_start)) if core_start > limits[0] else None
    after = _trimmed(text, (core_end, limits[1])) if core_end < limits[1] else None
    if before is not None and _quote_between(index, *_token_span(index, before.span)):
        before = None  # '"...," so Müller laut Protokoll': the quotation is the statement
    if before is not None and after is not None and _after_appositive(index, a):
        before = None  # "Dem Vorsitzenden des Verbands, Uwe Brandt, zufolge": the role head
    if before is None or after is None:
        return before or after
    return Side(before.span, False, (after.span,))


def _after_appositive(index: Index, a: Attribution) -> bool:
    """ "zufolge" right after an appositive's closing comma: the words before the name are
    the head the name describes ("Dem Vorsitzenden des Verbands, Uwe Brandt, zufolge")."""
    k = index.token_at(a.verb_start)
    return index.tokens[k].lower == "zufolge" and k > 0 and index.tokens[k - 1].text == ","


def _token_span(index: Index, span: Span) -> tuple[int, int]:
    return index.token_at(span[0]), index.token_at(span[1])


def _starts_adjunct(index: Index, span: Span) -> bool:
    """A side opening with a preposition and holding no quotation or comma: an adjunct."""
    k = index.token_at(span[0])
    part = index.text[span[0] : span[1]]
    return (
        k < len(index.tokens)
        and index.tokens[k].lower in PREPOSITIONS
        and not _has_quote(part)
        and "," not in part
    )


def _relative(index: Index, a: Attribution) -> bool:
    """A speech verb in a relative clause ("..., who complained to the school")."""
    k = index.token_at(a.verb_start) - 1
    while k >= 0 and index.tokens[k].lower in BETWEEN_SUBJECT_AND_VERB:
        k -= 1
    return (
        k >= 0
        and index.tokens[k].lower in ("who", "which")
        and k == index.token_at(a.subject_start)
    )


def _words(text: str, span: Span) -> int:
    return len(text[span[0] : span[1]].split())


def _before_side(text: str, start: int, core_start: int) -> Span | None:
    """The words before the speaker when a comma, dash or quotation mark sets the speaker off
    ("..., said Singh", '"...," Kirby said', "..., city schools superintendent X announced");
    the role words after that comma are left out. None otherwise ("a prospect Vindman denied")."""
    head = text[start:core_start].rstrip()
    if not head:
        return None
    if head[-1] in _SET_OFF:
        return (start, start + len(head))
    cut = max(head.rfind(","), head.rfind("—"), head.rfind("–"))
    if cut >= 0 and len(head[cut:].split()) <= _ROLE_WORDS and not _has_quote(head[cut:]):
        return (start, start + cut)
    return None


def _has_quote(part: str) -> bool:
    return any(mark in part for mark in _QUOTE_MARKS + "‘’")


def _after_side(index: Index, a: Attribution, core_end: int, end: int) -> Span | None:
    """The words after the speaker and verb: past "that", the listener of "told" and an
    adjunct ("in a statement", "on Tuesday"); None when only such an adjunct follows."""
    tokens = index.tokens
    k = index.token_at(core_end)
    last = index.token_at(end)
    verb = tokens[index.token_at(a.verb_start)].lower
    that = next((j for j in range(k, min(last, k + 8)) if tokens[j].lower in _THAT), -1)
    if that >= 0 and not _quote_between(index, k, that):
        if that > k and tokens[that - 1].lower in CLAIM_NOUNS and _takes_object(verb):
            # "denied the claim that he had misled voters": the claim, not its clause alone
            # (which would read as the speaker's own words)
            return (tokens[k].start, end)
        return (tokens[that + 1].start, end) if that + 1 < last else None
    if (verb in GERMAN_FORMS or verb in GERMAN_SEPARABLE) and verb not in SPEECH_FORMS:
        return _german_after_side(index, k, last, end, _CONTENT_PREPOSITIONS.get(verb, ""))
    if verb in TELLING_VERBS:
        k = _past_listener(index, k, last)
    k = _past_adjuncts(index, k, last)
    if k == _OBJECT_AT:
        return _OBJECT
    if k < 0 or k >= last:
        return None
    if (
        _takes_object(verb)
        and not _after_participle(tokens, k)
        and not _opens_clause(index, k, last)
    ):
        return _past_object(index, verb, k, last, end)  # "denied the accusation"
    if tokens[k].text == "," and k + 1 < last and tokens[k + 1].lower.endswith("ing"):
        return None  # "he told WMAZ, paraphrasing her words": no clause follows
    while k < last and tokens[k].text in ",:":
        k += 1
    if k < last and verb.startswith("ask") and tokens[k].lower in _ABOUT:
        k += tokens[k].lower == "about"
    return (tokens[k].start, end) if k < last else None


def _german_after_side(
    index: Index, k: int, last: int, end: int, preposition: str = ""
) -> Span | None:
    """After a German speech verb the rest of its own clause is objects and adjuncts ("sagte
    am Montag in Bonn", "sagte der Zeitung"); what was said follows a comma or colon ("sagte
    am Montag, die Lage sei ernst", "betonte: ...") or opens with a quotation, or is the
    verb's prepositional object (``preposition``: "warnte am Montag vor steigenden Preisen",
    up to the clause's end). None when nothing does."""
    tokens = index.tokens
    content = -1
    for j in range(k, last):
        t = tokens[j]
        if t.text in _OPENERS and j == k:
            return (t.start, end)
        if t.text == "," and content >= 0:
            return (tokens[content].start, t.start)  # "vor ...Preisen, die ...": its clause
        if t.text in ",:":
            if j + 1 >= last or (t.text == "," and tokens[j + 1].lower in _RELATIVES):
                return None  # "..., was nicht verwunderlich ist": a relative clause
            return (tokens[j + 1].start, end)
        if content < 0 and preposition and t.lower == preposition:
            content = j
    return None if content < 0 else (tokens[content].start, end)


_LISTENER_MODIFIERS = 3  # lower-case words between "a" and "meeting"


def _quote_between(index: Index, a: int, b: int) -> bool:
    return any(index.tokens[j].text in _OPENERS for j in range(a, b))


def _past_listener(index: Index, k: int, last: int) -> int:
    """Past the listener after "told": capitalised words, determiners, possessives and
    listener nouns ("reporters", "the broadcaster NOS", "the BBC's Sunday programme"). A
    capitalised word after the listener that an auxiliary follows is the reported clause's
    subject, not part of the listener ("told Politico Biden is ordering ...")."""
    tokens = index.tokens
    j = k
    while j < last and j - k < _LISTENER_WORDS:
        t = tokens[j]
        if t.lower in LISTENERS:
            return j + 1  # the listener's head noun ends it: "told reporters the ..."
        head = _listener_after_modifiers(index, j, last) if t.lower in _DETERMINERS else -1
        if head > 0:
            return head + 1  # "told a packed public meeting on Tuesday"
        nxt = tokens[j + 1] if j + 1 < last else None
        if j > k and t.is_capitalised and nxt is not None and nxt.lower in AUXILIARIES:
            return j  # "told Politico Biden is ordering ...": the clause's subject opens it
        opens_name = nxt is not None and (nxt.is_capitalised or nxt.lower in LISTENERS)
        if not (
            (t.is_word and t.is_capitalised)
            or (t.lower in _DETERMINERS and opens_name)
            or t.lower in ("'s", "’s", "-")
        ):
            break
        j += 1
    return j


def _listener_after_modifiers(index: Index, j: int, last: int) -> int:
    """The listener noun after the determiner at ``j`` and a few lower-case modifiers ("a
    packed public meeting", "the annual party conference"); -1 when none follows."""
    tokens = index.tokens
    for k in range(j + 1, min(last, j + 1 + _LISTENER_MODIFIERS + 1)):
        t = tokens[k]
        if not t.is_word or t.is_capitalised:
            return -1
        if t.lower in LISTENERS:
            return k
    return -1


def _past_adjuncts(index: Index, k: int, last: int) -> int:
    """Past the adjuncts between a speech verb and its reported clause, one after the other
    ("said Tuesday in Paris that", "said on Tuesday after the meeting he would ..."). -1 when
    only adjuncts follow: an adjunct that opens the side and runs on with no clause of its own
    ("said Tuesday in a fireside chat with Marc Benioff.", "said while visiting the plant.")
    reports nothing; a reported clause follows "that" or has its own subject and verb."""
    while 0 <= k < last:
        after = _past_adjunct(index, k, last)
        if after == k:
            break
        k = after
    if 0 <= k < last and _opens_adjunct(index.tokens[k]) and index.tokens[k].lower not in _ABOUT:
        clause = _clause_start(index, k, last)
        return -1 if clause is None else clause
    return k


def _opens_adjunct(t: Token) -> bool:
    """A word that opens a time, place or circumstance adjunct ("while", "during", "at",
    "Tuesday", "earlier")."""
    low = t.lower
    return (
        low in _ADJUNCT_OPENERS
        or low in PREPOSITIONS
        or low in _TIME_WORDS
        or (t.is_capitalised and low in _CALENDAR)
    )


def _clause_start(index: Index, k: int, last: int) -> int | None:
    """Where a clause of its own begins in tokens ``k`` to ``last``, after an adjunct: at its
    subject pronoun ("said in a chat with Benioff he expected ..."), after a speech verb's
    participle ("wrote to Blair demanding an explanation"); ``k`` when an auxiliary, a
    quotation or a colon shows one somewhere ("prices were"); None when there is none."""
    tokens = index.tokens
    for j in range(k, last):
        t = tokens[j]
        if j > k and t.lower.endswith("ing") and t.lower in SPEECH_FORMS:
            base = SPEECH_FORMS[t.lower]
            if base in OBJECT_VERBS and not _opens_clause(index, j + 1, last):
                if statement_object(index, base, j + 1, object_end(index, j + 1, last)):
                    return j + 1  # "posted online accusing the label of trying to ..."
                return _OBJECT_AT  # "posted online thanking the fans": an object
            return j + 1  # "wrote to Tony Blair demanding an explanation of ..."
        if t.lower in _SUBJECT_PRONOUNS and t.text != "I" and j > k:
            return j if _no_comma(index, k, j) else k
        if t.lower in AUXILIARIES or t.text in _OPENERS or t.text == ":" or t.text == "I":
            return k
    return None


def _takes_object(verb: str) -> bool:
    return SPEECH_FORMS.get(verb) in OBJECT_VERBS


def _after_participle(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` follows a speech verb's participle that opened the side already
    ("wrote to Tony Blair demanding | an explanation")."""
    return k > 0 and tokens[k - 1].lower.endswith("ing") and tokens[k - 1].lower in SPEECH_FORMS


def _past_object(index: Index, verb: str, k: int, last: int, end: int) -> Span:
    """After a verb's plain object: the object itself when the guidelines count it as what
    was said (:mod:`.objects`: "denied the allegations", "described this as the worst
    case", up to the punctuation that ends it), else what a speech participle of the same
    clause reports ("expressed confidence in the winger, saying he always finds a way");
    ``_OBJECT`` when neither ("thanked the fans, who ...", "criticised him")."""
    tokens = index.tokens
    stop = object_end(index, k, last)
    if statement_object(index, SPEECH_FORMS[verb], k, stop):
        return (tokens[k].start, tokens[stop].start if stop < last else end)
    participle = _speech_participle(index, k, last)
    return _OBJECT if participle is None else (tokens[participle + 1].start, end)


def _speech_participle(index: Index, k: int, last: int) -> int | None:
    """The first participle of a speech verb that takes no plain object in tokens ``k`` to
    ``last`` (", saying he always finds a way")."""
    for j in range(k, last - 1):
        t = index.tokens[j]
        if t.lower.endswith("ing") and SPEECH_FORMS.get(t.lower, "") not in ("", *OBJECT_VERBS):
            return j
    return None


def _participle_after_object(index: Index, a: Attribution, side: Side, end: int) -> Side:
    """An object statement and the clause a speech participle after it reports, as two
    parts: "criticised the referee for not awarding a penalty, saying it was ..."."""
    verb = index.tokens[index.token_at(a.verb_start)].lower
    if not _takes_object(verb) or side.direct or side.span[1] >= end:
        return side
    participle = _speech_participle(index, index.token_at(side.span[1]), index.token_at(end))
    if participle is None:
        return side
    rest = _trimmed(index.text, (index.tokens[participle + 1].start, end))
    return side if rest is None else Side(side.span, False, (*side.rest, rest.span))


def _opens_clause(index: Index, k: int, last: int) -> bool:
    """Whether the words from token ``k`` after a verb that takes a plain object (``OBJECT_
    VERBS``: "denied", "accused", "described") are a reported clause rather than that object:
    a quotation or a colon opens them, a subject-only pronoun ("denied he knew"), or an
    auxiliary within a few words before any punctuation ("denied the US would respond",
    "denied it was"). "denied the accusation, has avoided ..." and "described this as the
    worst case" are objects. ("that" is handled before: "denied that ...")."""
    tokens = index.tokens
    if k >= last:
        return False
    first = tokens[k]
    if first.text in _OPENERS or first.text == ":" or first.lower in _NOMINATIVE:
        return True
    for j in range(k, min(last, k + _CLAUSE_REACH)):
        t = tokens[j]
        if not t.is_word and t.lower not in ("'s", "’s"):
            return False
        if j > k and t.lower in AUXILIARIES:
            return True
    return False


def _no_comma(index: Index, k: int, j: int) -> bool:
    return all(index.tokens[i].text not in ",;" for i in range(k, j))


def _past_adjunct(index: Index, k: int, last: int) -> int:
    """Past an adjunct opening the after side ("in his opening statement", "on Tuesday",
    "earlier in the day", "last week"): up to a comma or a word that ends such phrases. -1
    when the adjunct runs to the end (nothing was reported on that side)."""
    tokens = index.tokens
    if k >= last:
        return k
    first = tokens[k]
    if first.is_capitalised and first.lower in _CALENDAR:
        return k + 1  # "said Tuesday", "said Tuesday in Paris"
    if not (_opens_adjunct(first) or first.lower == "last"):
        return k
    for j in range(k, min(last, k + _ADJUNCT_WORDS + 1)):
        t = tokens[j]
        if t.text in ",:" or t.text in _OPENERS:
            return j
        if t.lower in _ADJUNCT_ENDS or (t.is_capitalised and t.lower in _WEEKDAYS):
            nxt = j + 1
            while nxt < last and tokens[nxt].lower in _TIME_WORDS:
                nxt += 1
            return nxt if nxt < last else -1
    if all(tokens[j].is_word for j in range(k, last)) and last - k <= _ADJUNCT_WORDS:
        return -1  # "Volker said in his opening statement."
    return k


_WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")


def _trimmed(text: str, span: Span) -> Side | None:
    """The side without the punctuation, "that" and trailing conjunctions around it;
    quotation marks stay when the clause holds both of a pair ('... was "dangerous"')."""
    s, e = span
    while s < e and text[s] in _TRIM and text[s] not in _OPENERS:
        s += 1
    direct = s < e and text[s] in _OPENERS
    while s < e and text[s] in _TRIM:
        s += 1
    if text[s : s + 5].lower() == "that ":
        s += 5
    trailing = _TRAILING.search(text, s, e)
    if trailing:
        e = trailing.start()
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    while e < span[1] and text[e] in _QUOTE_MARKS and _marks(text, s, e) % 2:
        e += 1  # give a quoted ending its closing mark back
    if e - s < _MIN_CLAUSE_CHARS or (not direct and len(text[s:e].split()) < _MIN_CLAUSE_WORDS):
        return None  # "Ann Vrel spoke first." reports nothing
    return Side((s, e), direct)


def _marks(text: str, start: int, end: int) -> int:
    return sum(text.count(mark, start, end) for mark in _QUOTE_MARKS)
