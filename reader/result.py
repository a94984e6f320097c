"""The one immutable result that flows from the core to the GUI, the CLI and export.

Every position is a character offset into ``Analysis.text`` (the text as displayed), so the
three fronts highlight exactly the same characters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True)
class Summary:
    """An extractive summary: indices into ``Analysis.sentences``, in document order."""

    algorithm: str = ""
    sentences: tuple[int, ...] = ()
    notes: tuple[str, ...] = ()  # e.g. a language fallback; shown to the user

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"algorithm": self.algorithm, "sentences": list(self.sentences)}
        if self.notes:
            d["notes"] = list(self.notes)
        return d


@dataclass(frozen=True)
class Statement:
    """One thing the article attributes to a speaker.

    ``kind`` is ``"direct"`` (the quoted words with their quotation marks) or ``"indirect"``
    (reported speech: the reported clause without speaker and verb). ``span`` locates the
    statement in ``Analysis.text``; ``cue`` locates what attributes it (the speech verb, or
    "according to"), or is ``None`` when nothing in the text does (an interview label, say);
    ``subject`` locates the words that say who speaks there ("Kirby", "he", "the spokesman",
    "two officials"), or is ``None`` (and absent from the JSON).
    """

    span: Span
    kind: str = "direct"
    cue: Span | None = None
    subject: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "span": list(self.span),
            "kind": self.kind,
            "cue": list(self.cue) if self.cue else None,
        }
        if self.subject:
            d["subject"] = list(self.subject)
        return d


@dataclass(frozen=True)
class Speaker:
    """A named person the article attributes speech or writing to.

    ``quotes`` are the spans of ``statements`` (kept for readers of the older JSON);
    ``statements`` are in text order.
    """

    name: str
    mentions: tuple[Span, ...] = ()
    quotes: tuple[Span, ...] = ()
    statements: tuple[Statement, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "mentions": [list(s) for s in self.mentions],
            "quotes": [list(s) for s in self.quotes],
            "statements": [s.to_dict() for s in self.statements],
        }


@dataclass(frozen=True)
class Metadata:
    """What the source says about itself (web pages mostly); empty strings when unknown."""

    author: str = ""
    date: str = ""
    site_name: str = ""
    url: str = ""

    def to_dict(self) -> dict[str, str]:
        return {k: v for k, v in self.__dict__.items() if v}


@dataclass(frozen=True)
class Analysis:
    """Everything Reader knows about one article.

    ``text`` is the article as displayed, removed lines excluded: ``removed_lines`` are the
    lines under the article that were not the article's (teasers for other stories, the page's
    lines a copy ran into), ``clutter_lines`` the page around the article when a whole page was
    saved (menus, share bars, related lists, footers, a PDF's print header and footer), in the
    page's order, each a paragraph; ``sentences`` are
    ``(start, end)`` offsets into it, in order; ``summary.sentences`` and every speaker span
    refer to the same text. When the headline was a line of the saved text (plain text and
    Markdown), it stays in ``text`` and ``title_span`` locates it (the window shows it as the
    heading; the summary never picks it); otherwise (web pages, titles made from a file name)
    the title is not part of ``text`` and ``title_span`` is ``None``. ``unnamed_statements``
    are what sources without a name said ("two officials told Politico ..."), in text order,
    each with the ``subject`` span that describes its source; they belong to no speaker.
    """

    source: str
    format: str
    title: str
    text: str
    language: str = "en"
    removed_lines: tuple[str, ...] = ()
    sentences: tuple[Span, ...] = ()
    summary: Summary = field(default_factory=Summary)
    speakers: tuple[Speaker, ...] = ()
    unnamed_statements: tuple[Statement, ...] = ()
    metadata: Metadata = field(default_factory=Metadata)
    notes: tuple[str, ...] = ()
    title_span: Span | None = None
    clutter_lines: tuple[str, ...] = ()

    def sentence_text(self, index: int) -> str:
        start, end = self.sentences[index]
        return self.text[start:end]

    @property
    def summary_texts(self) -> list[str]:
        return [self.sentence_text(i) for i in self.summary.sentences]

    def with_changes(self, **changes: Any) -> Analysis:
        """A copy with ``changes`` (``dataclasses.replace``, without its walk over the fields:
        twice as fast, and the pipeline makes two copies of every article)."""
        return Analysis(**{**self.__dict__, **changes})

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "format": self.format,
            "title": self.title,
            "title_span": list(self.title_span) if self.title_span else None,
            "language": self.language,
            "text": self.text,
            "removed_lines": list(self.removed_lines),
            "clutter_lines": list(self.clutter_lines),
            "sentences": [list(s) for s in self.sentences],
            "summary": self.summary.to_dict(),
            "speakers": [s.to_dict() for s in self.speakers],
            "unnamed_statements": [s.to_dict() for s in self.unnamed_statements],
            "metadata": self.metadata.to_dict(),
            "notes": list(self.notes),
        }
