"""A missing system library gets Reader's own message, naming the files and the packages.

The missing library is simulated for real: a copy of Qt's xcb plugin whose list of needed
libraries names one that no system has (same length, so the file stays a valid ELF object).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.gui import qt_libraries

ROOT = Path(__file__).resolve().parents[2]
LINUX_XCB = sys.platform.startswith("linux") and qt_libraries.qt_folder() is not None
needs_xcb = pytest.mark.skipif(
    not LINUX_XCB or not (qt_libraries.qt_folder() / "plugins/platforms/libqxcb.so").is_file(),
    reason="Qt's xcb plugin exists on Linux only",
)
REAL = b"libxcb-cursor.so.0\0"
ABSENT = b"libxcb-cursor.so.9\0"  # a version no system has


def broken_qt(tmp_path: Path) -> Path:
    """A ``Qt`` folder whose xcb plugin needs ``libxcb-cursor.so.9``; its libraries are the real
    ones (the plugin finds them through its run path ``$ORIGIN/../../lib``)."""
    real = qt_libraries.qt_folder()
    assert real is not None
    folder = tmp_path / "Qt"
    (folder / "plugins" / "platforms").mkdir(parents=True)
    (folder / "lib").symlink_to(real / "lib")
    data = (real / "plugins" / "platforms" / "libqxcb.so").read_bytes()
    assert data.count(REAL) == 1
    (folder / "plugins" / "platforms" / "libqxcb.so").write_bytes(data.replace(REAL, ABSENT))
    return folder


def test_the_table_names_a_package_for_each_library_the_window_needs():
    table = qt_libraries.debian_packages()
    expected = {
        "libxcb-cursor.so.0": "libxcb-cursor0",
        "libxcb-icccm.so.4": "libxcb-icccm4",
        "libxcb-keysyms.so.1": "libxcb-keysyms1",
        "libxcb-shape.so.0": "libxcb-shape0",
        "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
        "libEGL.so.1": "libegl1",
        "libGL.so.1": "libgl1",
        "libfontconfig.so.1": "libfontconfig1",
        "libglib-2.0.so.0": "libglib2.0-0",
        "libdbus-1.so.3": "libdbus-1-3",
    }
    assert {name: table.get(name) for name in expected} == expected


def test_the_message_names_files_and_one_apt_command():
    text = qt_libraries.message(
        ["libxcb-cursor.so.0", "libxcb-image.so.0", "libxcb-util.so.1", "libodd.so.3"], "Qt's X11"
    )
    assert "libxcb-cursor.so.0, libxcb-image.so.0, libxcb-util.so.1, libodd.so.3" in text
    assert "  sudo apt install libxcb-cursor0 libxcb-image0 libxcb-util1\n" in text
    assert "provide libodd.so.3" in text
    assert "reader summarize FILE" in text and "Traceback" not in text


@pytest.mark.parametrize(
    ("env", "platform"),
    [
        ({}, "xcb"),
        ({"QT_QPA_PLATFORM": "offscreen"}, "offscreen"),
        ({"QT_QPA_PLATFORM": "xcb;wayland"}, "xcb"),
        ({"QT_QPA_PLATFORM": "wayland:nodecoration"}, "wayland"),
        ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "wayland"),
        ({"XDG_SESSION_TYPE": "x11", "WAYLAND_DISPLAY": "wayland-0"}, "xcb"),
    ],
)
def test_first_platform_follows_qt(monkeypatch, env, platform):
    for name in ("QT_QPA_PLATFORM", "XDG_SESSION_TYPE", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert qt_libraries.first_platform() == platform


@needs_xcb
def test_a_working_plugin_is_no_problem(monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    assert qt_libraries.platform_problem() is None


def _x11(monkeypatch) -> None:
    for name in ("QT_QPA_PLATFORM", "XDG_SESSION_TYPE", "QT_PLUGIN_PATH"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM_PLUGIN_PATH", raising=False)


@needs_xcb
def test_a_plugin_that_cannot_load_is_explained(monkeypatch, tmp_path):
    folder = broken_qt(tmp_path)
    monkeypatch.setattr(qt_libraries, "qt_folder", lambda: folder)
    _x11(monkeypatch)
    plugin = folder / "plugins" / "platforms" / "libqxcb.so"
    assert qt_libraries.missing_libraries([plugin]) == ["libxcb-cursor.so.9"]
    text = qt_libraries.platform_problem()
    assert text is not None
    assert text.startswith("Reader cannot open its window: Qt's X11 plugin (xcb) needs")
    assert "libxcb-cursor.so.9" in text


@needs_xcb
def test_qt_falls_back_from_the_plugin_path_to_its_own_plugins_and_so_does_the_check(
    monkeypatch, tmp_path
):
    broken = broken_qt(tmp_path) / "plugins" / "platforms"
    _x11(monkeypatch)
    monkeypatch.setenv("QT_QPA_PLATFORM_PLUGIN_PATH", str(broken))
    assert qt_libraries.xcb_plugins()[0] == broken / "libqxcb.so"
    assert qt_libraries.platform_problem() is None


@needs_xcb
def test_without_ldd_the_loader_error_names_the_library(monkeypatch, tmp_path):
    folder = broken_qt(tmp_path)
    plugin = folder / "plugins" / "platforms" / "libqxcb.so"
    errors = qt_libraries.unloadable([plugin])
    assert errors and "libxcb-cursor.so.9" in errors[0]
    monkeypatch.setattr("shutil.which", lambda name: None)
    assert qt_libraries.missing_libraries([plugin], errors) == ["libxcb-cursor.so.9"]


def test_an_import_error_for_a_shared_library_is_explained():
    exc = ImportError(
        "libxkbcommon.so.0: cannot open shared object file: No such file or directory"
    )
    text = qt_libraries.import_problem(exc)
    if not sys.platform.startswith("linux"):
        assert text is None
        return
    assert text is not None and "libxkbcommon.so.0" in text
    assert "sudo apt install libxkbcommon0" in text
    assert qt_libraries.import_problem(ImportError("No module named 'PySide6'")) is None


def _run(code: str, env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND", "XDG_"))}
    clean.update(env, XDG_CONFIG_HOME=str(tmp_path / "config"))
    return subprocess.run(
        [sys.executable, "-c", code],
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


@needs_xcb
def test_the_reader_command_says_which_libraries_to_install(tmp_path):
    folder = broken_qt(tmp_path)
    code = (
        "from pathlib import Path\n"
        "from reader.gui import qt_libraries\n"
        f"qt_libraries.qt_folder = lambda: Path({str(folder)!r})\n"
        "from reader.cli import main\n"
        "raise SystemExit(main(['article.txt']))\n"
    )
    done = _run(code, {"DISPLAY": ":97"}, tmp_path)  # fails before any display is opened
    assert done.returncode == 2, done.stderr
    assert "Reader cannot open its window" in done.stderr
    assert "libxcb-cursor.so.9" in done.stderr
    assert "qt.qpa" not in done.stderr and "Traceback" not in done.stderr


def test_a_qt_that_cannot_be_imported_is_explained_too(tmp_path):
    fake = tmp_path / "fake" / "PySide6"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("", encoding="utf-8")
    error = "libglib-2.0.so.0: cannot open shared object file: No such file or directory"
    (fake / "QtCore.py").write_text(f"raise ImportError({error!r})\n", encoding="utf-8")
    code = (
        f"import sys; sys.path.insert(0, {str(fake.parent)!r})\n"
        "from reader.cli import main\n"
        "raise SystemExit(main(['article.txt']))\n"
    )
    done = _run(code, {"DISPLAY": ":97"}, tmp_path)
    if not sys.platform.startswith("linux"):
        pytest.skip("the library names are Linux's")
    assert done.returncode == 2, done.stderr
    assert "libglib-2.0.so.0" in done.stderr and "sudo apt install libglib2.0-0" in done.stderr
    assert "Traceback" not in done.stderr
