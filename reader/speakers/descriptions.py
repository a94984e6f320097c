"""Who a description by age or nationality means ("the 24-year-old said", "the Swede added").

English news gives a person's age and nationality once, where it names them, and later refers
back to them by it:

- an age after the name ("Elin Berg, 24, said", "Tom Reed (45)", "Ann Lee, aged 61", "Tom
  Eccles, a 34-year-old nurse") or before it ("the 33-year-old Marcus Berg", "33-year-old
  defenceman Marcus Berg");
- a nationality before the name ("Swedish defenceman Marcus Berg", "the Norwegian glaciologist
  Ingrid Solberg", "Sweden's Elin Berg") or after it ("Elin Berg of Sweden").

A later description ("the 24-year-old", "the Swede", "the 52-year-old councillor", "the
Japanese scientist") then means the person the text gave that age or nationality, even when
someone else spoke in between; and never a person it gave a different age or nationality
("the 29-year-old" is not "Elin Berg, 24"). Countries, adjectives and nouns of nationality
are data (``nationalities.txt``). English only: German ages keep their own rule
(``german.py``).
"""

from __future__ import annotations

from bisect import bisect_left

from reader.speakers.lexicon import word_map
from reader.speakers.names import NameMention
from reader.speakers.text import Index, Token

NATIONALITIES = word_map("nationalities")  # "swede" -> "sweden", "swedish" -> "sweden"
_BEFORE_WINDOW = 5  # words before a name searched for an age or nationality
_MIN_AGE, _MAX_AGE = 10, 110  # "Holm, 26," is an age; "Room 5" or "1,200" is not
_POSSESSIVE = ("'s", "’s")
_STOPS = frozenset(["and", "or", "the", "a", "an", "with", "against", "by", "to"])


class Descriptions:
    """The ages and nationalities an article gives its people, and who a description means."""

    def __init__(self, index: Index, mentions: list[NameMention], owner: list[int]) -> None:
        self.index = index
        self.mentions = mentions
        self.owner = owner
        self._starts = [m.start for m in mentions]
        # (kind, value) -> {person: offset where the text first gave it}
        self.given: dict[tuple[str, str], dict[int, int]] = {}
        for i, m in enumerate(mentions):
            p = owner[i]
            if p < 0 or index.in_speech_quote(m.start):
                continue
            for kind, value in (*self._before(m), *self._after(m)):
                self.given.setdefault((kind, value), {}).setdefault(p, m.start)

    # -- what the text gives -------------------------------------------------------------------
    def _before(self, m: NameMention) -> list[tuple[str, str]]:
        """An age or nationality among the few words before a name ("the 33-year-old Swede
        Marcus Berg", "Swedish defenceman Marcus Berg", "Sweden's Elin Berg")."""
        tokens = self.index.tokens
        found = []
        k = m.first_token - 1
        sentence = self.index.sentence_of(m.start)
        while k >= 0 and m.first_token - k <= _BEFORE_WINDOW:
            t = tokens[k]
            if self.index.sentence_of(t.start) != sentence:
                break
            if t.text == "-" or t.lower in _POSSESSIVE:
                k -= 1
                continue
            if not (t.is_word or t.text.isdigit()) or t.lower in _STOPS:
                break  # "Sweden's Elin Berg and Carla Moreno": Moreno is not Swedish
            if t.is_capitalised and t.lower not in NATIONALITIES and k < m.run_start:
                break  # another name before: "Berg's team-mate Ann Lee"
            age = _age_at(tokens, k)
            if age:
                found.append(("age", age))
            elif t.is_capitalised and t.lower in NATIONALITIES and self._nationality(k, m):
                found.append(("nation", NATIONALITIES[t.lower]))
            k -= 1
        return found

    def _nationality(self, k: int, m: NameMention) -> bool:
        """Whether the word of nationality at token ``k`` before ``m`` says the person's
        nationality: an adjective or noun ("Swedish defenceman", "the Swede Marcus Berg"),
        or a country right before the name in the possessive ("Sweden's Elin Berg"). A
        country before a role is the team or state someone works for ("Scotland coach Matt
        Williams" is Australian)."""
        word = self.index.tokens[k].lower
        if NATIONALITIES[word] != word:
            return True
        return k + 2 == m.first_token and self.index.tokens[k + 1].lower in _POSSESSIVE

    def _after(self, m: NameMention) -> list[tuple[str, str]]:
        """An age or nationality right after a name: "Berg, 24,", "Berg (24)", "Berg, aged
        24", "Berg, a 34-year-old nurse", "Berg of Sweden"."""
        tokens = self.index.tokens
        k = m.last_token + 1
        nxt = [t.lower for t in tokens[k : k + 6]]
        if len(nxt) >= 3 and nxt[0] in (",", "(") and _is_age(nxt[1]) and nxt[2] in ",).;":
            return [("age", nxt[1])]
        if len(nxt) >= 3 and nxt[:2] == [",", "aged"] and _is_age(nxt[2]):
            return [("age", nxt[2])]
        if len(nxt) >= 5 and nxt[0] == "," and nxt[1] in ("a", "an", "the"):
            age = _age_at(tokens, k + 4)
            if age:
                return [("age", age)]
        if len(nxt) >= 2 and nxt[0] == "of" and tokens[k + 1].is_capitalised:
            nation = NATIONALITIES.get(nxt[1], "")
            if nation and NATIONALITIES.get(nation) == nation and nxt[1] == nation:
                return [("nation", nation)]  # "Berg of Sweden" (a country, not "of Swedish")
        return []

    def described_at(self, i: int) -> bool:
        """Whether the text gives an age or nationality where mention ``i`` names its person
        ("Margaret Coull, 81,", "the Japanese oceanographer Kenji Morita")."""
        m = self.mentions[i]
        return bool(self._before(m) or self._after(m))

    # -- what a description means --------------------------------------------------------------
    def described(self, offset: int) -> list[tuple[str, str]]:
        """The age and nationality a description ending in the role word at ``offset`` says:
        "the 24-year-old" (age 24), "the Swede" (Sweden), "the 52-year-old Labour councillor"
        (age 52), "the Japanese scientist" (Japan)."""
        tokens = self.index.tokens
        j = self.index.token_at(offset)
        found = []
        if tokens[j].lower in NATIONALITIES:
            found.append(("nation", NATIONALITIES[tokens[j].lower]))
        k = j
        while k >= 0 and j - k <= _BEFORE_WINDOW and tokens[k].lower != "the":
            age = _age_at(tokens, k)
            if age:
                found.append(("age", age))
            elif k < j and tokens[k].is_capitalised and tokens[k].lower in NATIONALITIES:
                found.append(("nation", NATIONALITIES[tokens[k].lower]))
            k -= 1
        return found

    def meant(self, offset: int, fits: dict[int, bool] | None = None) -> int | None:
        """The person the description at ``offset`` means: of those the text gave its age or
        nationality before it, the one mentioned last (``fits``: persons ruled out, e.g. by
        gender, map to False). None when the text gave it to nobody."""
        wanted = self.described(offset)
        candidates: set[int] | None = None
        for key in wanted:
            people = {p for p, at in self.given.get(key, {}).items() if at < offset}
            if people:
                candidates = people if candidates is None else (candidates & people or candidates)
        if not candidates:
            return None
        for i in range(bisect_left(self._starts, offset) - 1, -1, -1):
            p = self.owner[i]
            if p in candidates and (fits is None or fits.get(p, True)):
                return p
        return None

    def given_before(self, described: list[tuple[str, str]], offset: int) -> bool:
        """Whether the text gave anyone one of the ``described`` ages or nationalities
        before ``offset``."""
        return any(at < offset for key in described for at in self.given.get(key, {}).values())

    def conflicts(self, person: int, offset: int) -> bool:
        """Whether the text gave ``person`` an age or nationality other than the one the
        description at ``offset`` says ("the 29-year-old" is not "Berg, 24")."""
        for kind, value in self.described(offset):
            given = {v for (k, v), people in self.given.items() if k == kind and person in people}
            if given and value not in given:
                return True
        return False


def _is_age(text: str) -> bool:
    return text.isdigit() and _MIN_AGE <= int(text) <= _MAX_AGE


def _age_at(tokens: list[Token], k: int) -> str:
    """The age when token ``k`` is "year-old" of "33-year-old" (tokens "33", "-",
    "year-old"), else ""."""
    if tokens[k].lower != "year-old" or k < 2 or tokens[k - 1].text != "-":
        return ""
    number = tokens[k - 2].text
    return number if _is_age(number) else ""
