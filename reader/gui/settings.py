"""Persistent preferences (QSettings, INI format), read and written through the settings table.

Every setting is declared in :mod:`reader.gui.settings_table`; this module only stores and reads
them. A stored value of the wrong kind or outside the table's allowed values reads as the
setting's default; writing such a value raises ``ValueError``.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

from reader.gui.settings_table import (
    ALGORITHM,
    COUNT,
    CURRENT_TAB,
    GEOMETRY,
    HIGHLIGHT_SPEAKERS,
    OPEN_TABS,
    RECENT_FILES,
    RESTORE_TABS,
    SAVE_FORMAT,
    SIDE_SIZES,
    SINGLE_WINDOW,
    THEME,
    TINT_SUMMARY,
    ZOOM,
    Setting,
)

ORGANIZATION = "Reader"
APPLICATION = "Reader"
MAX_RECENT = RECENT_FILES.limit or 0
THEMES = THEME.choices

T = TypeVar("T")

_TRUE = ("true", "1", "yes", "on")
_FALSE = ("false", "0", "no", "off")


def checked_value(setting: Setting[Any], raw: object) -> Any:
    """``raw`` (as QSettings returns it: often a string from the INI file) as a value of
    ``setting``'s kind, or ``None`` when it is not one the table allows."""
    kind = setting.kind
    if kind == "bool":
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower() if isinstance(raw, (str, int)) else ""
        return True if text in _TRUE else False if text in _FALSE else None
    if kind == "int":
        number = _whole_number(raw)
        if number is None or (setting.low is not None and number < setting.low):
            return None
        return None if setting.high is not None and number > setting.high else number
    if kind == "choice":
        return raw if isinstance(raw, str) and raw in setting.allowed_choices() else None
    if kind in ("paths", "sizes"):  # QSettings gives a one-item list back as a plain string
        if not isinstance(raw, (str, int, list, tuple)):
            return None
        items: list[object] | tuple[object, ...] = [raw] if isinstance(raw, (str, int)) else raw
        if kind == "paths":
            return tuple(item for item in items if isinstance(item, str) and item)[: setting.limit]
        sizes = [_whole_number(item) for item in items]
        if len(sizes) != setting.limit or not all(s is not None and s > 0 for s in sizes):
            return None
        return tuple(sizes)
    if kind == "geometry":
        if isinstance(raw, QByteArray):
            return raw if not raw.isEmpty() else None
        return QByteArray(raw) if isinstance(raw, bytes) and raw else None
    raise ValueError(f"unknown kind of setting {kind!r} for {setting.key}")


def _whole_number(raw: object) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str):
        try:
            return int(raw.strip())
        except ValueError:
            return None
    return None


def _stored_form(setting: Setting[Any], value: Any) -> object:
    """What QSettings is given for a checked ``value``."""
    if setting.kind in ("paths", "sizes"):
        return list(value)
    return value


class Field(Generic[T]):
    """A typed attribute of :class:`Settings` backed by one table entry."""

    def __init__(self, setting: Setting[T]) -> None:
        self.setting = setting

    @overload
    def __get__(self, obj: None, owner: type) -> Field[T]: ...

    @overload
    def __get__(self, obj: Settings, owner: type) -> T: ...

    def __get__(self, obj: Settings | None, owner: type) -> Field[T] | T:
        return self if obj is None else obj.get(self.setting)

    def __set__(self, obj: Settings, value: T) -> None:
        obj.set(self.setting, value)


class Settings:
    """Typed access to Reader's preferences.

    Always an INI file in the user scope, so tests can redirect it with
    ``QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tmp_path)``.
    """

    algorithm = Field(ALGORITHM)
    count = Field(COUNT)  # summary length in sentences; 0 means "let the summariser choose"
    theme = Field(THEME)
    zoom = Field(ZOOM)
    tint_summary = Field(TINT_SUMMARY)
    highlight_speakers = Field(HIGHLIGHT_SPEAKERS)
    save_format = Field(SAVE_FORMAT)
    single_window = Field(SINGLE_WINDOW)
    restore_tabs = Field(RESTORE_TABS)
    current_tab = Field(CURRENT_TAB)  # index into open_tabs, -1 for the Library

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )

    def get(self, setting: Setting[T]) -> T:
        """The stored value of ``setting``, or its default when none is stored or it is bad."""
        raw = self.store.value(setting.key)
        value = None if raw is None else checked_value(setting, raw)
        return setting.default if value is None else value

    def set(self, setting: Setting[T], value: T) -> None:
        """Store ``value``; ``ValueError`` when the table does not allow it."""
        checked = checked_value(setting, value)
        if checked is None:
            raise ValueError(f"{value!r} is not an allowed value of the setting {setting.key}")
        self.store.setValue(setting.key, _stored_form(setting, checked))

    def reset(self, setting: Setting[Any]) -> None:
        """Forget ``setting``: it reads as its default again."""
        self.store.remove(setting.key)

    # -- window --------------------------------------------------------------------------------
    @property
    def geometry(self) -> QByteArray | None:
        value = self.get(GEOMETRY)
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.set(GEOMETRY, value)

    @property
    def side_sizes(self) -> list[int]:
        sizes: tuple[int, ...] = self.get(SIDE_SIZES)
        return list(sizes)

    @side_sizes.setter
    def side_sizes(self, sizes: list[int]) -> None:
        if checked_value(SIDE_SIZES, sizes) is None:
            self.reset(SIDE_SIZES)  # a collapsed panel: next time, Reader's own proportions
        else:
            self.set(SIDE_SIZES, tuple(sizes))

    # -- files ---------------------------------------------------------------------------------
    @property
    def recent_files(self) -> list[str]:
        files: tuple[str, ...] = self.get(RECENT_FILES)
        return list(files)

    def add_recent(self, path: str) -> None:
        files = [path] + [p for p in self.recent_files if p != path]
        self.set(RECENT_FILES, tuple(files))

    def clear_recent(self) -> None:
        self.set(RECENT_FILES, ())

    # -- session -------------------------------------------------------------------------------
    @property
    def open_tabs(self) -> list[str]:
        files: tuple[str, ...] = self.get(OPEN_TABS)
        return list(files)

    @open_tabs.setter
    def open_tabs(self, paths: list[str]) -> None:
        self.set(OPEN_TABS, tuple(paths))

    def sync(self) -> None:
        self.store.sync()
