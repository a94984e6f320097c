"""The file dialogs, behind small functions that tests replace."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

#: Extensions of the formats Reader opens (the loader decides by content as well).
OPEN_FILTERS = (
    "Articles (*.txt *.text *.md *.markdown *.mdown *.mkd *.mkdn *.html *.htm *.xhtml *.xht"
    " *.shtml *.mhtml *.mht *.pdf)",
    "Plain text (*.txt *.text)",
    "Markdown (*.md *.markdown *.mdown *.mkd *.mkdn)",
    "Web pages (*.html *.htm *.xhtml *.xht *.shtml)",
    "Web archives (*.mhtml *.mht)",
    "PDF documents (*.pdf)",
    "All files (*)",
)
SAVE_FILTERS = {
    "md": "Markdown (*.md)",
    "txt": "Plain text (*.txt)",
    "html": "Web page (*.html)",
    "json": "JSON (*.json)",
}


def _is_folder(path: str | Path) -> bool:
    try:
        return bool(os.fspath(path)) and os.path.isdir(path)
    except (OSError, ValueError):
        return False


def documents_folder() -> Path:
    """The person's documents folder (QStandardPaths), or their home folder when there is none
    (no ~/Documents): a file dialog given a folder that does not exist would put its name in
    the file-name field, or start in the process's working folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if _is_folder(documents):
        return Path(documents)
    home = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
    return Path(home) if _is_folder(home) else Path.home()


def usable_folder(folder: str | Path | None) -> str:
    """``folder`` when it is an existing folder named in full, else :func:`documents_folder`
    (a relative name would be the process's working folder)."""
    if folder and os.path.isabs(folder) and _is_folder(folder):
        return os.fspath(folder)
    return str(documents_folder())


def usable_save_path(proposed: Path) -> Path:
    """``proposed``, moved to :func:`documents_folder` when its folder does not exist (or is
    not absolute: never the process's working folder)."""
    if proposed.is_absolute() and _is_folder(proposed.parent):
        return proposed
    return documents_folder() / proposed.name


def get_open_paths(parent: QWidget | None, folder: str) -> list[Path]:
    """Ask for articles to open, starting in ``folder`` (or the documents folder when it does
    not exist); an empty list when the person cancels."""
    names, _ = QFileDialog.getOpenFileNames(
        parent, "Open Articles", usable_folder(folder), ";;".join(OPEN_FILTERS)
    )
    return [Path(n) for n in names]


def get_save_path(parent: QWidget | None, proposed: Path) -> Path | None:
    """Ask where to save a summary, proposing ``proposed``; ``None`` when cancelled.

    A name typed without an extension gets the one of the chosen filter.
    """
    proposed = usable_save_path(proposed)
    ext = proposed.suffix.lstrip(".").lower()
    chosen_filter = SAVE_FILTERS.get(ext, SAVE_FILTERS["md"])
    name, selected = QFileDialog.getSaveFileName(
        parent, "Save Summary", str(proposed), ";;".join(SAVE_FILTERS.values()), chosen_filter
    )
    if not name:
        return None
    path = Path(name)
    if not path.suffix:
        for key, label in SAVE_FILTERS.items():
            if label == selected:
                path = path.with_suffix(f".{key}")
    return path
