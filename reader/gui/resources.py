"""Where the welcome article, the icon and the ``.desktop`` file live."""

from __future__ import annotations

from pathlib import Path

WELCOME_FILE = "welcome.txt"
ICON_FILES = ("reader.svg", "reader.png")
PACKAGE = Path(__file__).resolve().parents[1]  # the ``reader`` package folder


def resources_dir() -> Path:
    """The resources folder: ``reader/_resources``, the copy a built package carries (setup.py
    puts it there), or the repository's ``resources`` folder beside the package in a source
    checkout or editable install."""
    candidates = (PACKAGE / "_resources", PACKAGE.parent / "resources")
    for folder in candidates:
        if (folder / WELCOME_FILE).is_file():
            return folder
    return candidates[-1]


def welcome_path() -> Path:
    """The welcome article shown when Reader starts without a file."""
    return resources_dir() / WELCOME_FILE


def icon_path() -> Path | None:
    """The application icon (SVG preferred), or ``None`` when it is not installed."""
    for name in ICON_FILES:
        path = resources_dir() / name
        if path.is_file():
            return path
    return None


def is_resource(path: str | Path) -> bool:
    """Whether ``path`` is one of Reader's own files (the welcome article)."""
    try:
        return Path(path).resolve().parent == resources_dir().resolve()
    except (OSError, RuntimeError, ValueError):  # RuntimeError: "Symlink loop" (Python <= 3.12)
        return False
