"""Candidate person names: runs of capitalised tokens with titles and organisation words removed.

A run is a sequence of capitalised words separated by single spaces, with lower-case particles
("van den"), initials ("W.") and suffixes ("Jr.") inside and post-nominal letters ("KC") cut
off. Its person name is the longest tail of name-like words (at most two main words; three
after a known given name or for a two-word surname used alone elsewhere, "Joel Eriksson Ek");
the words before it are kept as titles and roles ("US Secretary of State Antony Blinken" ->
"Antony Blinken", roles {"secretary"}), as are role nouns just before the run ("analyst Carsten
Fritsch") or in an appositive after it ("Marco Villa, the chief operating officer"). A run
ending in an organisation word ("Dick Clark Productions") or a place is no person, nor is
that name without its business ending elsewhere ("John Lewis Partnership", then "John Lewis");
a common word capitalised at a sentence start ("Teachers", "Hosting") is cut off.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from reader.speakers.lexicon import (
    BUSINESS_ENDINGS,
    DEMONYMS,
    FIRST_NAMES,
    GERMAN_NOUN_ENDINGS,
    HONORIFICS,
    MARKET_ROLES,
    NAME_MONTHS,
    NOT_NAME,
    ORG_DESCRIPTORS,
    ORG_NAMES,
    ORG_WORDS,
    PARTICLES,
    PLACES,
    POSTNOMINALS,
    PRICE_MOVES,
    STOCK_NOUNS,
    SUFFIXES,
    TITLE_SURNAMES,
    TITLES,
    word_set,
    words,
)
from reader.speakers.roles import appositive_roles, role_of, roles_before, who_follows
from reader.speakers.text import PARTICLE_NAME, Index, Token, look_up_together

# one romanised Chinese or Korean syllable: "ching", "wen", "chieh", "hsiao", "jae", "kyung"
_SYLLABLE = re.compile(r"^[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|h|m|r)?$")
_COMPASS = words("north south east west")
_CREDITS = word_set("credit-words")  # "Photo: Jane Smith"
# a French or Italian article elided before a capital, its apostrophe kept or lost: "L'Equipe",
# "LEquipe", "L'Osservatore" (newspapers, companies), never a person's whole name
_ELIDED_ARTICLE = re.compile(r"^L['’]?[A-ZÀ-Ý][a-zà-ÿ]")
_LONG_NAME = 5  # main words of "Mohammed bin Abdulrahman bin Jassim Al Thani"
_WORD_CACHE = 1 << 14  # answers kept for this many words (each depends on the word alone)
look_up_together(PARTICLES)  # (capitalised_or: the particles of "Ursula von der Leyen")


class _MentionFields(NamedTuple):
    start: int  # offset of the first name word (titles excluded)
    end: int
    words: tuple[str, ...]  # name words as written, particles and suffixes included
    first_token: int  # token index of the first name word
    last_token: int  # token index of the last name word
    run_start: int  # token index where the capitalised run (with titles) starts
    honorific: str  # "mr", "ms", ... directly before the name
    honorific_start: int  # offset of that honorific
    roles: frozenset[str]  # titles and role nouns around the name
    who_follows: bool  # "Name, who ..."
    sentence_initial: bool
    trimmed: bool  # a capitalised common word was cut from its start ("Big Machine")
    company: bool  # "shares in Name", "Name shares fell"
    postnominals: frozenset[str]  # "qc" of "Daniel Janner QC"
    #: name words without particles, initials and suffixes (see :func:`main_words_of`)
    main_words: tuple[str, ...]


class NameMention(_MentionFields):
    """One occurrence of a candidate person name in the text.

    An immutable named tuple (made several times cheaper than a frozen dataclass, which sets
    each field through ``object.__setattr__``); ``main_words`` is made from ``words`` with the
    mention, so a copy with other words must be made with :meth:`with_words`.
    """

    __slots__ = ()

    def __new__(
        cls,
        start: int,
        end: int,
        words: tuple[str, ...],
        first_token: int,
        last_token: int,
        run_start: int,
        honorific: str = "",
        honorific_start: int = -1,
        roles: frozenset[str] = frozenset(),
        who_follows: bool = False,
        sentence_initial: bool = False,
        trimmed: bool = False,
        company: bool = False,
        postnominals: frozenset[str] = frozenset(),
    ) -> NameMention:
        main_words = main_words_of(words)
        fields = (start, end, words, first_token, last_token, run_start, honorific)
        flags = (honorific_start, roles, who_follows, sentence_initial, trimmed, company)
        return tuple.__new__(cls, (*fields, *flags, postnominals, main_words))

    def __getnewargs__(self) -> tuple[object, ...]:
        return tuple(self[:-1])  # all fields but the main words, which __new__ makes

    def with_words(self, words: tuple[str, ...]) -> NameMention:
        """The same mention with other name words (and their main words)."""
        return self._replace(words=words, main_words=main_words_of(words))

    @property
    def surname(self) -> str:
        main = self.main_words
        return main[-1] if main else self.words[-1]

    @property
    def first_name(self) -> str:
        main = self.main_words
        return main[0] if len(main) > 1 else ""


def main_words_of(words: tuple[str, ...]) -> tuple[str, ...]:
    """Name words without particles, initials and suffixes; an initial closing a name is its
    surname ("Bernhard H.", the way court reports keep people anonymous)."""
    main = tuple(filter(is_main_word, words))
    if initial_surname(words):
        main = (*main, words[-1])
    return main


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def initial_surname(words: tuple[str, ...] | list[str]) -> bool:
    """ "Bernhard H.", "Elisabeth S.": a main word and then one initial closing the name, the
    surname a report shortens to keep a person anonymous (not "George W. Bush", whose initial
    is inside)."""
    return len(words) > 1 and _is_initial(words[-1]) and is_main_word(words[-2])


@lru_cache(maxsize=_WORD_CACHE)
def is_main_word(word: str) -> bool:
    """False for initials, particles and generational suffixes."""
    low = word.lower()
    return not (_is_initial(word) or low in PARTICLES or low in SUFFIXES)


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


@lru_cache(maxsize=_WORD_CACHE)
def _is_wordlike_name(word: str) -> bool:
    """False for contractions ("We're") and lower-case compounds ("Iran-backed")."""
    for sep in "'’":
        if sep in word and word.rsplit(sep, 1)[1].lower() in ("re", "ll", "ve", "d", "t", "m", "s"):
            return False
    parts = word.split("-")
    if PARTICLE_NAME.match(word):
        return True  # "al-Jaber", "el-Sisi"
    if len(parts) == 2 and parts[0][:1].isupper() and parts[1][:1].islower():
        # romanised East Asian given names: "Ching-te", "Wen-chieh", "Jae-in" (not "Iran-backed")
        return all(_SYLLABLE.match(part.lower()) for part in parts)
    return all(part[:1].isupper() for part in parts)


@lru_cache(maxsize=_WORD_CACHE)
def _name_like(word: str) -> bool:
    low = word.lower()
    return not (
        low in NOT_NAME
        or low in TITLES
        or low in HONORIFICS
        or low in PLACES
        or low in ORG_WORDS
        or low in ORG_NAMES
        or _is_acronym(word)
        or not _is_wordlike_name(word)
        or _ELIDED_ARTICLE.match(word) is not None
    )


def _unknown_given_name(word: str, lowered_words: set[str]) -> bool:
    """A name-like word never written in lower case in the article ("Mervyn" of "Mervyn King")."""
    return (
        _name_like(word)
        and "-" not in word
        and word.lower() not in lowered_words
        and word.lower() not in DEMONYMS
    )


@lru_cache(maxsize=_WORD_CACHE)
def first_name_gender(word: str) -> str | None:
    """Gender of a given name from the lexicon (first part of a hyphenated name), or None."""
    return FIRST_NAMES.get(word.split("-")[0].lower())


def _runs(index: Index, language: str) -> list[list[int]]:
    """Token-index lists of capitalised runs (periods of initials and abbreviations included).

    Only capitalised words and particles can be in a run: the walk visits those alone (found
    by :meth:`.Index.capitalised_or`), and a gap between two of them ends the run.
    """
    tokens, text = index.tokens, index.text
    runs: list[list[int]] = []
    current: list[int] = []

    def joined(a: Token, b: Token) -> bool:
        return text[a.end : b.start] == " "

    last = -1  # the last token visited (or taken: the period after an initial)
    for i in index.capitalised_or(PARTICLES):
        if current and i > last + 1:
            runs.append(current)  # a token between that is neither ends the run
            current = []
        last = i
        tok = tokens[i]
        if tok.is_word and tok.is_capitalised:
            if current and (
                not _continues(tokens, current[-1], i, text)
                or index.sentence_of(tok.start) != index.sentence_of(tokens[current[0]].start)
                or (language == "de" and _german_noun_after_name(tokens, current[-1], tok))
            ):  # "posted on X. Alexandria Ocasio-Cortez": a run ends with its sentence;
                # "hat Arnautovic Entwarnung gegeben": a German noun ends one
                runs.append(current)
                current = []
            current.append(i)
            # a period straight after an initial or an abbreviation stays in the run
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and nxt.text == "." and nxt.start == tok.end:
                low = tok.lower
                if _is_initial(tok.text) or low in HONORIFICS or low in TITLES or low in SUFFIXES:
                    current.append(i + 1)
                    last = i + 1
        elif (
            current
            and tok.lower in PARTICLES
            and _particle_can_follow(tokens[current[-1]].text, language)
            and _capital_after_particles(tokens, i)
            and joined(tokens[current[-1]], tok)
        ):
            current.append(i)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _german_noun_after_name(tokens: list[Token], prev: int, tok: Token) -> bool:
    """A German noun ("Entwarnung") right after a word that is no given name ("hat Arnautovic
    Entwarnung gegeben"); after a given name the word is a surname ("Emil Hartung")."""
    return tok.lower.endswith(GERMAN_NOUN_ENDINGS) and first_name_gender(tokens[prev].text) is None


def _capital_after_particles(tokens: list[Token], i: int) -> bool:
    """A capitalised word after the particles from ``i`` ("von der Leyen", "de la Hamaide")."""
    k = i + 1
    while k < len(tokens) and tokens[k].lower in PARTICLES and k - i < 3:
        k += 1
    return k < len(tokens) and tokens[k].is_capitalised


def _particle_can_follow(word: str, language: str) -> bool:
    """Particles join capitalised words in English ("Virgil van Dijk"); in German, where every
    noun is capitalised, only after a given name or another particle ("Ursula von der Leyen",
    not "Betrieb von Wendelstein")."""
    if language != "de":
        return True
    return word.lower() in PARTICLES or first_name_gender(word) is not None


def _continues(tokens: list[Token], prev: int, i: int, text: str) -> bool:
    gap = text[tokens[prev].end : tokens[i].start]
    return gap == " " or (gap == "" and tokens[prev].text == ".")


def find_name_mentions(index: Index, language: str = "en") -> list[NameMention]:
    """Every candidate person-name occurrence, in text order."""
    tokens = index.tokens
    runs = [[i for i in run if tokens[i].text != "."] or run for run in _runs(index, language)]
    run_words = [tuple([tokens[i].text for i in run]) for run in runs]
    standalone = {words for words in run_words if all(map(_name_like, words))}
    lowered_words = index.lower_case_words()
    companies = {
        tuple(tokens[i].text for i in run[:-1])
        for run in runs
        if len(run) > 2 and tokens[run[-1]].lower in BUSINESS_ENDINGS
    }
    mentions: list[NameMention] = []
    for run, written in zip(runs, run_words, strict=True):
        if _picture_credit(tokens, run[0], run[-1]):
            continue
        mention = _mention_from_run(index, run, written, standalone, lowered_words, language)
        if mention is not None and mention.words not in companies:
            mentions.append(mention)
    mentions += _title_surnames_alone(index, runs, mentions)
    mentions += _initial_surnames_alone(index, runs, mentions)
    mentions.sort(key=lambda m: m.start)
    return _couples(tokens, mentions)


def _title_surnames_alone(
    index: Index, runs: list[list[int]], mentions: list[NameMention]
) -> list[NameMention]:
    """ "King, pictured in 2001, said" after "Billie Jean King": a title word alone is the
    surname of a person named in full with it (not after "the": "the King")."""
    surnames = {m.words[-1] for m in mentions if len(m.main_words) > 1}
    surnames = {w for w in surnames if w.lower() in TITLE_SURNAMES}
    tokens = index.tokens
    found = []
    for run in runs:
        if len(run) != 1 or tokens[run[0]].text not in surnames:
            continue
        i = run[0]
        if i > 0 and tokens[i - 1].lower in ("the", "a", "an"):
            continue
        t = tokens[i]
        found.append(
            NameMention(
                start=t.start,
                end=t.end,
                words=(t.text,),
                first_token=i,
                last_token=i,
                run_start=i,
                who_follows=who_follows(index, i),
                sentence_initial=_sentence_initial(index, i),
            )
        )
    return found


def _initial_surnames_alone(
    index: Index, runs: list[list[int]], mentions: list[NameMention]
) -> list[NameMention]:
    """ "S." or "Frau S." after "Elisabeth S.": an initial alone (or after an honorific) is the
    surname of the person named with it (see :func:`initial_surname`)."""
    initials = {m.words[-1] for m in mentions if initial_surname(m.words)}
    if not initials:
        return []
    tokens, text = index.tokens, index.text
    found = []
    for run in runs:
        last = tokens[run[-1]]
        if last.text not in initials or len(run) > 2:
            continue
        honorific = tokens[run[0]].lower if len(run) == 2 else ""
        if honorific and honorific not in HONORIFICS:
            continue
        end = last.end + 1 if text[last.end : last.end + 1] == "." else last.end
        found.append(
            NameMention(
                start=last.start,
                end=end,
                words=(last.text,),
                first_token=run[-1],
                last_token=run[-1],
                run_start=run[0],
                honorific=honorific,
                honorific_start=tokens[run[0]].start if honorific else -1,
                sentence_initial=_sentence_initial(index, run[-1]),
            )
        )
    return found


def _couples(tokens: list[Token], mentions: list[NameMention]) -> list[NameMention]:
    """ "Bill and Susan Harkin": a lone known given name joined by "and" to a two-word name
    starting with another known given name shares its surname (the span stays "Bill")."""
    result = list(mentions)
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        if (
            len(first.words) == 1
            and not first.honorific
            and first.run_start == first.first_token
            and first_name_gender(first.words[0]) is not None
            and len(second.words) == 2
            and second.run_start == second.first_token == first.last_token + 2
            and tokens[first.last_token + 1].lower == "and"
            and first_name_gender(second.words[0]) is not None
            and first_name_gender(second.words[1]) is None
        ):
            result[i] = first.with_words((first.words[0], second.words[1]))
    return result


def _picture_credit(tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens ``first`` to ``last`` are the name in a picture credit, not a person of
    the article: before a slash and an agency ("J. Scott Applewhite / AP", "Jane Smith/Getty
    Images") or after a credit word and a colon ("Photo: Jane Smith"; ``credit-words.txt``)."""
    after = last + 1
    if after + 1 < len(tokens) and tokens[after].text in _CREDIT_SLASHES:
        return tokens[after + 1].is_capitalised
    return first >= 2 and tokens[first - 1].text == ":" and tokens[first - 2].lower in _CREDITS


_CREDIT_SLASHES = frozenset({"/", "|"})


def _mention_from_run(
    index: Index,
    run: list[int],
    run_words: tuple[str, ...],
    standalone: set[tuple[str, ...]],
    lowered_words: set[str],
    language: str,
) -> NameMention | None:
    """The person name a capitalised run ends with, in steps: drop post-nominal letters, refuse
    organisation and place runs, find the name's tail, trim a capitalised common word, then
    collect the titles and roles around it. ``run_words``: the words of ``run``."""
    tokens = index.tokens
    if len(run) == 1 and not _name_like(run_words[0]):
        return None  # "The", "But", "Washington": what _name_start would refuse, found early
    postnominal_end = run[-1]
    while len(run) > 1 and tokens[run[-1]].lower in POSTNOMINALS:
        run = run[:-1]  # "Nick Johnson KC", "Jane Doe MP"
    words = list(run_words[: len(run)])
    special_surname = _special_surname(words, lowered_words)
    if words[-1].lower() in ORG_WORDS or (words[-1].lower() in PLACES and not special_surname):
        return None
    if _organisation_context(index, run, words, language):
        return None
    k = _name_start(words, standalone, special_surname)
    if k is None:
        return None
    while language == "de" and k < len(words) - 1 and _german_role(words[k]):
        k += 1  # German capitalises role nouns: "Sein Landsmann Willian", "Polizist Jan K."
    if k > 0 and words[k - 1].lower() in ORG_DESCRIPTORS:
        return None  # "Bookmaker William Hill"
    if k > 0 and words[k - 1].lower() in ("the", "a", "an") and (k == 1 or k == len(run) - 1):
        return None  # "The Croat, who ...", "The Edmonton Oilers said"
    mention = _mention(index, run, k, postnominal_end, lowered_words, language)
    after = index.tokens[run[-1] + 1 : postnominal_end + 1]
    letters = {t.lower for t in after if t.lower in POSTNOMINALS}
    if mention is None or not letters:
        return mention
    return mention._replace(postnominals=frozenset(letters))


def _special_surname(words: list[str], lowered_words: set[str]) -> bool:
    """A last word that is usually no name but is a surname here: a compass word ("Oliver
    North"), a title ("Justin King", "Mr King"; not "the King") or a place ("Bob Jordan") after
    a known given name (or, for a title, an honorific or a word never written in lower case)."""
    if len(words) < 2:
        return False
    last, before = words[-1].lower(), words[-2]
    given = first_name_gender(before) is not None
    if last in _COMPASS and first_name_gender(words[0]) is not None:
        return True
    if last in TITLE_SURNAMES and (
        given
        or before.strip(".").lower() in HONORIFICS
        or _unknown_given_name(before, lowered_words)
    ):
        return True
    # not "Austin Texas" inside a longer run
    return last in PLACES and given and (len(words) == 2 or not _name_like(words[-3]))


def _name_start(
    words: list[str], standalone: set[tuple[str, ...]], special_surname: bool
) -> int | None:
    """Where the name starts in the run: the longest name-like tail of at most two main words
    (three for "Joel Eriksson Ek" or "Paul Carl Dunmore"; more after a title that opens a long
    name), particles at its start dropped; None when nothing name-like is left."""
    k, main = len(words), 0
    while k > 0:
        word = words[k - 1]
        low = word.lower()
        if low in NAME_MONTHS and k < len(words):
            pass  # "Theresa May": a month right of another word is a surname
        elif low in NOT_NAME and low in FIRST_NAMES and k < len(words) and main:
            pass  # "Jan Wendt": a given name that is also a month's abbreviation
        elif (
            not _name_like(word)
            and not (low in PARTICLES and k < len(words))
            and not (special_surname and k == len(words))
        ):
            break
        if is_main_word(word) or (k == len(words) and initial_surname(words)):
            if main == 2:
                tail = tuple(words[k:])
                surname_pair = tail in standalone and (words[-1],) not in standalone
                if not (surname_pair or first_name_gender(word) is not None):
                    break
            if main == 3:
                break
            main += 1
        k -= 1
    k = _whole_long_name(words, k)
    while k < len(words) and words[k].lower() in PARTICLES:
        k += 1  # particles left dangling at the start
    if k == len(words) or not any(map(is_main_word, words[k:])):
        return None  # nothing left, or initials alone ("C." of "R-N.C.")
    if k == len(words) - 1 and words[k].lower() in DEMONYMS:
        return None  # "the 41-year-old Scot, who ...": a nationality, no name
    return k


def _mention(
    index: Index,
    run: list[int],
    k: int,
    postnominal_end: int,
    lowered_words: set[str],
    language: str,
) -> NameMention | None:
    """The mention of the name ``run[k:]``, with its titles, roles and context."""
    tokens, text = index.tokens, index.text
    name_idx = run[k:]
    last = tokens[name_idx[-1]]
    end, last_token = last.end, name_idx[-1]
    if end < len(text) and text[end] == "." and (last.lower in SUFFIXES or _is_initial(last.text)):
        end, last_token = end + 1, last_token + 1  # "Jr.", "W."
    if postnominal_end > last_token:
        last_token = postnominal_end  # adjacency goes past the letters: "Ben Myers KC, said"
    sentence_initial = _sentence_initial(index, name_idx[0])
    trimmed = False
    first_word = tokens[name_idx[0]].text
    if (
        sentence_initial
        and first_name_gender(first_word) is None
        and (first_word.lower() in lowered_words or first_word.endswith(("ing", "ly")))
    ):
        # a common word capitalised at a sentence start ("Teachers said", "Hosting Cook")
        if len(name_idx) == 1:
            return None
        name_idx, sentence_initial, trimmed = name_idx[1:], False, True
    honorific, honorific_start = "", -1
    before = tokens[run[k - 1]] if k > 0 else None  # the word before the name in the run
    if before is not None and before.lower in HONORIFICS:
        honorific, honorific_start = before.lower, before.start
    return NameMention(
        start=tokens[name_idx[0]].start,
        end=end,
        words=tuple([tokens[i].text for i in name_idx]),
        first_token=name_idx[0],
        last_token=last_token,
        run_start=run[0],
        honorific=honorific,
        honorific_start=honorific_start,
        roles=frozenset(_roles(index, run, k, last_token, language)),
        who_follows=who_follows(index, last_token),
        sentence_initial=sentence_initial,
        trimmed=trimmed,
        company=_company_context(index, run[0], last_token),
    )


def _roles(index: Index, run: list[int], k: int, last_token: int, language: str) -> set[str]:
    """Titles in the run before the name, role nouns before the run, and (English) in an
    appositive after the name (not "Ed Markey of Massachusetts, a ...")."""
    tokens = index.tokens
    roles: set[str] = set(filter(None, [role_of(tokens[i].text) for i in run[:k]]))
    roles |= roles_before(index, run[0], language, single=len(run) == 1)
    after_preposition = run[0] > 0 and tokens[run[0] - 1].lower in ("of", "from", "in", "at")
    if language != "de" and not after_preposition:
        roles |= appositive_roles(index, last_token)
    return roles


def _whole_long_name(words: list[str], k: int) -> int:
    """Start of a long name cut at ``k`` when a title opens it: "President Andrés Manuel López
    Obrador", "Sheikh Mohammed bin Abdulrahman Al Thani" (up to five main words); else ``k``."""

    j = k
    while (
        j > 0
        and not _title(words[j - 1])
        and (_name_like(words[j - 1]) or words[j - 1].lower() in PARTICLES)
    ):
        j -= 1
    if j == k or j == 0 or not _title(words[j - 1]):
        return k
    if words[j].lower() in PARTICLES or sum(map(is_main_word, words[j:])) > _LONG_NAME:
        return k
    return j


@lru_cache(maxsize=_WORD_CACHE)
def _title(word: str) -> bool:
    """A title or an honorific ("President", "Sheikh", "Dr.")."""
    low = word.strip(".").lower()
    return low in TITLES or low in HONORIFICS


def _organisation_context(index: Index, run: list[int], words: list[str], language: str) -> bool:
    """A run joined by "&" ("Marks & Spencer"), led by a business noun ("bookmaker William
    Hill"), after "the" without a title ("the Edmonton Oilers"; not "the Rev. Al Green") or a
    single word after an article ("a Briton") names no person."""
    tokens = index.tokens
    before = tokens[run[0] - 1] if run[0] > 0 else None
    after = tokens[run[-1] + 1] if run[-1] + 1 < len(tokens) else None
    if (before is not None and before.text == "&") or (after is not None and after.text == "&"):
        return True
    if language == "de" or before is None:
        return False
    if before.lower in ORG_DESCRIPTORS and not before.is_capitalised:
        return True
    named_inside = any(first_name_gender(w) is not None for w in words[:-1])
    if before.text == "the" and not named_inside and not any(_titled(w) for w in words):
        # "the Edmonton Oilers": no person (but "to the Treasury Paul Boateng" holds one)
        return True
    return len(run) == 1 and before.text in ("a", "an")


def _german_role(word: str) -> bool:
    """A German role noun or nationality ("Polizist", "Brasilianer"), which opens no name."""
    return role_of(word) is not None or word.lower() in DEMONYMS


def _titled(word: str) -> bool:
    low = word.strip(".").lower()
    return low in TITLES or low in HONORIFICS or role_of(word) is not None


def _company_context(index: Index, first: int, last: int) -> bool:
    """Words around a name that only fit a company: "shares in Laura Ashley", "Laura Ashley
    shares fell", "analysts at Charles Stanley", "Raymond James analyst Buck Horne" (not
    ", which": it may mean a clause; not "said its": "its" may be another company's)."""
    tokens = index.tokens
    if first >= 2:
        noun, preposition = tokens[first - 2].lower, tokens[first - 1].lower
        if noun in STOCK_NOUNS and preposition in ("in", "of"):
            return True
        if noun in MARKET_ROLES and preposition in ("at", "with", "from"):
            return True  # "analysts at Charles Stanley"
    if last + 1 >= len(tokens):
        return False
    after = tokens[last + 1]
    if after.lower in MARKET_ROLES and not after.is_capitalised:
        return True  # "Raymond James analyst Buck Horne"
    return (
        last + 2 < len(tokens)
        and after.lower in STOCK_NOUNS
        and tokens[last + 2].lower in PRICE_MOVES
    )


def _sentence_initial(index: Index, tok: int) -> bool:
    start = index.tokens[tok].start
    s = index.sentences[index.sentence_of(start)][0]
    return not index.text[s:start].strip(" \"“‘'(")
