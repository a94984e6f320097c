"""Saving and copying the summary: File ▸ Save Summary… (Ctrl+S) and Edit ▸ Copy Summary."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reader.errors import ReaderError
from reader.gui import dialogs
from reader.gui.library_hooks import is_kept_paste
from reader.gui.resources import is_resource

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow


def save_summary(window: MainWindow) -> Path | None:
    """Ctrl+S: ask where (proposing "<title> – summary.md" beside the article), then write."""
    from reader.export import default_summary_path, format_for_path
    from reader.export import save_summary as write_summary

    tab = window.current_tab()
    if tab is None or tab.analysis is None:
        window.statusBar().showMessage("Open an article to save its summary.", 5000)
        return None
    proposed = default_summary_path(tab.analysis, window.settings.save_format)
    if is_resource(tab.path) or tab.pasted is not None or is_kept_paste(window.library, tab.path):
        proposed = dialogs.documents_folder() / proposed.name  # or the home folder
    path = dialogs.get_save_path(window, proposed)
    if path is None:
        return None
    try:
        written = write_summary(tab.analysis, path)
    except ReaderError as exc:
        window.message_bar.show_error(str(exc))
        return None
    window.settings.save_format = format_for_path(written)
    window.message_bar.show_info(f"Summary saved to {written}")
    return written


def copy_summary(window: MainWindow) -> None:
    """Copy the summary of the article on show to the clipboard."""
    tab = window.current_tab()
    if tab is not None:
        tab.summary.copy()
