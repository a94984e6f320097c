"""Item models of the library view: articles (or search results), people, a person's quotes.

Each holds the rows the core returned and hands them to the delegates under :data:`ROW_ROLE`;
the views never create a widget per row.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from reader.gui.list_delegate import TRAILING_ROLE

if TYPE_CHECKING:
    from reader.library.records import ArticleRow, Person, PersonQuotes, SearchHit

ROW_ROLE = Qt.ItemDataRole.UserRole + 10  # the ArticleRow, Person or PersonQuotes of a row
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 11  # (snippet, matched spans) of a search result
PATH_ROLE = Qt.ItemDataRole.UserRole + 12
#: True when another listed article has the same title (its path tells them apart)
SAME_TITLE_ROLE = Qt.ItemDataRole.UserRole + 13

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def format_date(value: str, *, time: bool = True) -> str:
    """An ISO date (``2023-06-14``, or a time stamp) in words (``14 Jun 2023``, with the time
    when ``time`` and it has one), as the command line shows it; other text as it is."""
    from reader.readable import readable_date

    return readable_date(value if time else value[:10])


def short_path(path: str) -> str:
    """``path`` with the home folder as ``~``."""
    home = os.path.expanduser("~")
    if home not in ("", "~", os.sep) and path.startswith(home + os.sep):
        return "~" + path[len(home) :]
    return path


def meta_line(row: ArticleRow, *, folder: bool = False) -> str:
    """Site, date, reading time, language and who is quoted, for an article's second line;
    first the file (folder and name) when ``folder``: another article has the same title, the
    same article saved in two folders or as a text and a PDF."""
    from reader.gui.article_document import language_name

    added = f"added {format_date(row.added, time=False)}"
    date = format_date(row.published) if row.published else added
    parts = [row.site, date, f"{row.minutes} min", language_name(row.language)]
    if folder:
        parts.insert(0, short_path(row.path))
    if row.speakers:
        names = ", ".join(row.speakers[:3]) + (" …" if len(row.speakers) > 3 else "")
        parts.append(names)
    return "  ·  ".join(p for p in parts if p)


Snippet = tuple[str, tuple[tuple[int, int], ...]]
#: Snippets are made for this many rows at a time, as the view paints them.
SNIPPET_BATCH = 30


def _title_key(title: str) -> str:
    return " ".join(title.casefold().split())


class ArticlesModel(QAbstractListModel):
    """Articles, or search results; a result's snippet is made when its row is first painted
    (``fetch(ids)`` gives the snippets of those article ids)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ArticleRow] = []
        self.total = 0
        self._more: Callable[[int], list[ArticleRow]] | None = None
        self.searching = False
        self.snippets: dict[int, Snippet] = {}
        self._fetch: Callable[[list[int]], dict[int, Snippet]] | None = None
        self._titles: Counter[str] = Counter()

    def set_articles(
        self,
        rows: list[ArticleRow],
        total: int | None = None,
        more: Callable[[int], list[ArticleRow]] | None = None,
    ) -> None:
        """Show ``rows``, the first of ``total``; ``more(offset)`` reads the next ones when the
        list is scrolled to its end."""
        self.beginResetModel()
        self.rows, self.searching, self.snippets, self._fetch = list(rows), False, {}, None
        self.total = len(self.rows) if total is None or more is None else total
        self._more = more
        self._titles = Counter(_title_key(r.title) for r in self.rows)
        self.endResetModel()

    def canFetchMore(self, parent: Index = _ROOT) -> bool:  # noqa: N802 (Qt API)
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = _ROOT) -> None:  # noqa: N802 (Qt API)
        if parent.isValid() or self._more is None or len(self.rows) >= self.total:
            return
        new = self._more(len(self.rows))
        if not new:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(new) - 1)
        self.rows.extend(new)
        self._titles.update(_title_key(r.title) for r in new)
        self.endInsertRows()
        if any(self._titles[_title_key(r.title)] > 1 for r in new):  # earlier rows may now need
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1), [SAME_TITLE_ROLE])

    def set_hits(
        self,
        hits: list[SearchHit],
        fetch: Callable[[list[int]], dict[int, Snippet]] | None = None,
    ) -> None:
        self.beginResetModel()
        self.rows, self.searching, self._fetch = [h.article for h in hits], True, fetch
        self.total, self._more = len(self.rows), None
        self.snippets = {h.article.id: (h.snippet, h.matches) for h in hits if h.snippet}
        self._titles = Counter(_title_key(r.title) for r in self.rows)
        self.endResetModel()

    def snippet(self, row: int) -> Snippet:
        """The snippet of search result ``row`` (made with those of the next rows if needed)."""
        article_id = self.rows[row].id
        if article_id not in self.snippets and self._fetch is not None:
            wanted = [
                r.id for r in self.rows[row : row + SNIPPET_BATCH] if r.id not in self.snippets
            ]
            made = self._fetch(wanted)
            for i in wanted:
                self.snippets[i] = made.get(i, ("", ()))
        return self.snippets.get(article_id, ("", ()))

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title or "Untitled"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title}\n{row.path}"
        if role == ROW_ROLE:
            return row
        if role == PATH_ROLE:
            return row.path
        if role == SAME_TITLE_ROLE:
            return self._titles[_title_key(row.title)] > 1
        if role == SNIPPET_ROLE:
            return self.snippet(index.row()) if self.searching else None
        return None


class PeopleModel(QAbstractListModel):
    """Every speaker with the number of articles quoting them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people: list[Person] = []

    def set_people(self, people: list[Person]) -> None:
        self.beginResetModel()
        self.people = list(people)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.people):
            return None
        person = self.people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return person.name
        if role == TRAILING_ROLE:
            return str(person.articles)
        if role == Qt.ItemDataRole.ToolTipRole:
            n, s = person.articles, person.statements
            return (
                f"{person.name}: quoted in {n} article{'s' if n != 1 else ''}, "
                f"{s} statement{'s' if s != 1 else ''}"
            )
        if role == ROW_ROLE:
            return person
        return None


class QuotesModel(QAbstractListModel):
    """The articles quoting one person, each with that person's statements."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.quotes: list[PersonQuotes] = []

    def set_quotes(self, quotes: list[PersonQuotes]) -> None:
        self.beginResetModel()
        self.quotes = list(quotes)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.quotes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.quotes):
            return None
        quoted = self.quotes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return quoted.article.title or "Untitled"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{quoted.article.title}\n{quoted.article.path}"
        if role == ROW_ROLE:
            return quoted
        if role == PATH_ROLE:
            return quoted.article.path
        return None
