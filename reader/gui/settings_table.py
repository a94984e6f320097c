"""Every persistent setting, declared once: key, kind, default, allowed values and description.

This table is the only place a setting is described. :mod:`reader.gui.settings` reads and writes
through it (a stored value of the wrong kind or outside the allowed values reads as the
default), and the settings table in ``docs/user-guide.md`` is generated from it
(``python -m reader.gui.settings_doc``). To add a setting: add a :class:`Setting` here and to
:data:`SETTINGS`, give :class:`reader.gui.settings.Settings` a field for it, and regenerate the
docs. This module imports no Qt, so the docs can be generated without a display.

Kinds (how a value is stored in the INI file):

- ``bool``: ``true`` or ``false``;
- ``int``: a whole number from ``low`` to ``high``;
- ``choice``: one of ``choices``, or of the tuple named by ``choices_of`` (``"module:NAME"``,
  imported only when the setting is first read, for lists owned by modules that are slow to
  import);
- ``paths``: a list of file paths (in the order its description says), at most ``limit`` of them;
- ``sizes``: a list of ``limit`` positive whole numbers (pixels);
- ``geometry``: Qt's opaque window geometry (bytes), or nothing.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from typing import Any, Generic, TypeVar

from reader.summary.catalog import ALGORITHMS, DEFAULT_ALGORITHM

T = TypeVar("T")

KINDS = ("bool", "int", "choice", "paths", "sizes", "geometry")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: ``key`` in the INI file (``section/name``), its kind, default and limits."""

    key: str
    kind: str
    default: T
    description: str
    low: int | None = None
    high: int | None = None
    choices: tuple[str, ...] = ()
    choices_of: str = ""
    limit: int | None = None

    def allowed_choices(self) -> tuple[str, ...]:
        """The values a ``choice`` setting accepts (``choices_of`` is imported once)."""
        return _imported_choices(self.choices_of) if self.choices_of else self.choices


@cache
def _imported_choices(reference: str) -> tuple[str, ...]:
    """The tuple named by ``"module:NAME"``."""
    module, _, name = reference.partition(":")
    return tuple(str(value) for value in getattr(importlib.import_module(module), name))


# -- window ------------------------------------------------------------------------------------
GEOMETRY: Setting[object] = Setting(
    "window/geometry",
    "geometry",
    None,
    "The window's size and position when it was last closed.",
)
SIDE_SIZES: Setting[tuple[int, ...]] = Setting(
    "window/side_sizes",
    "sizes",
    (),
    "The widths of the article and of the side panels (drag the divider); "
    "empty means Reader's own proportions.",
    limit=2,
)
SINGLE_WINDOW: Setting[bool] = Setting(
    "window/single",
    "bool",
    True,
    "Whether `reader FILE` (or opening a file from the file manager) while Reader is open "
    "opens it in a tab of the open window; `false` opens a window of its own each time "
    "(as `reader --new-window FILE` does once).",
)

# -- summary -----------------------------------------------------------------------------------
ALGORITHM: Setting[str] = Setting(
    "summary/algorithm",
    "choice",
    DEFAULT_ALGORITHM,
    "The summariser (the Summary panel's menu).",
    choices=ALGORITHMS,
)
COUNT: Setting[int] = Setting(
    "summary/count",
    "int",
    0,
    "The summary's length in sentences (the Summary panel's length box); 0 is Auto: "
    "Reader chooses by the article's length.",
    low=0,
    high=30,
)

# -- view --------------------------------------------------------------------------------------
THEME: Setting[str] = Setting(
    "view/theme",
    "choice",
    "system",
    "View ▸ Theme: `system` follows the desktop's light or dark mode.",
    choices=("system", "light", "dark"),
)
ZOOM: Setting[int] = Setting(
    "view/zoom",
    "int",
    0,
    "The text size, in steps from the normal size (Ctrl++, Ctrl+-, Ctrl+0).",
    low=-5,
    high=10,
)
TINT_SUMMARY: Setting[bool] = Setting(
    "view/tint_summary",
    "bool",
    True,
    "Whether the summary sentences are tinted in the text (the Summary panel's Tint).",
)
HIGHLIGHT_SPEAKERS: Setting[bool] = Setting(
    "view/highlight_speakers",
    "bool",
    True,
    "Whether the speakers' names are coloured in the text (the Speakers panel's Highlight).",
)

# -- files -------------------------------------------------------------------------------------
RECENT_FILES: Setting[tuple[str, ...]] = Setting(
    "files/recent",
    "paths",
    (),
    "File ▸ Open Recent, newest first (File ▸ Open Recent ▸ Clear Menu empties it).",
    limit=10,
)
SAVE_FORMAT: Setting[str] = Setting(
    "files/save_format",
    "choice",
    "md",
    "The format of the last summary saved, proposed for the next one (Ctrl+S).",
    choices_of="reader.export:FORMATS",
)

# -- session ----------------------------------------------------------------------------------
RESTORE_TABS: Setting[bool] = Setting(
    "session/restore_tabs",
    "bool",
    True,
    "Whether the articles open in tabs when Reader closed open again when it starts (files "
    "given to `reader FILE...` open in tabs after them).",
)
OPEN_TABS: Setting[tuple[str, ...]] = Setting(
    "session/open_tabs",
    "paths",
    (),
    "The articles open in tabs when Reader last closed, in the tabs' order.",
    limit=100,
)
CURRENT_TAB: Setting[int] = Setting(
    "session/current_tab",
    "int",
    -1,
    "Which of `session/open_tabs` was shown when Reader closed (0 is the first); -1: the Library.",
    low=-1,
    high=99,
)

SETTINGS: tuple[Setting[Any], ...] = (
    GEOMETRY,
    SIDE_SIZES,
    SINGLE_WINDOW,
    ALGORITHM,
    COUNT,
    THEME,
    ZOOM,
    TINT_SUMMARY,
    HIGHLIGHT_SPEAKERS,
    RECENT_FILES,
    SAVE_FORMAT,
    RESTORE_TABS,
    OPEN_TABS,
    CURRENT_TAB,
)
