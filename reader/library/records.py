"""What the library stores about an article, and the rows it hands back.

An :class:`ArticleRecord` is made from an :class:`~reader.result.Analysis` (in a worker process
when indexing in parallel, so it is plain data) and written by the store. Rows read back are
:class:`ArticleRow`, :class:`SearchHit`, :class:`Person` and :class:`PersonQuotes`.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, fields
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from reader.readable import iso_date
from reader.reading_time import count_words, reading_minutes
from reader.result import Analysis, Metadata, Span, Speaker, Statement, Summary


@dataclass(frozen=True)
class FileFacts:
    """A file as found on disk: absolute path, size, modification time and content hash."""

    path: str
    size: int
    mtime_ns: int
    hash: str


@dataclass(frozen=True)
class SpeakerRecord:
    """One speaker of one article: ``number`` is its place in ``Analysis.speakers``."""

    number: int
    name: str
    key: str
    mentions: int
    statements: int


@dataclass(frozen=True)
class StatementRecord:
    """One statement of one article's speaker ``speaker`` (its number), with its words."""

    speaker: int
    number: int
    start: int
    end: int
    kind: str
    text: str


@dataclass(frozen=True)
class ArticleRecord:
    """Everything the library keeps about one analysed article file."""

    facts: FileFacts
    format: str
    title: str
    site: str
    author: str
    published: str
    url: str
    language: str
    words: int
    minutes: int
    summary: str  # the summary sentences, one a line
    analysis: str  # JSON of Analysis.to_dict() without "text" and "source"
    body: str  # Analysis.text
    speakers: tuple[SpeakerRecord, ...]
    statements: tuple[StatementRecord, ...]


class ArticleRow(NamedTuple):
    """An article as listed: what the library view and ``reader library list`` show (a named
    tuple: ten thousand of them are made at once)."""

    id: int
    path: str
    title: str
    site: str
    author: str
    published: str
    language: str
    format: str
    words: int
    minutes: int
    added: str
    opened: str | None
    position: int
    speakers: tuple[str, ...] = ()

    @property
    def is_read(self) -> bool:
        return self.opened is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "title": self.title,
            "site": self.site,
            "author": self.author,
            "date": self.published,
            "language": self.language,
            "format": self.format,
            "words": self.words,
            "reading_minutes": self.minutes,
            "added": self.added,
            "last_opened": self.opened,
            "position": self.position,
            "speakers": list(self.speakers),
        }


@dataclass(frozen=True)
class SearchHit:
    """A search result: the article, a snippet of the text around the matched words (with the
    matches as spans into ``snippet``) and its bm25 score (lower is better)."""

    article: ArticleRow
    snippet: str
    matches: tuple[Span, ...]
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.article.to_dict(),
            "snippet": self.snippet,
            "matches": [list(m) for m in self.matches],
            "score": round(self.score, 6),
        }


@dataclass(frozen=True)
class Person:
    """A speaker across the library: the articles quoting them and their statements there."""

    key: str
    name: str
    articles: int
    statements: int


@dataclass(frozen=True)
class QuotedStatement:
    """A statement as the People view shows it: its words, kind and span in the article text."""

    text: str
    kind: str
    span: Span


@dataclass(frozen=True)
class PersonQuotes:
    """One article quoting a person, with what that person says in it."""

    article: ArticleRow
    name: str
    statements: tuple[QuotedStatement, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.article.to_dict(),
            "speaker": self.name,
            "statements": [
                {"text": s.text, "kind": s.kind, "span": list(s.span)} for s in self.statements
            ],
        }


def speaker_key(name: str) -> str:
    """How the library groups a speaker's name: case, accents and spacing do not matter."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(plain.replace(".", " ").split())


def site_of(metadata: Metadata) -> str:
    """The site an article comes from: its stated name, else its address's host."""
    if metadata.site_name.strip():
        return " ".join(metadata.site_name.split())
    host = (urlsplit(metadata.url).hostname or "") if metadata.url else ""
    return host.removeprefix("www.")


def statements_of(speaker: Speaker) -> tuple[Statement, ...]:
    """The speaker's statements; for an analysis that gives only quote spans (older finders),
    each quote counts as a direct statement."""
    if speaker.statements:
        return speaker.statements
    return tuple(Statement(span=span, kind="direct") for span in speaker.quotes)


def _clip(text: str, span: Span) -> str:
    start, end = span
    return " ".join(text[max(0, start) : max(0, end)].split())


def people_records(
    speakers: tuple[Speaker, ...], text: str
) -> tuple[tuple[SpeakerRecord, ...], tuple[StatementRecord, ...]]:
    """The speaker and statement rows of one article."""
    people, said = [], []
    for number, speaker in enumerate(speakers):
        statements = statements_of(speaker)
        people.append(
            SpeakerRecord(
                number=number,
                name=" ".join(speaker.name.split()),
                key=speaker_key(speaker.name),
                mentions=len(speaker.mentions),
                statements=len(statements),
            )
        )
        for i, statement in enumerate(statements):
            start, end = statement.span
            said.append(
                StatementRecord(number, i, start, end, statement.kind, _clip(text, statement.span))
            )
    return tuple(people), tuple(said)


def stored_analysis(analysis: Analysis) -> str:
    """The JSON the library keeps of ``analysis``: everything but the text and the source."""
    data = analysis.to_dict()
    del data["text"], data["source"]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def record_from_analysis(analysis: Analysis, facts: FileFacts) -> ArticleRecord:
    """What the library stores for ``analysis`` of the file ``facts``."""
    meta = analysis.metadata
    speakers, statements = people_records(analysis.speakers, analysis.text)
    return ArticleRecord(
        facts=facts,
        format=analysis.format,
        title=" ".join(analysis.title.split()),
        site=site_of(meta),
        author=meta.author,
        published=iso_date(meta.date),
        url=meta.url,
        language=analysis.language,
        words=count_words(analysis.text),
        minutes=reading_minutes(analysis.text),
        summary="\n".join(" ".join(s.split()) for s in analysis.summary_texts),
        analysis=stored_analysis(analysis),
        body=analysis.text,
        speakers=speakers,
        statements=statements,
    )


def _spans(items: Any) -> tuple[Span, ...]:
    return tuple((int(a), int(b)) for a, b in items or ())


def analysis_from_stored(path: str, data: str | dict[str, Any], text: str) -> Analysis:
    """Rebuild the :class:`Analysis` of a stored article (for exporting its summary)."""
    d: dict[str, Any] = json.loads(data) if isinstance(data, str) else data
    summary = d.get("summary") or {}
    speakers = tuple(
        Speaker(
            name=s.get("name", ""),
            mentions=_spans(s.get("mentions")),
            quotes=_spans(s.get("quotes")),
            statements=tuple(
                Statement(
                    span=(int(t["span"][0]), int(t["span"][1])),
                    kind=t.get("kind", "direct"),
                    cue=(int(t["cue"][0]), int(t["cue"][1])) if t.get("cue") else None,
                )
                for t in s.get("statements") or ()
            ),
        )
        for s in d.get("speakers") or ()
    )
    meta = d.get("metadata") or {}
    title_span = d.get("title_span")
    return Analysis(
        source=path,
        format=d.get("format", ""),
        title=d.get("title", ""),
        text=text,
        language=d.get("language", ""),
        removed_lines=tuple(d.get("removed_lines") or ()),
        sentences=_spans(d.get("sentences")),
        summary=Summary(
            algorithm=summary.get("algorithm", ""),
            sentences=tuple(int(i) for i in summary.get("sentences") or ()),
            notes=tuple(summary.get("notes") or ()),
        ),
        speakers=speakers,
        metadata=Metadata(
            **{f.name: str(meta[f.name]) for f in fields(Metadata) if f.name in meta}
        ),
        notes=tuple(d.get("notes") or ()),
        title_span=(int(title_span[0]), int(title_span[1])) if title_span else None,
    )
