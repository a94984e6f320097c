"""Full-text search over titles, texts and summaries (SQLite FTS5, ranked by bm25).

What people type becomes a safe FTS5 query (:func:`fts_query`): words must all occur (in any
form with the same English stem, accents ignored), ``"two words"`` is a phrase, ``-word``
excludes, ``OR`` between two terms accepts either. Typing as you go, the last word also
matches as a prefix. Results carry a snippet of the text around the matched words.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from reader.library.filters import Filters, order_by
from reader.library.records import SearchHit
from reader.library.store import ROW_COLUMNS, Library, row_from
from reader.result import Span

#: bm25 weights of the indexed columns: a word in the title counts most, then the summary.
WEIGHTS = (10.0, 1.0, 4.0)
SNIPPET_WORDS = 24
DEFAULT_LIMIT = 200
_OPEN, _CLOSE = "\x02", "\x03"  # marks around matched words in snippets (never in articles)
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class _Term:
    text: str
    negated: bool = False
    phrase: bool = False


def _terms(text: str) -> list[_Term | str]:
    terms: list[_Term | str] = []
    for match in _TOKEN.finditer(text):
        minus, phrase, bare = match.groups()
        if phrase is not None:
            if _WORD.search(phrase):
                terms.append(_Term(phrase, negated=bool(minus), phrase=True))
        elif bare == "OR":
            terms.append("OR")
        elif bare.startswith("-") and _WORD.search(bare[1:]):
            terms.append(_Term(bare[1:], negated=True))
        elif _WORD.search(bare):
            terms.append(_Term(bare))
    return terms


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def fts_query(text: str, *, prefix_last: bool = False) -> str:
    """The FTS5 query for what a person typed (``""`` when it holds no word to look for)."""
    terms = _terms(text)
    positive: list[str] = []
    negative: list[str] = []
    pending_or = False
    last_bare = None
    for term in terms:
        if term == "OR":
            pending_or = bool(positive)
            continue
        assert isinstance(term, _Term)
        quoted = _quoted(term.text)
        if term.negated:
            negative.append(quoted)
        elif pending_or:
            positive[-1] = f"{positive[-1]} OR {quoted}"
        else:
            positive.append(quoted)
        pending_or = False
        last_bare = None if term.negated or term.phrase else len(positive) - 1
    if not positive:
        return ""
    typing = prefix_last and text[-1:].strip() != "" and not text.rstrip().endswith('"')
    if typing and last_bare is not None and last_bare == len(positive) - 1:
        positive[-1] += "*"
    query = " ".join(positive)
    if negative:
        query = f"({query}) " + " ".join(f"NOT {n}" for n in negative)
    return query


def parse_snippet(marked: str) -> tuple[str, tuple[Span, ...]]:
    """A snippet with its match marks taken out, and the matched spans in it."""
    plain: list[str] = []
    spans: list[Span] = []
    length, start = 0, -1
    for part in re.split(f"([{_OPEN}{_CLOSE}])", marked):
        if part == _OPEN:
            start = length
        elif part == _CLOSE:
            if start >= 0:
                spans.append((start, length))
            start = -1
        else:
            part = part.replace("\n", " ")
            plain.append(part)
            length += len(part)
    return "".join(plain), tuple(spans)


def _run(library: Library, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    try:
        return library.query(sql, params)
    except sqlite3.OperationalError as exc:
        if "fts5" in str(exc).lower() or "syntax" in str(exc).lower():
            return []  # a query FTS5 cannot read finds nothing
        raise


def search(
    library: Library,
    text: str,
    filters: Filters | None = None,
    *,
    sort: str | None = None,
    limit: int | None = DEFAULT_LIMIT,
    prefix_last: bool = False,
) -> list[SearchHit]:
    """Articles matching ``text`` that pass ``filters``, best match first (or in the order
    ``sort``); at most ``limit``."""
    query = fts_query(text, prefix_last=prefix_last)
    if not query:
        return []
    where, params = (filters or Filters()).where()
    weights = ", ".join(str(w) for w in WEIGHTS)
    order = "score, a.id DESC" if sort is None else order_by(sort)
    sql = (
        f"SELECT {ROW_COLUMNS}, "
        f"snippet(search, -1, '{_OPEN}', '{_CLOSE}', '…', {SNIPPET_WORDS}), "
        f"bm25(search, {weights}) AS score "
        "FROM search JOIN articles AS a ON a.id = search.rowid "
        f"WHERE search MATCH ? AND {where} ORDER BY {order}"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    hits = []
    for row in _run(library, sql, [query, *params]):
        snippet, spans = parse_snippet(str(row[-2] or ""))
        hits.append(SearchHit(row_from(row[:-2]), snippet, spans, float(row[-1])))
    return hits


def count_matches(
    library: Library, text: str, filters: Filters | None = None, *, prefix_last: bool = False
) -> int:
    """How many articles match ``text`` and pass ``filters``."""
    query = fts_query(text, prefix_last=prefix_last)
    if not query:
        return 0
    where, params = (filters or Filters()).where()
    rows = _run(
        library,
        "SELECT count(*) FROM search JOIN articles AS a ON a.id = search.rowid "
        f"WHERE search MATCH ? AND {where}",
        [query, *params],
    )
    return int(rows[0][0]) if rows else 0
