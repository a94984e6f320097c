"""Problems with the library itself (not with an article); messages are meant for people."""

from __future__ import annotations

from reader.errors import ReaderError


class LibraryError(ReaderError):
    """The library could not do what was asked; ``str()`` says why in plain words."""


class LibraryDamagedError(LibraryError):
    """The database file is damaged (not a database, or a malformed page)."""


class NewerLibraryError(LibraryError):
    """The database was written by a newer Reader whose schema this one does not know."""


class LibraryBusyError(LibraryError):
    """Another program kept the library busy for longer than Reader waits."""
