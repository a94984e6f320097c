"""Persistent preferences (QSettings, INI format): geometry, summary, theme, zoom, recent files."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Reader"
APPLICATION = "Reader"
MAX_RECENT = 10
THEMES = ("system", "light", "dark")
SAVE_FORMATS = ("md", "txt", "html", "json")


class Settings:
    """Typed access to Reader's preferences.

    Always an INI file in the user scope, so tests can redirect it with
    ``QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tmp_path)``.
    """

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )

    # -- helpers -------------------------------------------------------------------------------
    def _str(self, key: str, default: str) -> str:
        value = self.store.value(key, default)
        return value if isinstance(value, str) else default

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(self.store.value(key, default))
        except (TypeError, ValueError):
            return default
        return min(max(value, low), high)

    def _bool(self, key: str, default: bool) -> bool:
        value = self.store.value(key, default)
        if isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        return bool(value)

    # -- window --------------------------------------------------------------------------------
    @property
    def geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.store.setValue("window/geometry", value)

    @property
    def side_sizes(self) -> list[int]:
        value = self.store.value("window/side_sizes", [])
        try:
            sizes = [int(v) for v in (value if isinstance(value, list) else [value])]
        except (TypeError, ValueError):
            return []
        return sizes if len(sizes) == 2 and all(s > 0 for s in sizes) else []

    @side_sizes.setter
    def side_sizes(self, sizes: list[int]) -> None:
        self.store.setValue("window/side_sizes", [int(s) for s in sizes])

    # -- summary -------------------------------------------------------------------------------
    @property
    def algorithm(self) -> str:
        from reader.summary import ALGORITHMS, DEFAULT_ALGORITHM

        value = self._str("summary/algorithm", DEFAULT_ALGORITHM)
        return value if value in ALGORITHMS else DEFAULT_ALGORITHM

    @algorithm.setter
    def algorithm(self, value: str) -> None:
        self.store.setValue("summary/algorithm", value)

    @property
    def count(self) -> int:
        """Summary length in sentences; 0 means "let the summariser choose"."""
        return self._int("summary/count", 0, 0, 50)

    @count.setter
    def count(self, value: int) -> None:
        self.store.setValue("summary/count", int(value))

    # -- view ----------------------------------------------------------------------------------
    @property
    def theme(self) -> str:
        value = self._str("view/theme", "system")
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self.store.setValue("view/theme", value)

    @property
    def zoom(self) -> int:
        return self._int("view/zoom", 0, -5, 10)

    @zoom.setter
    def zoom(self, value: int) -> None:
        self.store.setValue("view/zoom", int(value))

    @property
    def tint_summary(self) -> bool:
        return self._bool("view/tint_summary", True)

    @tint_summary.setter
    def tint_summary(self, value: bool) -> None:
        self.store.setValue("view/tint_summary", bool(value))

    @property
    def highlight_speakers(self) -> bool:
        return self._bool("view/highlight_speakers", True)

    @highlight_speakers.setter
    def highlight_speakers(self, value: bool) -> None:
        self.store.setValue("view/highlight_speakers", bool(value))

    # -- files ---------------------------------------------------------------------------------
    @property
    def recent_files(self) -> list[str]:
        value = self.store.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [v for v in value if isinstance(v, str) and v][:MAX_RECENT]

    def add_recent(self, path: str) -> None:
        files = [path] + [p for p in self.recent_files if p != path]
        self.store.setValue("files/recent", files[:MAX_RECENT])

    def clear_recent(self) -> None:
        self.store.setValue("files/recent", [])

    @property
    def save_format(self) -> str:
        value = self._str("files/save_format", "md")
        return value if value in SAVE_FORMATS else "md"

    @save_format.setter
    def save_format(self, value: str) -> None:
        if value in SAVE_FORMATS:
            self.store.setValue("files/save_format", value)

    def sync(self) -> None:
        self.store.sync()
