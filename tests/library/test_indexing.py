"""Adding folders and files: new, changed, moved, deleted files; failures; forgetting."""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pytest
from library_helpers import write_articles

from reader.library.indexing import forget, index, sync_watched
from reader.library.people import people
from reader.library.scanning import is_article_name, plan
from reader.library.search import search
from reader.library.sources import read_sources
from reader.library.store import Library
from reader.loading.plain_text import title_from_filename


def _paths(library: Library) -> set[str]:
    return {r.path for r in library.articles()}


def test_a_folder_is_added_and_watched(library: Library, articles: Path) -> None:
    report = index(library, [articles], jobs=1)
    assert (report.added, report.failed, report.cancelled) == (4, [], False)
    assert _paths(library) == {str(p) for p in articles.iterdir()}
    assert library.folders() == [str(articles)]
    by_title = {r.title: r for r in library.articles()}
    solar = by_title["Valley votes for a solar farm on the old airfield"]
    assert (solar.site, solar.author, solar.published, solar.format) == (
        "Valley Courier",
        "Dana Whitlock",
        "2023-06-14",
        "html",
    )
    assert by_title["Stadtrat beschließt neue Radwege in der Innenstadt"].language == "de"
    quoted = {p.name: p.articles for p in people(library)}
    assert quoted["Maria Okafor"] == 2 and quoted["Priya Raman"] == 2 and quoted["Jonas Weber"] == 1
    assert read_sources(library.folder) == ([str(articles)], [])
    assert library.check() == []


def test_the_articles_are_never_modified_moved_or_copied(
    library: Library, articles: Path, library_folder: Path
) -> None:
    def state() -> dict[str, tuple[bytes, int]]:
        return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in articles.iterdir()}

    before = state()
    index(library, [articles], jobs=1)
    library.mark_opened(str(articles / "stadtrat.txt"))
    library.set_position(str(articles / "stadtrat.txt"), 40)
    index(library, [articles], jobs=1)
    forget(library, str(articles / "solar-farm.html"))
    forget(library, str(articles))
    assert state() == before
    copies = [
        p
        for p in library_folder.rglob("*")
        if p.suffix in {".txt", ".html", ".md"}
        and p.name not in ("library-sources.txt", "library-reading.txt")
    ]
    assert copies == []  # the library folder holds no copy of an article


def test_running_again_changes_nothing(library: Library, articles: Path) -> None:
    index(library, [articles], jobs=1)
    before = library.articles()
    report = index(library, [articles], jobs=1)
    assert (report.added, report.updated, report.unchanged, report.changes) == (0, 0, 4, 0)
    assert library.articles() == before


def test_only_article_files_are_added(articles: Path) -> None:
    assert is_article_name("story.HTML") and is_article_name("notes.md")
    assert not is_article_name("photo.png") and not is_article_name(".hidden.txt")
    assert not is_article_name("Ferry crews walk out – summary.md")  # saved by Reader


def test_hidden_folders_and_summaries_are_skipped(library: Library, articles: Path) -> None:
    (articles / ".cache").mkdir()
    shutil.copy(articles / "ferry-strike.txt", articles / ".cache" / "copy.txt")
    shutil.copy(articles / "ferry-strike.txt", articles / "Ferry – summary.txt")
    (articles / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert index(library, [articles], jobs=1).added == 4


def test_a_changed_file_is_read_again_and_keeps_its_history(
    library: Library, articles: Path
) -> None:
    index(library, [articles], jobs=1)
    path = articles / "ferry-strike.txt"
    library.mark_opened(str(path))
    library.set_position(str(path), 120)
    before = library.article(str(path))
    path.write_text(
        path.read_text(encoding="utf-8").replace("Ferry crews walk out", "Ferry crews return"),
        encoding="utf-8",
    )
    os.utime(path, ns=(1, 1_700_000_000_000_000_000))
    report = index(library, [articles], jobs=1)
    assert (report.updated, report.added) == (1, 0)
    after = library.article(str(path))
    assert after.title.startswith("Ferry crews return over night shifts")
    assert (after.id, after.added, after.opened, after.position) == (
        before.id,
        before.added,
        before.opened,
        120,
    )


def test_a_touched_file_is_not_read_again(library: Library, articles: Path, monkeypatch) -> None:
    index(library, [articles], jobs=1)
    os.utime(articles / "stadtrat.txt", ns=(1, 1_600_000_000_000_000_000))
    monkeypatch.setattr("reader.batch.analyze_one", _must_not_run)
    report = index(library, [articles], jobs=1)
    assert (report.unchanged, report.updated) == (4, 0)


def _must_not_run(*_args):
    raise AssertionError("the unchanged file was analysed again")


def test_a_moved_file_keeps_its_history(library: Library, articles: Path, tmp_path: Path) -> None:
    index(library, [articles], jobs=1)
    old = articles / "solar-farm.html"
    library.mark_opened(str(old))
    library.set_position(str(old), 55)
    before = library.article(str(old))
    (articles / "energy").mkdir()
    new = articles / "energy" / "solar farm (renamed).html"
    os.replace(old, new)
    report = index(library, [articles], jobs=1)
    assert (report.moved, report.added, report.removed) == (1, 0, 0)
    after = library.article(str(new))
    assert library.article(str(old)) is None
    assert (after.id, after.added, after.opened, after.position) == (
        before.id,
        before.added,
        before.opened,
        55,
    )
    assert [h.article.path for h in search(library, "airfield")] == [str(new)]


def test_a_title_made_from_the_file_name_follows_a_rename(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "old-name.txt").write_text("No headline here, only a sentence of text.\n", "utf-8")
    index(library, [folder], jobs=1)
    assert [r.title for r in library.articles()] == [title_from_filename("old-name.txt")]
    os.replace(folder / "old-name.txt", folder / "ferry_strike_notes.txt")
    assert index(library, [folder], jobs=1).moved == 1
    new = title_from_filename("ferry_strike_notes.txt")
    assert new == "ferry strike notes"
    assert [r.title for r in library.articles()] == [new]
    assert library.analysis(str(folder / "ferry_strike_notes.txt")).title == new
    assert [h.article.title for h in search(library, "ferry strike")] == [new]
    assert library.check() == []


def test_a_file_moved_between_watched_folders_keeps_its_history(
    library: Library, articles: Path, tmp_path: Path
) -> None:
    other = tmp_path / "elsewhere"
    other.mkdir()
    index(library, [articles, other], jobs=1)
    library.set_position(str(articles / "stadtrat.txt"), 9)
    os.replace(articles / "stadtrat.txt", other / "stadtrat.txt")
    report = sync_watched(library, jobs=1)
    assert (report.moved, report.removed) == (1, 0)
    assert library.article(str(other / "stadtrat.txt")).position == 9


def test_a_copy_is_a_second_article(library: Library, articles: Path) -> None:
    index(library, [articles], jobs=1)
    shutil.copy(articles / "stadtrat.txt", articles / "stadtrat-copy.txt")
    report = index(library, [articles], jobs=1)
    assert (report.added, report.moved) == (1, 0)
    assert library.count() == 5


def test_a_deleted_file_leaves_the_library(library: Library, articles: Path) -> None:
    index(library, [articles], jobs=1)
    (articles / "harbour-library.md").unlink()
    report = sync_watched(library, jobs=1)
    assert report.removed == 1
    assert str(articles / "harbour-library.md") not in _paths(library)
    assert {p.name: p.articles for p in people(library)}["Maria Okafor"] == 1
    assert search(library, "warehouse") == []
    assert library.check() == []


def test_a_missing_folder_deletes_nothing(library: Library, articles: Path, tmp_path: Path) -> None:
    index(library, [articles], jobs=1)
    os.replace(articles, tmp_path / "unplugged")
    report = sync_watched(library, jobs=1)
    assert report.removed == 0 and library.count() == 4
    assert "not there" in report.failed[0][1]


def test_a_file_that_fails_is_listed_and_never_stops_the_batch(
    library: Library, articles: Path
) -> None:
    (articles / "empty.txt").write_text("   \n", encoding="utf-8")
    (articles / "picture.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    report = index(library, [articles], jobs=1)
    assert report.added == 4
    reasons = dict(report.failed)
    assert set(reasons) == {str(articles / "empty.txt"), str(articles / "picture.html")}
    assert "no article text" in reasons[str(articles / "empty.txt")]
    assert "PNG image" in reasons[str(articles / "picture.html")]
    assert set(library.failures()) == set(reasons)
    # a scan of the watched folders does not try them again until they change...
    assert sync_watched(library, jobs=1).still_failing != []
    # ...and once readable they are added and leave the failures
    (articles / "empty.txt").write_text("Now an article\n\nWith a body of text.\n", "utf-8")
    assert sync_watched(library, jobs=1).added == 1
    assert set(library.failures()) == {str(articles / "picture.html")}


def test_single_files_are_added_without_a_folder(library: Library, articles: Path) -> None:
    report = index(library, files=[articles / "stadtrat.txt", articles / "nope.txt"], jobs=1)
    assert report.added == 1 and report.failed[0][0] == str(articles / "nope.txt")
    assert library.folders() == []
    assert read_sources(library.folder) == ([], [str(articles / "stadtrat.txt")])


def test_cancelling_keeps_what_was_indexed(library: Library, tmp_path: Path) -> None:
    write_articles(tmp_path / "many", 6)
    cancel = threading.Event()

    def progress(done: int, total: int, path: str) -> None:
        if done == 2:
            cancel.set()  # as the window's Cancel button does, from any thread

    report = index(library, [tmp_path / "many"], jobs=1, progress=progress, cancel=cancel)
    assert report.cancelled and report.added == 2 and library.count() == 2
    assert index(library, [tmp_path / "many"], jobs=1).added == 4  # carries on
    assert library.count() == 6


def test_cancelling_worker_processes_keeps_what_was_indexed(
    library: Library, tmp_path: Path
) -> None:
    write_articles(tmp_path / "many", 24)
    cancel = threading.Event()

    def progress(done: int, total: int, path: str) -> None:
        if done == 3:
            cancel.set()

    started = time.monotonic()
    report = index(
        library, [tmp_path / "many"], jobs=2, progress=progress, cancel=cancel, min_files_for_pool=2
    )
    assert time.monotonic() - started < 60  # the workers were stopped, not waited for
    assert report.cancelled and report.added == 3 and library.count() == 3
    assert library.check() == []
    assert index(library, [tmp_path / "many"], jobs=1).added == 21
    assert library.count() == 24


def _stopping_at(n: int, cancel: threading.Event):
    def progress(done: int, total: int, path: str) -> None:
        if done == n:
            cancel.set()

    return progress


def test_a_first_add_that_is_stopped_does_not_watch_the_folder(
    library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    paths = write_articles(folder, 6)
    index(library, files=[paths[5]], jobs=1)  # one of them was in the library before
    cancel = threading.Event()
    report = index(
        library,
        [folder],
        jobs=1,
        progress=_stopping_at(2, cancel),
        cancel=cancel,
        undo_new_folders=True,
    )
    assert report.cancelled and report.unwatched == [str(folder)]
    assert library.folders() == [] and read_sources(library.folder)[0] == []
    assert len(report.added_paths) == 2 and library.count() == 3  # what was added stays
    assert report.added_under([str(folder)]) == report.added_paths
    assert str(paths[5]) not in report.added_paths
    assert report.describe() == f"Stopped. Added 2 articles; 1 unchanged. {folder} is not watched."
    assert sync_watched(library, jobs=1).added == 0  # "Check Folders Now" does not resume it
    done = forget(library, folder)  # the articles under a folder no longer watched
    assert (done.articles, done.folder, done.under) == (3, False, True)
    assert library.count() == 0


def test_a_stopped_add_of_a_watched_folder_or_a_rebuild_keeps_watching(
    library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    write_articles(folder, 6)
    index(
        library,
        [folder],
        jobs=1,
        progress=_stopping_at(1, cancel := threading.Event()),
        cancel=cancel,
    )  # stopped, but not asked to undo (a rebuild, an older caller)
    assert library.folders() == [str(folder)]
    cancel.clear()
    report = index(
        library,
        [folder],
        jobs=1,
        progress=_stopping_at(1, cancel),
        cancel=cancel,
        undo_new_folders=True,
    )
    assert report.cancelled and report.unwatched == []  # watched before this run: it stays
    assert library.folders() == [str(folder)]


def test_ctrl_c_during_a_first_add_does_not_watch_the_folder(
    library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    write_articles(folder, 4)

    def interrupt(done: int, total: int, path: str) -> None:
        if done == 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        index(library, [folder], jobs=1, progress=interrupt, undo_new_folders=True)
    assert library.folders() == [] and library.count() == 1
    assert read_sources(library.folder) == ([], [str(folder / "article-0000.txt")])


def test_progress_counts_every_file(library: Library, articles: Path) -> None:
    calls: list[tuple[int, int]] = []
    index(library, [articles], jobs=1, progress=lambda d, t, p: calls.append((d, t)))
    assert calls == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]


def test_indexing_on_two_processes(library: Library, tmp_path: Path, monkeypatch) -> None:
    import reader.batch

    pools: list[int] = []
    parallel = reader.batch._parallel

    def spied(numbered, jobs, *rest):
        pools.append(jobs)
        return parallel(numbered, jobs, *rest)

    monkeypatch.setattr(reader.batch, "_parallel", spied)
    paths = write_articles(tmp_path / "many", 8)
    (tmp_path / "many" / "empty.txt").write_text("\n", encoding="utf-8")
    report = index(library, [tmp_path / "many"], jobs=2, min_files_for_pool=2)
    assert pools == [2]  # worker processes did the analysing
    assert report.added == 8 and [p for p, _ in report.failed] == [str(tmp_path / "many/empty.txt")]
    assert _paths(library) == {str(p) for p in paths}
    assert library.check() == []


def test_forgetting_a_file_in_a_watched_folder(library: Library, articles: Path) -> None:
    index(library, [articles], jobs=1)
    done = forget(library, articles / "stadtrat.txt")
    assert (done.articles, done.folder) == (1, False)
    assert (articles / "stadtrat.txt").exists()  # the file stays
    assert index(library, [articles], jobs=1).added == 0  # and is not added back
    assert index(library, files=[articles / "stadtrat.txt"], jobs=1).added == 1  # unless asked


def test_forgetting_a_folder(library: Library, articles: Path, tmp_path: Path) -> None:
    index(library, [articles], jobs=1)
    index(library, files=[tmp_path / "articles" / "stadtrat.txt"], jobs=1)
    done = forget(library, articles)
    assert (done.articles, done.folder) == (4, True)
    assert library.folders() == [] and library.count() == 0
    assert sorted(p.name for p in articles.iterdir()) == [
        "ferry-strike.txt",
        "harbour-library.md",
        "solar-farm.html",
        "stadtrat.txt",
    ]
    assert forget(library, articles / "nothing.txt").articles == 0


def test_plan_changes_nothing(library: Library, articles: Path) -> None:
    found = plan(library, [articles])
    assert len(found.new) == 4 and library.count() == 0


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads all")
def test_an_unreadable_subfolder_deletes_nothing_under_it(library: Library, articles: Path) -> None:
    sub = articles / "locked"
    sub.mkdir()
    shutil.copy(articles / "stadtrat.txt", sub / "inside.txt")
    index(library, [articles], jobs=1)
    sub.chmod(0)
    try:
        assert sync_watched(library, jobs=1).removed == 0
        assert library.article(str(sub / "inside.txt")) is not None
    finally:
        sub.chmod(0o755)


def test_articles_opened_in_the_window(library: Library, articles: Path, tmp_path: Path) -> None:
    from reader.library.indexing import add_opened
    from reader.pipeline import analyze

    path = articles / "stadtrat.txt"
    row = add_opened(library, path, analyze(path))
    assert row.is_read and row.language == "de" and library.count() == 1
    assert read_sources(library.folder) == ([], [str(path)])
    library.set_position(str(path), 80)
    again = add_opened(library, path, analyze(path))  # opened again: the same article
    assert (again.id, again.position) == (row.id, 80)
    moved = tmp_path / "moved.txt"
    os.replace(path, moved)  # moved while Reader was closed: found by its content
    after = add_opened(library, moved, analyze(moved))
    assert (after.id, after.position, after.added) == (row.id, 80, row.added)
    assert library.article(str(path)) is None
    moved.write_text("Ein neuer Titel\n\nGanz anderer Text.\n", encoding="utf-8")
    changed = add_opened(library, moved, analyze(moved))
    assert changed.id == row.id and changed.title == "Ein neuer Titel"
    assert changed.position <= len("Ein neuer Titel\n\nGanz anderer Text.")
