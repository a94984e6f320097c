"""``analyze()``: load, clean, detect language, split, summarise, find speakers.

Stage modules are imported inside the functions so that importing :mod:`reader` stays cheap
(the GUI paints its first window before NLTK, sumy or trafilatura are loaded).

Failures. A stage reports a problem with the input by raising a
:class:`~reader.errors.ReaderError` subclass, which passes through unchanged. Anything else that
escapes a stage is a bug; :func:`analyze` does not swallow it but re-raises it as an
:class:`~reader.errors.InternalError` whose message a person understands and whose ``__cause__``
is the original exception (tests and logs still see the full traceback). Two kinds of foreign
exception are translated into ordinary errors because they describe the input, not a bug: an
``OSError`` escaping the loader (:class:`~reader.errors.UnreadableFileError`) and a
``MemoryError`` anywhere (:class:`~reader.errors.ArticleTooLargeError`). ``KeyboardInterrupt``
and other ``BaseException``s are never caught.
"""

from __future__ import annotations

import errno
import os
from dataclasses import replace
from pathlib import Path
from types import TracebackType

from reader.document import Document
from reader.errors import (
    ArticleTooLargeError,
    EmptyArticleError,
    InternalError,
    ReaderError,
    UnreadableFileError,
    internal_problem,
)
from reader.result import Analysis, Metadata

Source = str | os.PathLike[str] | Document

#: Longest article text (characters, after loading) that :func:`analyze` works on. News articles
#: are below 0.1 MB; this backstop keeps a huge input from running the stages for minutes
#: (benchmarks/bench_large_input.py: 4 MB of text took about 8 s and 0.45 GB here).
MAX_TEXT_CHARS = 4 * 1024 * 1024
_MB = 1024 * 1024  # sizes in messages are in the same MB as the loader's file-size limit

_OS_REASONS = {
    errno.ENOENT: "the file does not exist (it may have been moved or deleted)",
    errno.EACCES: "you do not have permission to read it",
    errno.EPERM: "you do not have permission to read it",
    errno.EISDIR: "it is a folder, not a file",
    errno.ELOOP: "it is a link that points to itself in a loop",
    errno.ENAMETOOLONG: "its name is too long",
    errno.EIO: "the disk reported a read error",
    errno.ENOTDIR: "a part of its path is not a folder",
}


def _describe(source: Source) -> str:
    if isinstance(source, Document):
        return source.source or "the article"
    if isinstance(source, os.PathLike):
        return Path(source).name or str(source)
    return "the article"


def _subject(source: Source) -> str:
    """How a message names the article: the file's name in quotes, or "This article"."""
    if isinstance(source, os.PathLike) and Path(source).name:
        return f"“{Path(source).name}”"
    return "This article"


class _Stage:
    """Turns an unforeseen exception in one stage into a :class:`ReaderError` (see module doc).

    A class rather than a generator-based context manager: it is entered seven times for each
    article, and costs a quarter as much.
    """

    __slots__ = ("doing", "source")

    def __init__(self, doing: str, source: Source) -> None:
        self.doing = doing
        self.source = source

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, _: TracebackType | None
    ) -> None:
        if not isinstance(exc, Exception) or isinstance(exc, ReaderError):
            return  # no exception, one for people, or not an error (KeyboardInterrupt...)
        doing, source = self.doing, self.source
        if isinstance(exc, MemoryError):
            raise ArticleTooLargeError(
                f"There was not enough memory for {doing} {_describe(source)}; "
                "the article is too large for this computer."
            ) from exc
        if isinstance(exc, OSError) and doing == "loading":
            reason = _OS_REASONS.get(exc.errno or 0, "the system could not read it")
            raise UnreadableFileError(f"Could not open {_describe(source)}: {reason}.") from exc
        raise InternalError(internal_problem(f"{doing} this article", exc), doing) from exc


def _too_long_message(source: Source, chars: int) -> str:
    size, limit = chars / _MB, MAX_TEXT_CHARS / _MB
    amount = f"a little over {limit:.0f} MB" if size < limit + 0.5 else f"about {size:.0f} MB"
    return (
        f"{_subject(source)} is too long for Reader: {amount} of text; "
        f"Reader reads articles of up to {limit:.0f} MB."
    )


def load(source: Source) -> Document:
    """A :class:`Document` from a path (``Path`` or path-like) or from article text (``str``)."""
    from reader.loading import document_from_text, load_document

    if isinstance(source, Document):
        return source
    if isinstance(source, os.PathLike):
        return load_document(source)
    if isinstance(source, str):
        return document_from_text(source)
    raise TypeError(f"analyze() takes a path, a str or a Document, not {type(source).__name__}")


def analyze(
    source: Source,
    *,
    language: str | None = None,
    algorithm: str | None = None,
    count: int | None = None,
    ratio: float | None = None,
) -> Analysis:
    """Analyse one article and return the immutable :class:`Analysis`.

    ``source`` is a path (``pathlib.Path`` or any ``os.PathLike``) or the article text itself
    (``str``). ``language`` overrides detection (ISO 639-1 code). ``algorithm``, ``count`` and
    ``ratio`` choose the summary (see :mod:`reader.summary`). Raises
    :class:`reader.errors.ReaderError` with a message meant for people (an
    :class:`~reader.errors.InternalError` for a bug, with the original as ``__cause__``), and
    ``ValueError`` at once for an unknown algorithm or an invalid length.
    """
    if not isinstance(source, (str, os.PathLike, Document)):
        raise TypeError(f"analyze() takes a path, a str or a Document, not {type(source).__name__}")
    check_summary_options(algorithm, count, ratio)
    with _Stage("loading", source):
        document = load(source)
    with _Stage("cleaning", source):
        from reader.cleaning import clean_document

        cleaned = clean_document(document, language=language)
    text, removed = cleaned.text, cleaned.removed_lines
    title, title_span = document.title, document.title_span
    if cleaned.whole_page:
        title, title_span = cleaned.title or title, None
    elif cleaned.title:  # an article text's headline under a promotion: it opens the text
        title, title_span = cleaned.title, (0, len(cleaned.title))
    if title_span is not None and not text.startswith(title):
        title_span = None
    if not text[title_span[1] if title_span else 0 :].strip():
        if removed and not cleaned.whole_page:
            raise EmptyArticleError(
                "This file holds only teaser lines for other stories, no article text."
            )
        raise EmptyArticleError("This file holds no article text.")
    if len(text) > MAX_TEXT_CHARS:
        raise ArticleTooLargeError(_too_long_message(source, len(text)))
    with _Stage("detecting the language of", source):
        from reader.language import detect_language

        lang, lang_notes = detect_language(text, override=language)
    with _Stage("splitting sentences in", source):
        from reader.sentences import split_sentences

        sentences = split_sentences(text, lang)
    analysis = Analysis(
        source=document.source,
        format=document.format,
        title=title,
        text=text,
        language=lang,
        removed_lines=tuple(removed),
        clutter_lines=cleaned.clutter_lines,
        sentences=tuple(sentences),
        metadata=_with_byline(document.metadata, cleaned.author, cleaned.date, cleaned.site),
        notes=document.notes + tuple(lang_notes),
        title_span=title_span,
    )
    with _Stage("summarising", source):
        analysis = resummarize(analysis, algorithm=algorithm, count=count, ratio=ratio)
    with _Stage("finding the speakers in", source):
        return find_speakers(analysis)


def _with_byline(metadata: Metadata, author: str, date: str, site: str = "") -> Metadata:
    """``metadata`` with the author, date and site (the source a date line names) the page's
    lead lines gave, where it had none."""
    if (
        (metadata.author or not author)
        and (metadata.date or not date)
        and (metadata.site_name or not site)
    ):
        return metadata
    return replace(
        metadata,
        author=metadata.author or author,
        date=metadata.date or date,
        site_name=metadata.site_name or site,
    )


def check_summary_options(algorithm: str | None, count: int | None, ratio: float | None) -> None:
    """``ValueError`` (with the choices) for an unknown algorithm or an invalid length: a
    mistake of the caller, reported before any work and never as an internal problem."""
    from reader.summary.catalog import canonical_name
    from reader.summary.length import summary_length

    canonical_name(algorithm)
    summary_length(1, count, ratio)


def resummarize(
    analysis: Analysis,
    *,
    algorithm: str | None = None,
    count: int | None = None,
    ratio: float | None = None,
) -> Analysis:
    """A copy of ``analysis`` with a new summary; the text is not reloaded.

    Failures are reported like :func:`analyze` reports them (an unforeseen one as an
    :class:`~reader.errors.InternalError`).
    """
    check_summary_options(algorithm, count, ratio)
    with _Stage("summarising", analysis.source):
        from reader.summary import summarize

        summary = summarize(
            analysis.text,
            analysis.sentences,
            analysis.language,
            algorithm=algorithm,
            count=count,
            ratio=ratio,
            title=analysis.title,
            headline=analysis.title_span,
        )
    return analysis.with_changes(summary=summary)


def find_speakers(analysis: Analysis) -> Analysis:
    """A copy of ``analysis`` with its named speakers, their statements and the statements of
    unnamed sources found."""
    from reader.speakers import who_said_what

    found = who_said_what(analysis.text, analysis.language)
    return analysis.with_changes(speakers=found.speakers, unnamed_statements=found.unnamed)
