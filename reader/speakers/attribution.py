"""Attribution patterns: who is said to say what, as name, pronoun or role subjects.

Patterns (verbs from :mod:`reader.speakers.verbs`):

- subject before the verb: ``Kirby said`` / ``Kirby has also insisted`` / ``he told CNN`` /
  ``the governor said`` / ``Marco Villa, the company's chief operating officer, said``;
- inverted after a quote or comma: ``"...," said spokesperson Sabrina Singh`` /
  ``..., added Blinken``;
- ``according to Kirby``, passive ``announced by Gordon Brown``;
- a participle after a comma takes the sentence subject: ``Boudreau ..., saying``;
- German: ``sagte Merkel`` / ``Merkel sagte`` / ``Merkel zufolge`` / ``laut Merkel`` /
  ``..., so Merkel``.

Verbs inside quoted speech are ignored (they belong to the quoted speaker's own words), and
so are negated verbs ("has not said") and passives ("was asked"), whose subject did not speak.
Only mentions of people (see :func:`reader.speakers.mentions.is_person`) can be subjects.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.speakers.claims import not_a_claim
from reader.speakers.frames import BE, past_hearsay, past_set_off
from reader.speakers.german import (
    HEARSAY,
    REFLEXIVE_SPEECH,
    colon_quotation,
    ends_after_name,
    german_negated,
    german_passive,
    german_subject,
    governed_by_preposition,
    heard_from,
    pronoun_before,
    reflexive_after_quote,
    role_after,
)
from reader.speakers.lexicon import (
    ABBREVIATIONS,
    ANAPHORIC_ROLES,
    AUXILIARIES,
    BETWEEN_SUBJECT_AND_VERB,
    CLAUSE_WORDS,
    HONORIFICS,
    ORG_NAMES,
    PAIR_NOUNS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    TITLES,
    WRITTEN_MESSAGES,
    words,
)
from reader.speakers.names import NameMention
from reader.speakers.nonspeech import adds_a_thing, is_journalism, writes_a_work
from reader.speakers.roles import role_of
from reader.speakers.text import CLOSING_MARKS, Index, look_up_together
from reader.speakers.verbs import (
    GERMAN_FORMS,
    GERMAN_INVERTED_MARKERS,
    GERMAN_POSTPOSITIONS,
    GERMAN_PREPOSITIONS,
    GERMAN_SEPARABLE,
    GERMAN_SOURCE_NOUNS,
    INVERTIBLE,
    PARTICIPLES,
    QUOTE_ONLY_FORMS,
    SPEECH_FORMS,
    is_speech_verb,
    not_speech_at,
    possessed_noun,
    separable_at,
)

_CLAUSE_OPENERS = words("that who which whose when because if while and but or")
_ENGLISH_JOINS = (("and",),)
_ROLE_APPOSITIVE = 3  # words of "defending", "for the prosecution" between two commas
_GERMAN_JOINS = (("und",), ("sowie",), ("als", "auch"))
_ARTICLES = words("der die den dem")
# "is alleged to have told": the person is reported to have spoken
_GROUP_WORDS = 5  # words of the group after "and" ("GOP legislative leaders")
_BE = BE  # "is saying" (progressive), "was asked" (passive)
_AFFILIATION = frozenset(["of", "at", "from"])  # "Mike Powell of Dresdner Kleinwort said"
# a name after these is their object, never a subject; "as", "like" and "in" may open a clause
# with the name as its subject ("as Trump said", "in 2019 Smith said")
_OBJECT_PREPOSITIONS = PREPOSITIONS - words("as like in")
_PLACE_PREPOSITIONS = words("from in at near")  # "a teacher from Bradford": a place
_FUTURE = words("will shall 'll")  # "Bowman will testify": nothing said yet
_MAX_BETWEEN = 4
_MAX_MODIFIERS = 3  # lower-case words in "of the more radical CGT"
_MAX_APPOSITIVE_MODIFIERS = 6  # words before the name in ", Kansas City Chiefs tight end Name,"
_MAX_INVERTED_GAP = 9
_MAX_APPOSITIVE = 24


def _abbreviation(word: str) -> bool:
    low = word.lower()
    return len(word) == 1 or low in ABBREVIATIONS or low in TITLES or low in HONORIFICS


@dataclass(frozen=True)
class Attribution:
    """A speech act with its subject: a name mention, a pronoun or a role noun."""

    kind: str  # "name", "pronoun" or "role"
    subject_start: int  # offset of the subject (name, pronoun or role word)
    verb_start: int
    verb_end: int
    mention: int = -1  # index into the name mentions when kind == "name"
    word: str = ""  # the pronoun or role noun, lower case
    subject_end: int = -1  # end offset of the subject (-1: one word at subject_start)
    anaphoric: bool = False  # a role that means whoever was just named ("der 31-Jährige")
    gender: str = ""  # "m"/"f" when the words say ("die 61-Jährige"): others are not meant


class _Finder:
    def __init__(
        self, index: Index, mentions: list[NameMention], language: str, people: set[int]
    ) -> None:
        self.index = index
        self.tokens = index.tokens
        self.mentions = mentions
        self.language = language
        self.by_last = {m.last_token: i for i, m in enumerate(mentions) if i in people}
        self.by_start: dict[int, int] = {}
        for i, m in enumerate(mentions):
            if i not in people:
                continue
            for t in range(m.run_start, m.first_token + 1):
                self.by_start.setdefault(t, i)

    # -- helpers ---------------------------------------------------------------------------
    def in_speech_quote(self, offset: int) -> bool:
        return self.index.in_speech_quote(offset)

    def same_sentence(self, a: int, b: int) -> bool:
        ta, tb = self.tokens[a], self.tokens[b]
        return self.index.sentence_of(ta.start) == self.index.sentence_of(tb.start)

    def name(self, m: int, v: int, verb_end: int) -> Attribution:
        mention = self.mentions[m]
        return Attribution(
            "name",
            mention.start,
            self.tokens[v].start,
            verb_end,
            mention=m,
            subject_end=mention.end,
        )

    # -- patterns --------------------------------------------------------------------------
    def subject_before(self, v: int) -> Attribution | None:
        """The subject before the speech verb at ``v``, in steps: past the words that may
        stand between ("has also"), refusing negated, future and passive verbs, then the
        kinds of subject in turn: a clause after "and"/"but", "Name, who", a name, a pronoun,
        "both"/"the two men", a role, a name before an appositive, "Name, Affiliation"."""
        j = self._before_between(v)
        if j is None:
            return None
        tokens = self.tokens
        tok = tokens[j]
        if tok.lower in ("and", "but") and tokens[v].lower not in ("ask", "asked"):
            return self.sentence_subject(v)  # "he asked ..., called Omar ... and said"
        if tok.lower == "who" and j >= 2 and tokens[j - 1].text == ",":
            return self._who_subject(j, v)
        if j in self.by_last:
            return self._name_subject(self.by_last[j], v)
        verb_start, verb_end = tokens[v].start, tokens[v].end
        if (tok.lower in PRONOUNS and tok.text != "Sie") or tok.lower == "they":
            return Attribution("pronoun", tok.start, verb_start, verb_end, word=tok.lower)
        if self._pair_subject(j) and not self._reported(j):
            return Attribution("pair", tok.start, verb_start, verb_end, word=tok.lower)
        role = self._role_subject(j)
        if role is not None:
            return Attribution("role", tok.start, verb_start, verb_end, word=role)
        if tok.text in ",)—–":
            found = self._appositive_subject(j, v)
            if found is not None:
                return found
        if tok.is_word and tok.is_capitalised:
            return self._affiliation_subject(j, v)
        return self._name_and_group(j, v) if self.language != "de" else None

    def _name_and_group(self, j: int, v: int) -> Attribution | None:
        """ "Holcomb and GOP legislative leaders touted ...", "Tom Reed and two officials
        said": a person named at the clause's start and joined by "and" to a group the text
        does not name is a subject of the verb (the guidelines count them as speaking)."""
        tokens = self.tokens
        k = j
        while k > 0 and j - k < _GROUP_WORDS and tokens[k].is_word and tokens[k].lower != "and":
            k -= 1
        if k == j or tokens[k].lower != "and" or k - 1 not in self.by_last:
            return None
        m = self.by_last[k - 1]
        run_start = tokens[self.mentions[m].run_start].start
        sentence = self.index.sentences[self.index.sentence_of(tokens[v].start)]
        if self.index.text[sentence[0] : run_start].strip() or not self.same_sentence(k, v):
            return None  # "... met Tom Reed and two officials said": Reed is no subject
        return self.name(m, v, tokens[v].end)

    def _before_between(self, v: int) -> int | None:
        """The token before the words between subject and verb ("has also said"); None for a
        negated or future verb ("has not said", "will testify"), a participle without "is"
        ("written to Blair demanding ..."), a passive ("was asked about") or "added a goal"."""
        tokens = self.tokens
        j, skipped = past_hearsay(tokens, v), 0
        progressive = negated = False
        while (
            j >= 0
            and skipped < _MAX_BETWEEN
            and (tokens[j].lower in BETWEEN_SUBJECT_AND_VERB or tokens[j].text in "“\"'‘")
        ):
            progressive = progressive or tokens[j].lower in _BE
            negated = negated or tokens[j].lower in ("not", "never") or tokens[j].lower in _FUTURE
            j, skipped = j - 1, skipped + 1
        j = past_set_off(tokens, j)  # "Keating, however, accused", "X, speaking ..., said"
        if j < 0 or not self.same_sentence(j, v) or negated:
            return None  # "Biden has not said whether ..." is no statement
        both = j > 0 and (tokens[j - 1].lower == "they" or j - 1 in self.by_last)
        if tokens[j].lower == "both" and both:
            j -= 1  # "they both said", "Blair and Howard both said"
        verb = tokens[v].lower
        if verb.endswith("ing") != progressive and verb != "quoted":
            return None  # "written to Tony Blair demanding ...", "Vindman was asked about"
        return None if adds_a_thing(tokens, v) else j

    def _who_subject(self, j: int, v: int) -> Attribution | None:
        """ "his son, Carl Brannigan, who said"; "Dr. Pablo Sanz, a pediatrician at Ohio State
        University, who said" (the name before the appositive, object or not)."""
        tokens = self.tokens
        m = self.by_last.get(j - 2)
        if m is None and j >= 3:
            m = self._before_appositive(j - 1)
        if m is None or writes_a_work(tokens, v) or tokens[v].lower.startswith("spo"):
            return None  # "who wrote the musical" is authorship, "who spoke with" a meeting
        return self.name(m, v, tokens[v].end)

    def _name_subject(self, m: int, v: int) -> Attribution | None:
        """A name right before the verb, or the person it works for ("Mike Powell of Dresdner
        Kleinwort said"); none after a preposition ("A spokesman for Boris Johnson said")."""
        owner = self._affiliated_person(self.mentions[m].run_start)
        if owner is not None:
            return self.name(owner, v, self.tokens[v].end)
        if self._object_of_preposition(m):
            return None
        return self.name(m, v, self.tokens[v].end)

    def _appositive_subject(self, j: int, v: int) -> Attribution | None:
        """ "Name, <appositive>, said" (the head of "Otis Ferry, the son of singer Bryan Ferry,
        who"), or a role opening it ("The Croat, who reached the final, said")."""
        tokens = self.tokens
        m = self._before_appositive(j)
        if m is not None and self._object_of_preposition(m):
            m = self._appositive_head(m)
        if m is not None and not self._object_of_preposition(m):
            return self.name(m, v, tokens[v].end)
        opener = self._opener(j)
        role = None if opener is None else self._role_subject(opener - 1)
        if role is None or opener is None:
            return None
        t = tokens[opener - 1]
        return Attribution("role", t.start, tokens[v].start, tokens[v].end, word=role)

    def _affiliation_subject(self, j: int, v: int) -> Attribution | None:
        """ "Colin Asplin, Blackpool Hotel Association said", "Philippe Martinez of the more
        radical CGT said": the name before an organisation's."""
        tokens = self.tokens
        k = j
        while k > 0 and j - k < 6 and tokens[k].is_word and tokens[k].is_capitalised:
            k -= 1
        k = self._skip_determiner(k)
        if tokens[k].text == "," or tokens[k].lower in _AFFILIATION:
            m = self.by_last.get(k - 1)
            if m is not None:
                return self.name(m, v, tokens[v].end)
        return None

    def _reported(self, j: int) -> bool:
        """True when a speech verb comes before token ``j`` in its sentence (``j`` is inside a
        reported clause: "A spokesman said the two men speak every day")."""
        start = self.index.sentences[self.index.sentence_of(self.tokens[j].start)][0]
        k = j - 1
        while k >= 0 and self.tokens[k].start >= start:
            if self.tokens[k].lower in SPEECH_FORMS:
                return True
            k -= 1
        return False

    def _pair_subject(self, j: int) -> bool:
        """ "Both said", "both leaders said", "the two men said", "the pair said": two people
        just named."""
        tokens = self.tokens
        low = tokens[j].lower
        before = tokens[j - 1].lower if j > 0 else ""
        if low == "both":
            return True
        if low in ("pair", "duo"):
            return before == "the"
        if low not in PAIR_NOUNS:
            return False
        return before == "both" or (before == "two" and j > 1 and tokens[j - 2].lower == "the")

    def _skip_determiner(self, k: int) -> int:
        """From the word before an organisation's name, past "the" and up to three lower-case
        modifiers ("the more radical"), to the affiliation word before them; else ``k``."""
        tokens = self.tokens
        for back in range(_MAX_MODIFIERS + 1):
            t = k - back
            if t < 1 or not tokens[t].is_word or tokens[t].is_capitalised:
                return k
            if tokens[t].lower == "the":
                return t - 1 if tokens[t - 1].lower in _AFFILIATION else k
            if tokens[t].lower in CLAUSE_WORDS or tokens[t].lower in SPEECH_FORMS:
                return k
        return k

    def _role_subject(self, j: int) -> str | None:
        """The role noun at token ``j`` when it is a determined subject: "the governor",
        "the Bolton boss", "the Croat", "the 30-year-old" (role "year-old")."""
        if j < 0:
            return None
        tok = self.tokens[j]
        if tok.lower == "year-old" and j >= 3 and self.tokens[j - 2].text.isdigit():
            return "year-old" if self.tokens[j - 3].lower == "the" else None
        if tok.lower in ANAPHORIC_ROLES and j > 0 and self.tokens[j - 1].lower == "the":
            return tok.lower
        if (
            tok.lower in ANAPHORIC_ROLES
            and j >= 4
            and self.tokens[j - 1].lower == "year-old"
            and self.tokens[j - 3].text.isdigit()
            and self.tokens[j - 4].lower == "the"
        ):
            return tok.lower  # "the 41-year-old Scot"
        if tok.lower in ROLE_NOUNS and self._determined(j) and tok.lower not in ORG_NAMES:
            return tok.lower  # (not "The Economist called")
        return None

    def _opener(self, j: int) -> int | None:
        """Token index of the comma opening the appositive that token ``j`` closes."""
        for k in range(j - 1, max(-1, j - _MAX_APPOSITIVE), -1):
            t = self.tokens[k]
            if t.text in '“”"' or not self.same_sentence(k, j):
                return None
            if t.text == self.tokens[j].text:
                return k
        return None

    def _object_of_preposition(self, m: int) -> bool:
        """True for "for Prime Minister Boris Johnson" and "of opposition leader Navalny", not
        for "on Tuesday Smith"."""
        mention = self.mentions[m]
        prefix = self.tokens[mention.run_start : mention.first_token]
        if not all(t.text == "." or _abbreviation(t.text) or role_of(t.text) for t in prefix):
            return False
        before = mention.run_start - 1
        # past a role phrase: "The widow of Russian opposition leader Alexei Navalny said"
        # (not "spokeswoman for women Sandra Gidley said": no role noun before her name)
        steps = _MAX_MODIFIERS + 2 if before >= 0 and role_of(self.tokens[before].text) else 0
        for _ in range(steps):
            if before < 0 or self.tokens[before].lower in _OBJECT_PREPOSITIONS:
                break
            t = self.tokens[before]
            if not t.is_word or t.lower in CLAUSE_WORDS or t.lower in SPEECH_FORMS:
                break
            before -= 1
        if before < 0 or self.tokens[before].lower not in _OBJECT_PREPOSITIONS:
            return False
        # "Shaun of the Dead star Simon Pegg said": "of" inside a capitalised title or name
        # (not "The widow of opposition leader X", whose head noun is lower case)
        return not (
            self.tokens[before].lower == "of"
            and before > 0
            and self.tokens[before - 1].is_word
            and self.tokens[before - 1].is_capitalised
        )

    def _affiliated_person(self, run_start: int) -> int | None:
        """For an organisation after "of"/"at" ("Mike Powell of Dresdner Kleinwort"), the name
        before it."""
        if run_start >= 2 and self.tokens[run_start - 1].lower in _AFFILIATION:
            return self.by_last.get(run_start - 2)
        return None

    def _determined(self, j: int) -> bool:
        """A role noun led by "the" ("the governor", "the Federal Reserve head", "the
        52-year-old councillor": an age is part of the description)."""
        tokens = self.tokens
        k, words = j - 1, 0
        while k >= 0 and words < 4:
            t = tokens[k]
            if t.lower in ("the", "der", "die"):
                return True
            aged = k >= 2 and tokens[k - 1].text == "-" and tokens[k - 2].text.isdigit()
            if t.lower == "year-old" and aged:
                k -= 3  # "the 52-year-old councillor" (tokens "52", "-", "year-old")
                continue
            if not t.is_word or t.lower in ("'s", "’s"):
                return False
            k, words = k - 1, words + 1
        return False

    def _before_appositive(self, j: int) -> int | None:
        """``Name, <appositive>, said``: the mention before the opening comma; or
        ``The company's founder, Name, said``: the name between the commas."""
        closer = self.tokens[j].text
        opener = "(" if closer == ")" else closer  # "Name, ..., said" / "Name – ... – said"
        inner = self.by_last.get(j - 1)
        if inner is None and j > 0 and self.tokens[j - 1].is_capitalised:
            # "Her great rival, Maria Mutola of Mozambique, has also said"
            run_start = j - 1
            while run_start > 0 and self.tokens[run_start - 1].is_capitalised:
                run_start -= 1
            inner = self._affiliated_person(run_start)
        for k in range(j - 1, max(-1, j - _MAX_APPOSITIVE), -1):
            t = self.tokens[k]
            if t.text in '“”"' or not self.same_sentence(k, j):
                return None
            if t.text == opener:
                if inner is not None and self._names_the_appositive(k, inner):
                    return inner
                m = self.by_last.get(k - 1)
                if m is None and k > 2 and self.tokens[k - 1].text.isdigit():
                    m = self.by_last.get(k - 3)  # "Wendy Hollister, 52, a nurse, said"
                if m is None and k > 0 and self.tokens[k - 1].is_capitalised:
                    # "Sen. Ed Markey of Massachusetts, who ..., said"
                    run_start = k - 1
                    while run_start > 0 and self.tokens[run_start - 1].is_capitalised:
                        run_start -= 1
                    m = self._affiliated_person(run_start)
                    if m is None and self.tokens[run_start - 1].lower in _PLACE_PREPOSITIONS:
                        return None  # "A teacher from Bradford, who ..., told": the teacher
                if m is not None:
                    owner = self._affiliated_person(self.mentions[m].run_start)
                    m = m if owner is None else owner
                    before = self.mentions[m].run_start - 1
                    titled = self.mentions[m].honorific or self.mentions[m].roles
                    if (
                        before >= 0
                        and self.tokens[before].lower in _PLACE_PREPOSITIONS
                        and not titled
                    ):
                        return None  # "A teacher from Bradford, ..., told" (not "from Dr. X")
                    return m
                if k > 0 and self.tokens[k - 1].text == ".":
                    continue  # "Sen. Roger Wicker, R-Miss., the committee chairman, said"
                return None
        return None

    def _appositive_head(self, m: int) -> int | None:
        """For "of singer Bryan Ferry" in "Otis Ferry, the son of singer Bryan Ferry, who ...":
        the name before the comma opening that appositive noun phrase, or None."""
        run_start = self.mentions[m].run_start
        for k in range(run_start - 1, max(-1, run_start - _MAX_APPOSITIVE_MODIFIERS - 2), -1):
            t = self.tokens[k]
            if t.text == ",":
                after = self.tokens[k + 1]
                if after.lower in ("the", "a", "an") or role_of(after.text) is not None:
                    return self.by_last.get(k - 1)
                return None
            if not t.is_word or t.lower in _CLAUSE_OPENERS or t.lower in SPEECH_FORMS:
                return None
        return None

    def _names_the_appositive(self, opener: int, inner: int) -> bool:
        """ "The company's founder, Name, said" or "Swift's boyfriend, Kansas City Chiefs tight
        end Travis Kelce, told": the appositive is a noun phrase ending in the name."""
        run_start = self.mentions[inner].run_start
        between = self.tokens[opener + 1 : run_start]
        if len(between) > _MAX_APPOSITIVE_MODIFIERS:
            return False
        if between and not (
            between[0].is_capitalised
            or between[0].lower in ("the", "a", "an")
            or role_of(between[0].text) is not None
        ):
            return False  # "Smith, like Jones, said", "Smith, unlike Jones, said"
        return all(
            t.is_word
            and (
                t.is_capitalised
                or role_of(t.text) is not None
                or not (
                    t.lower in CLAUSE_WORDS or t.lower in SPEECH_FORMS or t.lower.endswith("ed")
                )
            )
            for t in between
        )

    def subject_after(self, v: int) -> Attribution | None:
        """Inverted order: ``said spokesperson Sabrina Singh``."""
        tokens = self.tokens
        prev = tokens[v - 1].text if v > 0 else ""
        if prev not in ",:—–-" + CLOSING_MARKS and not (v > 0 and prev == "“"):
            return None
        if prev == "," and self._opening_name_with_role(v - 1):
            return None  # "David Houldcroft, defending, said Cotterill ...": Houldcroft speaks
        m = self.scan_for_name(v + 1)
        if m is None:
            return self._inverted_role(v)
        after = self.mentions[m].last_token + 1
        if after < len(tokens) and (
            tokens[after].lower in AUXILIARIES
            or (tokens[after].lower.endswith("ed") and not tokens[after].is_capitalised)
        ):
            return None  # ", said Ryanair was ...", "said Spacey deserved": a reported clause
        if after < len(tokens) and tokens[after].lower in ("'s", "’s"):
            # "said Henman's coach, Paul Annacone": the coach; "said Henman's serve would
            # ...": a reported clause opens, no inverted subject
            owner = self.scan_for_name(after + 1)
            return None if owner is None else self.name(owner, v, tokens[v].end)
        return self.name(m, v, tokens[v].end)

    def _opening_name_with_role(self, comma: int) -> bool:
        """ "David Houldcroft, defending," / "Jane Roe, prosecuting,": the sentence opens with
        a person's name and a short lower-case appositive closed by the ``comma`` token."""
        tokens = self.tokens
        j = comma - 1
        while j >= 0 and comma - j <= _ROLE_APPOSITIVE and tokens[j].is_word:
            if tokens[j].is_capitalised:
                return False
            j -= 1
        if j == comma - 1 or j < 1 or tokens[j].text != "," or j - 1 not in self.by_last:
            return False
        m = self.mentions[self.by_last[j - 1]]
        sentence = self.index.sentences[self.index.sentence_of(tokens[m.run_start].start)]
        return not self.index.text[sentence[0] : tokens[m.run_start].start].strip()

    def _inverted_role(self, v: int) -> Attribution | None:
        """'"...," said the Arsenal boss.' / 'said the 28-year-old': a role closing the clause."""
        tokens = self.tokens
        if v + 2 >= len(tokens) or tokens[v + 1].lower != "the":
            return None
        for k in range(v + 2, min(len(tokens) - 1, v + 7)):
            if tokens[k + 1].text in ".,;" and self._role_subject(k) is not None:
                word = self._role_subject(k) or ""
                return Attribution(
                    "role", tokens[k].start, tokens[v].start, tokens[v].end, word=word
                )
            if not (tokens[k].is_word or tokens[k].text in "-'’"):
                return None
        return None

    def scan_for_name(self, start: int) -> int | None:
        """The first name mention in a short run of title and role words from ``start``
        ("spokesperson Sabrina Singh", "the company's chief executive, John Smith")."""
        tokens = self.tokens
        k = start
        seen_role = False
        while k < len(tokens) and k - start < _MAX_INVERTED_GAP:
            if k in self.by_start:
                return self.by_start[k]
            t = tokens[k]
            if t.is_word:
                if t.lower in ("and", "&") and k > start and tokens[k - 1].is_capitalised:
                    pass  # "said Smith and Jones producer Ann Reed"
                elif t.lower in ("of", "the", "for") and self._inside_org_name(k, start):
                    pass  # "said Friends of the Earth campaigner Tony Bosworth"
                elif t.lower in SPEECH_FORMS or t.lower in CLAUSE_WORDS:
                    return None
                seen_role = seen_role or role_of(t.text) is not None
            elif t.text == "," and seen_role and k + 1 in self.by_start:
                pass  # "said the company's chief executive, John Smith"
            elif t.text == "." and k > start and not _abbreviation(tokens[k - 1].text):
                return None  # a sentence end, not "Dr." or an initial
            elif t.text not in "-'’." and t.lower not in ("'s", "’s"):
                return None
            k += 1
        return None

    def _inside_org_name(self, k: int, start: int) -> bool:
        """ "of"/"the"/"for" between capitalised words of one name ("Friends of the Earth")."""
        tokens = self.tokens
        if k <= start or not tokens[k - 1].is_capitalised or k + 1 >= len(tokens):
            return False
        nxt = tokens[k + 1]
        if nxt.lower == "the" and k + 2 < len(tokens):
            nxt = tokens[k + 2]
        return nxt.is_word and nxt.is_capitalised

    def coordinated(self, m: int) -> list[int]:
        """People joined to mention ``m`` by "and" ("Smith and Jones said"; German "und",
        "sowie", "sowohl Richterin Berg als auch Verteidiger Falk anmerken")."""
        tokens = self.tokens
        mention = self.mentions[m]
        joins = _GERMAN_JOINS if self.language == "de" else _ENGLISH_JOINS
        found = []
        before = mention.run_start - 1
        for join in joins:
            j = before - len(join) + 1
            if j > 0 and tuple(t.lower for t in tokens[j : before + 1]) == join:
                if j - 1 in self.by_last:
                    found.append(self.by_last[j - 1])
                break
        after = mention.last_token + 1
        for join in joins:
            j = after + len(join)
            if j < len(tokens) and tuple(t.lower for t in tokens[after:j]) == join:
                if self.language == "de" and j < len(tokens) and tokens[j].lower in _ARTICLES:
                    j += 1  # "Eva Lind und der Pfleger Max Ott"
                if j in self.by_start:
                    found.append(self.by_start[j])
                break
        return found

    def next_to_quote(self, v: int) -> Attribution | None:
        """``"...," Smith continued.`` / ``"...," continued Smith``: only right after a quote."""
        tokens = self.tokens
        before = tokens[v - 2].text if v >= 2 else ""
        after = tokens[v - 1].text if v >= 1 else ""
        if after in CLOSING_MARKS or (after == "," and before in CLOSING_MARKS):
            return self.subject_after(v)
        m = self.by_last.get(v - 1)
        if m is None or self.mentions[m].run_start < 2:
            return None
        if tokens[self.mentions[m].run_start - 1].text in CLOSING_MARKS:
            return self.name(m, v, tokens[v].end)
        return None

    def quoted_as_saying(self, v: int) -> Attribution | None:
        """``Reuters quoted Smith as saying``."""
        tokens = self.tokens
        if v >= 2 and tokens[v - 1].lower == "as" and v - 2 in self.by_last:
            return self.name(self.by_last[v - 2], v, tokens[v].end)
        return None

    def participle(self, v: int) -> Attribution | None:
        """``Boudreau expressed confidence ..., saying``: the subject opens the sentence."""
        if v == 0:
            return None
        before = self.tokens[v - 1]
        if before.text not in ",-–—" and before.lower not in WRITTEN_MESSAGES:
            return None  # "..., saying" / "issued a statement saying" / "... - telling her"
        return self.sentence_subject(v)

    def sentence_subject(self, v: int) -> Attribution | None:
        """The name or pronoun opening the sentence (or the clause after a semicolon) of token
        ``v``, within its first words and before any speech verb."""
        tokens = self.tokens
        s_start = self.index.sentences[self.index.sentence_of(tokens[v].start)][0]
        k = self.index.token_at(s_start)
        for j in range(v - 1, k - 1, -1):
            if tokens[j].text == ";" and tokens[j].start >= s_start:
                k = j + 1  # "Her family says she was beaten; the police deny this and say"
                break
        limit = k + 8
        while k < v and k < limit:
            t = tokens[k]
            if t.start >= s_start and self.index.quote_at(t.start) is None:
                if t.lower in SPEECH_FORMS:
                    return None  # a name after a speech verb opens a reported clause
                if k in self.by_start:
                    m = self.by_start[k]
                    after = self.mentions[m].last_token + 1
                    if after < len(tokens) and tokens[after].lower in ("'s", "’s"):
                        return None  # "Nadia Cruz's office said ... and called"
                    if self._object_of_preposition(m):
                        return None  # "A lawyer for Ann Pike, ..., saying"
                    return self.name(m, v, tokens[v].end)
                if t.lower in PRONOUNS and t.text != "Sie":
                    return Attribution(
                        "pronoun", t.start, tokens[v].start, tokens[v].end, word=t.lower
                    )
            k += 1
        return None

    def according_to(self, k: int) -> Attribution | None:
        tokens = self.tokens
        if tokens[k].lower != "according" or k + 1 >= len(tokens) or tokens[k + 1].lower != "to":
            return None
        start = k + 2
        # "according to a statement from chief executive Mark Fenwick"
        if (
            start + 2 < len(tokens)
            and tokens[start].lower in ("a", "an", "the")
            and tokens[start + 1].lower in WRITTEN_MESSAGES
            and tokens[start + 2].lower in ("from", "by")
        ):
            start += 3
        m = self.scan_for_name(start)
        return None if m is None else self.name(m, k, tokens[k + 1].end)

    def passive_by(self, v: int) -> Attribution | None:
        tokens = self.tokens
        if (
            v + 1 >= len(tokens)
            or tokens[v + 1].lower != "by"
            or not tokens[v].lower.endswith(("ed", "en", "told"))
        ):
            return None
        line_start = self.index.text.rfind("\n", 0, tokens[v].start) + 1
        if not self.index.text[line_start : tokens[v].start].strip(" \t(["):
            return None  # a byline: "Written by Jane Doe", "(Reporting by Ann Lee)"
        m = self.scan_for_name(v + 2)
        return None if m is None else self.name(m, v, tokens[v].end)

    def german(self, k: int) -> Attribution | None:
        tokens = self.tokens
        low = tokens[k].lower
        if low == ":":
            return self.colon_after_name(k)
        if low in GERMAN_PREPOSITIONS:
            m = self.scan_for_name(k + 1)
            if m is None:  # "laut dem GPA-djp-Chef": the person last described so
                return role_after(self, k, anaphoric=False)
            return self.name(m, k, tokens[k].end)
        if low in GERMAN_SOURCE_NOUNS:
            return self.source_phrase(k)
        if low in GERMAN_POSTPOSITIONS and k - 1 in self.by_last:
            return self.name(self.by_last[k - 1], k, tokens[k].end)
        if low in GERMAN_POSTPOSITIONS and pronoun_before(self, k) is not None:
            return pronoun_before(self, k)  # "Ihm zufolge fehlen 200 Fachkräfte"
        if low in GERMAN_POSTPOSITIONS and tokens[k - 1].text == "," and k - 2 in self.by_last:
            # an appositive's closing comma: "Dem Vorsitzenden des Verbands, Uwe Brandt, zufolge"
            return self.name(self.by_last[k - 2], k, tokens[k].end)
        if low in GERMAN_INVERTED_MARKERS and k > 0 and tokens[k - 1].text == ",":
            m = self.by_start.get(k + 1)
            if m is not None and ends_after_name(self, self.mentions[m].last_token + 1):
                return self.name(m, k, tokens[k].end)  # ", so X." / ", so X weiter."
            return role_after(self, k)  # "..., so der Landeshauptmann."
        if low in HEARSAY:
            return heard_from(self, k)
        if low in REFLEXIVE_SPEECH and reflexive_after_quote(self, k) is not None:
            return reflexive_after_quote(self, k)  # "„…“, ärgerte sich Trainer X"
        if low in SPEECH_FORMS or not (is_speech_verb(low, "de") or separable_at(tokens, k)):
            return None
        if german_passive(self, k) or german_negated(self, k) or not_speech_at(tokens, k):
            return None
        m = self.scan_for_name(k + 1)  # "sagte Merkel", "sagte die Direktorin Sibylle Günter"
        if m is not None and not governed_by_preposition(self, m):
            return self.name(m, k, tokens[k].end)
        if k + 1 < len(tokens) and tokens[k + 1].text in ("er", "sie"):  # "..., sagte er."
            pronoun = tokens[k + 1].text
            return Attribution(
                "pronoun", tokens[k + 1].start, tokens[k].start, tokens[k].end, word=pronoun
            )
        return german_subject(self, k) or self.subject_before(k)

    def source_phrase(self, k: int) -> Attribution | None:
        """ "Nach Angaben von Polizeisprecher Uwe Brandt wurde niemand verletzt", "nach
        Einschätzung von Branchenexperte X ist ...": the noun of ``k`` between "nach" and
        "von" attributes the clause around it to the person named after "von", as "laut X"
        does; the cue is the whole phrase "nach Angaben von"."""
        tokens = self.tokens
        if k < 1 or k + 2 >= len(tokens) or tokens[k - 1].lower != "nach":
            return None
        if tokens[k + 1].lower != "von":
            return None
        m = self.scan_for_name(k + 2)
        if m is None:
            return None
        return self.name(m, k - 1, tokens[k + 1].end)

    def colon_after_name(self, k: int) -> Attribution | None:
        """German without quotation marks: "Das verdutzt Anwältin Nadja Lorenz: Woher wissen
        Sie das?" A person's name right before a colon that opens a sentence is its speaker."""
        tokens = self.tokens
        m = self.by_last.get(k - 1)
        if m is None or k + 1 >= len(tokens):
            return None
        quoted = colon_quotation(tokens, k)  # "Kiels Trainer X: „Wir wussten …“"
        if not (quoted or tokens[k + 1].is_capitalised):
            return None
        line_start = self.index.text.rfind("\n", 0, tokens[k].start) + 1
        if not quoted and not self.index.text[line_start : self.mentions[m].start].strip():
            return None  # "Hartmann: ..." opening a line: a label (see .labels)
        return self.name(m, k, tokens[k].end)


#: The words an attribution can hang on: "according", the speech verbs' forms and, in German,
#: "laut", "zufolge", ", so" and the German verbs. Other tokens are skipped unlooked at.
_ENGLISH_CUES = frozenset({"according", *SPEECH_FORMS, *QUOTE_ONLY_FORMS})
_GERMAN_CUES = frozenset(
    {
        "according",
        *SPEECH_FORMS,
        *GERMAN_FORMS,
        *GERMAN_SEPARABLE,
        *GERMAN_PREPOSITIONS,
        *GERMAN_POSTPOSITIONS,
        *GERMAN_INVERTED_MARKERS,
        *GERMAN_SOURCE_NOUNS,
        *HEARSAY,
        *REFLEXIVE_SPEECH,
        ":",  # "Nadja Lorenz: Woher wissen Sie das?"
    }
)
look_up_together(_ENGLISH_CUES, _GERMAN_CUES)


def find_attributions(
    index: Index, mentions: list[NameMention], language: str, people: set[int]
) -> list[Attribution]:
    """Every attribution in the text, in order of the verb.

    ``people`` holds the indices of the mentions that name people; other capitalised names
    (organisations, places) are never subjects.
    """
    return attributions_by_group(index, mentions, language, (people,))[0]


def attributions_by_group(
    index: Index, mentions: list[NameMention], language: str, groups: Sequence[set[int]]
) -> list[list[Attribution]]:
    """:func:`find_attributions` for each group of mentions in ``groups`` (the mentions that
    may be subjects), in one walk over the cue words: whether a cue can open an attribution at
    all (it is outside quotations and links, no possessed noun, no decision) does not depend
    on who may be its subject."""
    finders = [_Finder(index, mentions, language, people) for people in groups]
    found: list[list[Attribution]] = [[] for _ in groups]
    cues = _GERMAN_CUES if language == "de" else _ENGLISH_CUES
    for k in index.positions(cues):  # only these words open an attribution (see below)
        tok = index.tokens[k]
        if index.in_speech_quote(tok.start) or is_journalism(index.tokens, k):
            continue
        if index.in_link(tok.start):
            continue  # "Read more: Biden says ...": another story's headline
        if possessed_noun(index.tokens, k):
            continue  # "the state’s voucher program": a noun
        if not_a_claim(index, k):
            continue  # "rejected the offer": a decision, no speech
        for finder, into in zip(finders, found, strict=True):
            _attribute(finder, k, into)
    return found


def _attribute(finder: _Finder, k: int, found: list[Attribution]) -> None:
    """Add the attribution the cue at token ``k`` opens, if any, to ``found`` (with the names
    coordinated with its subject: "Smith and Jones said")."""
    low, language = finder.tokens[k].lower, finder.language
    attribution: Attribution | None = None
    if low == "according":
        attribution = finder.according_to(k)
    elif language == "de" and low not in SPEECH_FORMS:
        attribution = finder.german(k)
    elif low in QUOTE_ONLY_FORMS:
        attribution = finder.next_to_quote(k)
    elif low in SPEECH_FORMS:
        if low in PARTICIPLES:
            attribution = finder.quoted_as_saying(k) or finder.participle(k)
        if attribution is None and low in INVERTIBLE:
            attribution = finder.subject_after(k)
        if attribution is None:
            attribution = finder.subject_before(k)
        if attribution is None:
            attribution = finder.passive_by(k)
    if attribution is not None:
        found.append(attribution)
        if attribution.kind == "name":
            for m in finder.coordinated(attribution.mention):
                found.append(finder.name(m, k, attribution.verb_end))
