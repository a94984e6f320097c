"""Item models of the library view: articles (or search results), people, a person's quotes.

Each holds the rows the core returned and hands them to the delegates under :data:`ROW_ROLE`;
the views never create a widget per row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QDate, QModelIndex, QPersistentModelIndex, Qt

from reader.gui.list_delegate import TRAILING_ROLE
from reader.library.records import ArticleRow, Person, PersonQuotes, SearchHit

ROW_ROLE = Qt.ItemDataRole.UserRole + 10  # the ArticleRow, Person or PersonQuotes of a row
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 11  # (snippet, matched spans) of a search result
PATH_ROLE = Qt.ItemDataRole.UserRole + 12

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def format_date(value: str) -> str:
    """An ISO date (``2023-06-14``, or a time stamp) in the locale's short form; other text
    as it is."""
    date = QDate.fromString(value[:10], "yyyy-MM-dd")
    if not date.isValid():
        return value
    return date.toString("d MMM yyyy")


def meta_line(row: ArticleRow) -> str:
    """Site, date, reading time, language and who is quoted, for an article's second line."""
    from reader.gui.article_view import language_name

    date = format_date(row.published) if row.published else f"added {format_date(row.added)}"
    parts = [row.site, date, f"{row.minutes} min", language_name(row.language)]
    if row.speakers:
        names = ", ".join(row.speakers[:3]) + (" …" if len(row.speakers) > 3 else "")
        parts.append(names)
    return "  ·  ".join(p for p in parts if p)


class ArticlesModel(QAbstractListModel):
    """Articles, or search results with their snippets."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ArticleRow] = []
        self.snippets: list[tuple[str, tuple[tuple[int, int], ...]]] = []

    @property
    def searching(self) -> bool:
        return bool(self.snippets)

    def set_articles(self, rows: list[ArticleRow]) -> None:
        self.beginResetModel()
        self.rows, self.snippets = list(rows), []
        self.endResetModel()

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.rows = [h.article for h in hits]
        self.snippets = [(h.snippet, h.matches) for h in hits]
        self.endResetModel()

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
        if role == SNIPPET_ROLE:
            return self.snippets[index.row()] if self.snippets else None
        return None


class PeopleModel(QAbstractListModel):
    """Every speaker with the number of articles quoting them."""

    def __init__(self, parent=None) -> None:
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

    def __init__(self, parent=None) -> None:
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
