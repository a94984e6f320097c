"""Reading files: every failure becomes a message a person understands, naming the file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from reader.errors import ArticleTooLargeError, UnreadableFileError
from reader.loading.reading import read_file_bytes


def test_reads_bytes_without_changing_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Hello\r\n")
    before = path.stat()
    assert read_file_bytes(path) == b"Hello\r\n"
    after = path.stat()
    assert (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match=r"could not find “gone\.txt”"):
        read_file_bytes(tmp_path / "gone.txt")


def test_folder(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="is a folder"):
        read_file_bytes(tmp_path)


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_symlink_loop_and_dangling_link(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(UnreadableFileError, match="loop") as caught:
        read_file_bytes(loop)
    assert "Errno" not in str(caught.value)
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(UnreadableFileError, match="no longer exists"):
        read_file_bytes(dangling)


@pytest.mark.skipif(
    sys.platform == "win32" or (hasattr(os, "geteuid") and os.geteuid() == 0),
    reason="permissions do not restrict the administrator",
)
def test_no_read_permission(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text")
    path.chmod(0)
    try:
        with pytest.raises(UnreadableFileError, match="not allowed to read"):
            read_file_bytes(path)
    finally:
        path.chmod(0o600)


def test_permission_error_message_without_errno(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(UnreadableFileError) as caught:
        read_file_bytes(path)
    assert "not allowed to read “secret.txt”" in str(caught.value)
    assert "Errno" not in str(caught.value)


def test_read_failure_midway_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "flaky.txt"
    path.write_text("text")

    class Failing:
        def __enter__(self) -> Failing:
            return self

        def __exit__(self, *args: object) -> None:
            return None

        def read(self, size: int = -1) -> bytes:
            raise OSError(5, "Input/output error")

    monkeypatch.setattr("builtins.open", lambda *a, **k: Failing())
    with pytest.raises(UnreadableFileError, match="while it was being read"):
        read_file_bytes(path)


def test_too_large_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written to disk
    with pytest.raises(ArticleTooLargeError, match=r"“huge\.txt” is too large.*50 MB"):
        read_file_bytes(path)


def test_limit_is_checked_on_bytes_read_too(tmp_path: Path) -> None:
    path = tmp_path / "grows.txt"
    path.write_bytes(b"x" * 11)
    with pytest.raises(ArticleTooLargeError):
        read_file_bytes(path, limit=10)
    assert read_file_bytes(path, limit=11) == b"x" * 11


def test_impossible_file_name(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="character files cannot have"):
        read_file_bytes(tmp_path / "bad\x00name.txt")


def test_a_file_that_grew_since_it_was_measured_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the file is read as far as the size found, then on to the limit when there is more
    path = tmp_path / "grows.txt"
    path.write_bytes(b"0123456789" * 3)
    real_stat = os.stat

    def stale_stat(target: object, *args: object, **kwargs: object) -> os.stat_result:
        info = real_stat(target, *args, **kwargs)  # type: ignore[call-overload]
        fields = list(info)
        fields[6] = 4  # st_size as it was before the file grew
        return os.stat_result(fields)

    monkeypatch.setattr(os, "stat", stale_stat)
    assert read_file_bytes(path) == b"0123456789" * 3
    assert read_file_bytes(path, limit=30) == b"0123456789" * 3
    with pytest.raises(ArticleTooLargeError):
        read_file_bytes(path, limit=29)
