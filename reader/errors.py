"""Errors Reader reports to people. ``str(error)`` is a sentence a person understands."""

from __future__ import annotations


class ReaderError(Exception):
    """Base class: the message is meant for the user, never a traceback."""


class UnreadableFileError(ReaderError):
    """The file is missing, is a directory, cannot be opened or changed while being read."""


class UnsupportedFormatError(ReaderError):
    """The file is not an article Reader can read (binary, PDF, archive ...)."""


class EmptyArticleError(ReaderError):
    """The file holds no article text."""


class SaveError(ReaderError):
    """A summary could not be written; any existing file was left untouched."""
