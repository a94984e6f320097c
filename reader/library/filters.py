"""Which articles to show and in what order: the filters and sort orders of the library view,
as SQL clauses over ``articles AS a``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: An ISO date (see :func:`reader.readable.iso_date`); a date the library could not read is kept
#: as written on the page, and sorts after the dates it could.
_ISO_DATE = "a.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
#: Sort orders: newest added first, title, site, date published (newest first; dates as written
#: on the page that could not be read next, undated last).
SORTS: dict[str, str] = {
    "added": "a.added DESC, a.id DESC",
    "title": "a.title COLLATE NOCASE, a.id",
    "site": "a.site = '', a.site COLLATE NOCASE, a.added DESC, a.id DESC",
    "date": f"a.published = '', NOT {_ISO_DATE}, a.published DESC, a.added DESC, a.id DESC",
}
DEFAULT_SORT = "added"


@dataclass(frozen=True)
class Filters:
    """``None`` means "any". ``speakers`` are speaker keys (see
    :func:`reader.library.people.speaker_keys`): an article passes when one of them speaks in
    it; an empty tuple matches no article. ``read``: ``True`` opened at least once,
    ``False`` never opened."""

    site: str | None = None
    language: str | None = None
    speakers: tuple[str, ...] | None = None
    read: bool | None = None

    def where(self) -> tuple[str, list[Any]]:
        """A ``WHERE`` condition (``"1"`` when nothing is filtered) and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.site is not None:
            clauses.append("a.site = ?")
            params.append(self.site)
        if self.language is not None:
            clauses.append("a.language = ?")
            params.append(self.language)
        if self.speakers is not None:
            marks = ", ".join("?" for _ in self.speakers)
            clauses.append(f"a.id IN (SELECT article_id FROM speakers WHERE key IN ({marks}))")
            params.extend(self.speakers)
        if self.read is not None:
            clauses.append("a.opened IS NOT NULL" if self.read else "a.opened IS NULL")
        return (" AND ".join(clauses) or "1"), params


def order_by(sort: str) -> str:
    """The ``ORDER BY`` clause of sort order ``sort`` (``ValueError`` for an unknown one)."""
    try:
        return SORTS[sort]
    except KeyError:
        raise ValueError(f"unknown sort order {sort!r}; choose one of {', '.join(SORTS)}") from None
