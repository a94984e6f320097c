"""A loaded article before analysis: what the loaders hand to the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.result import Metadata


@dataclass(frozen=True)
class Document:
    """An article as read from its source.

    ``text`` is the body with paragraphs separated by blank lines and ``\\n`` line endings; it
    excludes the title. Teaser lines are still in it: the pipeline removes them.
    """

    source: str
    format: str  # "txt" | "html" | "mhtml" | "md"
    title: str
    text: str
    metadata: Metadata = field(default_factory=Metadata)
    notes: tuple[str, ...] = ()
