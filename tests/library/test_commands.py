"""``reader library``: add, list, search, people, export, forget on the command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reader.export import render
from reader.library.commands import library_command
from reader.library.store import Library


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = library_command(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def added(articles: Path) -> Path:
    code, _out, err = run("add", str(articles), "--jobs", "1", "-q")
    assert code == 0 and "Added 4 articles." in err
    return articles


def test_add_lists_files_that_fail_and_says_what_it_did(articles: Path) -> None:
    (articles / "empty.txt").write_text("", encoding="utf-8")
    code, out, err = run("add", str(articles), str(articles / "gone.txt"), "-q")
    assert code == 1 and out == ""
    assert "reader: “empty.txt” is empty" in err or "empty.txt" in err
    assert f"reader: There is no file or folder “{articles / 'gone.txt'}”." in err
    assert "No such file" not in err
    assert "Added 4 articles; 1 file could not be read." in err  # the empty one


def test_adding_only_missing_paths_says_so_and_nothing_else(library_folder: Path) -> None:
    code, out, err = run("add", "/nonexistent", "-q")
    assert (code, out, err) == (1, "", "reader: There is no file or folder “/nonexistent”.\n")


def test_an_empty_library_says_so_on_stderr_for_text_only(library_folder: Path) -> None:
    code, out, err = run("list")
    assert code == 0 and out == ""
    assert err.startswith("reader: the library is empty") and err.count("\n") == 1
    assert run("list", "--format", "json") == (0, "", "")  # JSON Lines: nothing, cleanly


def test_a_filter_that_matches_nothing_says_so(added: Path) -> None:
    code, out, err = run("list", "--language", "xx")
    assert (code, out, err) == (0, "", "reader: no article in the library matches.\n")


@pytest.mark.parametrize("below", ["", "sub"])
def test_a_library_folder_that_is_a_file_is_named_as_such(
    tmp_path: Path, monkeypatch, below: str
) -> None:
    a_file = tmp_path / "passwd"
    a_file.write_text("root:x:0:0\n", encoding="utf-8")
    monkeypatch.setenv("READER_LIBRARY_DIR", str(a_file / below) if below else str(a_file))
    code, out, err = run("list")
    assert code == 1 and out == ""
    assert f"{a_file} is a file" in err and "File exists" not in err
    assert err.count("\n") == 1


def test_list_as_text_and_json(added: Path) -> None:
    code, out, _ = run("list")
    assert code == 0 and out.count("\n    /") == 4 and "(unread)" in out
    code, out, _ = run("list", "--format", "json", "--sort", "title")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["title"][:5] for r in rows] == ["A lib", "Ferry", "Stadt", "Valle"]
    assert {"path", "title", "site", "date", "language", "words", "reading_minutes"} <= set(rows[0])
    assert rows[3]["site"] == "Valley Courier" and rows[3]["date"] == "2023-06-14"


def test_list_filters(added: Path) -> None:
    _, out, _ = run("list", "--format", "json", "--language", "de")
    assert [json.loads(x)["language"] for x in out.splitlines()] == ["de"]
    _, out, _ = run("list", "--format", "json", "--speaker", "Okafor")
    assert len(out.splitlines()) == 2
    _, out, _ = run("list", "--read")
    assert out == ""


def test_search_json_lines_with_paths_and_snippets(added: Path) -> None:
    code, out, _ = run("search", "sheep graze", "--format", "json")
    (hit,) = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and hit["path"] == str(added / "solar-farm.html")
    a, b = hit["matches"][0]
    assert hit["snippet"][a:b] == "sheep"


def test_search_as_text_marks_the_matches(added: Path) -> None:
    _, out, _ = run("search", "rota")
    assert "«rota»" in out and str(added / "ferry-strike.txt") in out
    code, out, err = run("search", "volcano")
    assert code == 1 and out == "" and "nothing in the library matches" in err
    assert run("search", "volcano", "--format", "json") == (1, "", "")
    code, out, err = run("search", "--speaker", "Nobody Here")
    assert code == 1 and out == "" and "nothing in the library matches" in err


def test_nothing_found_exits_1_for_search_export_and_people_alike(
    added: Path, tmp_path: Path
) -> None:
    out_dir = tmp_path / "out"
    code, out, err = run("export", "nothingmatches", "--format", "md", "-o", str(out_dir))
    assert (code, out) == (1, "") and "no file was written" in err
    assert list(out_dir.iterdir()) == []
    assert run("search", "nothingmatches")[0] == 1
    assert run("people", "Nothingmatches")[0] == 1
    assert run("list", "--site", "nothingmatches")[0] == 0  # a listing may be empty


@pytest.mark.parametrize("fmt", ["md", "txt", "html", "json"])
def test_export_without_a_folder_prints_the_summaries(added: Path, fmt: str) -> None:
    code, out, err = run("export", "okafor", "--format", fmt)
    assert code == 0 and err == ""
    with Library() as library:
        ferry = library.analysis(str(added / "ferry-strike.txt"))
    if fmt == "json":
        objects = [json.loads(line) for line in out.splitlines()]
        assert len(objects) == 2
        assert ferry.summary_texts[0] in [o["summary"]["text"][0] for o in objects]
    elif fmt == "html":
        assert out.count("<article") == 2 and out.count("<html") == 1
        assert out.rstrip().endswith("</html>")
    else:
        separator = {"md": "\n---\n", "txt": "\n* * *\n"}[fmt]
        assert out.count(separator) == 1
        assert render(ferry, fmt, when="WHEN").splitlines()[0] in out.splitlines()
    default = run("export", "okafor")[1]  # Markdown without --format
    assert default.startswith("# ") and "\n---\n" in default


def test_search_by_speaker(added: Path) -> None:
    _, out, _ = run("search", "said", "--speaker", "Tom Hale", "--format", "json")
    assert sorted(Path(json.loads(x)["path"]).name for x in out.splitlines()) == [
        "ferry-strike.txt",
        "solar-farm.html",
    ]
    _, out, _ = run("search", "--speaker", "weber", "--format", "json")
    assert [Path(json.loads(x)["path"]).name for x in out.splitlines()] == ["stadtrat.txt"]
    code, _, err = run("search")
    assert code == 2 and "give words" in err


def test_people(added: Path) -> None:
    _, out, _ = run("people", "--format", "json")
    counts = {json.loads(x)["name"]: json.loads(x)["articles"] for x in out.splitlines()}
    assert counts == {"Maria Okafor": 2, "Priya Raman": 2, "Tom Hale": 2, "Jonas Weber": 1}
    _, out, _ = run("people", "okafor")
    assert 'Maria Okafor: "My grandmother unloaded fish' in out
    code, _, err = run("people", "Nobody Here")
    assert code == 1 and "no one called Nobody Here" in err


@pytest.mark.parametrize("fmt", ["md", "txt", "html", "json"])
def test_export_uses_the_save_summary_writer(added: Path, tmp_path: Path, fmt: str) -> None:
    out_dir = tmp_path / "out"
    code, out, _ = run("export", "okafor", "--format", fmt, "-o", str(out_dir))
    written = [Path(line) for line in out.splitlines()]
    assert code == 0 and len(written) == 2 and all(p.parent == out_dir for p in written)
    with Library() as library:
        analysis = library.analysis(str(added / "ferry-strike.txt"))
    (ferry,) = [p for p in written if p.name.startswith("Ferry crews")]
    assert ferry.name == f"Ferry crews walk out over night shifts – summary.{fmt}"
    text = ferry.read_text(encoding="utf-8")
    if fmt == "json":
        data = json.loads(text)
        assert data["summary"]["text"] == analysis.summary_texts and data["source"] == str(
            added / "ferry-strike.txt"
        )
    else:
        expected = render(analysis, fmt, when="WHEN").splitlines()
        got = text.splitlines()
        assert len(got) == len(expected)
        assert [g for g, e in zip(got, expected, strict=True) if g != e and "WHEN" not in e] == []


def test_export_everything_and_never_overwrites(added: Path, tmp_path: Path) -> None:
    code, out, _ = run("export", "--format", "md", "-o", str(tmp_path / "out"))
    assert code == 0 and len(out.splitlines()) == 4
    code, out, err = run("export", "--format", "md", "-o", str(tmp_path / "out"))
    assert code == 1 and out == "" and err.count("--force") == 4
    code, out, _ = run("export", "--format", "md", "-o", str(tmp_path / "out"), "--force")
    assert code == 0 and len(out.splitlines()) == 4
    assert sorted(p.name for p in added.iterdir()) == [  # the articles are untouched
        "ferry-strike.txt",
        "harbour-library.md",
        "solar-farm.html",
        "stadtrat.txt",
    ]


def test_forget(added: Path) -> None:
    code, _, err = run("forget", str(added / "stadtrat.txt"))
    assert code == 0 and "forgot" in err and (added / "stadtrat.txt").exists()
    code, _, err = run("forget", str(added / "stadtrat.txt"))
    assert code == 1 and "is not in the library" in err
    code, _, err = run("forget", str(added))
    assert code == 0 and "stopped watching" in err and "3 articles" in err
    _, out, _ = run("list")
    assert out == ""


def test_bad_command_lines(capsys) -> None:
    for argv in (
        [],
        ["frobnicate"],
        ["add"],
        ["export", "--format", "pdf"],
        ["add", "x", "-j", "0"],
    ):
        with pytest.raises(SystemExit) as caught:
            run(*argv)
        assert caught.value.code == 2
    capsys.readouterr()


def test_help_names_the_database(capsys, library_folder: Path) -> None:
    with pytest.raises(SystemExit):
        run("--help")
    assert str(library_folder / "library.db") in " ".join(capsys.readouterr().out.split())


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_add_draws_a_progress_bar_on_a_terminal_only(articles: Path, tmp_path: Path) -> None:
    terminal = _Terminal()
    code = library_command(["add", str(articles), "--jobs", "2"], io.StringIO(), terminal)
    shown = terminal.getvalue()
    assert code == 0 and shown.count("\r[") == 4  # redrawn after each of the four files
    assert "] 4/4 " in shown and "█" * 30 in shown
    assert shown.rstrip().endswith("reader: Added 4 articles.")
    (articles / "fifth.txt").write_text("Fifth article\n\nIt has a line of text.\n", "utf-8")
    (articles / "sixth.txt").write_text("Sixth article\n\nIt has a line of text.\n", "utf-8")
    piped = io.StringIO()  # not a terminal: no bar, only what was done
    assert library_command(["add", str(articles)], io.StringIO(), piped) == 0
    assert piped.getvalue() == "reader: Added 2 articles; 4 unchanged.\n"
    (articles / "seventh.txt").write_text("Seventh article\n\nA line.\n", "utf-8")
    (articles / "eighth.txt").write_text("Eighth article\n\nA line.\n", "utf-8")
    quiet = _Terminal()
    assert library_command(["add", str(articles), "-q"], io.StringIO(), quiet) == 0
    assert "\r" not in quiet.getvalue()
