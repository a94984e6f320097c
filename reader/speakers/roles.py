"""Evidence around a capitalised run that it names a person in a role.

Role nouns before a name ("math teacher Angela Cooper"), in an appositive after it ("Marco
Villa, the chief operating officer"), in a noun phrase opening the sentence ("The governor of
the Odesa region, Oleh Kiper, said"), and ", who" / an age / ", whose son" after it.
"""

from __future__ import annotations

from functools import lru_cache

from reader.speakers.lexicon import (
    GERMAN_ROLE_ENDINGS,
    HONORIFICS,
    KIN_NOUNS,
    PREPOSITIONS,
    ROLE_NOUNS,
    TITLES,
)
from reader.speakers.text import Index, Token
from reader.speakers.verbs import SPEECH_FORMS

_ROLE_LOOKBACK = 5
_APPOSITIVE_LENGTH = 14  # words after "Name," searched for a role noun
_OPENING_PHRASE = 10  # tokens of "The governor of the Odesa region" before ", Name,"
_KIN_REACH = 3  # words after ", whose" searched for a relative ("whose eldest son")


_COMPOUND_ENDS = frozenset(r.rsplit("-", 1)[1] for r in ROLE_NOUNS if "-" in r)  # "back"


@lru_cache(maxsize=1 << 14)
def role_of(word: str) -> str | None:
    """The role noun a word names ("editor-in-chief" -> "editor", "Gov" -> "governor",
    German compounds: "Verkehrsplaner" -> "planer")."""
    low = word.lower()
    if low in ROLE_NOUNS:
        return low
    if low in TITLES:
        return TITLES[low]
    for part in low.split("-"):
        if part in ROLE_NOUNS:
            return part
    if word[:1].isupper() and len(low) > 6:
        return _german_role_ending(low) or _inflected_german_role(low)
    return None


def _german_role_ending(low: str) -> str | None:
    """The first of the German role endings ``low`` ends with (one C-level test first: most
    words end with none)."""
    if not low.endswith(GERMAN_ROLE_ENDINGS):
        return None
    return next(ending for ending in GERMAN_ROLE_ENDINGS if low.endswith(ending))


def _inflected_german_role(low: str) -> str | None:
    """A German role noun in its dative, accusative or genitive form, which adds "-n" or
    "-en" ("dem Vorsitzenden", "den Präsidenten", "des Abgeordneten"): the role itself."""
    for stem in (low[:-1], low[:-2]) if low.endswith("n") else ():
        role = stem if stem in ROLE_NOUNS else _german_role_ending(stem)
        if role is not None:
            return role
    return None


def roles_before(index: Index, tok: int, language: str, single: bool = False) -> set[str]:
    """Role nouns among the lower-case words just before a run ("math teacher Angela Cooper").

    German capitalises its nouns, so there only the word right before the run counts. A
    ``single`` word right after "of" is an organisation ("CEO of OpenAI"), never the role's
    holder. A name between commas after a noun phrase opening the sentence takes its role
    ("The governor of the Odesa region, Oleh Kiper, said").
    """
    roles: set[str] = set()
    tokens = index.tokens
    lookback = 1 if language == "de" else _ROLE_LOOKBACK
    sentence_start = index.sentences[index.sentence_of(tokens[tok].start)][0]
    j = tok - 1
    if (
        language != "de"
        and j > 0
        and tokens[j].text == ","
        and role_of(tokens[j - 1].text)
        and not tokens[j - 1].is_capitalised
    ):
        j -= 1  # "Vodafone's content director, Graeme Ellis"
    elif language != "de" and j > 0 and tokens[j].text == ",":
        roles |= _opening_phrase_roles(index, tok)
    while j >= 0 and tok - j <= lookback:
        t = tokens[j]
        if t.start < sentence_start or "\n" in index.text[t.end : tokens[j + 1].start]:
            break  # roles never come from the sentence (or headline) before
        if not t.is_word:
            abbreviation = j > 0 and (
                tokens[j - 1].lower in TITLES or tokens[j - 1].lower in HONORIFICS
            )
            if t.text in "-'’" or (t.text == "." and abbreviation):
                j -= 1
                continue
            break
        role = role_of(t.text) or _spaced_compound(tokens, j)
        if role:
            roles.add(role)
        elif (
            t.lower == "to"
            and j > 0
            and tokens[j - 1].is_capitalised
            and role_of(tokens[j - 1].text)
        ):
            pass  # "Ambassador to Japan Rahm Emanuel": the title goes on past "to"
        elif t.lower in PREPOSITIONS and not (t.lower == "of" and _capitalised(tokens, j - 1)):
            break  # "a security manager at Microsoft": no role of Microsoft
        elif t.lower == "of" and j == tok - 1 and single:
            break  # "CEO of OpenAI": the company, not the chief executive
        elif t.is_capitalised and j < tok - 1:
            break  # another name: "analyst Mike Powell of Dresdner Kleinwort"
        elif t.lower in ("the", "a", "an", "and", "said", "says", "told", "by", "with", "to"):
            break
        j -= 1
    return roles


def _spaced_compound(tokens: list[Token], j: int) -> str | None:
    """A hyphenated role written as two words, ending at token ``j`` ("centre back" for
    "centre-back", "fly half", "full back")."""
    if tokens[j].lower not in _COMPOUND_ENDS or j < 1 or not tokens[j - 1].is_word:
        return None
    if tokens[j - 1].end + 1 != tokens[j].start:
        return None
    joined = f"{tokens[j - 1].lower}-{tokens[j].lower}"
    return joined if joined in ROLE_NOUNS else None


def _opening_phrase_roles(index: Index, tok: int) -> set[str]:
    """Roles of "The governor of the Odesa region, Name, said": a noun phrase opening the
    sentence with "the"/"a" and a lower-case role noun as its head, then the name between
    commas."""
    tokens = index.tokens
    sentence_start = index.sentences[index.sentence_of(tokens[tok].start)][0]
    k = tok - 2  # before the comma
    phrase: list[Token] = []
    while k >= 0 and tokens[k].start >= sentence_start and tok - k <= _OPENING_PHRASE:
        if not tokens[k].is_word and tokens[k].text not in "-'’":
            return set()
        phrase.insert(0, tokens[k])
        k -= 1
    if (k >= 0 and tokens[k].start >= sentence_start) or not phrase:
        return set()  # the phrase does not open the sentence (or is too long)
    if phrase[0].lower not in ("the", "a", "an") or len(phrase) < 2:
        return set()
    role = None
    for t in phrase[1:]:
        if t.lower in PREPOSITIONS:
            break
        if not t.is_capitalised and role_of(t.text):
            role = role_of(t.text)
    if role is None:
        return set()
    after = tokens[_after_name(tokens, tok)] if _after_name(tokens, tok) < len(tokens) else None
    return {role} if after is not None and after.text == "," else set()


def _after_name(tokens: list[Token], tok: int) -> int:
    """Index of the token after the capitalised run starting at ``tok``."""
    k = tok
    while k < len(tokens) and (tokens[k].is_capitalised or tokens[k].text in "-'’."):
        k += 1
    return k


def _capitalised(tokens: list[Token], j: int) -> bool:
    return j >= 0 and tokens[j].is_word and tokens[j].is_capitalised


def appositive_roles(index: Index, tok: int) -> set[str]:
    """Role nouns in ", the company's chief operating officer," after a name."""
    tokens = index.tokens
    if tok + 1 >= len(tokens) or tokens[tok + 1].text != ",":
        return set()
    roles: set[str] = set()
    opener = tokens[tok + 2].lower if tok + 2 < len(tokens) else ""
    if opener in ("who", "which", "that", "whose") or opener in PREPOSITIONS:
        return roles
    if opener in ("was", "is", "has", "had", "will", "would", "were", "are"):
        return roles  # "Stephen Merchant, was named best actor": a clause, no appositive
    if opener.endswith("ing") and opener not in ROLE_NOUNS:
        return roles  # "in Monaco, including IAAF chief Lamine Diack"
    for t in tokens[tok + 2 : tok + 2 + _APPOSITIVE_LENGTH]:
        if t.text in ',.;:"“”' or t.lower in ("with", "at", "of", "for", "in", "on"):
            break
        if t.lower in SPEECH_FORMS:
            return set()  # "Speaking in Gateshead, the prime minister said": no appositive
        role = role_of(t.text)
        if role and not t.is_capitalised:
            roles.add(role)
    return roles


def who_follows(index: Index, tok: int) -> bool:
    """ "Name, who ..." or an age, "Name, 58, ..." (only people have these)."""
    tokens = index.tokens
    if tok + 2 >= len(tokens) or tokens[tok + 1].text != ",":
        return False
    nxt = tokens[tok + 2]
    start = tok
    while start > 0 and tokens[start - 1].is_capitalised:
        start -= 1
    if start > 0 and tokens[start - 1].lower in ("from", "in", "at", "near"):
        return False  # "a teacher from Bradford, who ...": the teacher
    if nxt.lower == "who":
        verb = tokens[tok + 3].lower if tok + 3 < len(tokens) else ""
        return verb not in ("are", "were", "have")  # "Chelsea, who are top": a team
    if nxt.lower == "whose":
        # "Einav Zangauker, whose son Matan was abducted": only people have sons and fathers
        return any(t.lower in KIN_NOUNS for t in tokens[tok + 3 : tok + 3 + _KIN_REACH])
    return (
        nxt.text.isascii()
        and nxt.text.isdigit()
        and int(nxt.text) < 120
        and tok + 3 < len(tokens)
        and tokens[tok + 3].text == ","
    )
