"""Roles in an article's headline and lead.

News writing introduces its main speaker by role in the lead ("The energy minister has
accused the operator of ...") and names them further down ("..., said Energy Minister Priya
Raman"); its headline ("Minister attacks Northgrid") describes no one, however close a role
word stands to a name there. :class:`LeadRoles` finds the person a lead's role means: the
first person the article later describes with that role and the same modifiers ("the Federal
Reserve head" is not "Robert Sinche, head of currency strategy"); when the article gives the
role to nobody, the person whose name opens the next paragraph as the subject of a speech
verb ("And Alan Greenspan highlighted ..."), unless that mention gives them another role
("The prime minister has said ... / Opposition leader Tom Reed said ...": a reaction).
"""

from __future__ import annotations

from bisect import bisect_left

from reader.speakers.names import NameMention
from reader.speakers.text import Index
from reader.speakers.verbs import SPEECH_FORMS

_SENTENCE_END = ".!?\"”’'"  # a headline ends in none of these
_ARTICLES = frozenset({"the", "a", "an"})
_MODIFIER_REACH = 4  # words between "the" and the role word ("the Federal Reserve head")
_NAME_WINDOW = 3  # words before a name searched for the modifiers ("Energy Minister Raman")
_LEAD_OPENERS = 2  # words before the name opening a paragraph ("And Alan Greenspan")


def headline_end(text: str) -> int:
    """The end of the article's headline: a first line with no full stop followed by a blank
    line; 0 when there is none."""
    first_break = text.find("\n\n")
    head = text[:first_break].strip() if first_break > 0 else ""
    if not head or "\n" in head or head[-1] in _SENTENCE_END:
        return 0
    return first_break


def in_lead(text: str, offset: int) -> bool:
    """Whether ``offset`` lies in the article's first paragraph of sentences (the one after a
    headline line)."""
    first_break = text.find("\n\n")
    if first_break < 0:
        return False
    head = text[:first_break].strip()
    if head and head[-1] not in _SENTENCE_END:  # a headline: the lead is the next paragraph
        following = text.find("\n\n", first_break + 2)
        return first_break < offset and (following < 0 or offset < following)
    return offset < first_break


def speech_between(index: Index, start: int, end: int) -> bool:
    """Whether a speech verb stands between offsets ``start`` and ``end``."""
    first, last = index.token_at(start), index.token_at(end)
    return any(t.lower in SPEECH_FORMS for t in index.tokens[first:last])


class LeadRoles:
    """Who a role subject in an article's lead means (see the module's description)."""

    def __init__(self, index: Index, mentions: list[NameMention], owner: list[int]) -> None:
        self.index = index
        self.mentions = mentions
        self.owner = owner
        self._starts = [m.start for m in mentions]  # mentions are in text order

    def named_later(
        self, role: str, offset: int, role_start: dict[str, dict[int, int]]
    ) -> int | None:
        """The person a role subject at ``offset`` in the lead means, that nobody was
        described with before (``role_start``: role -> person -> where the text first gave
        them that role); None outside the lead or when nothing says."""
        if not in_lead(self.index.text, offset):
            return None
        modifiers = self._modifiers_of(offset)
        later = sorted((start, p) for p, start in role_start.get(role, {}).items())
        for start, person in later:
            if start > offset and modifiers <= self._words_before(start):
                return person  # "the energy minister" ... "Energy Minister Priya Raman"
        return self._next_paragraph_speaker(role, offset)

    def _next_paragraph_speaker(self, role: str, offset: int) -> int | None:
        """The person whose name opens the paragraph after ``offset``'s as the subject of a
        speech verb and with no other role given there."""
        index = self.index
        text = index.text
        gap = text.find("\n\n", offset)
        if gap < 0:
            return None
        start = gap + 2
        while start < len(text) and text[start].isspace():
            start += 1
        first = index.token_at(start)
        sentence_end = index.sentences[index.sentence_of(start)][1]
        for i in range(bisect_left(self._starts, start), len(self.mentions)):
            m = self.mentions[i]
            if m.run_start - first > _LEAD_OPENERS or m.start >= sentence_end:
                return None
            person = self.owner[i]
            if person < 0 or index.in_speech_quote(m.start):
                continue
            if any(not t.is_capitalised for t in index.tokens[first : m.run_start]):
                return None  # not the sentence's subject
            if m.roles and role not in m.roles:
                return None
            return person if speech_between(index, m.end, sentence_end) else None
        return None

    def _modifiers_of(self, offset: int) -> set[str]:
        """The words between "the" and the role word at ``offset`` ("energy" of "the energy
        minister", "federal", "reserve" of "the Federal Reserve head"), lower case."""
        tokens = self.index.tokens
        j = self.index.token_at(offset)
        found: set[str] = set()
        for k in range(j - 1, max(-1, j - _MODIFIER_REACH), -1):
            if tokens[k].lower in _ARTICLES or not tokens[k].is_word:
                break
            found.add(tokens[k].lower)
        return found

    def _words_before(self, start: int) -> set[str]:
        """The few words just before the name mention starting at ``start``, lower case."""
        m = self.mentions[bisect_left(self._starts, start)]
        window = self.index.tokens[max(0, m.run_start - _NAME_WINDOW) : m.first_token + 1]
        return {t.lower for t in window}
