"""``reader summarize``: JSON Lines, readable output, summary files, errors and exit status."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader import cli
from reader.cli import main, summarize_command
from reader.errors import UnreadableFileError
from reader.export import safe_filename
from reader.result import Analysis, Speaker, Summary
from reader.summary import ALGORITHMS

REPO = Path(__file__).resolve().parents[1]
CONTRACT = {"source", "format", "title", "language", "text", "removed_lines", "sentences"}
CONTRACT |= {"summary", "speakers"}


@pytest.fixture
def articles(files: Path) -> dict[str, Path]:
    folder = files / "cli"
    return {p.stem: p for p in sorted(folder.iterdir())}


class FakeAnalyze:
    """Stands in for :func:`reader.pipeline.analyze`: fixed titles, chosen failures."""

    def __init__(self, titles=None, fail=None) -> None:
        self.titles, self.fail, self.calls = titles or {}, fail or {}, []

    def __call__(self, path, **options) -> Analysis:
        self.calls.append((path, options))
        name = Path(path).name
        if name in self.fail:
            raise self.fail[name]
        text = f"First about {name}. Second one said Ann Lee. Third."
        at = text.index("Ann Lee")
        return Analysis(
            source=str(path),
            format="txt",
            title=self.titles.get(name, f"Title of {name}"),
            text=text,
            sentences=(
                (0, text.index(". ") + 1),
                (text.index("Second"), at + 8),
                (at + 9, len(text)),
            ),
            summary=Summary("lead", (0, 1)),
            speakers=(Speaker("Ann Lee", ((at, at + 7),)),),
        )


@pytest.fixture
def fake(monkeypatch) -> FakeAnalyze:
    fake = FakeAnalyze()
    monkeypatch.setattr("reader.pipeline.analyze", fake)
    monkeypatch.setattr("reader.batch.default_jobs", lambda: 1)  # the fake lives here only
    return fake


def _lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


# --- JSON Lines with the real pipeline -------------------------------------------------------


def test_json_lines_in_input_order_with_an_error_line(articles, tmp_path, capsys) -> None:
    missing = str(tmp_path / "gone.txt")
    names = [str(articles["harbour"]), missing, str(articles["library"])]
    status = main(["summarize", *names])
    out, err = capsys.readouterr()
    lines = _lines(out)
    assert status == 1
    assert [line["source"] for line in lines] == names
    assert set(lines[1]) == {"source", "error"}
    assert "gone.txt" in lines[1]["error"] and "Errno" not in lines[1]["error"]
    for line in (lines[0], lines[2]):
        assert set(line) >= CONTRACT
        assert line["format"] == "txt"
        assert isinstance(line["removed_lines"], list)
        assert line["summary"]["algorithm"] in ALGORITHMS
        n = len(line["sentences"])
        assert line["summary"]["sentences"] and all(
            0 <= i < n for i in line["summary"]["sentences"]
        )
        for start, end in line["sentences"]:
            assert 0 <= start < end <= len(line["text"])
        for speaker in line["speakers"]:
            assert speaker["name"]
            for start, end in speaker["mentions"]:
                assert 0 <= start < end <= len(line["text"])
    assert "wooden pier" in lines[0]["text"] and "Sundays" in lines[2]["text"]
    assert "Traceback" not in err


def test_all_files_readable_exits_zero(articles, capsys) -> None:
    status = main(["summarize", "-q", str(articles["harbour"]), str(articles["market"])])
    lines = _lines(capsys.readouterr().out)
    assert status == 0
    assert [line["format"] for line in lines] == ["txt", "html"]
    assert "forty stalls" in lines[1]["text"]
    assert "Copyright" not in lines[1]["text"]


def test_summary_length_option_is_honoured(articles, capsys) -> None:
    assert main(["summarize", "-n", "2", str(articles["harbour"])]) == 0
    (line,) = _lines(capsys.readouterr().out)
    assert len(line["summary"]["sentences"]) == 2


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_every_algorithm_runs(algorithm: str, articles, capsys) -> None:
    assert main(["summarize", "--algorithm", algorithm.upper(), str(articles["library"])]) == 0
    (line,) = _lines(capsys.readouterr().out)
    assert line["summary"]["algorithm"] == algorithm


def test_python_dash_m_reader_in_a_subprocess(articles, tmp_path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    missing = tmp_path / "missing.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "summarize", str(articles["harbour"]), str(missing)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=tmp_path,
    )
    assert proc.returncode == 1
    first, second = _lines(proc.stdout)
    assert first["title"] and first["summary"]["sentences"]
    assert second["source"] == str(missing) and second["error"]
    assert "[2/2]" in proc.stderr and "Traceback" not in proc.stderr


def test_subprocess_stdin_and_a_closed_pipe(articles, tmp_path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    many = [str(articles["harbour"])] * 3
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "summarize", "-q", "-", *many],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=tmp_path,
    )
    assert proc.stdin and proc.stdout and proc.stderr
    proc.stdin.write(articles["library"].read_bytes())
    proc.stdin.close()
    first = json.loads(proc.stdout.readline())
    proc.stdout.close()  # like `| head -1`
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert first["source"] == "-" and "Sundays" in first["text"]
    assert "Traceback" not in err and "Exception ignored" not in err


# --- readable output on stdout -----------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "separator"), [("txt", "\n* * *\n"), ("md", "\n---\n")])
def test_readable_formats_separate_the_files(fmt, separator, fake, tmp_path, capsys) -> None:
    status = main(["summarize", "--format", fmt, "a.txt", "b.txt", "c.txt"])
    out = capsys.readouterr().out
    assert status == 0
    assert out.count(separator) == 2
    parts = out.split(separator)
    assert ["Title of a.txt" in parts[0], "Title of b.txt" in parts[1]] == [True, True]
    assert "Ann Lee" in parts[2] and "First about c.txt." in parts[2]


def test_readable_format_errors_go_to_stderr(fake, capsys) -> None:
    fake.fail["b.txt"] = UnreadableFileError("Could not open b.txt: it is a folder, not a file.")
    status = main(["summarize", "--format", "txt", "a.txt", "b.txt"])
    out, err = capsys.readouterr()
    assert status == 1
    assert "b.txt" not in out
    assert "reader: b.txt: Could not open b.txt: it is a folder, not a file.\n" in err


def test_html_on_stdout_is_one_page(fake, capsys) -> None:
    fake.titles["a.txt"] = "<Tom & Jerry>"
    assert main(["summarize", "--format", "html", "a.txt", "b.txt"]) == 0
    out = capsys.readouterr().out
    assert out.count("<!DOCTYPE html>") == 1 and out.count("<article") == 2
    assert out.rstrip().endswith("</html>")
    assert "&lt;Tom &amp; Jerry&gt;" in out


def test_html_for_one_file_is_titled_after_it(fake, capsys) -> None:
    assert main(["summarize", "--format", "html", "a.txt"]) == 0
    assert "<title>Title of a.txt – summary</title>" in capsys.readouterr().out


def test_options_reach_analyze(fake, capsys) -> None:
    argv = ["summarize", "--ratio", "0.5", "--language", "DE", "--algorithm", ALGORITHMS[0], "x"]
    assert main(argv) == 0
    _, options = fake.calls[0]
    assert options == {"language": "de", "algorithm": ALGORITHMS[0], "count": None, "ratio": 0.5}


def test_an_internal_error_is_reported_and_the_batch_goes_on(fake, capsys) -> None:
    fake.fail["b.txt"] = KeyError("boom")
    status = main(["summarize", "a.txt", "b.txt", "c.txt"])
    out, err = capsys.readouterr()
    lines = _lines(out)
    assert status == 1
    assert [line["source"] for line in lines] == ["a.txt", "b.txt", "c.txt"]
    assert "internal problem" in lines[1]["error"] and "Traceback" not in err


def test_undecodable_file_names_give_valid_json(fake, capsys) -> None:
    name = "caf\udce9.txt"
    fake.fail[name] = UnreadableFileError("Could not open it.")
    assert main(["summarize", name, "ok.txt"]) == 1
    out = capsys.readouterr().out
    lines = _lines(out)
    assert lines[0]["source"] == name and lines[1]["source"] == "ok.txt"


# --- summary files with -o ----------------------------------------------------------------------


def test_output_dir_names_files_after_titles(fake, tmp_path, capsys) -> None:
    fake.titles.update({"a.txt": "Rates: up / down?", "b.txt": "Other"})
    out_dir = tmp_path / "new" / "dir"
    status = main(["summarize", "--format", "md", "-o", str(out_dir), "a.txt", "b.txt"])
    out = capsys.readouterr().out
    assert status == 0
    expected = [
        out_dir / safe_filename("Rates: up / down?", ext="md"),
        out_dir / "Other – summary.md",
    ]
    assert out.splitlines() == [str(p) for p in expected]
    assert expected[0].name == "Rates up down – summary.md"
    assert "# Other" in expected[1].read_text(encoding="utf-8")


def test_same_title_twice_gives_numbered_names(fake, tmp_path, capsys) -> None:
    fake.titles.update({"a.txt": "Same", "b.txt": "Same", "c.txt": "Same"})
    argv = ["summarize", "--format", "txt", "-o", str(tmp_path), "a.txt", "b.txt", "c.txt"]
    assert main(argv) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["Same – summary (2).txt", "Same – summary (3).txt", "Same – summary.txt"]
    assert "Source: b.txt" in (tmp_path / "Same – summary (2).txt").read_text(encoding="utf-8")


def test_titles_differing_in_case_do_not_overwrite_each_other(fake, tmp_path, capsys) -> None:
    fake.titles.update({"a.txt": "Rates Rise", "b.txt": "RATES RISE"})
    argv = ["summarize", "--force", "--format", "md", "-o", str(tmp_path), "a.txt", "b.txt"]
    assert main(argv) == 0
    written = capsys.readouterr().out.splitlines()
    assert [Path(p).name for p in written] == [
        "Rates Rise – summary.md",
        "RATES RISE – summary (2).md",
    ]


def test_existing_files_are_kept_without_force(fake, tmp_path, capsys) -> None:
    fake.titles.update({"a.txt": "Kept", "b.txt": "Fresh"})
    kept = tmp_path / "Kept – summary.json"
    kept.write_text("precious", encoding="utf-8")
    status = main(["summarize", "-o", str(tmp_path), "a.txt", "b.txt"])
    out, err = capsys.readouterr()
    assert status == 1
    assert kept.read_text(encoding="utf-8") == "precious"
    assert "reader: a.txt: Kept – summary.json already exists" in err and "--force" in err
    assert out.splitlines() == [str(tmp_path / "Fresh – summary.json")]
    data = json.loads((tmp_path / "Fresh – summary.json").read_text(encoding="utf-8"))
    assert data["source"] == "b.txt" and data["summary"]["text"]


def test_force_replaces_existing_files(fake, tmp_path, capsys) -> None:
    fake.titles["a.txt"] = "Kept"
    kept = tmp_path / "Kept – summary.json"
    kept.write_text("old", encoding="utf-8")
    assert main(["summarize", "--force", "-o", str(tmp_path), "a.txt"]) == 0
    assert json.loads(kept.read_text(encoding="utf-8"))["title"] == "Kept"


def test_empty_title_falls_back_to_the_file_name(fake, tmp_path, capsys) -> None:
    fake.titles["story.txt"] = "  "
    assert main(["summarize", "--format", "md", "-o", str(tmp_path), "story.txt"]) == 0
    assert (tmp_path / "story – summary.md").exists()


def test_stdin_without_a_headline_is_titled_standard_input(fake, monkeypatch, tmp_path) -> None:
    class Stdin:
        buffer = io.BytesIO(b"Some text. More text.")

    monkeypatch.setattr(cli.sys, "stdin", Stdin)
    from reader.loading.plain_text import title_from_filename

    fake.titles["stdin.txt"] = title_from_filename("stdin.txt")  # a title from the scratch file
    assert main(["summarize", "--format", "txt", "-o", str(tmp_path), "-"]) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["Standard input – summary.txt"]


def test_endless_stdin_is_refused_without_reading_it_all(monkeypatch, capsys) -> None:
    from reader.loading import reading

    class Endless(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:
            buffer[:] = b"x" * len(buffer)
            return len(buffer)

    class Stdin:
        buffer = io.BufferedReader(Endless())

    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 4096)
    monkeypatch.setattr(cli.sys, "stdin", Stdin)
    assert main(["summarize", "-"]) == 1
    (line,) = _lines(capsys.readouterr().out)
    assert "standard input is too large" in line["error"]


def test_a_failed_save_does_not_claim_its_name(fake, tmp_path, capsys) -> None:
    fake.titles.update({"a.txt": "Same", "b.txt": "Same"})
    (tmp_path / "Same – summary.md").write_text("an older summary", encoding="utf-8")
    assert main(["summarize", "--format", "md", "-o", str(tmp_path), "a.txt", "b.txt"]) == 1
    # both refused (no --force): neither took "(2)" for a file that was never written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Same – summary.md"]
    assert (tmp_path / "Same – summary.md").read_text(encoding="utf-8") == "an older summary"


def test_output_dir_that_is_a_file(fake, tmp_path, capsys) -> None:
    not_dir = tmp_path / "file"
    not_dir.write_text("x", encoding="utf-8")
    assert main(["summarize", "-o", str(not_dir), "a.txt"]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err
    assert fake.calls == []


def test_real_articles_to_files(articles, tmp_path, capsys) -> None:
    names = [str(articles["harbour"]), str(articles["market"])]
    assert main(["summarize", "-q", "--format", "md", "-o", str(tmp_path), *names]) == 0
    written = [Path(line) for line in capsys.readouterr().out.splitlines()]
    assert len(written) == 2 and all(p.parent == tmp_path and p.suffix == ".md" for p in written)
    assert "market" in written[1].read_text(encoding="utf-8").lower()


# --- command-line errors ---------------------------------------------------------------------


@pytest.mark.parametrize(("given", "code"), [("German", "de"), ("en-GB", "en"), ("PT_br", "pt")])
def test_language_names_and_regional_codes_are_accepted(given, code, fake, capsys) -> None:
    assert main(["summarize", "--language", given, "a.txt"]) == 0
    assert fake.calls[0][1]["language"] == code


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--algorithm", "nosuch", "a.txt"], "unknown algorithm 'nosuch'; choose one of"),
        (["-n", "0", "a.txt"], "at least 1 sentence"),
        (["-n", "two", "a.txt"], "'two' is not a whole number"),
        (["--ratio", "1.5", "a.txt"], "above 0 and at most 1"),
        (["--ratio", "nan", "a.txt"], "above 0 and at most 1"),
        (["-n", "2", "--ratio", "0.5", "a.txt"], "not allowed with"),
        (["--language", "xx", "a.txt"], "not a language Reader knows"),
        (["--language", "klingon", "a.txt"], "not a language Reader knows"),
        (["--format", "pdf", "a.txt"], "invalid choice"),
        ([], "give at least one FILE"),
        (["-", "-"], "only once"),
    ],
)
def test_bad_command_lines(argv, message, fake, tmp_path, capsys) -> None:
    out_dir = tmp_path / "never"
    with pytest.raises(SystemExit) as info:
        main(["summarize", "-o", str(out_dir), *argv])
    assert info.value.code == 2
    assert message in capsys.readouterr().err
    assert not out_dir.exists() and fake.calls == []


def test_algorithm_names_are_forgiving(fake, capsys) -> None:
    name = ALGORITHMS[0]
    assert main(["summarize", "--algorithm", f"  {name.upper()} ", "x"]) == 0
    assert fake.calls[0][1]["algorithm"] == name


def test_list_algorithms(capsys) -> None:
    assert main(["summarize", "--list-algorithms"]) == 0
    listed = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert listed == list(ALGORITHMS)


def test_top_level_help_and_version(capsys) -> None:
    assert main(["--help"]) == 0
    assert "reader summarize FILE..." in capsys.readouterr().out
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("reader ")


# --- progress ---------------------------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_lines_when_stderr_is_not_a_terminal(fake, capsys) -> None:
    main(["summarize", "a.txt", "b.txt"])
    assert capsys.readouterr().err == "[1/2] a.txt\n[2/2] b.txt\n"


def test_a_files_progress_line_comes_before_its_error(fake, capsys) -> None:
    fake.fail["b.txt"] = UnreadableFileError("Could not open b.txt: it is a folder, not a file.")
    main(["summarize", "--format", "txt", "a.txt", "b.txt", "c.txt"])
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        "[1/3] a.txt",
        "[2/3] b.txt",
        "reader: b.txt: Could not open b.txt: it is a folder, not a file.",
        "[3/3] c.txt",
    ]


def test_an_error_naming_the_file_does_not_name_it_twice(fake, capsys) -> None:
    fake.fail["empty.txt"] = UnreadableFileError("“empty.txt” is empty: there is no text.")
    assert main(["summarize", "--format", "md", "empty.txt"]) == 1
    assert capsys.readouterr().err == "reader: “empty.txt” is empty: there is no text.\n"


def test_empty_stdin_is_called_standard_input(monkeypatch, capsys) -> None:
    class Stdin:
        buffer = io.BytesIO(b"")

    monkeypatch.setattr(cli.sys, "stdin", Stdin)
    assert main(["summarize", "-"]) == 1
    (line,) = _lines(capsys.readouterr().out)
    assert line["source"] == "-"
    assert "standard input" in line["error"] and "stdin" not in line["error"]


def test_no_progress_for_one_file_or_with_quiet(fake, capsys) -> None:
    main(["summarize", "a.txt"])
    main(["summarize", "-q", "a.txt", "b.txt"])
    assert capsys.readouterr().err == ""


def test_progress_bar_on_a_terminal(fake) -> None:
    out, err = io.StringIO(), Terminal()
    assert summarize_command(["a.txt", "b.txt", "c.txt"], out, err) == 0
    bar = err.getvalue()
    assert bar.count("\r[") == 3 and "3/3" in bar and bar.endswith("\n")
    assert "\r\033[K" in bar  # the bar is erased before the next output
    assert len(_lines(out.getvalue())) == 3


def test_stdin_in_process(fake, monkeypatch, capsys) -> None:
    class Stdin:
        buffer = io.BytesIO(b"<!DOCTYPE html><html><body><p>Hi.</p></body></html>")

    monkeypatch.setattr(cli.sys, "stdin", Stdin)
    assert main(["summarize", "-"]) == 0
    (line,) = _lines(capsys.readouterr().out)
    path, _ = fake.calls[0]
    assert line["source"] == "-" and path.name == "stdin.html"
    assert not path.exists()  # the scratch copy is removed


def test_a_console_that_is_not_utf8(articles, tmp_path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "ascii"}
    fake_free = [sys.executable, "-m", "reader", "summarize", "-q", "--format", "txt"]
    proc = subprocess.run(
        [*fake_free, str(articles["harbour"]), str(tmp_path / "ça.txt")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 1  # the second file is missing
    assert "Harbour board approves new pier" in proc.stdout
    assert "\\xe7a.txt" in proc.stderr and "Traceback" not in proc.stderr


def test_every_corpus_article_summarises(corpus: Path, tmp_path: Path, capsys) -> None:
    import gzip

    paths = sorted(str(p) for p in corpus.glob("**/*.txt") if "summary" not in p.parts)
    for page in sorted(corpus.glob("html/*.html.gz")):
        target = tmp_path / page.name.removesuffix(".gz")
        target.write_bytes(gzip.decompress(page.read_bytes()))
        paths.append(str(target))
    assert main(["summarize", "-q", *paths]) == 0
    lines = _lines(capsys.readouterr().out)
    assert [line["source"] for line in lines] == paths
    assert all(line["summary"]["sentences"] for line in lines)


# --- whole-page text and PDF (real analyses, no fakes) ---------------------------------------

PAGES = Path(__file__).parent / "_files" / "cleaning" / "pages"


def test_summarize_reads_a_whole_page_text_as_its_article(capsys) -> None:
    assert main(["summarize", str(PAGES / "comments.txt"), "-n", "2"]) == 0
    line = json.loads(capsys.readouterr().out.splitlines()[0])
    assert line["title"] == "Council approves new cycle lanes on Mill Road"
    assert line["title_span"] is None
    assert line["metadata"]["author"] == "Priya Sandhu"
    assert "Load more comments" in line["clutter_lines"]
    assert "Load more comments" not in line["text"]
    assert len(line["summary"]["sentences"]) == 2


def test_summarize_reads_a_pdf(tmp_path, capsys) -> None:
    sys.path.insert(0, str(Path(__file__).parent / "loading"))
    from pdf_maker import Page, Text, make_pdf, paragraph_lines

    paragraphs = [
        "The council voted on Thursday to build cycle lanes along the whole of Mill Road.",
        "Work is due to start in September and should take about five months.",
        "A group of traders said they would ask for the decision to be reviewed.",
    ]
    lines, _ = paragraph_lines([[p] for p in paragraphs], 600)
    path = tmp_path / "lanes.pdf"
    path.write_bytes(
        make_pdf(
            [Page([Text(56, 680, "Cycle lanes approved", 20), *lines])], "Cycle lanes approved"
        )
    )
    assert main(["summarize", str(path)]) == 0
    line = json.loads(capsys.readouterr().out.splitlines()[0])
    assert line["format"] == "pdf"
    assert line["title"] == "Cycle lanes approved"
    assert line["text"].split("\n\n") == paragraphs


def test_summarize_reads_a_whole_page_and_a_pdf_on_standard_input(tmp_path) -> None:
    page = (PAGES / "short-article.txt").read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "reader", "summarize", "-", "-q"],
        input=page,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    line = json.loads(done.stdout.decode("utf-8").splitlines()[0])
    assert line["title"] == "Storm closes mountain pass"
    assert line["text"].startswith("The road over the Hallen pass was closed")

    sys.path.insert(0, str(Path(__file__).parent / "loading"))
    from pdf_maker import Page, Text, make_pdf

    pdf = make_pdf([Page([Text(56, 600, "The pass opened again on Sunday morning, police said.")])])
    done = subprocess.run(
        [sys.executable, "-m", "reader", "summarize", "-", "-q"],
        input=pdf,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    line = json.loads(done.stdout.decode("utf-8").splitlines()[0])
    assert line["format"] == "pdf"
    assert line["text"] == "The pass opened again on Sunday morning, police said."


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["summarise", "x.txt"], "Did you mean `reader summarize`?"),
        (["libary", "list"], "Did you mean `reader library`?"),
        (["frobnicate"], "there is no file “frobnicate” and no command of that name"),
    ],
)
def test_a_mistyped_command_is_named_not_opened(
    argv: list[str], said: str, capsys, monkeypatch, tmp_path: Path
) -> None:
    import reader.gui.app

    def no_window(_argv: object) -> int:
        raise AssertionError("the window was opened")

    monkeypatch.setattr(reader.gui.app, "main", no_window)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # a display is there
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and said in captured.err and captured.err.startswith("reader: ")


def test_a_file_named_like_a_command_still_opens(monkeypatch, tmp_path: Path) -> None:
    import reader.gui.app

    opened: list[list[str]] = []
    monkeypatch.setattr(reader.gui.app, "main", lambda argv: opened.append(list(argv)) or 0)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "summarise").write_text("An article\n\nWith a line.\n", encoding="utf-8")
    assert main(["summarise"]) == 0 and opened == [["summarise"]]
    assert main(["missing-story.html"]) == 0  # a file's name: its tab says it is missing
    assert opened[-1] == ["missing-story.html"]
