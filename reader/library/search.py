"""Full-text search over titles, texts and summaries (SQLite FTS5, ranked by bm25).

What people type becomes a safe FTS5 query (:func:`fts_query`): words must all occur (in any
form with the same English stem, accents ignored), ``"two words"`` is a phrase, ``-word``
excludes, ``OR`` between two terms accepts either. Typing as you go, the last word also
matches as a prefix once it has two letters. Results carry a snippet of the text around the
matched words.

Searching is done in two stages, so that a search over a large library stays fast: the matches
are ranked (bm25) on the FTS5 index alone (the articles' rows are joined only when a filter or
another sort order needs them) and their rows read; then snippets, which are slow to make, are
made only for the results that are shown (:func:`snippets`; the library view asks for them as it
paints its rows, the command line for every result it prints).
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
#: The shortest last word that matches as a prefix while typing (the index keeps prefixes of two
#: and three characters; a single letter would match most of the library).
MIN_PREFIX = 2
_CHUNK = 100  # ids per query
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
    """The FTS5 query for what a person typed (``""`` when it holds no word to look for).

    With ``prefix_last`` (typing), a last bare word of at least :data:`MIN_PREFIX` letters also
    matches as a prefix, and a shorter one waits for the next keystroke.
    """
    positive: list[str] = []
    negative: list[str] = []
    pending_or = False
    last: tuple[str, str] | None = None  # the last bare word, and its group before it came
    for term in _terms(text):
        if term == "OR":
            pending_or = bool(positive)
            continue
        assert isinstance(term, _Term)
        quoted = _quoted(term.text)
        if term.negated:
            negative.append(quoted)
            last = None
        elif pending_or:
            before = positive[-1]
            positive[-1] = f"{before} OR {quoted}"
            last = None if term.phrase else (term.text, before)
        else:
            positive.append(quoted)
            last = None if term.phrase else (term.text, "")
        pending_or = False
    typing = prefix_last and text[-1:].strip() != ""
    if positive and typing and last is not None:
        word, before = last
        if len(word) >= MIN_PREFIX:
            positive[-1] += "*"
        elif before:  # "a OR b" with b just begun: "a" for now
            positive[-1] = before
        else:
            positive.pop()
    if not positive:
        return ""
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


def _ranked(
    library: Library, query: str, filters: Filters, sort: str | None, limit: int | None
) -> list[tuple[int, float]]:
    """``(article id, bm25 score)`` of the matches, best first (or in the order ``sort``).

    Ranking reads only the index; the articles' rows are joined only to filter or sort on
    them, and snippets are made afterwards for the rows kept (SQLite would otherwise make one
    for every match before sorting).
    """
    weights = ", ".join(str(w) for w in WEIGHTS)
    tail = "" if limit is None else f" LIMIT {int(limit)}"
    where, params = filters.where()
    if where == "1" and sort is None:
        sql = (
            f"SELECT rowid, bm25(search, {weights}) AS score FROM search "
            f"WHERE search MATCH ? ORDER BY score, rowid DESC{tail}"
        )
    else:
        order = "score, a.id DESC" if sort is None else order_by(sort)
        sql = (
            f"SELECT a.id, bm25(search, {weights}) AS score "
            "FROM search JOIN articles AS a ON a.id = search.rowid "
            f"WHERE search MATCH ? AND {where} ORDER BY {order}{tail}"
        )
    return [(int(i), float(score)) for i, score in _run(library, sql, [query, *params])]


def snippets(
    library: Library, query: str, ids: list[int]
) -> dict[int, tuple[str, tuple[Span, ...]]]:
    """The snippet of each article in ``ids`` for the FTS5 ``query`` (see :func:`fts_query`):
    the text around the matched words, and their spans in it."""
    found: dict[int, tuple[str, tuple[Span, ...]]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        rows = _run(
            library,
            f"SELECT rowid, snippet(search, -1, '{_OPEN}', '{_CLOSE}', '…', {SNIPPET_WORDS}) "
            f"FROM search WHERE search MATCH ? AND rowid IN ({marks})",
            [query, *chunk],
        )
        for rowid, marked in rows:
            found[int(rowid)] = parse_snippet(str(marked or ""))
    return found


def search(
    library: Library,
    text: str,
    filters: Filters | None = None,
    *,
    sort: str | None = None,
    limit: int | None = DEFAULT_LIMIT,
    prefix_last: bool = False,
    with_snippets: bool = True,
) -> list[SearchHit]:
    """Articles matching ``text`` that pass ``filters``, best match first (or in the order
    ``sort``); at most ``limit``. ``with_snippets=False`` leaves the snippets empty (the
    library view makes them for the rows it shows, with :func:`snippets`)."""
    query = fts_query(text, prefix_last=prefix_last)
    if not query:
        return []
    ranked = _ranked(library, query, filters or Filters(), sort, limit)
    ids = [i for i, _ in ranked]
    rows: dict[int, Any] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        for values in library.query(
            f"SELECT {ROW_COLUMNS} FROM articles AS a WHERE a.id IN ({marks})", chunk
        ):
            rows[int(values[0])] = row_from(values)
    made = snippets(library, query, ids) if with_snippets else {}
    return [SearchHit(rows[i], *made.get(i, ("", ())), score) for i, score in ranked if i in rows]


def count_matches(
    library: Library, text: str, filters: Filters | None = None, *, prefix_last: bool = False
) -> int:
    """How many articles match ``text`` and pass ``filters``."""
    query = fts_query(text, prefix_last=prefix_last)
    if not query:
        return 0
    where, params = (filters or Filters()).where()
    if where == "1":
        sql = "SELECT count(*) FROM search WHERE search MATCH ?"
    else:
        sql = (
            "SELECT count(*) FROM search JOIN articles AS a ON a.id = search.rowid "
            f"WHERE search MATCH ? AND {where}"
        )
    rows = _run(library, sql, [query, *params])
    return int(rows[0][0]) if rows else 0
