"""File ▸ Open Recent: the articles opened last, filled each time the menu opens (a file by its
name, a pasted article kept in the library by its headline; files gone since are greyed)."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from reader.gui.library_hooks import kept_paste_day, known_title

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow


def _exists(name: str) -> bool:
    """Whether ``name`` exists; ``False`` for a name the system refuses (a NUL, no permission)."""
    return os.path.exists(name)  # unlike Path.exists, never raises


def recent_label(window: MainWindow, name: str) -> tuple[str, str]:
    """The label and tooltip of ``name`` in File ▸ Open Recent: a file's name, or a kept
    paste's headline (as the library knows it, else as its file name holds it)."""
    path = Path(name)
    day = kept_paste_day(window.library, path)
    if day is None:
        return path.name, name
    from reader.library.pasted import kept_title
    from reader.loading.plain_text import title_from_filename
    from reader.readable import readable_date

    title = known_title(window.library, path)
    if title in ("", title_from_filename(name)):  # no headline: its first words
        title = kept_title(path)
    return title, f"Pasted on {readable_date(day.isoformat())}, kept in your library as\n{name}"


def fill_recent_menu(window: MainWindow) -> None:
    """Fill ``window.recent_menu`` from the recent files of its settings."""
    menu = window.recent_menu
    menu.clear()
    # relative names (saved by older versions) cannot be found again from another folder
    files = [name for name in window.settings.recent_files if Path(name).is_absolute()]
    for name in files:
        label, tip = recent_label(window, name)
        action = menu.addAction(label.replace("&", "&&"), partial(window.open_paths, [name]))
        action.setToolTip(tip)
        action.setEnabled(_exists(name))
    if files:
        menu.addSeparator()
        menu.addAction("Clear Menu", window.settings.clear_recent)
    else:
        menu.addAction("No recent articles").setEnabled(False)
