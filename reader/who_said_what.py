"""The "Who said what" section of a saved summary: each speaker, then what they said.

Speakers come in order of first mention, each with their statements in article order: direct
quotations verbatim (quotation marks included) and reported statements marked as reported.
Statements of unnamed sources ("two officials told Politico ...") come last, apart, each with
the words that describe its source; they are never listed as a person.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from reader.result import Analysis, Statement

TITLE = "Who said what"
UNNAMED = "Unnamed sources"
REPORTED = "reported"


@dataclass(frozen=True)
class Said:
    """One statement as saved: its kind, its words, and (unnamed sources) who said it."""

    kind: str
    text: str
    source: str = ""

    @property
    def reported(self) -> bool:
        return self.kind == "indirect"


@dataclass(frozen=True)
class SpeakerEntry:
    """A speaker of the article (or the unnamed sources, ``name`` = :data:`UNNAMED`)."""

    name: str
    mentions: int
    statements: tuple[Said, ...]
    unnamed: bool = False


def _clean(text: str) -> str:
    """One line: runs of white space (paragraph breaks inside a statement) become a space."""
    return " ".join(text.split())


def _said(analysis: Analysis, statement: Statement) -> Said:
    start, end = statement.span
    source = ""
    if statement.subject is not None:
        source = _clean(analysis.text[statement.subject[0] : statement.subject[1]])
    return Said(statement.kind, _clean(analysis.text[start:end]), source)


def entries(analysis: Analysis) -> list[SpeakerEntry]:
    """The section's content: speakers by first mention, then the unnamed sources if any."""
    found = [
        SpeakerEntry(
            speaker.name,
            len(speaker.mentions),
            tuple(_said(analysis, st) for st in sorted(speaker.statements, key=lambda s: s.span)),
        )
        for speaker in analysis.speakers
    ]
    if analysis.unnamed_statements:
        said = tuple(_said(analysis, st) for st in analysis.unnamed_statements)
        found.append(SpeakerEntry(UNNAMED, 0, said, unnamed=True))
    return found


def heading(entry: SpeakerEntry) -> str:
    """ "John Kirby (3 mentions)", or "Unnamed sources"."""
    if entry.unnamed:
        return entry.name
    n = entry.mentions
    return f"{entry.name} ({n} mention{'s' if n != 1 else ''})"


def line(said: Said, unnamed: bool = False) -> str:
    """A statement as one line of text: a quotation verbatim, a reported statement marked."""
    who = f"{said.source}, " if unnamed and said.source else ""
    if said.reported:
        return f"{who}{REPORTED}: {said.text}"
    return f"{who}{said.text}" if who else said.text


def text_lines(analysis: Analysis) -> list[str]:
    """The section in plain text (empty when the article has no speakers)."""
    found = entries(analysis)
    if not found:
        return []
    out = [TITLE, "-" * len(TITLE)]
    for entry in found:
        out += ["", heading(entry)]
        out += [f"- {line(s, entry.unnamed)}" for s in entry.statements] or ["  (no statement)"]
    return out


def markdown_lines(analysis: Analysis, escape: Callable[[str], str] | None = None) -> list[str]:
    """The section in Markdown; ``escape`` makes text literal (the exporter's ``_md``)."""
    esc: Callable[[str], str] = escape or (lambda s: s)
    found = entries(analysis)
    if not found:
        return []
    out = [f"## {TITLE}"]
    for entry in found:
        out += ["", f"### {esc(heading(entry))}", ""]
        for said in entry.statements:
            who = f"{esc(said.source)}, " if entry.unnamed and said.source else ""
            if said.reported:
                out.append(f"- {who}*{REPORTED}:* {esc(said.text)}")
            else:
                out.append(f"- {who}{esc(said.text)}")
        if not entry.statements:
            out.append("- *(no statement)*")
    return out


def html_lines(analysis: Analysis) -> list[str]:
    """The section as HTML elements."""
    e = html.escape
    found = entries(analysis)
    if not found:
        return []
    out = [f"<h2>{TITLE}</h2>"]
    for entry in found:
        out += [f'<h3 dir="auto">{e(heading(entry))}</h3>', "<ul>"]
        for said in entry.statements:
            who = f"{e(said.source)}, " if entry.unnamed and said.source else ""
            if said.reported:
                body = f'{who}<span class="reported">{REPORTED}:</span> {e(said.text)}'
                out.append(f'<li class="indirect" dir="auto">{body}</li>')
            else:
                out.append(f'<li class="direct" dir="auto">{who}{e(said.text)}</li>')
        if not entry.statements:
            out.append("<li>(no statement)</li>")
        out.append("</ul>")
    return out


def json_data(analysis: Analysis) -> list[dict[str, object]]:
    """The section as JSON-ready data (the statements' spans are in ``speakers`` already)."""
    return [
        {
            "speaker": None if entry.unnamed else entry.name,
            "statements": [
                {"kind": s.kind, "text": s.text, **({"source": s.source} if entry.unnamed else {})}
                for s in entry.statements
            ],
        }
        for entry in entries(analysis)
    ]
