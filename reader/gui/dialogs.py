"""The file dialogs, behind small functions that tests replace."""

from __future__ import annotations

from pathlib import Path

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


def get_open_paths(parent: QWidget | None, folder: str) -> list[Path]:
    """Ask for articles to open; an empty list when the person cancels."""
    names, _ = QFileDialog.getOpenFileNames(
        parent, "Open Articles", folder, ";;".join(OPEN_FILTERS)
    )
    return [Path(n) for n in names]


def get_save_path(parent: QWidget | None, proposed: Path) -> Path | None:
    """Ask where to save a summary, proposing ``proposed``; ``None`` when cancelled.

    A name typed without an extension gets the one of the chosen filter.
    """
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
