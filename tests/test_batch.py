"""``reader.batch.analyze_files``: input order, the same results on every core, bounded memory,
cancelling, progress and a worker that dies."""

from __future__ import annotations

import itertools
import multiprocessing
import os
import threading
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from reader import batch
from reader.batch import BatchItem, Options, analyze_files, analyze_one


def _outcomes(items: list[BatchItem]) -> list[tuple[int, str, object]]:
    return [(i.index, i.source, i.analysis.to_dict() if i.analysis else i.error) for i in items]


def test_two_jobs_give_the_same_items_in_input_order_as_one(mixed) -> None:
    one = list(analyze_files(mixed, jobs=1, options=Options(count=2)))
    two = list(analyze_files(mixed, jobs=2, options=Options(count=2)))
    assert [item.index for item in two] == list(range(len(mixed)))
    assert [item.source for item in two] == mixed
    assert _outcomes(two) == _outcomes(one)
    assert [item.ok for item in two] == [True, False, True, False, True, False, True, True]
    assert "missing.txt" in (two[1].error or "") and "image" in (two[3].error or "").lower()
    assert all(len(item.analysis.summary.sentences) == 2 for item in two if item.analysis)
    assert not multiprocessing.active_children()


def test_paths_and_str_are_both_accepted(files: Path) -> None:
    path = files / "cli" / "harbour.txt"
    (item,) = analyze_files([path], jobs=1)
    assert item.source == str(path) and item.ok and item.error is None


def test_sources_are_read_lazily_a_window_at_a_time(files: Path) -> None:
    pulled = 0

    def sources() -> Iterator[str]:
        nonlocal pulled
        for _ in range(200):
            pulled += 1
            yield str(files / "cli" / "library.txt")

    with closing(analyze_files(sources(), jobs=2)) as items:
        first = next(items)
        assert first.ok
        assert pulled <= 2 * batch.AHEAD_PER_JOB + 1  # not the 200 files
    assert not multiprocessing.active_children()


def test_progress_is_called_in_input_order_before_each_item(mixed) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, item: BatchItem) -> None:
        seen.append((done, item.index))

    for item in analyze_files(mixed, jobs=2, progress=progress):
        assert seen[-1] == (item.index + 1, item.index)
    assert seen == [(n + 1, n) for n in range(len(mixed))]


@pytest.mark.parametrize("jobs", [1, 2])
def test_cancel_stops_between_items_and_leaves_no_worker(jobs: int, files: Path) -> None:
    cancel = threading.Event()
    sources = [str(files / "cli" / "harbour.txt")] * 30

    def progress(done: int, item: BatchItem) -> None:
        if done == 3:
            cancel.set()

    items = list(analyze_files(sources, jobs=jobs, progress=progress, cancel=cancel))
    assert len(items) == 3
    assert not multiprocessing.active_children()


def test_leaving_the_loop_early_stops_the_workers(files: Path) -> None:
    sources = [str(files / "cli" / "market.html")] * 40
    with closing(analyze_files(sources, jobs=2)) as items:
        for item in items:
            assert item.ok
            break
    assert not multiprocessing.active_children()


@pytest.mark.parametrize("count", [1, batch.SMALL_BATCH_FILES - 1])
def test_a_small_batch_does_not_start_workers(count: int, files: Path, monkeypatch) -> None:
    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool was started for a small batch")

    monkeypatch.setattr(batch, "_Pool", no_pool)
    items = list(analyze_files([files / "cli" / "harbour.txt"] * count, jobs=4))
    assert len(items) == count and all(item.ok for item in items)


def test_a_few_large_files_do_start_workers(files: Path, tmp_path: Path) -> None:
    paragraph = (files / "cli" / "harbour.txt").read_text(encoding="utf-8")
    big = tmp_path / "long.txt"
    big.write_text("\n\n".join([paragraph] * (batch.SMALL_BATCH_BYTES // len(paragraph))))
    with closing(analyze_files([big, big], jobs=2)) as items:
        assert next(items).ok
        assert multiprocessing.active_children()  # the workers run
    assert not multiprocessing.active_children()


def test_one_job_runs_in_this_process(files: Path, monkeypatch) -> None:
    calls: list[Path] = []

    def fake(path: Path, **options: object) -> object:
        calls.append(path)
        raise ValueError("a bug")  # not a ReaderError: the internal-problem sentence

    monkeypatch.setattr("reader.pipeline.analyze", fake)
    (item,) = analyze_files([files / "cli" / "harbour.txt"], jobs=1)
    assert calls == [files / "cli" / "harbour.txt"]
    assert item.error is not None and "internal problem" in item.error
    assert "ValueError" in item.error


def test_invalid_options_are_refused_before_any_work(files: Path) -> None:
    with pytest.raises(ValueError):
        next(analyze_files([files / "cli" / "harbour.txt"], options=Options(algorithm="nope")))
    with pytest.raises(ValueError):
        next(analyze_files([files / "cli" / "harbour.txt"], jobs=0))


def test_default_jobs_is_the_number_of_usable_cores() -> None:
    assert 1 <= batch.default_jobs() <= (os.cpu_count() or 1)


def crash_on_marked_files(
    index: int, source: str, options: Options, convert: batch.Convert | None = None
) -> BatchItem:
    """Stands in for :func:`analyze_one` in the workers: a file named ``crash*`` kills the
    worker (as a segfault or the out-of-memory killer would)."""
    if Path(source).name.startswith("crash"):
        os._exit(1)
    return analyze_one(index, source, options, convert)


def test_a_worker_that_dies_fails_only_its_file(files: Path, tmp_path: Path, monkeypatch) -> None:
    crash = tmp_path / "crash.txt"
    crash.write_text("Never read.", encoding="utf-8")
    good = str(files / "cli" / "library.txt")
    sources = [good, good, str(crash), *[good] * batch.SMALL_BATCH_FILES]
    monkeypatch.setattr(batch, "analyze_one", crash_on_marked_files)
    items = list(analyze_files(sources, jobs=2))
    assert [item.index for item in items] == list(range(len(sources)))
    assert [item.ok for item in items] == [True, True, False, *[True] * batch.SMALL_BATCH_FILES]
    assert items[2].error == batch.WORKER_DIED
    assert not multiprocessing.active_children()


def _where_and_how_warm(
    index: int, source: str, options: Options, convert: batch.Convert | None = None
) -> BatchItem:
    """Stands in for :func:`analyze_one` in the workers: which process ran the file, and
    whether the analysis was imported there before it."""
    import sys

    warm = "reader.speakers.finder" in sys.modules
    return BatchItem(index, source, output=(os.getpid(), warm))


def test_workers_get_several_files_at_a_time(files: Path, monkeypatch) -> None:
    monkeypatch.setattr(batch, "analyze_one", _where_and_how_warm)
    sources = [str(files / "cli" / "harbour.txt")] * 60
    items = list(analyze_files(sources, jobs=2))
    assert [item.index for item in items] == list(range(60))
    pids = [item.output[0] for item in items]
    assert os.getpid() not in pids and len(set(pids)) <= 2
    runs = sum(1 for a, b in itertools.pairwise(pids) if a != b) + 1
    assert runs < 40  # files came in chunks: consecutive files ran in the same worker
    assert not multiprocessing.active_children()


@pytest.mark.skipif(batch.start_method() != "forkserver", reason="workers are spawned here")
def test_workers_forked_from_the_fork_server_start_warm(files: Path, monkeypatch) -> None:
    monkeypatch.setattr(batch, "analyze_one", _where_and_how_warm)
    items = list(analyze_files([files / "cli" / "harbour.txt"] * 12, jobs=2))
    assert all(item.output[1] for item in items)  # the analysis was loaded before any file
    batch.stop_fork_server()
    import multiprocessing.forkserver as forkserver

    assert getattr(forkserver._forkserver, "_forkserver_pid", None) is None


def _title_and_source(analysis, source: str) -> tuple[str, str]:
    return analysis.title, source


def _refuse(analysis, source: str) -> str:
    from reader.errors import ReaderError

    if "market" in source:
        raise ReaderError("Not this one.")
    if "library" in source:
        raise KeyError("a bug")
    return source


@pytest.mark.parametrize("jobs", [1, 2])
def test_convert_runs_where_the_file_was_analysed(jobs: int, files: Path) -> None:
    names = [str(files / "cli" / n) for n in ("harbour.txt", "market.html", "library.txt")] * 4
    items = list(analyze_files(names, jobs=jobs, convert=_title_and_source))
    expected = [analyze_one(k, n, Options()) for k, n in enumerate(names)]
    assert [item.output for item in items] == [(e.analysis.title, e.source) for e in expected]
    assert all(item.ok and item.analysis is None for item in items)
    refused = list(analyze_files(names, jobs=jobs, convert=_refuse))
    assert [item.error for item in refused[:2]] == [None, "Not this one."]
    assert "internal problem" in (refused[2].error or "") and not refused[2].ok
    assert refused[3].output == names[3]


def test_chunks_grow_then_shrink_towards_the_end() -> None:
    sizes, taken = [], 0
    while taken < 200:
        size = batch.chunk_size(len(sizes), 2, 200, taken)
        sizes.append(size)
        taken += size
    assert sizes[:6] == [1, 1, 2, 2, 4, 4] and max(sizes) == batch.CHUNK_FILES
    assert sizes[-3:] == [1, 1, 1] and taken == 200
    assert batch.chunk_size(40, 2, None, 500) == batch.CHUNK_FILES  # a lazy source: no end known


def test_a_chunk_stops_at_its_size_in_bytes(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * batch.CHUNK_BYTES)
    numbered = iter(enumerate([str(tmp_path / "small.txt"), str(big), str(big), "missing"]))
    (tmp_path / "small.txt").write_text("Small.", encoding="utf-8")
    assert batch._take(numbered, 8) == ([(0, str(tmp_path / "small.txt")), (1, str(big))], False)
    assert batch._take(numbered, 8) == ([(2, str(big))], False)
    assert batch._take(numbered, 8) == ([(3, "missing")], True)
