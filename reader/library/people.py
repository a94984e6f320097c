"""The people index: every speaker across the library, and what they said where.

Speakers are grouped by :func:`~reader.library.records.speaker_key` (case, accents and dots do
not matter), shown under the spelling most articles use.
"""

from __future__ import annotations

from reader.library.filters import Filters
from reader.library.records import Person, PersonQuotes, QuotedStatement, speaker_key
from reader.library.store import ROW_COLUMNS, Library, row_from


def people(library: Library, filters: Filters | None = None, name: str = "") -> list[Person]:
    """Every speaker in the articles that pass ``filters`` whose name contains ``name``, with
    the number of articles quoting them and their statements there; most quoted first, then by name
    (a person reads an order they can see: not by statements, which the list does not show)."""
    where, params = (filters or Filters()).where()
    needle = speaker_key(name)
    condition = ""
    if needle:
        condition = "AND s.key LIKE ? ESCAPE '\\'"
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"%{escaped}%")
    join = "" if where == "1" else "JOIN articles AS a ON a.id = s.article_id"
    rows = library.query(
        "SELECT s.key, "
        "(SELECT n.name FROM speakers AS n WHERE n.key = s.key GROUP BY n.name "
        " ORDER BY count(*) DESC, length(n.name) DESC, n.name LIMIT 1), "
        "count(DISTINCT s.article_id), sum(s.statements) "
        f"FROM speakers AS s {join} "
        f"WHERE {where} {condition} GROUP BY s.key "
        "ORDER BY count(DISTINCT s.article_id) DESC, s.key",
        params,
    )
    return [Person(str(k), str(n), int(a), int(c or 0)) for k, n, a, c in rows if k]


def speaker_keys(library: Library, name: str) -> tuple[str, ...]:
    """The speaker keys a name typed by a person means: the same name, or every speaker whose
    name holds all its words ("Kirby" finds "John Kirby")."""
    wanted = speaker_key(name).split()
    if not wanted:
        return ()
    keys = [str(k) for (k,) in library.query("SELECT DISTINCT key FROM speakers")]
    exact = speaker_key(name)
    if exact in keys:
        return (exact,)
    return tuple(k for k in keys if all(w in k.split() for w in wanted))


def quotes_of(library: Library, key: str, filters: Filters | None = None) -> list[PersonQuotes]:
    """The articles quoting the speaker ``key``, newest first, each with what they say in it
    (statements in the order of the text)."""
    where, params = (filters or Filters()).where()
    rows = library.query(
        f"SELECT {ROW_COLUMNS}, s.number, s.name FROM speakers AS s "
        "JOIN articles AS a ON a.id = s.article_id "
        f"WHERE s.key = ? AND {where} ORDER BY a.added DESC, a.id DESC",
        [key, *params],
    )
    result = []
    for row in rows:
        article = row_from(row[:-2])
        said = library.query(
            'SELECT text, kind, start, "end" FROM statements '
            "WHERE article_id = ? AND speaker = ? ORDER BY start, number",
            (article.id, row[-2]),
        )
        statements = tuple(QuotedStatement(str(t), str(k), (int(s), int(e))) for t, k, s, e in said)
        result.append(PersonQuotes(article, str(row[-1]), statements))
    return result
