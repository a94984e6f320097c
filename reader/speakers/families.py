"""People who share a surname: when the text shows two of them, and how a mention tells them
apart.

Relatives, spouses and namesakes share a surname ("Lord Janner" and his son "Daniel Janner",
"Mr and Mrs Smith", "the Williams sisters"). The text shows a surname is shared when it gives
it two different known given names ("Joe Biden", "Hunter Biden"), names a couple or a family
with it ("Mr and Mrs Smith", "the Williams sisters"), or follows it with a possessive kinship
phrase ("Lord Janner's son", "Smith's wife": :attr:`Families.kin_of`). Two mentions are of two
people when their honorifics or post-nominal letters say so: another gender ("Mrs Smith",
"John Smith") or another class of person (a peer "Lord Janner"; a commoner "Mr Janner" or a
barrister "Daniel Janner QC"; ``title-classes.txt``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.speakers.lexicon import HONORIFICS, KIN_NOUNS, word_map, word_set
from reader.speakers.names import NameMention, first_name_gender
from reader.speakers.text import Index, Token, look_up_together

TITLE_CLASSES = word_map("title-classes")  # "lord" -> "peer", "qc" -> "commoner"
_FAMILY_NOUNS = word_set("family-nouns")  # "the Williams sisters"
look_up_together(_FAMILY_NOUNS)
_KIN_REACH = 3  # words between "Janner's" and its kin noun: "Janner's eldest QC son"
_KIN_BEFORE = 5  # tokens back from a name to its kinship noun: "daughter, Donavan and"
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


@dataclass(frozen=True)
class Families:
    """What a text says about shared surnames."""

    shared: frozenset[str] = frozenset()  # surnames of a couple or family ("the X sisters")
    kin_of: frozenset[int] = frozenset()  # mentions a possessive kinship phrase follows
    relatives: frozenset[int] = frozenset()  # mentions a kinship noun introduces
    couples: frozenset[int] = frozenset()  # "Mrs Smith" of "Mr and Mrs Smith": two people


def find_families(mentions: list[NameMention], index: Index | None = None) -> Families:
    """The couples, families and kinship phrases of the text behind ``index`` (none
    without)."""
    shared: set[str] = set()
    kin_of: set[int] = set()
    relatives: set[int] = set()
    couples: set[int] = set()
    if index is not None:
        tokens = index.tokens
        couples = {i for i, m in enumerate(mentions) if _couple(tokens, m)}
        shared = {mentions[i].words[-1] for i in couples} | _families(index)
        kin_of = {i for i, m in enumerate(mentions) if _possessive_kin(tokens, m)}
        relatives = {i for i, m in enumerate(mentions) if _kin_before(tokens, m)}
    return Families(frozenset(shared), frozenset(kin_of), frozenset(relatives), frozenset(couples))


def two_given_names(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether the main words ``a`` and ``b`` of two names of one surname are two people with
    different known given names ("Joe Biden", "Hunter Biden"; not "Christian Andersen" of "Hans
    Christian Andersen", nor "Headingley Sinfield", whose first word is no given name)."""
    return (
        len(a) > 1
        and len(b) > 1
        and a[0] != b[0]
        and first_name_gender(a[0]) is not None
        and first_name_gender(b[0]) is not None
        and not _suffix(a, b)
        and not _suffix(b, a)
    )


def _suffix(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    return len(short) <= len(long) and long[-len(short) :] == short


def _couple(tokens: list[Token], m: NameMention) -> bool:
    """ "Mr and Mrs Smith": an honorific and "and" before the honorific of a surname."""
    k = m.first_token
    return bool(
        m.honorific
        and k >= 3
        and tokens[k - 2].lower == "and"
        and tokens[k - 3].lower.strip(".") in HONORIFICS
    )


def _families(index: Index) -> set[str]:
    """ "the Williams sisters": a capitalised word between "the" and a family noun (the family
    nouns found first, in one walk in C)."""
    tokens = index.tokens
    return {
        tokens[k - 1].text
        for k in index.positions(_FAMILY_NOUNS)
        if k >= 2 and tokens[k - 1].is_capitalised and tokens[k - 2].lower == "the"
    }


def _possessive_kin(tokens: list[Token], m: NameMention) -> bool:
    """ "Lord Janner's QC son", "Smith's wife": the name owns a relative."""
    k = m.last_token + 1
    if k >= len(tokens) or tokens[k].lower not in _POSSESSIVES:
        return False
    for j in range(k + 1, min(len(tokens), k + 2 + _KIN_REACH)):
        if tokens[j].lower in KIN_NOUNS:
            return True
        if not tokens[j].is_word:
            return False
    return False


def _kin_before(tokens: list[Token], m: NameMention) -> bool:
    """ "his son and daughter, Olav and Ida Brekke": a kinship noun a few words before
    the name, with only names, "and" and commas between."""
    for j in range(m.run_start - 1, max(-1, m.run_start - 1 - _KIN_BEFORE), -1):
        t = tokens[j]
        if t.lower in KIN_NOUNS:
            return True
        if not (t.is_capitalised or t.lower in ("and", ",")):
            return False
    return False


def title_class(m: NameMention) -> str:
    """ "peer", "commoner" or "" (none): the class of person a mention's honorific or
    post-nominal letters name."""
    for letters in sorted(m.postnominals):
        if letters in TITLE_CLASSES:
            return TITLE_CLASSES[letters]
    return TITLE_CLASSES.get(m.honorific, "")


def mention_gender(m: NameMention) -> str:
    """ "m", "f" or "": from the honorific, else from a full name's given name."""
    g = HONORIFICS.get(m.honorific, "")
    if g in ("m", "f"):
        return g
    main = m.main_words
    if len(main) > 1:
        return first_name_gender(main[0]) or ""
    return ""


@dataclass
class Profile:
    """What the mentions of one person say about them, gathered as mentions join."""

    genders: set[str] = field(default_factory=set)
    classes: set[str] = field(default_factory=set)
    honorifics: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    kin: bool = False  # a possessive kinship phrase follows a mention ("Janner's son")

    def add(self, m: NameMention, kin: bool = False) -> None:
        for found, value in (
            (self.genders, mention_gender(m)),
            (self.classes, title_class(m)),
            (self.honorifics, m.honorific),
        ):
            if value:  # "": the mention says nothing of it
                found.add(value)
        self.roles |= m.roles
        self.kin = self.kin or kin

    def excludes(self, m: NameMention) -> bool:
        """Whether ``m`` names someone else than this person: another gender ("Mrs Smith"
        for John Smith) or another class of person ("Mr Janner" for Lord Janner, "Daniel
        Janner QC" for Lord Janner)."""
        g, c = mention_gender(m), title_class(m)
        if g and self.genders and g not in self.genders:
            return True
        return bool(c and self.classes and c not in self.classes)

    def titled_as(self, m: NameMention) -> bool:
        """Whether this person was named with the honorific or a title of ``m``."""
        return bool((m.honorific and m.honorific in self.honorifics) or m.roles & self.roles)
