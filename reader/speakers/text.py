"""Tokens, sentences and quotation regions of an article, computed once per call."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from reader.result import Span
from reader.speakers.lexicon import words

# Words (letters, inner hyphens/apostrophes), numbers, or single punctuation characters.
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,:]\d+)*|[^\w\s]")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)

OPEN_QUOTES = "“„«‘"
CLOSE_QUOTES = "”“»’"
_ABBREVIATIONS = words(
    """
    mr mrs ms dr prof st sen rep gov gen lt col capt rev jr sr mt no vs inc ltd co corp u s
    """
)


@dataclass(frozen=True)
class Token:
    """One token: its text and ``(start, end)`` offsets into the article text."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text``; a possessive ``'s`` is split off its word ("Trump's" -> Trump, 's)."""
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        pos = _POSSESSIVE.search(word) if word[0].isalpha() and len(word) > 2 else None
        if pos:
            cut = m.start() + pos.start()
            tokens.append(Token(text[m.start() : cut], m.start(), cut))
            tokens.append(Token(text[cut : m.end()], cut, m.end()))
        else:
            tokens.append(Token(word, m.start(), m.end()))
    return tokens


def sentence_spans(text: str) -> list[Span]:
    """Sentence spans, split at ``.?!`` before a capital or quote and at line breaks.

    Abbreviations ("Mr.", "Dr.", "U.S.") and initials ("W.") do not end a sentence. Our own
    splitter keeps speaker detection independent of the display segmentation.
    """
    spans: list[Span] = []
    start = 0
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for m in re.finditer(r"[.!?]+[”\"’)]*\s+(?=[\"“‘(]?[A-Z0-9])", line.group()):
            end = line.start() + m.end()
            before = re.search(r"(\w+)[.!?]+[”\"’)]*\s+$", text[start:end])
            word = before.group(1) if before else ""
            if m.group()[0] == "." and (word.lower() in _ABBREVIATIONS or len(word) == 1):
                continue
            spans.append((start, end))
            start = end
        if start < line.end():
            spans.append((start, line.end()))
    return spans


def quote_regions(text: str) -> list[Span]:
    """Spans of quoted speech, quotation marks included.

    Curly and guillemet quotes pair up; straight double quotes toggle. A quote left open at a
    paragraph end is closed there (the next paragraph usually reopens it).
    """
    regions: list[Span] = []
    for para in re.finditer(r"[^\n]+", text):
        opened = -1
        for i in range(para.start(), para.end()):
            ch = text[i]
            if ch == '"':
                if opened < 0:
                    opened = i
                else:
                    regions.append((opened, i + 1))
                    opened = -1
            elif ch in "“„«" and opened < 0:
                opened = i
            elif (ch in "”»" and opened >= 0) or (
                ch == "“" and opened >= 0 and text[opened] == "„"
            ):
                regions.append((opened, i + 1))
                opened = -1
        if opened >= 0:
            regions.append((opened, para.end()))
    return regions


class Index:
    """Position look-ups over tokens, sentences and quotes of one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.starts = [t.start for t in self.tokens]
        self.sentences = sentence_spans(text)
        self.sentence_starts = [s for s, _ in self.sentences]
        self.quotes = quote_regions(text)
        self.quote_starts = [s for s, _ in self.quotes]
        self._quote_words: dict[Span, int] = {}

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (the previous one between sentences)."""
        return max(0, bisect_right(self.sentence_starts, offset) - 1)

    def quote_at(self, offset: int) -> Span | None:
        """The quote region containing ``offset``, if any."""
        i = bisect_right(self.quote_starts, offset) - 1
        if i >= 0 and self.quotes[i][0] <= offset < self.quotes[i][1]:
            return self.quotes[i]
        return None

    def in_long_quote_offset(self, offset: int, short_words: int = 4) -> bool:
        """True inside a quotation of more than ``short_words`` words (speech, not a phrase)."""
        region = self.quote_at(offset)
        if region is None:
            return False
        words = self._quote_words.get(region)
        if words is None:
            words = len(_WORD.findall(self.text[region[0] : region[1]]))
            self._quote_words[region] = words
        return words > short_words

    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_right(self.starts, offset - 1)
