"""Articles and checks shared by the summary tests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from reader.result import Span
from reader.sentences import split_sentences

GERMAN_FIXTURES = {"stadtbibliothek.txt"}


@dataclass(frozen=True)
class Article:
    """An article split the way the pipeline splits it (headline apart)."""

    name: str
    title: str
    body: str
    language: str
    spans: tuple[Span, ...]


def read_article(path: Path, language: str) -> Article:
    """A headline-line, blank-line, paragraphs file as an :class:`Article`."""
    raw = path.read_text(encoding="utf-8").strip("\n")
    title, _, body = raw.partition("\n\n")
    spans = tuple(split_sentences(body, language))
    return Article(path.name, title.strip(), body, language, spans)


@pytest.fixture
def own_articles(files: Path) -> list[Article]:
    """The articles we wrote for these tests (English and German)."""
    folder = files / "summary"
    return [
        read_article(p, "de" if p.name in GERMAN_FIXTURES else "en")
        for p in sorted(folder.glob("*.txt"))
    ]


@pytest.fixture
def english_article(files: Path) -> Article:
    return read_article(files / "summary" / "harbour_bridge.txt", "en")


@pytest.fixture
def bbc_articles(corpus: Path) -> list[Article]:
    """The 20 BBC dev articles of the shared corpus."""
    return [read_article(p, "en") for p in sorted((corpus / "bbc" / "article").glob("*/*.txt"))]


def _cutoff_ties(scores: list[float], chosen: set[int], other: set[int]) -> bool:
    """Whether the two selections differ only among sentences tied at the cut-off rating."""
    import numpy as np

    values = np.asarray(scores, dtype=float)
    scale = max(float(np.abs(values).max()), 1e-300)
    rounded = np.round(values / scale, 9)
    differing = chosen ^ other
    cutoff = min(rounded[i] for i in chosen)
    return all(rounded[i] == cutoff for i in differing)


@pytest.fixture
def assert_same_as_sumy() -> Callable[..., None]:
    """``check(name, article, count, scores=None)``: Reader's fast ``name`` picks the same
    sentences as sumy's; with ``scores`` (Reader's ratings), sentences tied at the cut-off may
    differ (sumy breaks such ties by floating-point noise)."""
    from reader.summary.engine import selector
    from reader.summary.prepared import prepare
    from reader.summary.sumy_reference import sumy_summary

    def check(name: str, article: Article, count: int, scores: list[float] | None = None) -> None:
        prepared = prepare(article.body, article.spans, article.language, article.title)
        ours = selector(name)(prepared, count)
        theirs = sumy_summary(
            name, article.body, article.spans, article.language, count, article.title
        )
        if ours == theirs:
            return
        assert scores is not None and _cutoff_ties(scores, set(ours), set(theirs)), (
            f"{name} on {article.name} (k={count}): Reader {ours}, sumy {theirs}"
        )

    return check
