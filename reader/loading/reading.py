"""Reading a file's bytes once, read-only, with a size limit and messages a person understands."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from reader.errors import ArticleTooLargeError, UnreadableFileError

#: Largest file Reader opens, in bytes. Saved news articles are well below 1 MB as text or HTML;
#: a single-file web page (MHTML) carries its pictures too and can reach a few megabytes.
MAX_FILE_BYTES = 32 * 1024 * 1024


def display_name(path: Path) -> str:
    """The file's name as shown in messages (the whole path when it has no name part)."""
    return f"“{path.name or str(path)}”"


def read_file_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The whole content of ``path``; never writes to it and reads at most ``limit + 1`` bytes.

    Raises :class:`UnreadableFileError` (missing, folder, no permission, link loop, not a regular
    file, read failure) or :class:`ArticleTooLargeError` (larger than ``limit``).
    """
    name = display_name(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        raise UnreadableFileError(_reason(exc, path)) from exc
    except ValueError as exc:  # a NUL character in the path
        raise UnreadableFileError(
            f"Reader could not open {name}: its name contains a character files cannot have."
        ) from exc
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableFileError(f"{name} is a folder, not a file. Choose an article file in it.")
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFileError(
            f"{name} is not an ordinary file (it is a device, pipe or socket), so Reader cannot "
            "open it as an article."
        )
    if info.st_size > limit:
        raise _too_large(name, info.st_size, limit)
    try:
        with open(path, "rb") as handle:  # read-only: the source is never modified
            # the size found, and a byte more to see whether the file grew (then up to the
            # limit): asking for ``limit + 1`` bytes at once would allocate them all first
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(limit - info.st_size)
    except OSError as exc:
        raise UnreadableFileError(_reason(exc, path)) from exc
    if len(data) > limit:
        raise _too_large(name, len(data), limit)
    return data


def _too_large(name: str, size: int, limit: int) -> ArticleTooLargeError:
    return ArticleTooLargeError(
        f"{name} is too large to be a saved article ({_megabytes(size)}); Reader opens files "
        f"of up to {_megabytes(limit)}."
    )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size} bytes"


def _reason(exc: OSError, path: Path) -> str:
    name = display_name(path)
    code = exc.errno
    if isinstance(exc, FileNotFoundError) or code == errno.ENOENT:
        if path.is_symlink():
            return f"{name} is a link to a file that no longer exists."
        return f"Reader could not find {name}; it may have been moved, renamed or deleted."
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        return (
            f"Reader is not allowed to read {name}. Check the file's permissions or copy it to "
            "a folder you own."
        )
    if isinstance(exc, IsADirectoryError) or code == errno.EISDIR:
        return f"{name} is a folder, not a file. Choose an article file in it."
    if code == errno.ELOOP:
        return f"{name} is a link that points back to itself in a loop, so it leads to no file."
    if isinstance(exc, NotADirectoryError) or code == errno.ENOTDIR:
        return f"Reader could not find {name}: a part of its path is a file, not a folder."
    if code == errno.ENAMETOOLONG:
        return f"Reader could not open {name}: the file's name or path is too long."
    return (
        f"Reader could not read {name}: the file changed, disappeared or its disk stopped "
        "responding while it was being read. Try opening it again."
    )
