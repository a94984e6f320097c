"""``analyze()``: load, clean, detect language, split, summarise, find speakers.

Stage modules are imported inside the functions so that importing :mod:`reader` stays cheap
(the GUI paints its first window before NLTK, sumy or trafilatura are loaded).
"""

from __future__ import annotations

import os
from pathlib import Path

from reader.document import Document
from reader.result import Analysis

Source = str | os.PathLike[str] | Document


def load(source: Source) -> Document:
    """A :class:`Document` from a path (``Path`` or path-like) or from article text (``str``)."""
    from reader.loading import document_from_text, load_document

    if isinstance(source, Document):
        return source
    if isinstance(source, os.PathLike):
        return load_document(source)
    return document_from_text(source)


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
    :class:`reader.errors.ReaderError` with a message meant for people.
    """
    from reader.errors import EmptyArticleError
    from reader.language import detect_language
    from reader.sentences import split_sentences
    from reader.teasers import remove_teasers

    document = load(source)
    text, removed = remove_teasers(document.text)
    if not text.strip():
        if removed:
            raise EmptyArticleError(
                "This file holds only teaser lines for other stories, no article text."
            )
        raise EmptyArticleError("This file holds no article text.")
    lang, lang_notes = detect_language(text, override=language)
    sentences = split_sentences(text, lang)
    analysis = Analysis(
        source=document.source,
        format=document.format,
        title=document.title,
        text=text,
        language=lang,
        removed_lines=tuple(removed),
        sentences=tuple(sentences),
        metadata=document.metadata,
        notes=document.notes + tuple(lang_notes),
    )
    analysis = resummarize(analysis, algorithm=algorithm, count=count, ratio=ratio)
    return find_speakers(analysis)


def resummarize(
    analysis: Analysis,
    *,
    algorithm: str | None = None,
    count: int | None = None,
    ratio: float | None = None,
) -> Analysis:
    """A copy of ``analysis`` with a new summary; the text is not reloaded."""
    from reader.summary import summarize

    summary = summarize(
        analysis.text,
        analysis.sentences,
        analysis.language,
        algorithm=algorithm,
        count=count,
        ratio=ratio,
        title=analysis.title,
    )
    return analysis.with_changes(summary=summary)


def find_speakers(analysis: Analysis) -> Analysis:
    from reader.speakers import find_speakers as _find

    return analysis.with_changes(
        speakers=_find(analysis.text, analysis.sentences, analysis.language)
    )


def path_source(path: str | os.PathLike[str]) -> Path:
    """Wrap a command-line path so :func:`analyze` treats it as a file, not as text."""
    return Path(path)
