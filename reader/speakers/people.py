"""Which names are people: the candidate names of an article grouped into people, kept when
something besides capitalisation says each is a person (see :func:`.mentions.is_person`).

Two pieces of evidence come from the sentence around a name: a name right after a speech verb
("erklärte Hiddink", '"...," said Ann Vrel') and a lone word closing a quotation before a
speech verb ('"...?" Schiff asked').
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.speakers.german_people import (
    GERMAN_DEMONYMS,
    ORGANISATION_NOUNS,
    described_one_word_names,
    german_gender,
)
from reader.speakers.lexicon import GERMAN_NOUN_ENDINGS, words
from reader.speakers.mentions import (
    Person,
    first_name_mentions,
    gender,
    group_people,
    is_person,
)
from reader.speakers.names import NameMention, find_name_mentions
from reader.speakers.roles import role_of
from reader.speakers.text import CLOSING_MARKS, Index, Token
from reader.speakers.verbs import INVERTIBLE, is_speech_verb

_CLOSING = CLOSING_MARKS  # quotation marks that close a quotation
_GERMAN_ARTICLES = words(
    "der die das den dem des ein eine einen einem einer eines zum zur im am vom beim ins"
)
# noun endings beyond those no surname has: "-ten", "-ment" ("Clement") end nouns too, but
# only a whole name made of such words is no person
_NOUN_ENDINGS = (*GERMAN_NOUN_ENDINGS, "ten", "ium", "ment", "index", "ministerium")
# what opens a German noun phrase before a role noun: "der", "sein", "ihre", ...
_DETERMINERS = _GERMAN_ARTICLES | words(
    "sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer unser unsere dessen deren"
)
_AFTER_SUBJECT = words("im am vor gegenüber bei in auf nach zu dazu damals zuletzt")
# words before an organisation or a place, rarely before a person: "at Arsenal", "the Apple"
_BODY_BEFORE = words("at in inside within from of the on joined join joins")


@dataclass
class People:
    """The name mentions of an article, its people, and each mention's person (-1: none)."""

    mentions: list[NameMention]
    people: list[Person]
    owner: list[int]
    valid: set[int]
    genders: dict[int, str]
    referent: list[int]  # ``owner``, and lone given names of a person ("Taylor")

    @property
    def mention_at(self) -> dict[int, int]:
        """Offset of a mention's first name word -> the mention's index."""
        return self._mention_at

    def __post_init__(self) -> None:
        self._mention_at = {m.start: i for i, m in enumerate(self.mentions)}
        self._given: dict[int, tuple[int, ...]] | None = None

    def given_names(self) -> dict[int, tuple[int, ...]]:
        """Person -> the mentions of their given name alone ("Taylor"), once per article."""
        if self._given is None:
            found: dict[int, list[int]] = {}
            for i, (r, o) in enumerate(zip(self.referent, self.owner, strict=True)):
                if r >= 0 and o != r:
                    found.setdefault(r, []).append(i)
            self._given = {p: tuple(ix) for p, ix in found.items()}
        return self._given

    @property
    def usable(self) -> set[int]:
        """Indices of the mentions that name a person."""
        return {i for i, o in enumerate(self.owner) if o >= 0}

    def surnames(self) -> dict[str, int]:
        """Lower-case surname -> person, for the surnames of exactly one person."""
        by_surname: dict[str, set[int]] = {}
        for p in self.valid:
            if self.people[p].main:
                by_surname.setdefault(self.people[p].main[-1].lower(), set()).add(p)
        return {s: next(iter(ps)) for s, ps in by_surname.items() if len(ps) == 1}


def find_people(index: Index, language: str) -> People:
    """The people named in the text behind ``index``."""
    mentions = find_name_mentions(index, language)
    people, owner = group_people(mentions, index)
    after_verb = _after_speech_verb(index, mentions, language)
    quoted = _quote_subjects(index, mentions, language)
    valid = {
        p
        for p, person in enumerate(people)
        if is_person(person, mentions, language, after_verb, quoted)
    }
    owner = [o if o in valid else -1 for o in owner]
    referent = list(owner)
    for p, alone in first_name_mentions(people, mentions, owner).items():
        for i in alone:
            referent[i] = p  # "Hillary" after "Hillary Clinton": whom a later "she" means
    genders = {p: gender(people[p], mentions) for p in valid}
    if language == "de":  # given names only the German list knows ("Gisa Bart")
        genders = {p: g or german_gender(people[p].main) for p, g in genders.items()}
    return People(mentions, people, owner, valid, genders, referent)


def _closes_quote(tokens: list[Token], first: int, last: int) -> bool:
    """'"...," said Ann Vrel' or '"...," Ann Vrel said.' (not "said in a statement", the
    way organisations speak)."""
    if first < 3:
        return False
    if (
        tokens[first - 1].lower in INVERTIBLE
        and tokens[first - 2].text in _CLOSING
        and tokens[first - 3].text in ",?!"
    ):
        return True
    if not (tokens[first - 1].text in _CLOSING and tokens[first - 2].text in ",?!"):
        return False
    if last + 2 >= len(tokens) or tokens[last + 1].lower not in ("said", "says", "told"):
        return False
    after = tokens[last + 2]
    return after.text in ".," or (tokens[last + 1].lower == "told" and after.is_word)


def _quote_subjects(index: Index, mentions: list[NameMention], language: str) -> set[int]:
    """Lone words right after a quotation and right before a speech verb ('"...?" Schiff
    asked'), unless the article also uses the word as a place or body ("at Arsenal", "the
    Apple board", "shares in Apple"), writes it in lower case or names someone else with it
    (a surname shared by two people, whose full names would have claimed it)."""
    if language == "de":
        return set()
    tokens = index.tokens
    candidates = []
    for i, m in enumerate(mentions):
        first, after = m.first_token, m.last_token + 1
        if (
            len(m.words) == 1
            and m.run_start == first >= 2
            and tokens[first - 1].text in _CLOSING
            and tokens[first - 2].text in ",?!"
            and after < len(tokens)
            and is_speech_verb(tokens[after].text, language)
        ):
            candidates.append(i)
    if not candidates:
        return set()  # most articles: the word sets below are not needed
    lowered = {t.lower for t in tokens if t.is_word and not t.is_capitalised}
    bodies = {t.text for k, t in enumerate(tokens[1:]) if tokens[k].lower in _BODY_BEFORE}
    company_surnames = {n.words[-1] for n in mentions if n.company}
    in_full_names = {w for n in mentions if len(n.words) > 1 for w in n.words}
    return {
        i
        for i in candidates
        if mentions[i].words[0].lower() not in lowered
        and mentions[i].words[0] not in company_surnames
        and mentions[i].words[0] not in in_full_names
        and mentions[i].words[0] not in bodies
    }


def _after_speech_verb(index: Index, mentions: list[NameMention], language: str) -> set[int]:
    """Mentions right after a speech verb ("erklärte Hiddink"), German evidence of a person;
    in English, right after an inverted verb closing a quotation ('"...," said Ann Vrel')."""
    tokens = index.tokens
    if language != "de":
        return {
            i for i, m in enumerate(mentions) if _closes_quote(tokens, m.run_start, m.last_token)
        }
    nouns = _german_nouns(tokens)
    described = described_one_word_names(index, mentions)  # "…, sagte der Brasilianer"
    return {
        i
        for i, m in enumerate(mentions)
        if not _looks_like_noun(m, nouns)
        and (_german_speaker_position(tokens, m) or _after_role_noun(tokens, m) or i in described)
    }


def _after_role_noun(tokens: list[Token], m: NameMention) -> bool:
    """ "Sein Landsmann Willian", "der Brasilianer Tiquinho": one word right after a German
    role noun or nationality that an article or possessive opens (not "Forscher Kernfusion",
    which :func:`_looks_like_noun` refuses, nor a headline's "Trainer Rückkehr")."""
    noun = m.first_token - 1
    if len(m.main_words) != 1 or noun < 1:
        return False
    word = tokens[noun]
    if not (word.is_capitalised and (role_of(word.text) or word.lower in GERMAN_DEMONYMS)):
        return False
    return tokens[noun - 1].lower in _DETERMINERS


def _german_nouns(tokens: list[Token]) -> set[str]:
    """Capitalised words the text uses after an article ("der Einsatz", "die Verluste"):
    German nouns, however they are used elsewhere."""
    return {t.text for k, t in enumerate(tokens[1:]) if tokens[k].lower in _GERMAN_ARTICLES}


def _looks_like_noun(m: NameMention, nouns: set[str]) -> bool:
    """A German common noun, role or nationality rather than a name: used after an article,
    with a noun ending ("Ankündigung", "Medienberichten"), or a role ("Teamkicker")."""
    return any(
        w in nouns
        or w.lower().endswith(_NOUN_ENDINGS)
        or role_of(w)
        or w.lower() in GERMAN_DEMONYMS
        or w.lower() in ORGANISATION_NOUNS  # "laut Polizei"
        for w in m.words
    )


def _german_speaker_position(tokens: list[Token], m: NameMention) -> bool:
    """Where German puts a speaker's bare name: "erklärte Hiddink." / "sagte Niessl im
    Interview", "laut Shmueli", ", so Niessl", "Brega zufolge", "wie Klinger sagte"."""
    before = tokens[m.first_token - 1] if m.first_token > 0 else None
    after = tokens[m.last_token + 1] if m.last_token + 1 < len(tokens) else None
    if before is not None and is_speech_verb(before.text, "de"):
        # the whole subject: "kündigte Widerstand an" has an object and a particle
        return after is None or after.text in ".,;:–-" or after.lower in _AFTER_SUBJECT
    if before is not None and before.lower in ("laut",):
        return True
    if before is not None and before.lower == "so" and m.first_token > 1:
        return tokens[m.first_token - 2].text == ","
    if after is not None and after.lower == "zufolge":
        return True
    return (
        before is not None
        and before.lower == "wie"
        and after is not None
        and is_speech_verb(after.text, "de")
    )
