"""Save summary (Ctrl+S): the proposed name, each format read back, refusals shown in the window."""

from __future__ import annotations

import json
import shutil

import pytest
from gui_helpers import open_and_wait

from reader.gui import dialogs


@pytest.fixture
def article(tmp_path, gui_files):
    path = tmp_path / "harbour.txt"
    shutil.copy(gui_files / "harbour.txt", path)
    return path


def test_the_dialog_proposes_title_summary_md_beside_the_article(
    window, qtbot, article, monkeypatch
):
    proposed = []
    monkeypatch.setattr(dialogs, "get_save_path", lambda parent, p: proposed.append(p))
    open_and_wait(qtbot, window, article)
    window.act_save.trigger()
    assert proposed == [article.parent / "Harbour town votes to keep its ferry – summary.md"]


@pytest.mark.parametrize("ext", ["txt", "md", "html", "json"])
def test_each_format_is_written_and_reads_back(window, qtbot, article, monkeypatch, ext):
    target = article.parent / f"out.{ext}"
    monkeypatch.setattr(dialogs, "get_save_path", lambda parent, p: target)
    tab = open_and_wait(qtbot, window, article)
    original = article.read_bytes()
    assert window.save_summary() == target
    content = target.read_text(encoding="utf-8")
    analysis = tab.analysis
    if ext == "json":
        data = json.loads(content)
        assert data["title"] == analysis.title
        assert data["summary"]["text"] == [" ".join(s.split()) for s in analysis.summary_texts]
        assert [s["name"] for s in data["speakers"]] == [s.name for s in analysis.speakers]
        assert data["language"] == "en"
    else:
        assert analysis.title in content
        assert analysis.summary.algorithm in content
        for sentence in analysis.summary_texts:
            words = " ".join(sentence.split())
            if ext == "html":
                words = words.replace('"', "&quot;")
            assert words.split()[0] in content
        for speaker in analysis.speakers:
            assert speaker.name in content
        assert article.name in content
    assert article.read_bytes() == original
    assert window.settings.save_format == ext
    assert "saved" in window.message_bar.label.text().lower()


def test_refuses_to_write_over_the_article(window, qtbot, article, monkeypatch):
    monkeypatch.setattr(dialogs, "get_save_path", lambda parent, p: article.with_suffix(".txt"))
    open_and_wait(qtbot, window, article)
    original = article.read_bytes()
    assert window.save_summary() is None
    assert article.read_bytes() == original
    assert window.message_bar.kind == "error"
    assert "article itself" in window.message_bar.label.text()


def test_an_unwritable_folder_is_reported(window, qtbot, article, monkeypatch, tmp_path):
    target = tmp_path / "no-such-folder" / "summary.md"
    monkeypatch.setattr(dialogs, "get_save_path", lambda parent, p: target)
    open_and_wait(qtbot, window, article)
    assert window.save_summary() is None
    assert window.message_bar.kind == "error"
    assert "summary.md" in window.message_bar.label.text()
    assert not target.exists()


def test_cancelling_the_dialog_writes_nothing(window, qtbot, article, monkeypatch):
    monkeypatch.setattr(dialogs, "get_save_path", lambda parent, p: None)
    open_and_wait(qtbot, window, article)
    before = sorted(article.parent.iterdir())
    assert window.save_summary() is None
    assert sorted(article.parent.iterdir()) == before


def test_the_welcome_article_proposes_a_documents_folder(window, qtbot, monkeypatch):
    proposed = []
    monkeypatch.setattr(dialogs, "get_save_path", lambda parent, p: proposed.append(p))
    with qtbot.waitSignal(window.analysis_ready, timeout=30_000):
        window.open_welcome()
    window.save_summary()
    from reader.gui.resources import resources_dir

    assert proposed and proposed[0].parent != resources_dir()
    assert proposed[0].name.endswith("– summary.md")
