"""Errors Reader reports to people. ``str(error)`` is a sentence a person understands.

Every front (window, command line) shows ``str(error)`` for a :class:`ReaderError` and never a
traceback. Stages raise the specific subclasses below; :func:`reader.pipeline.analyze` turns any
*other* exception escaping a stage into an :class:`InternalError` that names the stage and keeps
the original exception as ``__cause__`` (so bugs stay visible in tests and logs).
"""

from __future__ import annotations


class ReaderError(Exception):
    """Base class: the message is meant for the user, never a traceback."""


class UnreadableFileError(ReaderError):
    """The file is missing, is a directory, cannot be opened or changed while being read."""


class UnsupportedFormatError(ReaderError):
    """The file is not an article Reader can read (binary, PDF, archive ...)."""


class EmptyArticleError(ReaderError):
    """The file holds no article text."""


class ArticleTooLargeError(ReaderError):
    """The article is larger than Reader analyses (the message gives the size and the limit)."""


class SaveError(ReaderError):
    """A summary could not be written; any existing file was left untouched."""


class InternalError(ReaderError):
    """A stage failed in a way it did not foresee (a bug); ``__cause__`` holds the original.

    ``stage`` names the step that failed (``"loading"``, ``"summarising"`` ...).
    """

    def __init__(self, message: str, stage: str = "") -> None:
        super().__init__(message)
        self.stage = stage


class SummaryExistsError(SaveError):
    """The summary file already exists and overwriting was not allowed; it was left unchanged."""


def internal_problem(doing: str, exc: BaseException) -> str:
    """The one sentence every front shows for a bug: what Reader was doing, the exception's kind,
    and that the article was not changed (``doing``: e.g. "summarising this article")."""
    return (
        f"Reader ran into an internal problem while {doing} ({exc.__class__.__name__}). "
        "The file itself was not changed; please report this problem."
    )
