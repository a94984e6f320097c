"""``reader summarize --jobs N``: the same lines, order, errors and exit status as ``--jobs 1``;
Ctrl-C stops the workers cleanly."""

from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.cli import main

REPO = Path(__file__).resolve().parents[1]


def _run(argv: list[str], capsys) -> tuple[int, str, str]:
    status = main(["summarize", *argv])
    out, err = capsys.readouterr()
    out = re.sub(
        r"(?m)^Summarised: .*$", "Summarised: (when it ran)", out
    )  # readable formats carry it
    return status, out, err


@pytest.fixture
def mixed(mixed: list[str], tmp_path: Path) -> list[str]:
    """The shared mixed batch (``tests/conftest.py``) with a folder before its last file: the
    command line reports a folder as it reports any file it cannot read."""
    return [*mixed[:-1], str(tmp_path), mixed[-1]]


@pytest.mark.parametrize("fmt", ["json", "txt"])
def test_two_jobs_print_what_one_job_prints(fmt: str, mixed, capsys) -> None:
    one = _run(["--jobs", "1", "--format", fmt, *mixed], capsys)
    two = _run(["--jobs", "2", "--format", fmt, *mixed], capsys)
    assert one[0] == 1  # some files failed
    assert two == one  # exit status, stdout and stderr (progress lines and errors), in order
    assert one[2].count("[") == len(mixed)  # a progress line per file, before its error


def test_all_good_files_exit_zero_with_jobs(files: Path, capsys) -> None:
    names = [str(files / "cli" / name) for name in ("harbour.txt", "market.html", "library.txt")]
    one = _run(["-q", "--jobs", "1", "-n", "2", *names], capsys)
    three = _run(["-q", "--jobs", "3", "-n", "2", *names], capsys)
    assert three == one and one[0] == 0 and one[2] == ""
    assert len(one[1].splitlines()) == 3


def test_corpus_articles_are_the_same_with_two_jobs(corpus: Path, tmp_path: Path, capsys) -> None:
    names = sorted(str(p) for p in (corpus / "bbc" / "article").rglob("*.txt"))
    names += sorted(str(p) for p in (corpus / "german").glob("*.txt"))[:5]
    names += sorted(str(p) for p in (corpus / "saved").glob("*.txt"))[:4]
    names.insert(7, str(tmp_path / "gone.txt"))
    one = _run(["-q", "--jobs", "1", *names], capsys)
    two = _run(["-q", "--jobs", "2", *names], capsys)
    assert one[0] == 1 and two == one
    assert len(one[1].splitlines()) == len(names)


def test_bad_jobs_values_are_refused(capsys) -> None:
    for value in ("0", "-2", "two"):
        with pytest.raises(SystemExit) as exc:
            main(["summarize", "--jobs", value, "x.txt"])
        assert exc.value.code == 2
        assert "--jobs" in capsys.readouterr().err


def _group_alive(pgid: int) -> list[int]:
    alive = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            alive.append(int(entry.name))
    return alive


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process table from /proc")
def test_ctrl_c_exits_130_without_a_traceback_and_leaves_no_worker(files: Path) -> None:
    names = [str(files / "cli" / n) for n in ("harbour.txt", "market.html", "library.txt")] * 60
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "summarize", "-q", "--jobs", "2", *names],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().startswith("{")  # the workers are running
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal sends: to the whole group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "interrupted" in err and "Traceback" not in err
    deadline = time.monotonic() + 10
    while _group_alive(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _group_alive(proc.pid) == []


@pytest.mark.parametrize("given", [b"", b"Harbour\n\nThe board met on Monday. Ann Lee said so."])
def test_stdin_among_files_is_the_same_with_two_jobs(given: bytes, files, monkeypatch, capsys):
    from reader import cli

    def run(jobs: str) -> tuple[int, str, str]:
        class Stdin:
            buffer = io.BytesIO(given)

        monkeypatch.setattr(cli.sys, "stdin", Stdin)
        many = [str(files / "cli" / "harbour.txt")] * 8  # enough files for workers
        return _run(["--jobs", jobs, *many, "-"], capsys)

    one, two = run("1"), run("2")
    assert two == one
    assert '"source": "-"' in one[1] and "stdin" not in one[1].replace('"-"', "")


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process table from /proc")
def test_workers_exit_when_the_command_is_killed(files: Path) -> None:
    names = [str(files / "cli" / n) for n in ("harbour.txt", "market.html", "library.txt")] * 60
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "summarize", "-q", "--jobs", "2", *names],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        start_new_session=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().startswith("{")  # the workers are running
    proc.kill()  # no chance to stop its workers itself
    proc.wait(timeout=60)
    proc.stdout.close()
    deadline = time.monotonic() + 10
    while _group_alive(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _group_alive(proc.pid) == []
