"""A damaged database is moved aside under a dated name and rebuilt from the articles."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from reader.cli import main
from reader.library.errors import LibraryDamagedError
from reader.library.indexing import index
from reader.library.recovery import open_library, rebuild, recover, salvage
from reader.library.store import Library

DAMAGED_NAME = re.compile(r"^library-damaged-\d{4}-\d\d-\d\d-\d{6}\.db$")


def _indexed(library_folder: Path, articles: Path) -> Path:
    with Library(library_folder / "library.db") as library:
        index(library, [articles], jobs=1)
        library.set_position(str(articles / "stadtrat.txt"), 33)
    return library_folder / "library.db"


def _damaged_copies(folder: Path) -> list[str]:
    """The damaged databases moved aside (their -wal and -shm companions go with them)."""
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.name.startswith("library-damaged") and p.suffix == ".db"
    )


def test_a_file_that_is_not_a_database(library_folder: Path, articles: Path) -> None:
    db = _indexed(library_folder, articles)
    db.write_bytes(b"this is not a database at all\n" * 200)
    library, recovery = open_library(db)
    try:
        assert recovery is not None
        (moved,) = _damaged_copies(library_folder)
        assert DAMAGED_NAME.match(moved) and recovery.damaged == library_folder / moved
        assert (library_folder / moved).read_bytes().startswith(b"this is not a database")
        assert library.count() == 0 and library.check() == []
        assert recovery.folders == [str(articles)]  # from library-sources.txt
        report = rebuild(library, recovery, jobs=1)
        assert report.added == 4 and library.count() == 4
        assert library.folders() == [str(articles)]
        assert "was damaged" in recovery.message(report) and "4 articles" in recovery.message(
            report
        )
    finally:
        library.close()


def test_what_can_still_be_read_comes_back(library_folder: Path, articles: Path) -> None:
    db = _indexed(library_folder, articles)
    folders, history = salvage(db)
    assert folders == [str(articles)]
    assert history[str(articles / "stadtrat.txt")][2] == 33
    (library_folder / "library-sources.txt").unlink()  # the list beside it is lost too
    library, recovery = recover(db)  # as if the damage were found now
    try:
        assert recovery.folders == [str(articles)]  # read from the damaged database
        rebuild(library, recovery, jobs=1)
        assert library.count() == 4
        assert library.article(str(articles / "stadtrat.txt")).position == 33
    finally:
        library.close()


def test_damage_found_while_working_is_reported(library_folder: Path, articles: Path) -> None:
    db = _indexed(library_folder, articles)
    size = db.stat().st_size
    with open(db, "r+b") as fh:  # keep the header, ruin every page after it
        fh.seek(4096)
        fh.write(b"\xde\xad\xbe\xef" * ((size - 4096) // 4))
    with pytest.raises(LibraryDamagedError):
        library = Library(db)
        try:
            library.articles()
        finally:
            library.close()


@pytest.mark.parametrize("damage", ["header", "pages"])
def test_the_command_line_rebuilds_and_says_so(
    library_folder: Path, articles: Path, damage: str
) -> None:
    db = _indexed(library_folder, articles)
    with open(db, "r+b") as fh:
        if damage == "header":
            fh.write(b"\x00" * 100)
        else:
            size = db.stat().st_size
            fh.seek(4096)
            fh.write(b"\xff" * (size - 4096))
    out, err = io.StringIO(), io.StringIO()
    from reader.library.commands import library_command

    assert library_command(["list", "--format", "json"], out, err) == 0
    assert "was damaged" in err.getvalue() and "moved to" in err.getvalue()
    assert err.getvalue().count("was damaged") == 1  # told once, with what was rebuilt
    assert "database is" not in err.getvalue().replace("database was", "")
    assert len(out.getvalue().splitlines()) == 4
    assert len(_damaged_copies(library_folder)) == 1


def test_main_runs_library_commands(capsys, articles: Path) -> None:
    assert main(["library", "add", str(articles), "-q"]) == 0
    assert "Added 4 articles" in capsys.readouterr().err


def _ruin_every_page(db: Path) -> None:
    """Damage beyond salvage: SQLite can read nothing of the file."""
    db.write_bytes(b"\x00" * db.stat().st_size)
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def test_the_reading_state_comes_back_when_nothing_of_the_database_can(
    library_folder: Path, articles: Path
) -> None:
    db = _indexed(library_folder, articles)  # stadtrat.txt read to 33
    with Library(db) as library:
        library.mark_opened(str(articles / "ferry-strike.txt"))
        opened = library.article(str(articles / "ferry-strike.txt")).opened
    _ruin_every_page(db)
    library, recovery = open_library(db)
    try:
        assert recovery is not None and recovery.history == {}  # nothing salvaged from SQLite
        report = rebuild(library, recovery, jobs=1)
        assert library.article(str(articles / "stadtrat.txt")).position == 33
        ferry = library.article(str(articles / "ferry-strike.txt"))
        assert ferry.opened == opened and ferry.is_read
        assert not library.article(str(articles / "solar-farm.html")).is_read
        assert recovery.restored == 2
        assert "where you stopped reading, was put back for 2 articles" in recovery.message(report)
    finally:
        library.close()


def test_a_moved_article_gets_its_reading_state_back_by_its_content(
    library_folder: Path, articles: Path, tmp_path: Path
) -> None:
    db = _indexed(library_folder, articles)
    (articles / "stadtrat.txt").rename(articles / "stadtrat-moved.txt")
    _ruin_every_page(db)
    library, recovery = open_library(db)
    try:
        rebuild(library, recovery, jobs=1)
        assert library.article(str(articles / "stadtrat-moved.txt")).position == 33
    finally:
        library.close()


def test_without_any_reading_state_left_the_message_says_so(
    library_folder: Path, articles: Path
) -> None:
    db = _indexed(library_folder, articles)
    (library_folder / "library-reading.txt").unlink()  # a library kept by an older Reader
    _ruin_every_page(db)
    library, recovery = open_library(db)
    try:
        report = rebuild(library, recovery, jobs=1)
        assert report.added == 4 and recovery.restored == 0
        message = recovery.message(report)
        assert "kept only in the damaged database and could not be read from it" in message
        assert "show as unread" in message
    finally:
        library.close()


def test_the_reading_state_beside_the_database_follows_each_change(library: Library, articles):
    from reader.library.reading import read_reading

    index(library, [articles], jobs=1)
    assert read_reading(library.folder) is None  # nothing opened yet: no list
    library.set_position(str(articles / "stadtrat.txt"), 12)
    library.mark_opened(str(articles / "ferry-strike.txt"))
    listed = read_reading(library.folder)
    assert set(listed) == {str(articles / "stadtrat.txt"), str(articles / "ferry-strike.txt")}
    assert listed[str(articles / "stadtrat.txt")].position == 12
    assert (
        listed[str(articles / "stadtrat.txt")].hash
        == library.known_files()[str(articles / "stadtrat.txt")][3]
    )
