"""Sentences that cannot stand on their own: the detector behind
:mod:`reader.summary.standalone`.

A sentence whose meaning hangs on the sentence before it reads as nonsense in a summary that
left that sentence out: "Tehran has rejected the claim." (which claim?), "But officials refused
to comment.", "He was released on bail.". Summarisation research calls these dangling
references (Nenkova and McKeown 2011, ch. 5). :func:`dangling` finds them on a sentence's
words, from the word lists in ``data/dangling_*.txt`` (one section per language; a language
without one is never flagged):

* an opening **connective**: "But", "However,", "Meanwhile", "In response,", "Zudem", "Dabei"
  (not when it is a preposition: "Instead of ...", "In addition to ...");
* a third-person **pronoun** in the opening, after at most :data:`MAX_LEAD_WORDS` function
  words of ``data/dangling_lead_words.txt`` ("He said", "Some of them", "When she arrived"),
  or opening the main clause after an opening phrase ("On Monday, he said"). Not the
  placeholder "it" ("It is unclear whether ..."), not a pronoun in an opening phrase whose
  main clause names its person ("In his speech, the president said"), not one after an opening
  phrase that names a person in full ("When Anna Berg opened her shop, she ..."), and not one
  opening a quotation when the sentence names a person outside it ('"He is the best," said
  Ana Ruiz of Tom Berg');
* an opening **demonstrative** ("This has angered", "These figures", "Despite this"), not
  before a time ("This year", "Diese Woche");
* an **epithet** opening the sentence for people named before ("The 34-year-old was
  arrested", "The pair", "Der 52-Jährige");
* a definite **shell noun** (Schmid 2000) anywhere in the sentence: "the claim", "the move",
  "die Entscheidung", unless its content follows ("the claim that ...", "the decision to
  ...") or the same word came earlier in the sentence or in the headline ("Iran claimed ...;
  the US rejected the claim");
* the end of a **quotation** opened in a sentence before ('All were saved," he said.').

Cheap by design: the opening is read from the sentence's first words (split on whitespace,
several times cheaper than a tokenising regular expression), the whole sentence only when a
quotation's attribution or a possible shell noun needs it; set look-ups otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

#: A pronoun or demonstrative may open a sentence after this many function words ("Some of
#: them", "Because of this", "According to him").
MAX_LEAD_WORDS = 3
#: An opening phrase closed by a comma within this many tokens is read apart from the main
#: clause after it ("On Monday, he said", "In his speech, the president said").
MAX_OPENING_PHRASE = 8
#: Placeholder "it": its clause ("whether", "that", "to") follows within this many words of
#: the verb ("It is not yet clear whether").
MAX_PLACEHOLDER_GAP = 4
#: The opening is read from the sentence's first this many whitespace-separated chunks (the
#: whole sentence only for a quotation's attribution or a possible shell noun).
HEAD_WORDS = 18

_OPENING_QUOTES = frozenset("\"'“‘„‚«‹「『")
_DOUBLE_QUOTE = re.compile('["“”„«»「」『』]')
_QUOTES = frozenset("\"'“”‘’„‚«»‹›「」『』")
# Marks split off the edges of a whitespace-separated chunk as tokens of their own.
_EDGE_MARKS = "\"'“”‘’„‚«»‹›「」『』()[]{},.;:!?…–—-―*•"


@dataclass(frozen=True)
class Lexicon:
    """One language's word lists (``data/dangling_*.txt``), lower-case."""

    connectives: frozenset[tuple[str, ...]]
    connective_starts: frozenset[str]  # the first word of each connective
    longest_connective: int
    prepositions: frozenset[str]  # after a connective, make it a preposition ("instead of")
    pronouns: frozenset[str]
    demonstratives: frozenset[str]
    verb_demonstratives: frozenset[str]  # demonstratives only before a verb ("das")
    time_nouns: frozenset[str]
    time_modifiers: frozenset[str]  # "this coming weekend"
    articles: frozenset[str]
    shell_nouns: frozenset[str]
    complements: frozenset[str]
    comma_complements: frozenset[str]  # also after a comma ("die Entscheidung, ... zu")
    placeholder_verbs: frozenset[str]
    placeholder_clauses: frozenset[str]
    epithets: re.Pattern[str] | None
    lead_words: frozenset[str]  # function words an opening is read past ("Some of them")
    determiners: frozenset[str]  # articles and demonstratives: a shell noun made definite
    referring: frozenset[str]  # determiners and pronouns: what may lead a common noun
    shell_stems: frozenset[str]  # the shell nouns' stems, to pass over most sentences at once


def _sections(name: str) -> dict[str, list[str]]:
    """The entries of ``data/NAME`` by language section (``[en]``), lower-cased."""
    folder = resources.files("reader.summary").joinpath("data")
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in folder.joinpath(name).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip().lower(), [])
        elif current is not None:
            current.append(line.lower())
    return sections


@lru_cache(maxsize=1)
def _all_sections() -> dict[str, dict[str, list[str]]]:
    names = (
        "connectives",
        "pronouns",
        "demonstratives",
        "time_nouns",
        "articles",
        "shell_nouns",
        "complements",
        "dummy_subject",
        "epithets",
        "lead_words",
    )
    return {name: _sections(f"dangling_{name}.txt") for name in names}


@lru_cache(maxsize=32)
def lexicon(language: str) -> Lexicon | None:
    """The word lists for ``language`` (an ISO 639-1 code), or ``None`` when there are none."""
    from reader.summary.language_support import language_tools

    code = language.split("-")[0].split("_")[0].lower()
    stem = language_tools(code).stem
    data = {name: entries.get(code, []) for name, entries in _all_sections().items()}
    if not data["connectives"] and not data["pronouns"]:
        return None
    connective_entries = [e for e in data["connectives"] if not e.startswith("+")]
    connectives = frozenset(tuple(e.split()) for e in connective_entries)
    demonstratives = [e.split()[0] for e in data["demonstratives"]]
    time_entries = data["time_nouns"]
    complements = [e.split() for e in data["complements"]]
    placeholder = [e.split() for e in data["dummy_subject"]]
    suffixes = [re.escape(e[2:]) for e in data["epithets"] if e.startswith("n-")]
    words = [re.escape(e) for e in data["epithets"] if not e.startswith("n-")]
    alternatives = [rf"\d+[-‐–](?:{'|'.join(suffixes)})"] if suffixes else []
    alternatives += words
    epithets = re.compile(rf"^(?:{'|'.join(alternatives)})$") if alternatives else None
    return Lexicon(
        connectives=connectives,
        connective_starts=frozenset(c[0] for c in connectives),
        longest_connective=max((len(c) for c in connectives), default=0),
        prepositions=frozenset(e[1:] for e in data["connectives"] if e.startswith("+")),
        pronouns=frozenset(data["pronouns"]),
        demonstratives=frozenset(demonstratives),
        verb_demonstratives=frozenset(
            e.split()[0] for e in data["demonstratives"] if e.endswith(" +verb")
        ),
        time_nouns=frozenset(e for e in time_entries if not e.startswith("+")),
        time_modifiers=frozenset(e[1:] for e in time_entries if e.startswith("+")),
        articles=frozenset(data["articles"]),
        shell_nouns=frozenset(data["shell_nouns"]),
        complements=frozenset(e[0] for e in complements),
        comma_complements=frozenset(e[0] for e in complements if e[1:] == [","]),
        placeholder_verbs=frozenset(e[1] for e in placeholder if e[0] == "verb"),
        placeholder_clauses=frozenset(e[1] for e in placeholder if e[0] == "clause"),
        epithets=epithets,
        lead_words=frozenset(data["lead_words"]),
        determiners=frozenset(data["articles"]) | frozenset(demonstratives),
        referring=frozenset(data["articles"])
        | frozenset(demonstratives)
        | frozenset(data["pronouns"]),
        shell_stems=frozenset(stem(n) for n in data["shell_nouns"]),
    )


def _is_word(token: str) -> bool:
    return token[0].isalpha()


def _norm(token: str) -> str:
    """A word lower-cased, with a possessive "'s" dropped ("year's" -> "year")."""
    word = token.lower()
    return word[:-2] if word.endswith("'s") and len(word) > 2 else word


def _tokens(text: str, limit: int = -1) -> tuple[list[str], bool]:
    """The tokens of ``text``: its whitespace-separated chunks with the punctuation at their
    edges split off, one mark a token ('"He', 'said,' -> '"', 'He', 'said', ','); at most the
    first ``limit`` chunks (-1: all). Words keep inner apostrophes and hyphens ("year's",
    "34-year-old"); curly apostrophes read as straight ones. (Splitting on whitespace is
    several times cheaper than a tokenising regular expression here.) The flag says whether
    the tokens cover all of ``text``."""
    if "’" in text:
        text = text.replace("’", "'")
    chunks = text.split(None, limit) if limit >= 0 else text.split()
    complete = limit < 0 or len(chunks) <= limit
    if not complete:
        chunks.pop()  # the unsplit rest
    tokens: list[str] = []
    for chunk in chunks:
        core = chunk.strip(_EDGE_MARKS)
        if core == chunk:
            tokens.append(chunk)
            continue
        if not core:
            tokens.extend(chunk)
            continue
        left = chunk.index(core)
        tokens.extend(chunk[:left])
        tokens.append(core)
        tokens.extend(chunk[left + len(core) :])
    return tokens, complete


class _Reader:
    """One sentence being read: its tokens, their normalised words (``None`` for numbers and
    punctuation) and the language's lists."""

    def __init__(self, tokens: list[str], lex: Lexicon) -> None:
        self.tokens = tokens
        self.lex = lex

    @cached_property
    def norms(self) -> list[str | None]:
        """Every token's :meth:`word` (for the readings that look at the whole sentence)."""
        return [t.lower() if t[0].isalpha() else None for t in self.tokens]

    def word(self, index: int) -> str | None:
        """The word at ``index`` in lower case, or ``None`` past the end or at punctuation and
        numbers."""
        if 0 <= index < len(self.tokens):
            token = self.tokens[index]
            return token.lower() if token[0].isalpha() else None
        return None

    def connective(self, start: int) -> bool:
        """Whether a connective (not used as a preposition) opens the tokens from ``start``."""
        if self.word(start) not in self.lex.connective_starts:
            return False
        for size in range(self.lex.longest_connective, 0, -1):
            words = [self.word(start + k) for k in range(size)]
            if None in words or tuple(words) not in self.lex.connectives:
                continue
            return self.word(start + size) not in self.lex.prepositions
        return False

    def _set_off(self, start: int) -> bool:
        """Whether the one-word connective at ``start`` is followed by a comma."""
        return start + 1 < len(self.tokens) and self.tokens[start + 1] == ","

    def time_follows(self, index: int) -> bool:
        """Whether a time noun follows the demonstrative at ``index`` ("this coming week")."""
        following = self.word(index + 1)
        if following in self.lex.time_modifiers:
            following = self.word(index + 2)
        return following is not None and _norm(following) in self.lex.time_nouns

    def verb_follows(self, index: int) -> bool:
        """Whether the word after ``index`` reads as a verb: lower case, not an inflected
        adjective ("Das sei ..." but not "Das neue Gesetz")."""
        if index + 1 >= len(self.tokens) or not _is_word(self.tokens[index + 1]):
            return False
        following = self.tokens[index + 1]
        return following[0].islower() and not following.endswith(("e", "en"))

    def placeholder_it(self, index: int) -> bool:
        """Whether "it" at ``index`` is a placeholder subject ("It is unclear whether ...")."""
        contracted = self.tokens[index].lower().replace("’", "'") == "it's"
        verb_at = index if contracted else index + 1
        if verb_at != index and self.word(verb_at) not in self.lex.placeholder_verbs:
            return False
        window = (self.word(verb_at + k) for k in range(1, MAX_PLACEHOLDER_GAP + 2))
        return any(w in self.lex.placeholder_clauses for w in window)

    def comma_within(self, start: int) -> int | None:
        """The index of a comma closing an opening phrase that starts at ``start``."""
        for index in range(start, min(len(self.tokens), start + MAX_OPENING_PHRASE + 1)):
            if self.tokens[index] == ",":
                return index
            if self.tokens[index] in ".;:!?":
                return None
        return None

    def opening(self, start: int, phrase: bool = True) -> str | None:
        """Why the clause opening at ``start`` depends on what came before, or ``None``.

        ``phrase``: ``start`` opens the sentence, so it may be an opening phrase closed by a
        comma; otherwise it opens the main clause after one, where a connective counts only
        set off by commas ("On Monday, however, ..."; not "Prices fell in May, but ...").
        """
        if self.connective(start) and (phrase or self._set_off(start)):
            return "connective"
        lex = self.lex
        # after an opening phrase only the main clause's first word counts: "On Monday, he
        # said", not "They wanted to stay, but their plans ..." (a clause joined by a comma)
        lead = MAX_LEAD_WORDS + 1 if phrase else 1
        for index in range(start, min(len(self.tokens), start + lead)):
            word = self.word(index)
            if word is None:
                break
            if word.endswith("'s"):  # "It's", "He's", "That's": the pronoun and its verb
                word = word[:-2]
            if word in lex.pronouns:
                if word == "it" and self.placeholder_it(index):
                    return None
                if index > start and phrase:
                    # a pronoun in an opening phrase may point forward, at the main clause's
                    # subject: "In his speech, the president said" (not "In his speech, he")
                    comma = self.comma_within(index)
                    if comma is not None and self.opening(comma + 1, phrase=False) is None:
                        return None
                return "pronoun"
            if word in lex.demonstratives:
                if word in lex.verb_demonstratives and not self.verb_follows(index):
                    break
                return None if self.time_follows(index) else "demonstrative"
            if (
                index == start
                and word in lex.articles
                and lex.epithets is not None
                and index + 1 < len(self.tokens)
                and lex.epithets.match(self.tokens[index + 1].lower())
            ):
                return "epithet"
            if word not in lex.lead_words:
                break
        if phrase:
            comma = self.comma_within(start)
            if comma is not None:  # "On Monday, he said", "Speaking on Tuesday, however, ..."
                reason = self.opening(comma + 1, phrase=False)
                if reason == "pronoun" and self.full_name(start, comma):
                    return None  # "When Maria Lopez opened her bakery, she ..."
                return reason
        return None

    def full_name(self, start: int, end: int) -> bool:
        """Whether tokens ``start`` to ``end`` hold a person's full name: two or more
        capitalised words in a row (not in capitals throughout, not times: "Maria Lopez", not
        "On Monday", "BBC")."""
        run = 0
        for index in range(start, end):
            token = self.tokens[index]
            word = self.word(index)
            named = (
                word is not None
                and index > start
                and token[0].isupper()
                and not token.isupper()
                and word not in self.lex.time_nouns
            )
            run = run + 1 if named else 0
            if run >= 2:
                return True
        return False

    def names_a_person(self, start: int) -> bool:
        """Whether the tokens from ``start`` hold a name: a run of capitalised words not led by
        an article or pronoun ("said Ana Ruiz", "sagte Bürgermeister Schmidt"; not "the Prime
        Minister said", "sagte der Bürgermeister")."""
        determiners = self.lex.referring
        previous: str | None = None
        for index in range(start, len(self.tokens)):
            token = self.tokens[index]
            capital = _is_word(token) and token[0].isupper() and token != "I"
            starts_run = capital and (previous is None or not previous[0].isupper())
            if starts_run and (previous is None or _norm(previous) not in determiners):
                return True
            previous = token if _is_word(token) else None
        return False

    def shell_reference(self, stem: Callable[[str], str], context: Iterable[str]) -> bool:
        """Whether a definite shell noun points back out of the sentence ("the claim")."""
        lex = self.lex
        determiners = lex.determiners
        for index, word in enumerate(self.norms):
            if word not in determiners:
                continue
            for at in (index + 1, index + 2):
                noun = self.word(at)
                if noun is None:
                    break
                if noun in lex.shell_nouns:
                    if not self.complemented(at) and not self.mentioned(noun, index, stem, context):
                        return True
                    break
                if not self.tokens[at][0].islower():  # one modifier in lower case at most
                    break
        return False

    def complemented(self, index: int) -> bool:
        """Whether the noun at ``index`` has its content after it ("the claim that ...")."""
        following = self.word(index + 1)
        if following in self.lex.complements:
            return True
        if index + 1 < len(self.tokens) and self.tokens[index + 1] == ",":
            for at in range(index + 2, len(self.tokens)):
                if self.tokens[at] in ",.;:!?":
                    break
                if self.word(at) in self.lex.comma_complements:
                    return True
        return False

    def mentioned(
        self, noun: str, before: int, stem: Callable[[str], str], context: Iterable[str]
    ) -> bool:
        """Whether ``noun`` (or a word of its stem: "claimed" for "claim") came before token
        ``before`` or in ``context`` (the headline's words)."""
        target = stem(noun)
        need = min(len(target), max(4, len(target) - 1))
        earlier = [w for w in (self.word(i) for i in range(before)) if w]
        for word in (*earlier, *(_norm(c) for c in context)):
            candidate = stem(word)
            if candidate == target or (
                len(candidate) >= need and candidate[:need] == target[:need]
            ):
                return True
        return False


def opens_quotation(sentence: str) -> bool:
    """Whether ``sentence`` opens with a quotation mark (a direct quotation)."""
    return sentence.lstrip()[:1] in _OPENING_QUOTES


def _continues_quotation(sentence: str) -> bool:
    """Whether ``sentence`` ends a quotation opened in a sentence before it: its first double
    quotation mark closes (it follows a letter or punctuation, not a space: 'All were killed,"
    he said.', 'Wir kommen wieder«, sagte sie.')."""
    text = sentence.strip()
    first = _DOUBLE_QUOTE.search(text)
    return first is not None and first.start() > 0 and not text[first.start() - 1].isspace()


def dangling(
    sentence: str,
    language: str,
    *,
    stem: Callable[[str], str] | None = None,
    context: Sequence[str] = (),
    stems: Collection[str] | None = None,
) -> str | None:
    """Why ``sentence`` cannot stand on its own, or ``None`` when it can.

    The reason is one of ``"connective"``, ``"pronoun"``, ``"demonstrative"``, ``"epithet"``,
    ``"shell noun"`` and ``"quotation"`` (see the module doc). ``stem`` defaults to the
    language's stemmer (:mod:`reader.summary.language_support`); ``context`` are words the
    reader has already seen (the headline's), which a shell noun may take up; ``stems``, the
    stems of the sentence's words when they are at hand, spare most sentences the search for
    shell nouns.
    """
    lex = lexicon(language)
    if lex is None:
        return None
    if stem is None:
        from reader.summary.language_support import language_tools

        stem = language_tools(language).stem
    if _continues_quotation(sentence):
        return "quotation"
    tokens, whole = _tokens(sentence, HEAD_WORDS)
    start = 0
    while start < len(tokens) and not _is_word(tokens[start]) and tokens[start] not in _QUOTES:
        start += 1  # a leading dash or bullet
    if start >= len(tokens):
        return None
    reader = _Reader(tokens, lex)
    if tokens[start] in _OPENING_QUOTES:
        reason = reader.opening(start + 1)
        if reason == "pronoun":
            # the quotation's opening is the speaker's; a pronoun there is clear when the
            # sentence names a person outside it ('"He is the best," said Ana Ruiz of Tom Berg')
            if not whole:
                reader, whole = _Reader(_tokens(sentence)[0], lex), True
            quote = reader.tokens
            close = next((i for i in range(start + 1, len(quote)) if quote[i] in _QUOTES), None)
            if close is not None and reader.names_a_person(close + 1):
                reason = None
    else:
        reason = reader.opening(start)
    if reason is not None:
        return reason
    if stems is not None and lex.shell_stems.isdisjoint(stems):
        return None  # no word of the sentence has a shell noun's stem
    if not whole:
        reader = _Reader(_tokens(sentence)[0], lex)
    if reader.shell_reference(stem, context):
        return "shell noun"
    return None
