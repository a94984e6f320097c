"""Per-text preparation shared by every summariser: words, stems, paragraphs, title words.

Tokenising and stemming dominate the cost of the fast summarisers, so the result is cached per
(text, sentence spans, language, title): the GUI re-summarises the same article with another
algorithm or length without paying for it again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from typing import Any

from reader.result import Span
from reader.summary.furniture import furniture
from reader.summary.language_support import LanguageTools, TokenParts, language_tools
from reader.summary.tokenizer import words as tokenize_words

# the fields of a TokenParts
_WORDS = itemgetter(0)
_LOWERED = itemgetter(1)
_STEMS = itemgetter(2)
_CONTENT = itemgetter(3)
_INITIALS = itemgetter(4)


@dataclass
class Prepared:
    """One article, tokenised the way sumy's summarisers see it.

    ``words[i]`` are the words of sentence ``i`` as written; ``stems[i]`` the stem of every one
    of them (lower-cased first); ``content[i]`` the stems of its non-stop words (in order, with
    repeats); ``paragraph[i]`` the paragraph the sentence belongs to (a line break starts one);
    ``lengths[i]`` its length as a reader counts words (whitespace-separated tokens: the Auto
    length's word budget). ``tokens[i]`` are the parts of each of the sentence's tokens, which
    ``words`` and ``stems`` are made of when first asked for (the News summariser reads the
    stems of a few sentences only, and the words of none).
    """

    tools: LanguageTools
    sentence_texts: tuple[str, ...]
    tokens: list[Sequence[TokenParts]]
    content: list[list[str]]
    paragraph: list[int]
    title_words: list[str]
    excluded: frozenset[int]  # headline, repeats, page furniture: never summary sentences
    lengths: list[int]
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def size(self) -> int:
        return len(self.content)

    @property
    def words(self) -> list[list[str]]:
        return self.cached("words", lambda: _joined(self.tokens, _WORDS))  # type: ignore[no-any-return]

    @property
    def stems(self) -> list[list[str]]:
        return self.cached("stems", lambda: _joined(self.tokens, _STEMS))  # type: ignore[no-any-return]

    def cached(self, key: str, make: Any) -> Any:
        """``make()`` computed once per prepared text (matrices shared by several algorithms)."""
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]


def _joined(tokens: list[Sequence[TokenParts]], part: itemgetter[Any]) -> list[list[str]]:
    """For each sentence, the ``part`` of its tokens one after the other."""
    return [list(chain.from_iterable(map(part, own))) for own in tokens]


def _normal(text: str) -> str:
    return " ".join(w.lower() for w in tokenize_words(text))


def _paragraphs(text: str, spans: Sequence[Span]) -> list[int]:
    numbers: list[int] = []
    current = 0
    previous_end = None
    for start, end in spans:
        if previous_end is not None and text.find("\n", previous_end, start) >= 0:
            current += 1
        numbers.append(current)
        previous_end = end
    return numbers


def _never_chosen(keys: Sequence[str], title: str, title_in_text: bool) -> frozenset[int]:
    """Sentences no summary may pick: the headline, and repeats of an earlier sentence.

    ``keys[i]`` are the words of sentence ``i``, lower-cased and joined by spaces. When the
    title is not part of the text given (``title_in_text`` is false: a web page whose title
    came from its metadata), the first sentence repeating the title's words is the headline. A
    sentence repeated word for word (a paragraph pasted twice) is summarised once.
    """
    excluded: set[int] = set()
    if not title_in_text:
        title_norm = _normal(title)
        first = (i for i, key in enumerate(keys) if title_norm and key == title_norm)
        excluded.update(i for i in (next(first, None),) if i is not None)
    seen: set[str] = set()
    for i, key in enumerate(keys):
        if i in excluded:
            continue
        if key and key in seen:
            excluded.add(i)
        seen.add(key)
    return frozenset(excluded)


def prepare(
    text: str,
    spans: Sequence[Span],
    language: str,
    title: str = "",
    title_in_text: bool = False,
) -> Prepared:
    """The :class:`Prepared` form of ``text`` split at ``spans`` (cached).

    ``title_in_text``: the headline was part of the text and its sentences were left out of
    ``spans`` by the caller, so no other sentence is taken for it.
    """
    spans = tuple([(int(s), int(e)) for s, e in spans])
    return _prepare(text, spans, language, title, title_in_text)


@lru_cache(maxsize=8)
def _prepare(
    text: str, spans: tuple[Span, ...], language: str, title: str, title_in_text: bool
) -> Prepared:
    tools = language_tools(language)
    texts = tuple([text[s:e].strip() for s, e in spans])
    tokens = [t.split() for t in texts]
    lengths = [len(sentence_tokens) for sentence_tokens in tokens]
    # each token's words, stems and content stems, looked up (each new token worked out once)
    parts = tools.token_parts(list(chain.from_iterable(tokens)))
    sentence_parts: list[Sequence[TokenParts]] = []
    content: list[list[str]] = []
    keys: list[str] = []  # each sentence's words, lower-cased, joined by spaces
    initials: list[str] = []  # the first letter of each of its words
    start = 0
    for length in lengths:
        own = parts[start : start + length]
        start += length
        sentence_parts.append(own)
        content.append(list(chain.from_iterable(map(_CONTENT, own))))
        keys.append(" ".join(filter(None, map(_LOWERED, own))))
        initials.append("".join(map(_INITIALS, own)))
    excluded = _never_chosen(keys, title, title_in_text) | furniture(text, spans, initials, lengths)
    return Prepared(
        tools=tools,
        sentence_texts=texts,
        tokens=sentence_parts,
        content=content,
        paragraph=_paragraphs(text, spans),
        title_words=tokenize_words(title),
        excluded=excluded,
        lengths=lengths,
    )


def count_matrix(
    rows: Sequence[Sequence[str]], vocabulary: dict[str, int] | None = None, *, grow: bool = True
) -> Any:
    """A CSR matrix of term counts, one row per token list, columns from ``vocabulary``.

    New terms are added to ``vocabulary`` when ``grow``, skipped otherwise.
    """
    import numpy as np
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {} if vocabulary is None else vocabulary
    indices: list[int] = []
    indptr = [0]
    for tokens in rows:
        for token in tokens:
            column = vocab.get(token)
            if column is None:
                if not grow:
                    continue
                column = vocab[token] = len(vocab)
            indices.append(column)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    matrix = csr_matrix(
        (data, np.asarray(indices, dtype=np.int64), np.asarray(indptr, dtype=np.int64)),
        shape=(len(rows), max(len(vocab), 1)),
    )
    matrix.sum_duplicates()
    return matrix


def content_counts(prepared: Prepared) -> Any:
    """Counts of content stems per sentence (CSR, sentences x stems), cached."""
    return prepared.cached("content_counts", lambda: count_matrix(prepared.content))
