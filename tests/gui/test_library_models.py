"""The library view's item models: search results whose snippets are made as rows are shown."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from gui_helpers import LIBRARY_FILES

from reader.gui import library_models
from reader.gui.library_models import ROW_ROLE, SNIPPET_ROLE, ArticlesModel
from reader.library.indexing import index
from reader.library.search import fts_query, search, snippets
from reader.library.store import Library

QUERY = "said OR sagte OR okafor"


@pytest.fixture
def library(library_folder: Path, tmp_path: Path):
    shutil.copytree(LIBRARY_FILES, tmp_path / "articles")
    with Library() as lib:
        index(lib, [tmp_path / "articles"], jobs=1)
        yield lib


def test_snippets_are_made_for_the_rows_shown(qtbot, library: Library, monkeypatch) -> None:
    monkeypatch.setattr(library_models, "SNIPPET_BATCH", 2)
    hits = search(library, QUERY, with_snippets=False)
    assert len(hits) == 4
    asked: list[list[int]] = []

    def fetch(ids: list[int]):
        asked.append(list(ids))
        return snippets(library, fts_query(QUERY), ids)

    model = ArticlesModel()
    model.set_hits(hits, fetch)
    assert asked == [] and model.rowCount() == 4  # nothing made before a row is shown
    assert model.index(1).data(ROW_ROLE) is hits[1].article
    assert asked == []
    snippet, matches = model.index(1).data(SNIPPET_ROLE)
    assert asked == [[hits[1].article.id, hits[2].article.id]]  # that row and the next
    assert matches and all(snippet[a:b].lower() in {"said", "sagte", "okafor"} for a, b in matches)
    model.index(2).data(SNIPPET_ROLE)
    model.index(1).data(SNIPPET_ROLE)
    assert len(asked) == 1  # made once
    model.index(0).data(SNIPPET_ROLE)
    assert asked[1] == [hits[0].article.id]  # the rows already made are not asked for again
    made = {h.article.id: (h.snippet, h.matches) for h in search(library, QUERY)}
    assert [model.index(i).data(SNIPPET_ROLE) for i in range(4)] == [
        made[h.article.id] for h in hits
    ]


def test_a_listing_has_no_snippets(qtbot, library: Library) -> None:
    model = ArticlesModel()
    rows = library.articles()
    model.set_articles(rows)
    assert model.rowCount() == 4 and model.index(0).data(SNIPPET_ROLE) is None


def test_the_meta_line_shows_dates_in_words(library: Library, tmp_path: Path) -> None:
    from gui_helpers import made_up_analysis

    from reader.library.records import FileFacts, record_from_analysis
    from reader.result import Metadata

    analysis = made_up_analysis().with_changes(
        metadata=Metadata(site_name="Gazette", date="Nov. 19, 2019, 8:41 AM UTC")
    )
    library.save(record_from_analysis(analysis, FileFacts(str(tmp_path / "a.txt"), 1, 2, "h")))
    line = library_models.meta_line(library.articles()[0])
    assert line.startswith("Gazette  ·  19 Nov 2019, 08:41  ·  ")


def test_articles_with_the_same_title_show_their_folders(qtbot, tmp_path: Path) -> None:
    from reader.library.records import ArticleRow

    def row(n: int, path: Path, title: str) -> ArticleRow:
        return ArticleRow(
            n, str(path), title, "", "", "", "en", "txt", 100, 1, "2024-01-01", None, 0
        )

    rows = [
        row(1, tmp_path / "news" / "ferry.txt", "Ferry strike"),
        row(2, tmp_path / "saved" / "ferry.txt", "Ferry  STRIKE"),
        row(3, tmp_path / "news" / "bridge.txt", "Bridge opens"),
    ]
    model = ArticlesModel()
    model.set_articles(rows)
    same = [model.data(model.index(i), library_models.SAME_TITLE_ROLE) for i in range(3)]
    assert same == [True, True, False]
    lines = [library_models.meta_line(r, folder=s) for r, s in zip(rows, same, strict=True)]
    assert lines[0].startswith(f"{tmp_path / 'news' / 'ferry.txt'}  ·  ")
    assert lines[1].startswith(f"{tmp_path / 'saved' / 'ferry.txt'}  ·  ")
    assert str(tmp_path) not in lines[2]
