"""Tokens, sentences and quotation regions of an article, computed once per call."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection
from itertools import accumulate, chain, compress, repeat
from operator import itemgetter
from typing import NamedTuple

from reader.result import Span
from reader.speakers.headings import quoted_heading
from reader.speakers.lexicon import ABBREVIATIONS

# Words (letters, inner hyphens/apostrophes), numbers, or single punctuation characters.
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,:]\d+)*|[^\w\s]")
# The same tokens, with the gaps between (see token_columns), and a fast path first: a run of
# ASCII letters that no other letter or joined part follows is a whole word (ASCII ranges test
# quicker than the Unicode classes, which then only see the other words), and a run of such
# words one space apart ("the prime minister said") is taken at once, to be split at its
# spaces.
_RUN_SPLIT = re.compile(rf"([a-zA-Z]++(?: [a-zA-Z]++)*(?![-'’]?[^\W\d_])|{_TOKEN.pattern})")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_PLATFORM_X = re.compile(r"\b(?:on|to|via|from)\s+X\.[”\"’)]*\s+$")  # "wrote on X. Then"
_LINK_LINE = re.compile(
    r"(?i)^(?:read more|related|see also|also read|more on|more from|more:|watch:|listen:|"
    r"recommended|most read|top stories|more [\w ]{1,30}coverage|further reading)\b[^\n]*:"
)
PARTICLE_NAME = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|abd)-[^\W\d_]*[A-Z]")
_PHRASE_WORDS = 4  # a quotation this short may be a phrase ("a start") rather than speech

OPEN_QUOTES = "“„«»‘"  # (» opens German »...«)
CLOSE_QUOTES = "”“»’"
_DOUBLE_MARKS = '"“”„«»'
_SINGLE_MARKS = "'‘’"
_QUOTE_MARK = re.compile(f"[{_DOUBLE_MARKS}{_SINGLE_MARKS}]")
#: marks a quotation may end with (as tokens): '"...," said Kirby', "'...,' said Kirby"
CLOSING_MARKS = "”\"’'»«"  # (« closes German »...«)


class _TokenFields(NamedTuple):
    text: str
    start: int
    end: int
    lower: str
    is_word: bool
    is_capitalised: bool


class Token(_TokenFields):
    """One token: its text and ``(start, end)`` offsets into the article text, with the
    properties every rule asks for computed once (``lower``, ``is_word``, ``is_capitalised``).

    A named tuple, so that :func:`tokenize` builds all of an article's tokens in C; two tokens
    are equal when their text and start are.
    """

    __slots__ = ()

    def __new__(cls, text: str, start: int, end: int) -> Token:
        first = text[0]
        is_word = first.isalpha()
        # upper-case first letter, or an Arabic-style particle joined to a capitalised name
        # ("al-Jaber", "el-Sisi", "bin-Laden" are written lower case but are names)
        capitalised = first.isupper() or (
            is_word and "-" in text and PARTICLE_NAME.match(text) is not None
        )
        return tuple.__new__(cls, (text, start, end, text.lower(), is_word, capitalised))

    def __getnewargs__(self) -> tuple[str, int, int]:
        return self.text, self.start, self.end

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.text, self.start) == (other.text, other.start)

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash((self.text, self.start))


# a possessive 's ends a word (the letters an IGNORECASE "s" matches: s, S and the long s)
_POSSESSIVE_S = frozenset("sSſ")  # after "'" or "’"


class TokenColumns(NamedTuple):
    """An article's tokens a field at a time: parallel lists, item ``k`` of each the field of
    token ``k`` (the fields of :class:`Token`). Rules that walk every token read a column in
    C instead of a field of each token."""

    words: list[str]
    starts: list[int]
    ends: list[int]
    lowers: list[str]
    is_word: list[bool]
    capitalised: list[bool]


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text``; a possessive ``'s`` is split off its word ("Trump's" -> Trump, 's)."""
    return tokens_of(token_columns(text))


def _offsets(text: str, mark: str) -> list[int]:
    """The offsets of ``mark`` in ``text`` (found by ``str.find``: C speed, no walk over words)."""
    found = []
    at = text.find(mark)
    while at >= 0:
        found.append(at)
        at = text.find(mark, at + 1)
    return found


def tokens_of(columns: TokenColumns) -> list[Token]:
    """The :class:`Token` of each row of ``columns``, built in C (from all six fields, by
    ``tuple.__new__``: no call of :meth:`Token.__new__`)."""
    return list(map(tuple.__new__, repeat(Token), zip(*columns, strict=True)))


def token_columns(text: str) -> TokenColumns:
    """The tokens of ``text`` (see :func:`tokenize`) as columns.

    Built a column at a time (the words, their offsets, first letters, lower-case forms...)
    by C-level maps, not a token at a time in Python: the same fields :class:`Token` gives one
    token. One split of the text gives the words and the gaps between them, whose running
    lengths are the offsets (no match object per token); a run of plain ASCII words one space
    apart is one match, split again at its spaces by ``str.split``. The few words that need a second
    look (particle names, possessives) are found from the offsets of their hyphens and
    apostrophes in the text, not by a walk over every word.
    """
    pieces = _RUN_SPLIT.split(text)  # gap, item, gap, item, ..., gap (an item: word or run)
    items = pieces[1::2]
    words = " ".join(items).split(" ") if items else []  # only runs hold spaces
    gaps: list[int] = []  # the gap before each word: its item's, or the space inside a run
    for gap, spaces in zip(pieces[0:-1:2], map(str.count, items, repeat(" ")), strict=True):
        gaps.append(len(gap))
        if spaces:
            gaps += repeat(1, spaces)
    offsets = list(accumulate(chain.from_iterable(zip(gaps, map(len, words), strict=True))))
    starts, ends = offsets[0::2], offsets[1::2]
    firsts = list(map(itemgetter(0), words))
    is_word = list(map(str.isalpha, firsts))
    capitalised = list(map(str.isupper, firsts))
    for at in _offsets(text, "-"):  # see Token: "al-Jaber"
        k = bisect_right(starts, at) - 1  # the token the hyphen is in
        inside = k >= 0 and at < ends[k] and is_word[k] and not capitalised[k]
        if inside and PARTICLE_NAME.match(words[k]):
            capitalised[k] = True
    cuts = []
    for at in sorted(_offsets(text, "'") + _offsets(text, "’")):
        if text[at + 1 : at + 2] not in _POSSESSIVE_S:
            continue
        # a word of more than two letters ending in "'s" ("Trump's", "it's"; not "'s" alone)
        k = bisect_left(ends, at + 2)
        if k < len(ends) and ends[k] == at + 2 and starts[k] < at and is_word[k]:
            cuts.append(k)
    if cuts:
        words, starts, ends, is_word, capitalised = _split_possessives(
            cuts, words, starts, ends, is_word, capitalised
        )
    lowers = list(map(str.lower, words))
    return TokenColumns(words, starts, ends, lowers, is_word, capitalised)


def _split_possessives(
    cuts: list[int],
    words: list[str],
    starts: list[int],
    ends: list[int],
    is_word: list[bool],
    capitalised: list[bool],
) -> tuple[list[str], list[int], list[int], list[bool], list[bool]]:
    """The columns again, the words at ``cuts`` (possessives, "Trump's") each in two, the word
    and its "'s" (one pass: linear)."""
    new_words: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    new_is_word: list[bool] = []
    new_capitalised: list[bool] = []
    done = 0
    for k in cuts:
        new_words += words[done:k]
        new_starts += starts[done:k]
        new_ends += ends[done:k]
        new_is_word += is_word[done:k]
        new_capitalised += capitalised[done:k]
        word, start, end = words[k], starts[k], ends[k]
        stem = word[:-2]  # its first letter is the word's: a letter (a word), as tested
        new_words += (stem, word[-2:])
        new_starts += (start, end - 2)
        new_ends += (end - 2, end)
        new_is_word += (True, False)  # "'s" is no word, nor capitalised
        new_capitalised += (Token(stem, start, end - 2).is_capitalised, False)
        done = k + 1
    new_words += words[done:]
    new_starts += starts[done:]
    new_ends += ends[done:]
    new_is_word += is_word[done:]
    new_capitalised += capitalised[done:]
    return new_words, new_starts, new_ends, new_is_word, new_capitalised


# A sentence end: ".?!", closing marks (German closes with “ and », French with »), space,
# then a capital (Latin-1 capitals too: "Über", "Ärzte") or a digit, maybe after an opening
# mark (German opens with „ and »: 'fest. „Ich habe ...').
_SENTENCE_END = re.compile(r"[.!?][.!?]*[”“\"’'»«)]*\s+(?=[\"“„«»‘‚'(]?[A-Z0-9À-ÖØ-Þ])")
# a German ordinal number after an article or a contracted preposition ("der 94. Minute")
_GERMAN_ORDINAL = re.compile(
    r"(?:^|\s)(?:[dD](?:er|em|en|es|ie|as)|[zZ]u[mr]|[vV]om|[bB]eim|[iIaA]m)\s+\d{1,3}\.\s+$"
)


_LINE = re.compile(r"[^\r\n]+")


def _lines(text: str) -> list[Span]:
    """Spans of the lines of ``text``: the runs of characters between "\\r" and "\\n",
    empty ones left out (as :data:`_LINE` finds them; by ``str.split`` when no "\\r")."""
    if "\r" in text:
        return [line.span() for line in _LINE.finditer(text)]
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line:
            spans.append((start, end))
        start = end + 1
    return spans


def _word_before(text: str, start: int, at: int) -> str:
    """The word (``\\w`` characters) ending at ``at``, not reaching before ``start``: the last
    word of a sentence whose final punctuation begins at ``at`` (a walk back over its letters
    only, however long the sentence)."""
    k = at
    while k > start and (text[k - 1].isalnum() or text[k - 1] == "_"):
        k -= 1
    return text[k:at]


def sentence_spans(text: str) -> list[Span]:
    """Sentence spans, split at ``.?!`` before a capital or quote and at line breaks.

    Abbreviations ("Mr.", "Dr.", "U.S.") and initials ("W.") do not end a sentence. Our own
    splitter keeps speaker detection independent of the display segmentation.
    """
    spans: list[Span] = []
    start = 0
    for line_start, line_end in _lines(text):
        start = line_start
        for m in _SENTENCE_END.finditer(text[line_start:line_end]):
            end = line_start + m.end()
            if m.group()[0] == ".":  # the checks below are of a full stop
                at = line_start + m.start()  # where the final punctuation begins
                word = _word_before(text, start, at)
                if (
                    word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isalpha())
                ) and not _PLATFORM_X.search(text[start:end]):
                    continue  # "Mr.", "W.": no sentence end (but "posted on X." is one)
                if word[-1:].isdecimal() and _GERMAN_ORDINAL.search(text[start:end]):
                    continue  # "in der 94. Minute", "am 3. März": a German ordinal
            spans.append((start, end))
            start = end
        if start < line_end:
            spans.append((start, line_end))
    return spans


def quote_regions(text: str) -> list[Span]:
    """Spans of quoted speech, quotation marks included, in order.

    Double and single quotation marks both quote (news sites use either); a quotation inside
    another (single marks inside double ones, or the reverse) belongs to the outer one. Curly
    and guillemet marks pair up. A straight double quote opens after a space (or at a line
    start) and closes before one; a single mark between two letters is an apostrophe
    ("don't"). A quotation left open at a line end is closed there (the next paragraph usually
    reopens it); so is one left open when a new quotation opens after a sentence end
    ("... children. 'This was ..."), where the paragraphs of a page were joined into one line.
    A closing mark with no opener on its line ends a quotation that began on an earlier line,
    so the region starts at the line start.
    """
    regions: list[Span] = []
    for start, end in _lines(text):
        regions += _paragraph_quotes(text, start, end)
    return regions


def _paragraph_quotes(text: str, start: int, end: int) -> list[Span]:
    found: list[Span] = []
    opened, kind = -1, ""
    for mark in _QUOTE_MARK.finditer(text, start, end):
        i = mark.start()
        ch = text[i]
        if ch in _DOUBLE_MARKS and kind != "single":
            action = _double_mark(text, i, start, opened)
        elif ch in _SINGLE_MARKS and kind != "double":
            action = _single_mark(text, i, start, end, opened)
        else:
            continue
        if action == "reopen":
            found.append((opened, _last_sentence_end(text, opened, i)))
            action = "open"
        if action == "open":
            opened, kind = i, "double" if ch in _DOUBLE_MARKS else "single"
        elif action == "close":
            if opened >= 0:
                found.append((opened, i + 1))
            elif not found:
                found.append((start, i + 1))  # the end of a quote from a line before
            opened, kind = -1, ""
    if opened >= 0:
        found.append((opened, end))
    return found


def _double_mark(text: str, i: int, line_start: int, opened: int) -> str:
    """What a double mark does: "open", "close", "reopen" or "" (nothing)."""
    ch = text[i]
    if ch == '"':
        return "close" if opened >= 0 or _looks_closing(text, i, line_start) else "open"
    if ch == "»" and opened < 0 and _opens_word(text, i, line_start):
        return "open"  # German »...«: the mark glued to the first word quoted
    if ch in "”»":
        return "close"
    if opened < 0:
        return "open"
    if (ch, text[opened]) in (("“", "„"), ("«", "»")):
        return "close"  # German „...“ and »...«
    return "reopen" if _after_sentence_end(text, i) else ""


def _single_mark(text: str, i: int, line_start: int, end: int, opened: int) -> str:
    """What a single mark does ("open", "close", "reopen" or ""): an apostrophe does nothing."""
    before = text[i - 1] if i > line_start else " "
    after = text[i + 1] if i + 1 < end else " "
    if before.isalnum() and after.isalnum():
        return ""  # "don't", "Brown’s"
    opening = (before.isspace() or before in '([—–-"“:') and (after.isalpha() or after in '“"…')
    closing = not before.isspace() and (after.isspace() or after in ',.;:!?)—–-"”')
    if opened < 0:
        if opening:
            return "open"
        return "close" if closing and before in ",.!?" else ""
    if closing:
        return "close"
    return "reopen" if opening and _after_sentence_end(text, i) else ""


def _opens_word(text: str, i: int, line_start: int) -> bool:
    """A mark after a space (or a line start, a bracket, a dash) and glued to a word or an
    ellipsis after it: it opens a quotation ("»Wir sind" opens; "... «, sagt" does not)."""
    before = text[i - 1] if i > line_start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-:") and (after.isalnum() or after in "…„")


def _looks_closing(text: str, i: int, line_start: int) -> bool:
    """A straight quote with no opener before it: closing when glued to the word before."""
    before = text[i - 1] if i > line_start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and before not in "([—–-" and (after.isspace() or after in ",.;:")


def _after_sentence_end(text: str, i: int) -> bool:
    """A mark after a space that follows a sentence's final punctuation or a colon (a new
    quotation: '... community. Scroll down ... King said: 'Hillary ...')."""
    head = text[max(0, i - 3) : i]
    return bool(re.search(r"[.!?…:][\s]+$", head))


def _last_sentence_end(text: str, opened: int, i: int) -> int:
    """Where a quotation left open before a new one at ``i`` ends: at its last sentence end
    ("... community.| Scroll down ... King said: 'Hillary ..."), else right before ``i``."""
    ends = list(re.finditer(r"[.!?…]+", text[opened + 1 : i]))
    if ends and text[opened + 1 + ends[-1].end() : i].strip(" :"):
        return opened + 1 + ends[-1].end()
    return _end_before(text, i)


def _end_before(text: str, i: int) -> int:
    """The offset after the last non-space character before ``i``."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def link_lines(text: str) -> list[Span]:
    """Spans of lines pointing to other stories: "Read more: Biden says ...", "Related: ...",
    and the headlines listed under a line like "Read more:" or "More NBA coverage:" (lines up
    to the next blank line or sentence-like line ending in a full stop)."""
    spans: list[Span] = []
    lines, offset = [], 0
    for raw in text.split("\n"):
        lines.append((offset, offset + len(raw)))
        offset += len(raw) + 1
    listing = False
    for start, end in lines:
        line = text[start:end].strip()
        if not line:
            listing = False
            continue
        if _LINK_LINE.match(line):
            spans.append((start, end))
            listing = line.endswith(":")
        elif listing and not line.endswith((".", '."', ".”")):
            spans.append((start, end))
        else:
            listing = False
    return spans


#: The word collections of :func:`look_up_together` (by id) and the union of their words.
_TOGETHER: dict[int, Collection[str]] = {}
_together_words: list[frozenset[str]] = [frozenset()]


def look_up_together(*collections: Collection[str]) -> None:
    """Mark word collections whose positions (:meth:`Index.positions`) nearly every article
    is asked for (speech verbs, pronouns, role nouns): one walk over the tokens then finds the
    words of them all, instead of one walk for each. The collections must not change."""
    for words in collections:
        _TOGETHER[id(words)] = words
        _together_words[0] = _together_words[0].union(words)


def _walk(lowers: list[str], words: Collection[str]) -> list[int]:
    """Indices of the items of ``lowers`` in ``words`` (a set or dict), in order, in C."""
    return list(compress(range(len(lowers)), map(words.__contains__, lowers)))


class Index:
    """Position look-ups over tokens, sentences and quotes of one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.columns = token_columns(text)  # the tokens' fields as lists (read in C)
        self.tokens = tokens_of(self.columns)
        self.starts = self.columns.starts
        self.sentences = sentence_spans(text)
        self.sentence_starts = [s for s, _ in self.sentences]
        self.quotes = quote_regions(text)
        self.quote_starts = [s for s, _ in self.quotes]
        self.quote_ends = [e for _, e in self.quotes]
        self.links = link_lines(text)
        self.link_starts = [s for s, _ in self.links]
        self._speech: dict[Span, bool] = {}
        self._found: dict[int, tuple[Collection[str], list[int]]] = {}
        self._together_walk: tuple[frozenset[str] | None, list[int]] = (None, [])

    def positions(self, words: Collection[str]) -> list[int]:
        """Indices of the tokens whose lower-case text is one of ``words``, in text order (one
        walk over the tokens' lower-case forms, in C; the answer for the same collection is
        kept, so callers must not change it). The collections given to
        :func:`look_up_together` share one walk: each picks its own out of the tokens of all."""
        known = self._found.get(id(words))
        if known is not None and known[0] is words:
            return known[1]
        lowers = self.columns.lowers
        if _TOGETHER.get(id(words)) is words:
            found = [k for k in self._together() if lowers[k] in words]
        else:
            member = words if isinstance(words, (set, frozenset, dict)) else frozenset(words)
            found = _walk(lowers, member)
        self._found[id(words)] = (words, found)
        return found

    def _together(self) -> list[int]:
        """The positions of the words of every collection of :func:`look_up_together` (walked
        again if one was added since)."""
        if self._together_walk[0] is not _together_words[0]:
            union = _together_words[0]
            self._together_walk = (union, _walk(self.columns.lowers, union))
        return self._together_walk[1]

    def capitalised_or(self, words: frozenset[str]) -> list[int]:
        """Indices of the capitalised tokens and of those whose lower-case text is one of
        ``words``, in text order (the capitalised ones in C, the others by :meth:`positions`,
        which may share its walk with other words)."""
        capitalised = self.columns.capitalised
        found = list(compress(range(len(capitalised)), capitalised))
        others = [k for k in self.positions(words) if not capitalised[k]]
        return sorted(found + others) if others else found

    def lower_case_words(self) -> set[str]:
        """The words written in lower case (as written: "said", "eBay"): the words less the
        capitalised ones (both flags depend on a token's text alone), each set made in C."""
        words = self.columns.words
        written = set(compress(words, self.columns.is_word))
        return written.difference(compress(words, self.columns.capitalised))

    def in_link(self, offset: int) -> bool:
        """True inside a "Read more:" line or the headline list it opens."""
        i = bisect_right(self.link_starts, offset) - 1
        return i >= 0 and offset < self.links[i][1]

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (the previous one between sentences)."""
        i = bisect_right(self.sentence_starts, offset) - 1
        return i if i > 0 else 0

    def quote_at(self, offset: int) -> Span | None:
        """The quote region containing ``offset``, if any."""
        i = bisect_right(self.quote_starts, offset) - 1
        if i >= 0 and self.quotes[i][0] <= offset < self.quotes[i][1]:
            return self.quotes[i]
        return None

    def quotes_in(self, start: int, end: int) -> list[Span]:
        """The quote regions overlapping ``[start, end)``, in order."""
        found = []
        for i in range(bisect_right(self.quote_ends, start), len(self.quotes)):
            if self.quotes[i][0] >= end:
                break
            found.append(self.quotes[i])
        return found

    def quote_before(self, offset: int) -> Span | None:
        """The last quote region ending at or before ``offset``."""
        i = bisect_right(self.quote_ends, offset) - 1
        return self.quotes[i] if i >= 0 else None

    def in_speech_quote(self, offset: int) -> bool:
        """True inside a quotation that is speech, not a phrase in scare quotes.

        Speech is a quotation of more than four words, one that opens its sentence, or one
        ending in punctuation inside the marks ("We did our job," ...).
        """
        region = self.quote_at(offset)
        if region is None:
            return False
        verdict = self._speech.get(region)
        if verdict is None:
            verdict = self._is_speech(region)
            self._speech[region] = verdict
        return verdict

    def _is_speech(self, region: Span) -> bool:
        if quoted_heading(self.text, region):
            return False  # '6. "The Gordon problem"': a heading, no statement
        inner = self.text[region[0] : region[1]]
        if len(_WORD.findall(inner)) > _PHRASE_WORDS:
            return True
        if inner.rstrip("”“\"»«’'‘").endswith((",", ".", "!", "?", "…")):
            return True
        sentence_start = self.sentences[self.sentence_of(region[0])][0]
        return not self.text[sentence_start : region[0]].strip()

    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_right(self.starts, offset - 1)
