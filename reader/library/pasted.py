"""Pasted articles kept as files, so that the library remembers them like the files it reads.

An article pasted from the clipboard or dropped on the window as text is no file of its own:
closed, it would be gone. :func:`keep_pasted` writes it as a plain text file into the library's
folder (:data:`PASTED_FOLDER`), as Reader shows it: a block of fields (the headline, author,
date, site, the day it was pasted), then the text shown, which Reader reads back as the same
article (:mod:`reader.loading.kept_paste`); the lines Reader removed (teasers, the page's
clutter) are left out. The file is named after the day it
was pasted and the headline ("2024-06-21 Council approves new cycle lanes.txt"), written
atomically (a temporary file, then a link that never replaces a file), and never over another
file: the next free name gets " (2)", " (3)" ... The same article pasted again is the file
already kept, not a copy.
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reader.errors import SaveError, SummaryExistsError
from reader.export import safe_filename, write_atomic
from reader.result import Analysis

if TYPE_CHECKING:
    from reader.library.records import ArticleRow
    from reader.library.store import Library

#: The folder in the library's folder that holds pasted articles.
PASTED_FOLDER = "Pasted articles"
#: A headline that is no headline: the window's name for a paste without one (``PASTED_NAME`` of
#: reader/gui/worker.py, which must not import the library at start). The file is then
#: named after the article's first words.
UNTITLED = "Pasted article"
#: Words of the article's opening that name a file when the article has no headline.
NAME_WORDS = 8
#: Names tried before giving up (" (2)" ... " (999)").
MAX_NAMES = 999


def pasted_folder(library_folder: str | os.PathLike[str]) -> Path:
    """The folder of kept pasted articles in ``library_folder``."""
    return Path(library_folder) / PASTED_FOLDER


def is_kept_paste(path: str | os.PathLike[str], library_folder: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a pasted article kept in ``library_folder``'s pasted folder."""
    here = Path(os.path.abspath(path))
    return here.parent == Path(os.path.abspath(pasted_folder(library_folder)))


_KEPT_NAME = re.compile(r"^(\d{4}-\d\d-\d\d) (.+?)(?: \((\d+)\))?\.txt$", re.IGNORECASE)


def pasted_day(path: str | os.PathLike[str]) -> date | None:
    """The day a kept paste was pasted, read from its name (``2024-06-21 …``); ``None`` for a
    name that does not start with a day."""
    found = _KEPT_NAME.match(Path(path).name)
    if found is None:
        return None
    try:
        return date.fromisoformat(found.group(1))
    except ValueError:
        return None


def kept_title(path: str | os.PathLike[str]) -> str:
    """A kept paste's headline as its name holds it (without the day, the " (2)" and the
    extension): a readable label when the library cannot say its title."""
    found = _KEPT_NAME.match(Path(path).name)
    return found.group(2) if found else Path(path).stem


def _headline(analysis: Analysis) -> str:
    """The article's headline, ``""`` when it has none of its own."""
    if analysis.title_span is not None:
        start, end = analysis.title_span
        return analysis.text[start:end].strip()
    title = " ".join(analysis.title.split())
    return "" if title == UNTITLED else title


def pasted_text(analysis: Analysis, day: date) -> str:
    """The text file kept of ``analysis`` pasted on ``day``: a block of fields between ``---``
    lines (its headline, author, date, site and address where known, and the day), a blank
    line, then the text as the window showed it (:mod:`reader.loading.kept_paste`, which reads
    it back as the same article); ``\\n`` line ends, one at the end."""
    from reader.loading.kept_paste import PASTED_FIELD, kept_paste_text

    meta = analysis.metadata
    fields = {
        "title": analysis.title,  # as shown: "Pasted article" for a paste without a headline
        "author": meta.author,
        "date": meta.date,
        "site": meta.site_name,
        "url": meta.url,
        PASTED_FIELD: day.isoformat(),
    }
    return kept_paste_text(fields, analysis.text)


def pasted_name(analysis: Analysis, day: date, number: int = 1) -> str:
    """``"<day> <headline>.txt"`` (``" (<number>)"`` before the extension from 2), a name valid
    on every system; an article without a headline is named after its first words."""
    headline = _headline(analysis)
    if not headline:
        words = analysis.text.split()[:NAME_WORDS]
        headline = " ".join(words).rstrip(".,;:") + ("…" if len(words) == NAME_WORDS else "")
    suffix = f" ({number})" if number > 1 else ""
    return safe_filename(f"{day.isoformat()} {headline}", suffix=suffix, ext="txt")


def keep_pasted(
    analysis: Analysis, folder: str | os.PathLike[str], day: date | None = None
) -> Path:
    """Write the pasted ``analysis`` into ``folder`` (made if missing) and return the file.

    A file there already holding the same text is returned as it is. Raises
    :class:`~reader.export.SaveError` (a message for people) when the file cannot be written.
    """
    target = Path(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if os.path.lexists(target) and not target.is_dir():
            reason = "a file of that name is in the way"
        else:
            reason = (exc.strerror or "the system refused to make the folder").lower()
        raise SaveError(
            f"Could not keep the pasted article in {target}: {reason}. It stays open in its tab."
        ) from exc
    day = day or date.today()
    data = pasted_text(analysis, day)
    encoded = data.encode("utf-8")
    for number in range(1, MAX_NAMES + 1):
        path = target / pasted_name(analysis, day, number)
        if _holds(path, encoded):
            return path
        try:
            return write_atomic(path, data, overwrite=False)
        except SummaryExistsError:
            continue  # taken, perhaps a moment ago: the next name
    raise SaveError(f"Could not keep the pasted article: {target} holds too many of that name.")


def _holds(path: Path, encoded: bytes) -> bool:
    """Whether the file at ``path`` holds exactly ``encoded``."""
    try:
        if path.stat().st_size != len(encoded):
            return False
        return path.read_bytes() == encoded
    except OSError:
        return False


def remember_pasted(
    library: Library, analysis: Analysis, day: date | None = None
) -> tuple[Path, ArticleRow]:
    """Keep the pasted ``analysis`` as a file in the library's pasted folder and add that file
    to ``library`` as an opened article (as the window adds a file it opens). Returns the file
    and its row. :class:`~reader.errors.SaveError` when the file cannot be written."""
    from reader.library.indexing import add_opened

    path = keep_pasted(analysis, pasted_folder(library.path.parent), day)
    kept = analysis.with_changes(source=str(path), format="txt")
    return path, add_opened(library, path, kept)
