"""Start-up: the window paints before any heavy NLP module is imported; resources are present."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

from reader.gui.resources import icon_path, resources_dir, welcome_path

HEAVY = ("sumy", "nltk", "trafilatura", "lxml", "langdetect", "numpy", "scipy", "punkt")
PROBE = f"""
import sys
from reader.cli import main
code = main([])
heavy = sorted(m for m in {HEAVY!r} if m in sys.modules)
print("heavy", ",".join(heavy) or "-")
raise SystemExit(code)
"""


def test_first_paint_comes_before_heavy_imports(tmp_path):
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        READER_STARTUP_PROBE="1",
        XDG_CONFIG_HOME=str(tmp_path),  # never the user's settings
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split("\n")
    paint = next(line for line in lines if line.startswith("first-paint "))
    assert float(paint.split()[1]) > 0
    assert "heavy -" in lines, done.stdout


def test_resources_are_shipped():
    assert welcome_path().is_file()
    assert icon_path() is not None and icon_path().suffix == ".svg"
    assert (resources_dir() / "reader.png").is_file()
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str
    desktop.read(resources_dir() / "reader.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Exec"].split()[0] == "reader"
    assert entry["Icon"] == "reader" and entry["Type"] == "Application"
    assert "text/html" in entry["MimeType"]


def test_without_a_display_it_says_what_to_do_instead(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["XDG_CONFIG_HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "reader", "article.txt"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 2, done.stderr
    assert "needs a graphical display" in done.stderr
    assert "reader summarize FILE" in done.stderr
    assert "qt.qpa" not in done.stderr.lower() and "Traceback" not in done.stderr


def test_unknown_options_are_refused_not_opened(capsys):
    from reader.gui.app import main

    assert main(["--bogus", "article.txt"]) == 2
    err = capsys.readouterr().err
    assert "--bogus" in err and err.startswith("usage: reader")


def test_help_names_the_files_and_the_summarize_command(capsys):
    from reader.gui.app import main, parse_files

    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: reader") and "FILE" in out and "reader summarize" in out
    assert parse_files(["a.txt", "--", "--odd-name.txt"]) == ["a.txt", "--odd-name.txt"]


def test_exit_flush_survives_pythonw_without_stdout(monkeypatch):
    from reader.gui import app

    monkeypatch.setattr(sys, "stdout", None)  # pythonw: no console streams
    monkeypatch.setattr(sys, "stderr", None)
    app.flush_output()  # must not raise AttributeError


def test_a_closed_stdout_does_not_stop_the_exit_flush(monkeypatch, tmp_path):
    from reader.gui import app

    stream = (tmp_path / "out.txt").open("w")
    stream.close()
    monkeypatch.setattr(sys, "stdout", stream)
    app.flush_output()  # ValueError: I/O operation on closed file, suppressed


def test_an_installed_package_reads_its_own_copy_of_the_resources(monkeypatch, tmp_path):
    from reader.gui import resources

    package = tmp_path / "site-packages" / "reader"
    folder = package / "_resources"
    folder.mkdir(parents=True)
    (folder / "welcome.txt").write_text("Welcome\n\nHello.\n", encoding="utf-8")
    (folder / "reader.svg").write_text("<svg/>", encoding="utf-8")
    monkeypatch.setattr(resources, "PACKAGE", package)  # no resources/ folder beside it
    assert resources.resources_dir() == folder
    assert resources.welcome_path() == folder / "welcome.txt"
    assert resources.icon_path() == folder / "reader.svg"
    assert resources.is_resource(folder / "welcome.txt")
    assert not resources.is_resource(tmp_path / "welcome.txt")


def test_a_checkout_reads_the_repository_resources():
    from reader.gui import resources

    assert resources.resources_dir() == Path(__file__).resolve().parents[2] / "resources"


def _smoke_test(tmp_path, *files):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", READER_SMOKE_TEST="1")
    env["XDG_CONFIG_HOME"] = str(tmp_path)
    return subprocess.run(
        [sys.executable, "-m", "reader", *files],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=tmp_path,
    )


def test_the_smoke_test_opens_the_welcome_article_and_checks_the_icon(tmp_path):
    done = _smoke_test(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "smoke-test ok: “Reader, a calm desk" in done.stdout
    assert "reader.svg renders at 64 px" in done.stdout


def test_the_smoke_test_fails_when_the_article_does_not_open(tmp_path):
    done = _smoke_test(tmp_path, str(tmp_path / "missing.txt"))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "smoke-test FAILED: Reader could not find “missing.txt”" in done.stdout


def test_the_smoke_test_checks_the_welcome_article_when_the_library_has_articles(tmp_path, files):
    # Started without files, the window shows a library that holds articles instead of the
    # welcome article; the smoke test must still open and check the welcome article (it once
    # waited two minutes for an article that never came on a machine whose library was full).
    added = subprocess.run(
        [sys.executable, "-m", "reader", "library", "add", "-q", str(files / "cli")],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert added.returncode == 0, added.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "reader", "library", "list", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert listed.stdout.strip(), "the library should hold the added articles"
    done = _smoke_test(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "smoke-test ok: “Reader, a calm desk" in done.stdout


def test_new_window_is_an_option_and_the_setting_turns_the_hand_over_off(monkeypatch):
    from reader.gui.app import build_parser, wants_single_window
    from reader.gui.settings import Settings

    options = build_parser().parse_args(["--new-window", "a.txt"])
    assert options.new_window and options.files == ["a.txt"]
    monkeypatch.delenv("READER_SMOKE_TEST", raising=False)
    assert wants_single_window(False)
    assert not wants_single_window(True)
    monkeypatch.setenv("READER_SMOKE_TEST", "1")
    assert not wants_single_window(False)
    monkeypatch.delenv("READER_SMOKE_TEST")
    Settings().single_window = False
    assert not wants_single_window(False)
