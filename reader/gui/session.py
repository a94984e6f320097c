"""The tabs open when Reader closes, opened again when it starts (setting
``session/restore_tabs``, on by default).

The articles' files are remembered in the tabs' order (``session/open_tabs``) with the tab on
show (``session/current_tab``); each comes back at its reading position, which the library
keeps. Only articles that are files are remembered: a paste is remembered once the library has
kept it as a file, the welcome article and tabs that could not be opened are not. Files gone
since are skipped and named in one calm notice; those whose folder is gone as well (a drive
not mounted now) are still remembered, for a start when it is back. The window remembers its
tabs a moment after they change (opened, closed, moved, another one shown) and when it closes,
so a crash loses little. Only the tab on show is read at start; the others wait, under the
headline the library knows, until they are first shown (as browsers restore tabs), so that
many tabs cost nothing.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader.gui.resources import is_resource

if TYPE_CHECKING:
    from reader.gui.article_tab import ArticleTab
    from reader.gui.main_window import MainWindow

#: How many gone files the notice names before it says "and N more".
NAMED_GONE = 3


def remembered(tab: ArticleTab) -> bool:
    """Whether ``tab`` is remembered for the next start: a file, opened or still opening."""
    return tab.pasted is None and tab.error is None and not is_resource(tab.path)


def current_session(window: MainWindow) -> tuple[list[str], int]:
    """The files of ``window``'s remembered tabs in order, and the place of the tab on show
    among them (-1: the Library, or a tab that is not remembered)."""
    tabs = [tab for tab in window.article_tabs if remembered(tab)]
    shown = window.current_tab()
    current = tabs.index(shown) if shown in tabs else -1
    return [str(tab.path) for tab in tabs], current


def save_session(window: MainWindow) -> None:
    """Remember ``window``'s tabs in its settings."""
    paths, current = current_session(window)
    settings = window.settings
    settings.open_tabs = paths + [p for p in window.unreachable_tabs if p not in paths]
    settings.current_tab = current if current < len(settings.open_tabs) else -1


def restore_session(window: MainWindow, then_open: Sequence[str] = ()) -> list[ArticleTab]:
    """Open the remembered tabs in ``window`` in their order, the remembered one on show, then
    the files ``then_open`` (the command line's: the last of them is on show). Returns the
    remembered tabs opened again."""
    paths = window.settings.open_tabs
    wanted = window.settings.current_tab
    present = [p for p in paths if Path(p).is_absolute() and os.path.isfile(p)]
    # a file whose folder is not there either may be on a drive not mounted now: its tab is
    # kept for a later start; a file gone from a folder that is there is left out
    away = [p for p in paths if p not in present and Path(p).is_absolute()]
    window.unreachable_tabs = [p for p in away if not os.path.isdir(os.path.dirname(p))]
    gone = [p for p in paths if p not in present]
    shown = _shown(paths, wanted, present)
    # the tab on show is read at once; the others in the background, each when first shown
    tabs: dict[str, ArticleTab] = {}
    for path in present:
        if path not in tabs:
            tabs[path] = window.open_paths([path], background=path != shown)[0]
    restored = list(dict.fromkeys(tabs.values()))
    if restored:
        window.tabs.setCurrentWidget(tabs[shown] if shown is not None else window.home)
    if then_open:
        window.open_paths(then_open)
    left_out = [p for p in gone if p not in window.unreachable_tabs]
    notices = [gone_notice(left_out)] if left_out else []
    if window.unreachable_tabs:
        notices.append(away_notice(window.unreachable_tabs))
    if notices:
        window.message_bar.show_info(" ".join(notices))
    return restored


def _shown(paths: list[str], wanted: int, present: list[str]) -> str | None:
    """The file whose tab is on show: the remembered one, or when it is gone the next one
    still there (else the one before); ``None`` for the Library."""
    if not 0 <= wanted < len(paths):
        return None
    after = [p for p in paths[wanted:] if p in present]
    before = [p for p in paths[:wanted] if p in present]
    return after[0] if after else before[-1] if before else None


def _listed(paths: Sequence[str]) -> tuple[list[str], str]:
    names = [f"“{Path(p).name}”" for p in dict.fromkeys(paths)]
    listed = ", ".join(names[:NAMED_GONE])
    more = len(names) - NAMED_GONE
    if more > 0:
        listed += f" and {more} more"
    return names, listed


def away_notice(away: Sequence[str]) -> str:
    """The notice naming the files of remembered tabs whose folder is not there now."""
    names, listed = _listed(away)
    if len(names) == 1:
        return (
            f"{listed} is not there now, nor its folder (a drive not connected?): its tab "
            "will open again when it is."
        )
    return (
        f"{len(names)} articles are not there now, nor their folders ({listed}; a drive not "
        "connected?): their tabs will open again when they are."
    )


def gone_notice(gone: Sequence[str]) -> str:
    """The notice naming the files of remembered tabs that are no longer there."""
    names, listed = _listed(gone)
    if len(names) == 1:
        return f"{listed}, open when Reader last closed, is no longer there: its tab was left out."
    return (
        f"{len(names)} articles open when Reader last closed are no longer there ({listed}): "
        "their tabs were left out."
    )
