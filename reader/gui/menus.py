"""The window's actions and menus (File, Edit, View, Library, Help) with their shortcuts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow

Key = QKeySequence.StandardKey


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[[], object] | None = None,
    shortcuts: Sequence[str | QKeySequence.StandardKey] = (),
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:  # a platform's standard key may be one of the others
        key = QKeySequence(shortcut)
        if key not in keys:
            keys.append(key)
    if keys:
        action.setShortcuts(keys)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    if slot is not None:
        action.triggered.connect(slot)
    window.addAction(action)  # shortcuts work even with the menu bar hidden
    return action


def build_menus(window: MainWindow) -> None:
    """Create the actions as attributes of ``window`` (``act_open`` ...) and fill the menu bar."""
    w = window
    tabs = w.tab_manager
    view = w.view_settings
    w.act_open = _action(w, "&Open…", tabs.ask_open, [Key.Open], "Open articles")
    w.act_save = _action(w, "&Save Summary…", w.save_summary, [Key.Save], "Save the summary")
    # Ctrl+W everywhere (the standard Close key of some platforms is only Ctrl+F4)
    w.act_close_tab = _action(w, "&Close Tab", w.close_current_tab, [Key.Close, "Ctrl+W"])
    # as browsers: Ctrl+Tab and Ctrl+PgDown, Ctrl+Shift+Tab and Ctrl+PgUp, Alt+number
    w.act_next_tab = _action(w, "&Next Tab", tabs.next_tab, [Key.NextChild, "Ctrl+PgDown"])
    w.act_previous_tab = _action(
        w, "&Previous Tab", tabs.previous_tab, [Key.PreviousChild, "Ctrl+Shift+Tab", "Ctrl+PgUp"]
    )
    for number in range(1, 10):
        _action(w, f"Tab {number}", partial(tabs.go_to_tab, number), [f"Alt+{number}"])
    w.act_quit = _action(w, "&Quit", w.close, ["Ctrl+Q"])
    w.act_copy_summary = _action(w, "Copy S&ummary", w.copy_summary, ["Ctrl+Shift+C"])
    # Ctrl+V as well: a focused text field (the find bar) takes its own paste first
    w.act_paste = _action(
        w,
        "&Paste as Article",
        w.paste_article,
        ["Ctrl+Shift+V", Key.Paste],
        "Open the article on the clipboard in a new tab",
    )
    w.act_find = _action(w, "&Find…", w.open_find, [Key.Find])
    w.act_find_next = _action(w, "Find &Next", w.find_next, [Key.FindNext])
    w.act_find_previous = _action(w, "Find Pre&vious", w.find_previous, [Key.FindPrevious])
    w.act_zoom_in = _action(w, "Zoom &In", view.zoom_in, [Key.ZoomIn, "Ctrl+="])
    w.act_zoom_out = _action(w, "Zoom &Out", view.zoom_out, [Key.ZoomOut])
    w.act_zoom_reset = _action(w, "&Actual Size", view.zoom_reset, ["Ctrl+0"])
    w.act_tint = _action(w, "Tint", tip="Tint the summary sentences in the article")
    w.act_tint.setCheckable(True)
    w.act_tint.setChecked(w.settings.tint_summary)
    w.act_tint.toggled.connect(view.set_tint_summary)
    w.act_highlight = _action(w, "Highlight", tip="Highlight every mention of a speaker")
    w.act_highlight.setCheckable(True)
    w.act_highlight.setChecked(w.settings.highlight_speakers)
    w.act_highlight.toggled.connect(view.set_highlight_speakers)
    w.act_show_library = _action(
        w, "Show &Library", w.show_library, ["Ctrl+Shift+L"], "Every article you have saved"
    )
    w.act_add_folder = _action(
        w,
        "Add &Folder…",
        w.ask_add_folder,
        tip="Add a folder of saved articles and keep it up to date",
    )
    w.act_watched_folders = _action(w, "&Watched Folders…", w.manage_folders)
    w.act_check_folders = _action(w, "&Check Folders Now", w.library.sync)
    w.act_stop_adding = _action(w, "&Stop Adding", w.library.cancel)
    w.act_stop_adding.setEnabled(False)
    w.library.indexing_changed.connect(w.act_stop_adding.setEnabled)
    w.act_welcome = _action(w, "&Welcome Article", w.open_welcome)
    w.act_about = _action(w, "&About Reader", w.about)

    bar = w.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addAction(w.act_open)
    w.recent_menu = file_menu.addMenu("Open &Recent")
    w.recent_menu.aboutToShow.connect(w.fill_recent_menu)
    file_menu.addSeparator()
    file_menu.addAction(w.act_save)
    file_menu.addSeparator()
    file_menu.addAction(w.act_close_tab)
    file_menu.addAction(w.act_quit)

    edit_menu = bar.addMenu("&Edit")
    edit_menu.addAction(w.act_paste)
    edit_menu.addAction(w.act_copy_summary)
    edit_menu.addSeparator()
    for action in (w.act_find, w.act_find_next, w.act_find_previous):
        edit_menu.addAction(action)

    view_menu = bar.addMenu("&View")
    for action in (w.act_zoom_in, w.act_zoom_out, w.act_zoom_reset):
        view_menu.addAction(action)
    view_menu.addSeparator()
    w.act_tint.setText("Tint Summary in Text")
    w.act_highlight.setText("Highlight Speakers")
    w.act_tint.setIconText("Tint")  # the short label on the panels' buttons
    w.act_highlight.setIconText("Highlight")
    view_menu.addAction(w.act_tint)
    view_menu.addAction(w.act_highlight)
    view_menu.addSeparator()
    view_menu.addAction(w.act_next_tab)
    view_menu.addAction(w.act_previous_tab)
    view_menu.addSeparator()
    theme_menu = view_menu.addMenu("&Theme")
    group = QActionGroup(w)
    w.theme_actions = {}
    for key, label in (("system", "Follow &System"), ("light", "&Light"), ("dark", "&Dark")):
        action = QAction(label, w, checkable=True)
        action.setChecked(w.settings.theme == key)
        action.triggered.connect(lambda _=False, k=key: w.set_theme(k))
        group.addAction(action)
        theme_menu.addAction(action)
        w.theme_actions[key] = action

    library_menu = bar.addMenu("&Library")
    library_menu.addAction(w.act_show_library)
    library_menu.addSeparator()
    for action in (w.act_add_folder, w.act_watched_folders, w.act_check_folders):
        library_menu.addAction(action)
    library_menu.addAction(w.act_stop_adding)

    help_menu = bar.addMenu("&Help")
    help_menu.addAction(w.act_welcome)
    help_menu.addAction(w.act_about)
