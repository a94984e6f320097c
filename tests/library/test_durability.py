"""Nothing lost: a process killed while indexing, and two writers at once, on real files."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from library_helpers import made_record, write_articles

from reader.library import connection
from reader.library.indexing import index
from reader.library.search import search
from reader.library.store import Library

REPO = Path(__file__).resolve().parents[2]
WAIT = 120.0


def _reader(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "reader", "library", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,  # its own process group: the kill reaches its workers too
    )


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.OperationalError:
        return 0
    try:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0
    finally:
        conn.close()


@pytest.mark.parametrize("jobs", [1, 2])
def test_killed_while_indexing(library_folder: Path, tmp_path: Path, jobs: int) -> None:
    paths = write_articles(tmp_path / "many", 40)
    db = library_folder / "library.db"
    process = _reader("add", str(tmp_path / "many"), "--jobs", str(jobs), "-q")
    deadline = time.monotonic() + WAIT
    while _count(db) < 5:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "indexing did not start"
        time.sleep(0.02)
    seen = _count(db)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL

    with Library(db) as library:
        assert library.check() == []
        kept = library.count()
        assert 5 <= seen <= kept < 40  # nothing already indexed was lost; not all were done
        conn = library.conn
        assert conn.execute("SELECT count(*) FROM texts").fetchone()[0] == kept
        assert conn.execute("SELECT count(*) FROM search_docsize").fetchone()[0] == kept
        assert conn.execute("SELECT count(DISTINCT article_id) FROM speakers").fetchone()[0] == kept
        assert len(search(library, "ferry", limit=None)) == kept
        report = index(library, [tmp_path / "many"], jobs=1)  # resume
        assert (report.added, report.unchanged) == (40 - kept, kept)
        assert {r.path for r in library.articles()} == {str(p) for p in paths}
        assert library.check() == []


def test_two_writers_at_once(library_folder: Path, tmp_path: Path) -> None:
    write_articles(tmp_path / "one", 12)
    write_articles(tmp_path / "two", 12, start=100)
    db = library_folder / "library.db"
    with Library(db) as library:  # the window: opens articles and saves positions meanwhile
        library.save(made_record(tmp_path / "open.txt"))
        first = _reader("add", str(tmp_path / "one"), "--jobs", "1")
        second = _reader("add", str(tmp_path / "two"), "--jobs", "1")
        writes = 0
        while first.poll() is None or second.poll() is None:
            library.set_position(str(tmp_path / "open.txt"), writes)
            library.mark_opened(str(tmp_path / "open.txt"))
            writes += 1
            time.sleep(0.005)
        results = [p.communicate() for p in (first, second)]
        assert [first.returncode, second.returncode] == [0, 0], results
        for _out, err in results:
            assert "Added 12 articles" in err
            assert "locked" not in err and "Traceback" not in err
        assert library.count() == 25 and writes > 10
        assert library.article(str(tmp_path / "open.txt")).position == writes - 1
        assert library.check() == []


def test_a_writer_waits_beyond_sqlites_own_timeout(
    library_folder: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(connection, "BUSY_TIMEOUT", 0.05)
    db = library_folder / "library.db"
    Library(db).close()
    holding, failures = threading.Event(), []

    def hold_the_lock() -> None:
        try:
            with Library(db) as other, connection.write_transaction(other.conn):
                holding.set()
                time.sleep(0.8)  # far longer than SQLite waits on its own
        except Exception as exc:  # pragma: no cover - reported below
            failures.append(exc)
            holding.set()

    thread = threading.Thread(target=hold_the_lock)
    thread.start()
    assert holding.wait(WAIT)
    with Library(db) as library:
        started = time.monotonic()
        library.save(made_record(tmp_path / "a.txt"))  # no "database is locked"
        assert time.monotonic() - started > 0.5
        thread.join()
        assert failures == [] and library.count() == 1


def test_a_writer_that_waits_too_long_is_told_plainly(
    library_folder: Path, tmp_path: Path, monkeypatch
) -> None:
    from reader.library.errors import LibraryBusyError

    monkeypatch.setattr(connection, "BUSY_TIMEOUT", 0.01)
    monkeypatch.setattr(connection, "BUSY_PATIENCE", 0.2)
    db = library_folder / "library.db"
    with Library(db) as library, Library(db) as other:
        with connection.write_transaction(other.conn):
            with pytest.raises(LibraryBusyError, match="busy for too long") as caught:
                library.save(made_record(tmp_path / "a.txt"))
            assert "locked" not in str(caught.value)
        library.save(made_record(tmp_path / "a.txt"))  # and all is well afterwards
        assert library.count() == 1
