"""The system libraries Qt needs on Linux, and Reader's own words when one is missing.

PySide6 brings Qt itself, but Qt's window-system plugin for X11 (``xcb``) and Qt's GUI libraries
link to libraries of the system (libxcb-cursor, libxkbcommon-x11, libEGL, ...). When one is
missing, importing ``PySide6.QtGui`` fails with an ``ImportError``, or Qt aborts while creating
the application with "Could not load the Qt platform plugin "xcb" in "" even though it was
found". :func:`platform_problem` finds the second case before ``QApplication`` is created, by
loading the plugin the way Qt will (the libraries it loads are the ones Qt loads next, so the
normal start does not get slower); :func:`import_problem` explains the first. Both name the
missing library files (``ldd`` lists all of them) and, from ``data/qt_system_libraries.txt``,
the Debian/Ubuntu packages that hold them. Imports no Qt at module level.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Iterable, Sequence
from functools import cache
from importlib.util import find_spec
from pathlib import Path

PACKAGES_FILE = Path(__file__).with_name("data") / "qt_system_libraries.txt"
XCB_PLUGIN = "libqxcb.so"
LDD_TIMEOUT_S = 20

_CANNOT_OPEN = re.compile(r"([\w.+-]+\.so(?:\.[\w.]+)?): cannot open shared object file")
_NOT_FOUND = re.compile(r"^\s*(\S+\.so\S*) => not found", re.MULTILINE)


@cache
def debian_packages() -> dict[str, str]:
    """Library file name -> the Debian/Ubuntu package that holds it."""
    table: dict[str, str] = {}
    for line in PACKAGES_FILE.read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if len(fields) == 2:
            table[fields[0]] = fields[1]
    return table


def first_platform() -> str:
    """The window system Qt tries first: ``QT_QPA_PLATFORM``'s first choice, else ``wayland`` in
    a Wayland session and ``xcb`` (X11) otherwise."""
    forced = os.environ.get("QT_QPA_PLATFORM", "").strip()
    if forced:
        return forced.split(";")[0].split(":")[0].strip()
    wayland = os.environ.get("XDG_SESSION_TYPE") == "wayland" and os.environ.get("WAYLAND_DISPLAY")
    return "wayland" if wayland else "xcb"


def qt_folder() -> Path | None:
    """PySide6's ``Qt`` folder (plugins and libraries), found without importing PySide6."""
    spec = find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    return folder if folder.is_dir() else None


def xcb_plugins() -> list[Path]:
    """The xcb plugin files Qt may load, in Qt's order: ``QT_QPA_PLATFORM_PLUGIN_PATH``, the
    ``platforms`` folders of ``QT_PLUGIN_PATH``, then PySide6's own."""
    folders = [Path(p) for p in [os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH", "")] if p]
    for entry in os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep):
        if entry:
            folders.append(Path(entry) / "platforms")
    qt = qt_folder()
    if qt is not None:
        folders.append(qt / "plugins" / "platforms")
    return [folder / XCB_PLUGIN for folder in folders if (folder / XCB_PLUGIN).is_file()]


def load_error(path: Path) -> str | None:
    """Load the shared library ``path`` as Qt loads plugins (lazy binding), leaving it loaded for
    Qt; the loader's message when it cannot be loaded, else ``None``."""
    process = ctypes.CDLL(None)  # dlopen and dlerror, from the C library Python runs on
    process.dlopen.restype = ctypes.c_void_p
    process.dlopen.argtypes = (ctypes.c_char_p, ctypes.c_int)
    process.dlerror.restype = ctypes.c_char_p
    if process.dlopen(os.fsencode(path), os.RTLD_LAZY | os.RTLD_LOCAL):
        return None
    error = process.dlerror()
    return error.decode("utf-8", "replace") if error else f"{path}: cannot be loaded"


def unloadable(paths: Sequence[Path]) -> list[str]:
    """The loader's error for each of ``paths``, or ``[]`` as soon as one of them loads."""
    errors = []
    for path in paths:
        error = load_error(path)
        if error is None:
            return []
        errors.append(error)
    return errors


def missing_libraries(binaries: Iterable[Path], errors: Iterable[str] = ()) -> list[str]:
    """The library files ``binaries`` need that the system lacks, as ``ldd`` lists them (also
    the ones needed only through another missing one); without ``ldd``, the files named in the
    loader's ``errors``."""
    import shutil
    import subprocess

    found: list[str] = []
    ldd = shutil.which("ldd")
    for binary in binaries:
        if ldd is None:
            break
        try:
            done = subprocess.run(
                [ldd, str(binary)], capture_output=True, text=True, timeout=LDD_TIMEOUT_S
            )
        except (OSError, subprocess.SubprocessError):
            continue
        found.extend(_NOT_FOUND.findall(done.stdout))
    for error in errors:
        found.extend(_CANNOT_OPEN.findall(error))
    return list(dict.fromkeys(found))


def message(libraries: Sequence[str], what: str) -> str:
    """Reader's explanation for the missing ``libraries`` (``what`` failed), with the command
    that installs them on Debian and Ubuntu."""
    table = debian_packages()
    packages = list(dict.fromkeys(table[name] for name in libraries if name in table))
    unknown = [name for name in libraries if name not in table]
    lines = [
        f"Reader cannot open its window: {what} needs system libraries that are missing here:",
        "  " + (", ".join(libraries) if libraries else "(the loader did not say which)"),
    ]
    if packages:
        lines += ["On Debian or Ubuntu, install them with:"]
        lines += ["  sudo apt install " + " ".join(packages)]
        if unknown:
            lines.append("and the packages that provide " + ", ".join(unknown) + ".")
        lines.append("On other systems, install the packages that provide these files.")
    else:
        lines.append("Install the packages of your system that provide these files.")
    lines += [
        "Then start Reader again. To summarise articles without the window, use:",
        "  reader summarize FILE...",
    ]
    return "\n".join(lines) + "\n"


def platform_problem() -> str | None:
    """Reader's message when Qt's X11 plugin cannot load on this system, else ``None``.

    Only on Linux, when Qt would use X11; ``None`` also when the plugin cannot be found (Qt
    then explains itself) or when ``ldd`` says nothing is missing.
    """
    if not sys.platform.startswith("linux") or first_platform() != "xcb":
        return None
    plugins = xcb_plugins()
    errors = unloadable(plugins)
    if not errors:
        return None
    missing = missing_libraries(plugins, errors)
    return message(missing, "Qt's X11 plugin (xcb)") if missing else None


def import_problem(exc: ImportError) -> str | None:
    """Reader's message when ``exc`` (importing PySide6) comes from a missing system library."""
    if not sys.platform.startswith("linux") or not _CANNOT_OPEN.search(str(exc)):
        return None
    qt = qt_folder()
    binaries: list[Path] = []
    if qt is not None:
        binaries = sorted(qt.parent.glob("QtWidgets*.so"))
        binaries += xcb_plugins() if first_platform() == "xcb" else []
    missing = missing_libraries(binaries, [str(exc)])
    return message(missing, "Qt (the toolkit that draws it)")
