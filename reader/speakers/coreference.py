"""Resolve "he said", "they said" and "the governor said" to named people.

References of a sentence are its name mentions (of people) and its subject pronouns, in order
and outside quotations. A pronoun goes to the first compatible reference of the nearest
sentence that has one, moving back sentence by sentence. A name used as a modifier ("Villa
boss David O'Leary") is no reference; nor is a name in object position ("arrested Mark
Dunn"), unless the pronoun's gender rules out the sentence's subject ("Tom met Anna. She
said"). An unnamed speaker ("a company spokesman said") ends the search: "he said" after it
means that speaker. When the reference found is itself a pronoun of the same gender, its own
referent is taken ("Dunmore faces ... He was arrested ... During the call, he asked").
People of the other gender are skipped; a person of unknown gender takes the gender of the
pronouns resolved to them. "They" goes only to two or more people joined by "and" in the
previous sentence ("Senator Ada Brook and councillor Leo Marsh. They
criticised ..."). A role noun goes to the person most recently mentioned among those
described with that role ("Gov. Ada Brook" -> "the governor"); when nobody was, to the
person who just spoke (previous sentence).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection
from functools import cached_property

from reader.speakers.descriptions import Descriptions
from reader.speakers.leads import LeadRoles, headline_end, speech_between
from reader.speakers.lexicon import (
    ANAPHORIC_ROLES,
    NOUN_PHRASE_WORDS,
    PLAYER_POSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    SUBJECT_OPENERS,
    word_map,
    word_set,
)
from reader.speakers.names import NameMention
from reader.speakers.roles import role_of
from reader.speakers.text import CLOSING_MARKS, Index, look_up_together
from reader.speakers.verbs import SPEECH_FORMS

look_up_together(PRONOUNS, ROLE_NOUNS)  # one walk over the tokens finds them (see Index)
_MAX_SENTENCES_BACK = 4
_ROLE_FALLBACK_SENTENCES = 2  # this sentence and the one before
# German without quotation marks: the quotation between the name and "ließ der Spieler
# verlauten" may be a sentence of its own ("Arnautovic gab Entwarnung. Nichts, worüber ...
# Hoffentlich ..., ließ der ÖFB-Teamspieler verlauten.")
_GERMAN_ROLE_FALLBACK_SENTENCES = 3
_COORDINATION_GAP = 4  # tokens between "Warren" and "Ocasio-Cortez" ("and congresswoman")
_DESCRIBED_WINDOW = 3  # words before a name searched for "Bolton" ("Bolton boss Sam Allardyce")
_UNNAMED = -2  # reference to a speaker with no name ("a spokesman said")
_UNNAMED_REACH = 4  # words between "a" and the role noun ("a senior company spokesman")
_UNNAMED_VERB_REACH = 7  # tokens from the role noun to the verb ("an aide to the governor said")


class Resolver:
    """Pronoun and role resolution over one article."""

    def __init__(
        self,
        index: Index,
        mentions: list[NameMention],
        owner: list[int],
        genders: dict[int, str],
        unnamed: Collection[int] = (),
        language: str = "en",
    ) -> None:
        """``unnamed``: offsets of speakers who cannot be named (a speech subject that is no
        known person); like "a spokesman said", they end the search for a pronoun. German word
        order says nothing of subjects and objects, so there no name counts as an object."""
        self.index = index
        self.language = language
        self.mentions = mentions
        self.owner = owner
        self.genders = genders
        # references per sentence: (offset, person or -1, pronoun or "")
        self.refs: dict[int, list[tuple[int, int, str]]] = {}
        self.objects: set[int] = set()  # offsets of names after a verb or preposition
        for i, m in enumerate(mentions):
            if owner[i] >= 0 and not index.in_speech_quote(m.start) and not self._modifier(m):
                self._add(m.start, owner[i], "")
                if language != "de" and self._object(m):
                    self.objects.add(m.start)
        for k in index.positions(PRONOUNS):
            t = index.tokens[k]
            if t.text != "Sie" and not index.in_speech_quote(t.start):
                self._add(t.start, -1, t.lower)
        pronouns = {o for refs in self.refs.values() for o, _, pronoun in refs if pronoun}
        for offset in (*self._unnamed_speakers(), *unnamed):
            if offset not in pronouns:  # "he wrote" is no unnamed speaker: "he" refers on
                self._add(offset, _UNNAMED, "")
        for refs in self.refs.values():
            refs.sort()
        self._memo: dict[int, int | None] = {}
        self._table: Descriptions | None = None  # ages and nationalities, built when needed
        self._starts = [m.start for m in mentions]  # mentions are in text order
        self._index_roles_and_modifiers()

    def _index_roles_and_modifiers(self) -> None:
        """Once per article: for each role, where each person was first described with it
        ("Gov. Eric Holcomb" for "the governor"); for each capitalised word, the mentions it
        stands just before ("Bolton" in "Bolton boss Sam Allardyce")."""
        tokens = self.index.tokens
        self._role_start: dict[str, dict[int, int]] = {}
        self._modified: dict[str, list[int]] = {}
        headline = headline_end(self.index.text)
        for i, m in enumerate(self.mentions):
            p = self.owner[i]
            if p < 0:
                continue
            for role in m.roles if m.start >= headline else ():  # "Minister attacks Northgrid"
                self._role_start.setdefault(role, {}).setdefault(p, m.start)
            if self.index.in_speech_quote(m.start):
                continue
            window = tokens[max(0, m.run_start - _DESCRIBED_WINDOW) : m.first_token]
            for word in {t.text for t in window}:
                self._modified.setdefault(word, []).append(i)

    def note(self, offset: int, person: int) -> None:
        """A role subject at ``offset`` resolved to ``person`` ("The minister told delegates"):
        a later "she" may mean them."""
        self._add(offset, person, "")
        self.refs[self.index.sentence_of(offset)].sort()

    def named_before_in_sentence(self, person: int, offset: int) -> bool:
        """Whether ``person`` is named in the sentence of ``offset``, before it."""
        refs = self.refs.get(self.index.sentence_of(offset), [])
        return any(o < offset and p == person for o, p, _ in refs)

    def _mentions_before(self, offset: int) -> int:
        """The number of mentions starting before ``offset``."""
        return bisect_left(self._starts, offset)

    def _modifier(self, m: NameMention) -> bool:
        """ "Villa boss David O'Leary", "Drogba's agent": a name before a lower-case role noun
        (or its possessive) describes another person and is no referent for "he" itself."""
        tokens = self.index.tokens
        nxt = m.last_token + 1
        if nxt < len(tokens) and tokens[nxt].lower in ("'s", "’s"):
            # "Drogba's agent, Thierno Seydi, confirmed ...": the agent, not Drogba
            following = tokens[nxt + 1 : nxt + 3]
            return any(t.lower in ROLE_NOUNS and not t.is_capitalised for t in following)
        return (
            nxt < len(tokens)
            and tokens[nxt].lower in ROLE_NOUNS
            and not tokens[nxt].is_capitalised
            and self.index.text[m.end : tokens[nxt].start] == " "
        )

    def _unnamed_speakers(self) -> list[int]:
        """Offsets of unnamed speakers: "a company spokesman said", "said an aide to the
        governor". A later "he said" means them, not someone named before."""
        tokens = self.index.tokens
        found = []
        for i in self.index.positions(ROLE_NOUNS):
            t = tokens[i]
            if t.is_capitalised or self.index.in_speech_quote(t.start):
                continue
            before = [u.lower for u in tokens[max(0, i - _UNNAMED_REACH) : i] if u.is_word]
            if not before or not {"a", "an"} & set(before[-_UNNAMED_REACH:]):
                continue
            if "," in [u.text for u in tokens[max(0, i - _UNNAMED_REACH) : i]]:
                continue
            window = tokens[max(0, i - _UNNAMED_REACH - 1) : i + _UNNAMED_VERB_REACH]
            same = self.index.sentence_of(t.start)
            if any(
                u.lower in SPEECH_FORMS and self.index.sentence_of(u.start) == same for u in window
            ):
                found.append(t.start)
        return found

    def _object(self, m: NameMention) -> bool:
        """A name right after a lower-case word of its sentence ("arrested Mark Dunn", "asked
        about Jones", "founded by Henry Ford") is an object, not a subject "he" may mean."""
        tokens = self.index.tokens
        sentence = self.index.sentence_of(m.start)
        nxt = m.last_token + 1
        if nxt < len(tokens) and tokens[nxt].lower in SPEECH_FORMS:
            return False  # "... wicketkeeper Alec Stewart said": the subject of "said"
        k = m.run_start - 1
        # past the noun phrase: "France coach Bernard Laporte", "the former chairman Ann Lee"
        while k >= 0 and tokens[k].is_word and self.index.sentence_of(tokens[k].start) == sentence:
            if not (
                tokens[k].is_capitalised
                or role_of(tokens[k].text)
                or tokens[k].lower in NOUN_PHRASE_WORDS
                or self._descriptive_noun(k)
            ):
                if k > 0 and tokens[k - 1].end == tokens[k].start and tokens[k - 1].text.isdigit():
                    k -= 2  # "49ers coach Kyle Shanahan": a team name written with digits
                    continue
                # "Labour's campaign co-ordinator Alan Milburn": on past the possessor
                owner = [p for p in (k - 1, k - 2) if p > 0 and tokens[p].lower in ("'s", "’s")]
                if not owner:
                    break
                k = owner[0] - 1  # the possessor: "Labour", or "party" of "the party's"
                if k >= 0 and not tokens[k].is_capitalised:
                    k -= 1
                continue
            k -= 1
        if k < 0 or not tokens[k].is_word or tokens[k].is_capitalised:
            return False
        if self.index.sentence_of(tokens[k].start) != sentence:
            return False
        if self._inverted_after_quote(k):
            return False  # "'...,' said Martin Bellander, a PhD student": the speaker
        return tokens[k].lower not in SUBJECT_OPENERS

    def _descriptive_noun(self, k: int) -> bool:
        """Whether the lower-case word ``k`` just before a name is a noun describing them that
        no list holds ("the Japanese oceanographer Kenji Morita", ", Norwegian glaciologist
        Ingrid Solberg"): an article, or a capitalised word (a nationality, a place) that an
        article, a comma or the sentence's start opens, stands before it. A verb before a
        name ("arrested Mark Dunn", "police arrested Mark Dunn") has neither."""
        tokens = self.index.tokens
        if k < 1:
            return False
        before = tokens[k - 1]
        if before.lower in _ARTICLES:
            return True
        if not (before.is_word and before.is_capitalised) or k < 2:
            return False
        opener = tokens[k - 2]
        sentence = self.index.sentences[self.index.sentence_of(tokens[k].start)][0]
        return opener.lower in _ARTICLES or opener.text == "," or opener.start < sentence

    def _inverted_after_quote(self, k: int) -> bool:
        """Whether token ``k`` is a speech verb inverted after a closing quotation ("'...,'
        said | Name"): the name after it is the subject, a referent for a later "he"; unlike
        "Police said Tom Reed was held", where the name opens the reported clause."""
        tokens = self.index.tokens
        if self.language == "de" or tokens[k].lower not in SPEECH_FORMS or k < 1:
            return False
        before = tokens[k - 1].text
        if before == "," and k >= 2:
            before = tokens[k - 2].text
        return before in CLOSING_MARKS

    def _add(self, offset: int, person: int, pronoun: str) -> None:
        self.refs.setdefault(self.index.sentence_of(offset), []).append((offset, person, pronoun))

    def _quote_start(self, offset: int) -> int:
        """For a subject right after a quotation of several sentences ('"... . ...," the
        Dutchman said'), the quotation's start: the search goes back from there."""
        index = self.index
        sentence_start = index.sentences[index.sentence_of(offset)][0]
        before = index.quote_before(offset)
        if before is None:
            return offset
        start, end = before
        if end < sentence_start or not index.in_speech_quote(start):
            return offset
        return start if start < sentence_start else offset

    def pronoun(self, pronoun: str, offset: int) -> list[int]:
        """The people a subject pronoun at ``offset`` refers to (empty when unsure)."""
        offset = self._quote_start(offset)
        if pronoun == "they":
            return self._they(offset)
        person = self._resolve(pronoun, offset)
        return [] if person is None else [person]

    def _resolve(
        self, pronoun: str, offset: int, depth: int = 0, back: int = _MAX_SENTENCES_BACK
    ) -> int | None:
        if offset in self._memo:
            return self._memo[offset]
        want = PRONOUNS.get(pronoun, "")
        sentence = self.index.sentence_of(offset)
        found: int | None = None
        blocked = False
        for s in range(sentence, max(-1, sentence - back), -1):
            other_gender_subject = False  # "Tom Reyes met Anna Berg. She said": Berg
            for ref_offset, person, ref_pronoun in self.refs.get(s, []):
                if ref_offset >= offset:
                    break
                if ref_pronoun:
                    if ref_pronoun != pronoun or depth > 8:
                        continue
                    found = self._resolve(ref_pronoun, ref_offset, depth + 1)
                    if found is not None:
                        break
                    continue
                if person == _UNNAMED:
                    blocked = True
                    break
                g = self.genders.get(person, "")
                compatible = not want or not g or g == want
                if ref_offset in self.objects:
                    if not (compatible and g and other_gender_subject):
                        continue  # "Officers arrested Mark Dunn.", "Asked about Jones, Smith said"
                elif not compatible:
                    other_gender_subject = True
                if compatible:
                    found = person
                    break
            if found is not None or blocked:
                break
        if found is not None and want and not self.genders.get(found):
            self.genders[found] = want
        self._memo[offset] = found
        return found

    def pair(self, offset: int) -> list[int]:
        """For "both leaders said" at ``offset``: the two people named in the nearest sentence
        (this one before ``offset``, or the one before) that names any; nobody unless two."""
        sentence = self.index.sentence_of(offset)
        for s in range(sentence, max(-1, sentence - _ROLE_FALLBACK_SENTENCES), -1):
            named = {p for o, p, pronoun in self.refs.get(s, []) if o < offset and p >= 0}
            start = self.index.sentences[s][0]
            named |= {
                self.owner[i]
                for i in range(self._mentions_before(start), self._mentions_before(offset))
                if self.owner[i] >= 0
                and self.index.sentence_of(self.mentions[i].start) == s
                and not self.index.in_speech_quote(self.mentions[i].start)
            }
            if named:
                return sorted(named) if len(named) == 2 else []
        return []

    def _they(self, offset: int) -> list[int]:
        """People coordinated with "and" in the sentence before ``offset``."""
        sentence = self.index.sentence_of(offset)
        if sentence == 0:
            return []
        start, end = self.index.sentences[sentence - 1]
        tokens = self.index.tokens
        chain: list[int] = []
        previous: NameMention | None = None
        for i in range(self._mentions_before(start), self._mentions_before(end)):
            m = self.mentions[i]
            if self.owner[i] < 0:
                continue
            if previous is not None and chain:
                between = tokens[previous.last_token + 1 : m.run_start]
                words = [t.lower for t in between]
                if "and" in words and len(words) <= _COORDINATION_GAP and "," not in words[1:]:
                    chain.append(self.owner[i])
                    previous = m
                    continue
                if len(chain) > 1:
                    break
            chain, previous = [self.owner[i]], m
        return chain if len(set(chain)) > 1 else []

    def _described(self, offset: int) -> int | None:
        """For "the Bolton boss" at ``offset``: the latest person named with "Bolton" just
        before their name ("Bolton counterpart Sam Allardyce")."""
        tokens = self.index.tokens
        k = self.index.token_at(offset) - 1
        modifiers = set()
        while (
            k >= 0 and tokens[k].is_word and tokens[k].is_capitalised and tokens[k].lower != "the"
        ):
            modifiers.add(tokens[k].text)
            k -= 1
        if not modifiers or k < 0 or tokens[k].lower != "the":
            return None
        before = self._mentions_before(offset)
        latest = -1
        for word in modifiers:
            described = self._modified.get(word, [])
            k = bisect_left(described, before) - 1
            if k >= 0:
                latest = max(latest, described[k])
        return None if latest < 0 else self.owner[latest]

    def _latest_with_role(self, role: str, offset: int) -> int | None:
        """The person mentioned last before ``offset`` among those described with ``role``
        before it."""
        first = self._role_start.get(role, {})
        if not any(start < offset for start in first.values()):
            return None
        for i in range(self._mentions_before(offset) - 1, -1, -1):
            start = first.get(self.owner[i])
            if start is not None and start < offset:
                return self.owner[i]
        return None

    def _nearest_of_gender(
        self, gender: str, offset: int, back: int = _MAX_SENTENCES_BACK
    ) -> int | None:
        """The person of known ``gender`` named or referred to last before ``offset``, a few
        sentences back at most: a gendered description ("the Frenchwoman", "the chairman")
        means them rather than a nearer person of the other or no known gender."""
        sentence = self.index.sentence_of(offset)
        for s in range(sentence, max(-1, sentence - back), -1):
            for ref_offset, person, _ in reversed(self.refs.get(s, [])):
                if ref_offset < offset and person >= 0 and self.genders.get(person) == gender:
                    return person
        return None

    @cached_property
    def _lead_roles(self) -> LeadRoles:
        """Made once: it indexes every mention (made per role lookup, the stage grew with the
        square of the text)."""
        return LeadRoles(self.index, self.mentions, self.owner)

    def _gender_fits(self, person: int, gender: str) -> bool:
        """Whether ``person`` may be described with ``gender`` ("die 61-Jährige" is no
        man); a person or a description of unknown gender fits."""
        known = self.genders.get(person, "")
        return not gender or not known or known == gender

    def role(
        self,
        role: str,
        offset: int,
        recent_speakers: Collection[int] = (),
        anaphoric: bool = False,
        gender: str = "",
    ) -> int | None:
        """The person a role subject at ``offset`` means (see :meth:`_role`); in English
        never one the text gave another age or nationality than the description says ("the
        29-year-old" is not "Elin Berg, 24"): then the person who spoke or was named last
        that fits."""
        found = self._role(role, offset, recent_speakers, anaphoric, gender)
        if self.language == "de" or found is None:
            return found
        table = self._descriptions()
        if not table.conflicts(found, offset):
            return found
        return self._nearest_fitting(offset, lambda p: not table.conflicts(p, offset))

    def _descriptions(self) -> Descriptions:
        if self._table is None:
            self._table = Descriptions(self.index, self.mentions, self.owner)
        return self._table

    def _by_description(self, offset: int, gender: str) -> int | None:
        """The person whose age or nationality the text gave as the description at
        ``offset`` says ("Elin Berg, 24, ... the 24-year-old said"), of a fitting gender."""
        table = self._descriptions()
        described = table.described(offset)
        if not described:
            return None
        fits = {p: self._gender_fits(p, gender) for p in set(self.owner) if p >= 0}
        found = table.meant(offset, fits)
        new = found is None and not table.given_before(described, offset)
        if new and not self._new_after_unknown_name(offset):
            found = self._introduced(offset, gender)
        return found

    def _introduced(self, offset: int, gender: str) -> int | None:
        """For a description that tells an age or nationality the text gave nobody yet and
        opens its sentence ("Bowers said he had spoken to Berg ... The 33-year-old Swede, who
        has two years left on his contract, said ..."): the person named last in the sentence
        before, outside quotations, whom the new detail introduces (of a fitting gender): the
        sentence's only person, or one named in what another person of it said; not the
        object of another person's deed ("Federer progressed, beating Hrbaty")."""
        index, tokens = self.index, self.index.tokens
        k = index.token_at(offset)
        while k > 0 and tokens[k].lower != "the" and index.token_at(offset) - k < 6:
            k -= 1
        sentence = index.sentence_of(offset)
        start = index.sentences[sentence][0]
        if tokens[k].lower != "the" or index.text[start : tokens[k].start].strip() or sentence == 0:
            return None
        named = [(o, p) for o, p, pronoun in self.refs.get(sentence - 1, []) if p >= 0]
        if not named:
            return None
        at, person = named[-1]
        others = [o for o, p in named if p != person]
        if others and not self._speech_between(others[0], at):
            return None  # "Federer progressed, beating Hrbaty. The Swiss ...": not Hrbaty
        fits = self._gender_fits(person, gender)
        return person if fits and not self._descriptions().conflicts(person, offset) else None

    def _new_after_unknown_name(self, offset: int) -> bool:
        """Whether the description at ``offset`` gives an age or nationality the text gave
        nobody, right after a sentence that names, after a speech verb, someone the finder
        could not tell is a person ("Ortega said Joãozinho had been carrying a knee problem.
        The 24-year-old Brazilian said ..."): the new detail may introduce that one-word name
        as well as describe the speaker, so the description names no one."""
        table = self._descriptions()
        described = table.described(offset)
        sentence = self.index.sentence_of(offset)
        if not described or table.given_before(described, offset) or sentence == 0:
            return False
        return self._unknown_name_spoken_of(sentence - 1, self.index.sentences[sentence - 1][0])

    def _unknown_name_spoken_of(self, sentence: int, at: int) -> bool:
        """Whether sentence ``sentence`` opens a reported clause, after offset ``at``, with a
        name the finder could not tell is a person ("Ortega said Joãozinho had been ...")."""
        end = self.index.sentences[sentence][1]
        for i in range(self._mentions_before(at), self._mentions_before(end)):
            m = self.mentions[i]
            if m.start <= at or self.owner[i] >= 0 or self.index.in_speech_quote(m.start):
                continue
            before = [t.lower for t in self.index.tokens[max(0, m.run_start - 2) : m.run_start]]
            if before and (before[-1] in _SAID or (before[-1] == "that" and before[0] in _SAID)):
                return True  # the name opens the reported clause
        return False

    def _speech_between(self, start: int, end: int) -> bool:
        """Whether a speech verb stands between offsets ``start`` and ``end`` (a person named
        there is in what someone said: "Bowers said he had spoken to Berg")."""
        return speech_between(self.index, start, end)

    def _nearest_fitting(self, offset: int, fits: Callable[[int], bool]) -> int | None:
        """The person named or referred to last before ``offset``, a few sentences back at
        most, for whom ``fits`` holds."""
        sentence = self.index.sentence_of(offset)
        for s in range(sentence, max(-1, sentence - _MAX_SENTENCES_BACK), -1):
            for ref_offset, named, pronoun in reversed(self.refs.get(s, [])):
                if ref_offset >= offset:
                    continue
                person: int | None = named
                if pronoun and pronoun != "they":
                    person = self._resolve(pronoun, ref_offset) if pronoun in PRONOUNS else None
                if person is not None and person >= 0 and fits(person):
                    return person
        return None

    def _role(
        self,
        role: str,
        offset: int,
        recent_speakers: Collection[int] = (),
        anaphoric: bool = False,
        gender: str = "",
    ) -> int | None:
        """The most recently mentioned person described with ``role`` before ``offset``.

        When nobody was described so, a person who spoke in this or the previous sentence and
        is that sentence's first person ('Henry said ... "I love this club," the striker
        added'); an unnamed "the spokesman" after a sentence about someone else stays unnamed.
        """
        if self.language != "de":
            found = self._by_description(offset, gender or _ROLE_GENDERS.get(role, ""))
            if found is not None:
                return found  # "Elin Berg, 24, ... the 24-year-old said", "the Swede said"
            if self._new_after_unknown_name(offset):
                return None  # "Ortega said Joãozinho had ... The 24-year-old Brazilian said"
        offset = self._quote_start(offset)
        if not gender and self.language != "de":
            gender = _ROLE_GENDERS.get(role, "")  # "the Frenchwoman", "the chairman"
        if role in ANAPHORIC_ROLES or anaphoric:
            # "the Portuguese described": who just spoke; "the 30-year-old": who was just named
            sentence = self.index.sentence_of(offset)
            for s in range(sentence, max(-1, sentence - _ROLE_FALLBACK_SENTENCES), -1):
                for ref_offset, person, _ in self.refs.get(s, []):
                    recent = ref_offset < offset and person in recent_speakers
                    if recent and self._gender_fits(person, gender):
                        return person
            back = _ROLE_FALLBACK_SENTENCES
            if self.language == "de":
                back = _GERMAN_ROLE_FALLBACK_SENTENCES
            english = self.language != "de"
            known = self._nearest_of_gender(gender, offset) if gender and english else None
            if known is not None:
                return known  # 'Moreau ... Halloran's winner. "...," the Frenchwoman said'
            pronouns = _GERMAN_PRONOUN_OF_GENDER if self.language == "de" else _PRONOUN_OF_GENDER
            found = self._resolve(pronouns.get(gender, ""), offset, back=back)
            self._memo.pop(offset, None)
            return found if found is None or self._gender_fits(found, gender) else None
        described = self._described(offset)
        if described is not None:
            return described
        found = self._latest_with_role(role, offset)
        if found is None:
            found = self._lead_roles.named_later(role, offset, self._role_start)
        if found is None and gender:
            found = self._nearest_of_gender(gender, offset, _ROLE_FALLBACK_SENTENCES)
            if found not in recent_speakers:
                found = None
        if found is None:
            found = self._resolve("", offset, back=_ROLE_FALLBACK_SENTENCES)
            self._memo.pop(offset, None)
            if found not in recent_speakers and role not in PLAYER_POSITIONS:
                found = None  # "the spokesman" after a sentence about someone else: unnamed
        if found is None and role not in _RELATIONAL_ROLES:
            found = self._newly_described(offset)
        return found

    def _newly_described(self, offset: int) -> int | None:
        """For a role nobody was described with ("the retired teacher said"): the person
        named last before it in its own paragraph, outside quotations and not as an object,
        when the text introduced them with a description of their own ("A pensioner in
        Stonehaven, Margaret Coull, 81, spent two nights ...") and no speech verb stands
        between: the new detail describes the person just introduced, not the last speaker
        of an earlier paragraph."""
        index = self.index
        text = index.text
        paragraph = text.rfind("\n", 0, offset) + 1
        before = self._mentions_before(offset)
        for i in range(before - 1, -1, -1):
            m = self.mentions[i]
            if m.start < paragraph:
                return None
            person = self.owner[i]
            if person < 0 or index.in_speech_quote(m.start) or m.start in self.objects:
                continue
            if self._speech_between(m.start, self._quote_start(offset)):
                return None
            return person if m.roles or self._descriptions().described_at(i) else None
        return None


_ARTICLES = frozenset({"the", "a", "an"})
_SAID = frozenset({"said", "says", "added", "told"})  # verbs a reported clause follows
_RELATIONAL_ROLES = word_set("relational-roles")  # "the spokesman": who speaks for others
_GERMAN_PRONOUN_OF_GENDER = {"f": "sie", "m": "er"}  # a description's gender, as a pronoun
_PRONOUN_OF_GENDER = {"f": "she", "m": "he"}
_ROLE_GENDERS = word_map("gendered-role-nouns")  # "frenchwoman" -> "f"
