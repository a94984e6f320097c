"""Helpers for the library tests: analyses made by hand, and many distinct article files."""

from __future__ import annotations

from pathlib import Path

from reader.library.records import ArticleRecord, FileFacts, record_from_analysis
from reader.result import Analysis, Metadata, Speaker, Statement, Summary

LIBRARY_FILES = Path(__file__).resolve().parents[1] / "_files" / "library"


def made_analysis(
    source: str,
    title: str = "Council approves the new bridge",
    *,
    speakers: tuple[tuple[str, tuple[str, ...]], ...] = (
        ("Ada Quist", ("The bridge will open in spring",)),
    ),
    site: str = "",
    language: str = "en",
    body: str = "",
) -> Analysis:
    """An analysis whose speakers have real statements (kind "direct"), spans into the text."""
    paragraphs = [body or f"{title}. The council met on Monday to decide."]
    said: list[tuple[str, Statement]] = []
    for name, statements in speakers:
        for words in statements:
            paragraph = f'"{words}," said {name}.'
            start = sum(len(p) + 2 for p in paragraphs) + 1
            said.append((name, Statement((start, start + len(words)), "direct")))
            paragraphs.append(paragraph)
    text = "\n\n".join(paragraphs)
    sentences, position = [], 0
    for paragraph in paragraphs:
        start = text.index(paragraph, position)
        sentences.append((start, start + len(paragraph)))
        position = start + len(paragraph)
    people = []
    for name, _ in speakers:
        mine = tuple(s for n, s in said if n == name)
        first = text.index(name)
        people.append(Speaker(name, mentions=((first, first + len(name)),), statements=mine))
    return Analysis(
        source=source,
        format="txt",
        title=title,
        text=text,
        language=language,
        sentences=tuple(sentences),
        summary=Summary("lead", (0,)),
        speakers=tuple(people),
        metadata=Metadata(site_name=site),
    )


def made_record(path: Path, analysis: Analysis | None = None, digest: str = "") -> ArticleRecord:
    """The record of ``analysis`` as if read from ``path`` (which need not exist)."""
    analysis = analysis or made_analysis(str(path))
    facts = FileFacts(str(path), 100, 1, digest or f"hash-of-{path.name}")
    return record_from_analysis(analysis, facts)


def write_articles(folder: Path, count: int, *, start: int = 0) -> list[Path]:
    """``count`` distinct small articles (each with its own number in the text)."""
    folder.mkdir(parents=True, exist_ok=True)
    base = (LIBRARY_FILES / "ferry-strike.txt").read_text(encoding="utf-8")
    paths = []
    for n in range(start, start + count):
        path = folder / f"article-{n:04d}.txt"
        path.write_text(
            base.replace("Tuesday", f"Tuesday, day {n},", 1) + f"\nCrossing number {n}.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


SCHEMA_FILES = Path(__file__).resolve().parents[1] / "_files" / "library_schema"
_FTS5_SHADOWS = ("_data", "_idx", "_content", "_docsize", "_config")


def schema_sql(conn) -> str:
    """The statements that made the database's tables, indexes and views, in the order they
    were made (SQLite's own FTS5 shadow tables left out: SQLite makes them, in its own words)."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    ).fetchall()
    virtual = {name for name, sql in rows if sql.upper().startswith("CREATE VIRTUAL TABLE")}
    shadows = {v + suffix for v in virtual for suffix in _FTS5_SHADOWS}
    return "".join(" ".join(sql.split()) + ";\n" for name, sql in rows if name not in shadows)


def frozen_schema(version: int) -> str:
    """The schema of ``version`` as Reader made it (``tests/_files/library_schema/vN.sql``),
    without its comment lines."""
    path = SCHEMA_FILES / f"v{version}.sql"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(line for line in lines if not line.startswith("--"))
