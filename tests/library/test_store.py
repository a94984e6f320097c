"""The store: one row per article file, its text, people and search entry, kept consistent."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from library_helpers import made_analysis, made_record

from reader.export import render
from reader.library.filters import Filters
from reader.library.location import database_path
from reader.library.records import speaker_key
from reader.library.search import search
from reader.library.store import Library


def _count(library: Library, table: str) -> int:
    return int(library.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_database_is_wal_in_the_library_folder(library: Library, library_folder: Path) -> None:
    assert library.path == database_path() == library_folder / "library.db"
    assert library.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert library.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_save_stores_every_field(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "bridge.txt"
    analysis = made_analysis(str(path), site="Harbour Times")
    article_id = library.save(made_record(path, analysis))
    row = library.article(str(path))
    assert row is not None and row.id == article_id
    assert (row.title, row.site, row.language, row.format) == (
        "Council approves the new bridge",
        "Harbour Times",
        "en",
        "txt",
    )
    assert row.words == len(analysis.text.split()) and row.minutes == 1
    assert row.speakers == ("Ada Quist",)
    assert row.opened is None and row.position == 0 and row.added.endswith("Z")
    stored = library.conn.execute(
        "SELECT hash, size, mtime_ns, summary FROM articles JOIN texts ON article_id = id "
        "WHERE id = ?",
        (article_id,),
    ).fetchone()
    assert stored == ("hash-of-bridge.txt", 100, 1, analysis.summary_texts[0])
    assert library.conn.execute(
        "SELECT name, mentions, statements FROM speakers WHERE article_id = ?", (article_id,)
    ).fetchall() == [("Ada Quist", 1, 1)]
    assert library.conn.execute("SELECT text, kind FROM statements").fetchall() == [
        ("The bridge will open in spring", "direct")
    ]


def test_stored_analysis_renders_the_same_summary(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "bridge.txt"
    analysis = made_analysis(str(path), site="Harbour Times")
    library.save(made_record(path, analysis))
    again = library.analysis(str(path))
    assert again == analysis
    for fmt in ("md", "txt", "html", "json"):
        assert render(again, fmt, when="then") == render(analysis, fmt, when="then")


def test_saving_again_updates_and_keeps_history(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "bridge.txt"
    first = library.save(made_record(path))
    library.mark_opened(str(path))
    library.set_position(str(path), 40)
    added = library.article(str(path)).added
    newer = made_analysis(str(path), "Council delays the bridge", speakers=(("Bo Lind", ("No",)),))
    assert library.save(made_record(path, newer, "new-hash")) == first
    row = library.article(str(path))
    assert row.title == "Council delays the bridge" and row.speakers == ("Bo Lind",)
    assert (row.added, row.position) == (added, 40) and row.is_read
    assert _count(library, "articles") == 1 and _count(library, "speakers") == 1
    assert [h.article.id for h in search(library, "delays")] == [first]
    assert search(library, "approves") == []  # the old text left the index


def test_position_is_kept_within_a_shorter_text(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "bridge.txt"
    library.save(made_record(path))
    library.set_position(str(path), 10_000)
    short = made_analysis(str(path), "Short", speakers=(), body="Short.")
    library.save(made_record(path, short, "other"))
    assert library.article(str(path)).position == len(short.text)


def test_remove_takes_everything_of_the_article(library: Library, tmp_path: Path) -> None:
    keep, drop = tmp_path / "keep.txt", tmp_path / "drop.txt"
    library.save(made_record(keep, made_analysis(str(keep), "Bridge kept")))
    library.save(made_record(drop, made_analysis(str(drop), "Bridge dropped")))
    assert library.remove([str(drop), str(tmp_path / "never.txt")]) == 1
    assert [r.path for r in library.articles()] == [str(keep)]
    assert _count(library, "texts") == _count(library, "speakers") == 1
    assert _count(library, "statements") == 1
    assert [h.article.path for h in search(library, "bridge")] == [str(keep)]
    assert library.check() == []


def test_sorts_and_filters(library: Library, tmp_path: Path) -> None:
    for name, title, site, lang in (
        ("a.txt", "Zebra crossing", "Daily", "en"),
        ("b.txt", "Apple harvest", "Weekly", "en"),
        ("c.txt", "Mittagessen", "Daily", "de"),
    ):
        analysis = made_analysis(
            str(tmp_path / name),
            title,
            site=site,
            language=lang,
            speakers=(("Ada Quist", ("Hi",)),),
        )
        library.save(made_record(tmp_path / name, analysis))
    library.mark_opened(str(tmp_path / "b.txt"))
    titles = lambda rows: [r.title for r in rows]  # noqa: E731
    assert titles(library.articles()) == ["Mittagessen", "Apple harvest", "Zebra crossing"]
    assert titles(library.articles(sort="title")) == [
        "Apple harvest",
        "Mittagessen",
        "Zebra crossing",
    ]
    assert titles(library.articles(Filters(site="Daily"))) == ["Mittagessen", "Zebra crossing"]
    assert titles(library.articles(Filters(language="de"))) == ["Mittagessen"]
    assert titles(library.articles(Filters(read=True))) == ["Apple harvest"]
    assert titles(library.articles(Filters(read=False))) == ["Mittagessen", "Zebra crossing"]
    assert len(library.articles(Filters(speakers=(speaker_key("ADA quist"),)))) == 3
    assert library.articles(Filters(speakers=())) == []
    assert library.facets("site") == [("Daily", 2), ("Weekly", 1)]
    assert library.facets("language") == [("en", 2), ("de", 1)]
    with pytest.raises(ValueError, match="sort order"):
        library.articles(sort="colour")


def test_dates_sort_newest_first_and_undated_last(library: Library, tmp_path: Path) -> None:
    for name, date in (("old.txt", "2001-01-01"), ("none.txt", ""), ("new.txt", "2024-02-02")):
        analysis = made_analysis(str(tmp_path / name), name).with_changes(
            metadata=made_analysis("x").metadata.__class__(date=date)
        )
        library.save(made_record(tmp_path / name, analysis))
    assert [r.title for r in library.articles(sort="date")] == ["new.txt", "old.txt", "none.txt"]


def test_dates_as_written_on_the_page_are_stored_as_iso_and_sort(
    library: Library, tmp_path: Path
) -> None:
    # whole-page texts and PDFs give dates as the page writes them; web pages give ISO
    dates = {
        "web.txt": "2019-11-19",
        "bullet.txt": "• 18 November 2019",
        "reuters.txt": "November 20, 2019 / 12:21 AM / Updated 14 hours ago",
        "nbc.txt": "Nov. 19, 2019, 8:41 AM UTC",
        "german.txt": "21. November 2019, 14:30 Uhr",
        "odd.txt": "Last Tuesday",
        "none.txt": "",
    }
    for name, date in dates.items():
        analysis = made_analysis(str(tmp_path / name), name).with_changes(
            metadata=made_analysis("x").metadata.__class__(date=date)
        )
        library.save(made_record(tmp_path / name, analysis))
    rows = library.articles(sort="date")
    assert [(r.title, r.published) for r in rows] == [
        ("german.txt", "2019-11-21T14:30"),
        ("reuters.txt", "2019-11-20T00:21"),
        ("nbc.txt", "2019-11-19T08:41"),
        ("web.txt", "2019-11-19"),
        ("bullet.txt", "2019-11-18"),
        ("odd.txt", "Last Tuesday"),  # kept as written, after the dates that could be read
        ("none.txt", ""),
    ]


def test_folders_failures_and_ignored_files(library: Library, tmp_path: Path) -> None:
    library.add_folder(str(tmp_path))
    library.add_folder(str(tmp_path))
    assert library.folders() == [str(tmp_path)]
    library.record_failure(str(tmp_path / "bad.txt"), 5, 6, "It is empty.")
    assert library.failures() == {str(tmp_path / "bad.txt"): (5, 6, "It is empty.")}
    library.save(made_record(tmp_path / "bad.txt"))  # readable now: no longer a failure
    assert library.failures() == {}
    library.ignore(str(tmp_path / "x.txt"))
    assert library.ignored() == {str(tmp_path / "x.txt")}
    library.unignore([str(tmp_path / "x.txt")])
    assert library.ignored() == set()
    assert library.remove_folder(str(tmp_path)) and library.folders() == []


def test_a_failed_write_leaves_nothing_half_done(library: Library, tmp_path: Path) -> None:
    record = made_record(tmp_path / "a.txt")
    broken = record.__class__(**{**record.__dict__, "statements": (None,)})  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        library.save(broken)
    assert _count(library, "articles") == _count(library, "texts") == 0
    assert search(library, "bridge") == [] and library.check() == []


def test_two_connections_see_each_others_writes(library: Library, tmp_path: Path) -> None:
    other = Library(library.path)
    try:
        library.save(made_record(tmp_path / "a.txt"))
        assert other.count() == 1
        other.set_position(str(tmp_path / "a.txt"), 12)
        assert library.article(str(tmp_path / "a.txt")).position == 12
    finally:
        other.close()


def test_database_is_a_real_sqlite_file(library: Library, tmp_path: Path) -> None:
    library.save(made_record(tmp_path / "a.txt"))
    library.close()
    with sqlite3.connect(library.path) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
