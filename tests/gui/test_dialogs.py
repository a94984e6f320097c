"""The file dialogs' wrappers: filters for every format, extensions from the chosen filter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from reader.gui import dialogs


def test_open_filter_lists_every_extension_the_loader_knows():
    from reader.loading import sniffing

    known = (set(sniffing.HTML_EXTENSIONS) | set(sniffing.MARKDOWN_EXTENSIONS) | {".txt"}) | set(
        getattr(sniffing, "MHTML_EXTENSIONS", ())
    )
    articles = dialogs.OPEN_FILTERS[0]
    missing = [ext for ext in sorted(known) if f"*{ext}" not in articles.split("(")[1]]
    assert not missing


def test_open_returns_paths_and_nothing_when_cancelled(monkeypatch, tmp_path):
    answers = iter([([str(tmp_path / "a.txt"), str(tmp_path / "b.html")], ""), ([], "")])
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: next(answers))
    assert dialogs.get_open_paths(None, str(tmp_path)) == [tmp_path / "a.txt", tmp_path / "b.html"]
    assert dialogs.get_open_paths(None, str(tmp_path)) == []


def test_save_adds_the_extension_of_the_chosen_filter(monkeypatch, tmp_path):
    calls = []

    def fake(parent, caption, proposed, filters, selected):
        calls.append((proposed, selected))
        return str(tmp_path / "notes"), dialogs.SAVE_FILTERS["json"]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    assert dialogs.get_save_path(None, tmp_path / "T – summary.txt") == tmp_path / "notes.json"
    assert calls == [(str(tmp_path / "T – summary.txt"), dialogs.SAVE_FILTERS["txt"])]


def test_save_keeps_a_typed_extension_and_reports_cancel(monkeypatch, tmp_path):
    answers = iter([(str(tmp_path / "x.html"), dialogs.SAVE_FILTERS["md"]), ("", "")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: next(answers))
    assert dialogs.get_save_path(None, Path("a.md")) == tmp_path / "x.html"
    assert dialogs.get_save_path(None, Path("a.md")) is None


def test_without_a_documents_folder_the_dialogs_start_at_home(monkeypatch, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs there
    assert not (home / "Documents").exists()
    assert dialogs.documents_folder() == home
    opened = []
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        lambda parent, cap, folder, filters: opened.append(folder) or ([], ""),
    )
    dialogs.get_open_paths(None, str(home / "Documents"))
    dialogs.get_open_paths(None, ".")  # a pasted article's "folder": not the working folder
    assert opened == [str(home), str(home)]
    saved = []

    def fake_save(parent, caption, proposed, filters, selected):
        saved.append(proposed)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    dialogs.get_save_path(None, Path("T – summary.md"))  # relative: never the working folder
    dialogs.get_save_path(None, home / "gone" / "T – summary.md")
    assert saved == [str(home / "T – summary.md")] * 2
    (home / "Documents").mkdir()
    assert dialogs.documents_folder() == home / "Documents"
