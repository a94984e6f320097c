"""Pasted articles kept as text files in the library's folder: read back as they were shown,
named after the day and the headline, written atomically, never over another file."""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest

from reader.errors import SaveError
from reader.library.pasted import (
    PASTED_FOLDER,
    is_kept_paste,
    keep_pasted,
    pasted_folder,
    pasted_name,
    remember_pasted,
)
from reader.loading import document_from_html, document_from_text
from reader.pipeline import analyze
from reader.result import Analysis

DAY = date(2024, 6, 21)
HEADLINE = "Night buses return to the valley"
PARAGRAPHS = (
    "The night bus between Carrow and the valley villages will run again from Friday, the "
    "transport board said on Tuesday, a year after it was cut to save money.",
    '"People missed their last train home and had no way back," said Lena Moss, who chairs '
    "the villages' council.",
    "The board will review the service after six months.",
)
PAGE_TEXT = "\n\n".join(
    [HEADLINE, "By Tomas Ekberg", "21 June 2024, 09:15", *PARAGRAPHS, "Share this story"]
)


def _pasted_text(text: str = PAGE_TEXT) -> Analysis:
    return analyze(document_from_text(text, name="Pasted article.txt"))


def _body(analysis: Analysis) -> str:
    span = analysis.title_span
    return (analysis.text[span[1] :] if span else analysis.text).strip()


def test_a_kept_paste_reads_back_as_it_was_shown(tmp_path: Path) -> None:
    pasted = _pasted_text()
    assert pasted.metadata.author == "Tomas Ekberg"  # the byline went behind the note
    path = keep_pasted(pasted, tmp_path, DAY)
    assert path.name == f"2024-06-21 {HEADLINE}.txt"
    saved = path.read_text("utf-8")
    assert saved.startswith(
        f"---\ntitle: {HEADLINE}\nauthor: Tomas Ekberg\ndate: 21 June 2024, 09:15\n"
        "pasted: 2024-06-21\n---\n\n"
    )
    assert "Share this story" not in saved  # a line Reader removed stays removed
    again = analyze(path)
    assert again.title == HEADLINE
    assert _body(again) == _body(pasted)
    assert again.metadata.author == pasted.metadata.author
    assert again.metadata.date == pasted.metadata.date
    assert [again.sentence_text(i) for i in range(len(again.sentences))] == [
        pasted.sentence_text(i) for i in range(len(pasted.sentences))
    ]


def test_a_pasted_web_selection_keeps_its_headline(tmp_path: Path) -> None:
    html = f"<h1>{HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    pasted = analyze(document_from_html(html, name="Pasted article.html"))
    assert pasted.title_span is None  # a web page's title is not in its text
    path = keep_pasted(pasted, tmp_path, DAY)
    again = analyze(path)
    assert again.title == HEADLINE
    assert _body(again) == _body(pasted)


def test_a_paste_without_headline_is_named_after_its_first_words(tmp_path: Path) -> None:
    pasted = _pasted_text("\n\n".join(PARAGRAPHS))
    assert pasted.title == "Pasted article"  # the window's placeholder, not a headline
    path = keep_pasted(pasted, tmp_path, DAY)
    assert path.name == "2024-06-21 The night bus between Carrow and the valley….txt"
    assert not path.read_text("utf-8").startswith("Pasted article")


def test_names_are_valid_files_on_every_system() -> None:
    pasted = _pasted_text(PAGE_TEXT.replace(HEADLINE, 'Buses: "yes" or no? A/B test *now*'))
    name = pasted_name(pasted, DAY, 3)
    assert name == "2024-06-21 Buses yes or no A B test now (3).txt"


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    pasted = _pasted_text()
    taken = tmp_path / pasted_name(pasted, DAY)
    taken.write_text("another article of that name", "utf-8")
    path = keep_pasted(pasted, tmp_path, DAY)
    assert path.name == f"2024-06-21 {HEADLINE} (2).txt"
    assert taken.read_text("utf-8") == "another article of that name"


def test_the_same_article_pasted_again_is_the_file_kept_already(tmp_path: Path) -> None:
    pasted = _pasted_text()
    first = keep_pasted(pasted, tmp_path, DAY)
    assert keep_pasted(pasted, tmp_path, DAY) == first
    assert sorted(p.name for p in tmp_path.iterdir()) == [first.name]
    other = _pasted_text(PAGE_TEXT.replace("six months", "a year"))
    assert keep_pasted(other, tmp_path, DAY).name.endswith(" (2).txt")


def test_a_failed_write_leaves_nothing_and_says_why(tmp_path, monkeypatch) -> None:
    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(SaveError, match="disk is full"):
        keep_pasted(_pasted_text(), tmp_path / "kept", DAY)
    assert list((tmp_path / "kept").iterdir()) == []  # no half-written file, no temporary one


def test_a_folder_that_cannot_be_made_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    with pytest.raises(SaveError, match="Could not keep the pasted article"):
        keep_pasted(_pasted_text(), blocker / "kept", DAY)


def test_a_remembered_paste_is_a_library_article(library) -> None:
    path, row = remember_pasted(library, _pasted_text(), DAY)
    assert path.parent == library.path.parent / PASTED_FOLDER
    assert path.parent == pasted_folder(library.path.parent)
    assert is_kept_paste(path, library.path.parent)
    assert not is_kept_paste(library.path, library.path.parent)
    assert row.path == str(path) and row.title == HEADLINE and row.format == "txt"
    assert row.author == "Tomas Ekberg"
    assert library.article(str(path)) is not None
    # after a restart (a new connection) it is still there
    from reader.library.store import Library

    reopened = Library(library.path)
    try:
        assert reopened.article(str(path)).title == HEADLINE
    finally:
        reopened.close()


def _web_paste(head: str) -> Analysis:
    html = (
        f"<html><head>{head}</head><body><article><h1>{HEADLINE}</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</article></body></html>"
    )
    return analyze(document_from_html(html, name="Pasted article.html"))


FULL_HEAD = (
    '<meta property="og:site_name" content="Valley Courier">'
    '<meta name="author" content="Tomas Ekberg">'
    '<meta property="article:published_time" content="2024-06-21">'
)


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("title", HEADLINE),
        ("author", "Tomas Ekberg"),
        ("date", "2024-06-21"),
        ("site_name", "Valley Courier"),
    ],
)
def test_each_field_of_a_web_paste_reads_back(tmp_path: Path, field: str, expected: str) -> None:
    pasted = _web_paste(FULL_HEAD)
    got = pasted.title if field == "title" else getattr(pasted.metadata, field)
    assert got == expected  # what the window showed
    again = analyze(keep_pasted(pasted, tmp_path, DAY))
    assert (again.title if field == "title" else getattr(again.metadata, field)) == expected
    assert _body(again) == _body(pasted)  # the lead lines are not shown as text


def test_a_site_of_several_words_reads_back_with_the_date(tmp_path: Path) -> None:
    head = (
        '<meta property="og:site_name" content="The Valley Courier">'
        '<meta property="article:published_time" content="2024-06-21T09:15:00">'
    )
    pasted = _web_paste(head)
    path = keep_pasted(pasted, tmp_path, DAY)
    assert "\nsite: The Valley Courier\n" in path.read_text("utf-8")
    again = analyze(path)
    assert again.metadata.site_name == "The Valley Courier"
    assert again.metadata.date == pasted.metadata.date
    assert _body(again) == _body(pasted)


def test_a_site_without_a_date_reads_back_and_is_not_text(tmp_path: Path) -> None:
    pasted = _web_paste('<meta property="og:site_name" content="Valley Courier">')
    again = analyze(keep_pasted(pasted, tmp_path, DAY))
    assert again.metadata.site_name == "Valley Courier"
    assert "Valley Courier" not in again.text and _body(again) == _body(pasted)


def test_the_library_row_of_a_kept_web_paste_has_every_field(library) -> None:
    path, _row = remember_pasted(library, _web_paste(FULL_HEAD), DAY)
    from reader.library.indexing import index

    library.remove([str(path)])  # read again from the file, as a rebuilt library does
    index(library, files=[path], jobs=1)
    row = library.article(str(path))
    assert (row.title, row.author, row.published, row.site) == (
        HEADLINE,
        "Tomas Ekberg",
        "2024-06-21",
        "Valley Courier",
    )


def test_the_day_and_headline_of_a_kept_paste_are_read_back_from_its_name(tmp_path) -> None:
    from reader.library.pasted import kept_title, pasted_day, pasted_name

    analysis = analyze(
        document_from_text("Ferry back in service\n\nThe ferry sailed again on Monday.\n", "x.txt")
    )
    day = date(2024, 6, 21)
    for number in (1, 2):
        path = tmp_path / pasted_name(analysis, day, number)
        assert pasted_day(path) == day
        assert kept_title(path) == "Ferry back in service"
    assert pasted_day("2024-13-40 Not a day.txt") is None
    assert pasted_day(tmp_path / "Ferry back in service.txt") is None
    assert kept_title("story.txt") == "story"


PAGES = Path(__file__).parents[1] / "_files" / "cleaning" / "pages"


def _same_article(first: Analysis, again: Analysis) -> None:
    """``again`` (a kept paste opened from its file) is the article ``first`` showed."""
    from reader.reading_time import count_words, reading_minutes

    assert again.text == first.text
    assert (again.title, again.title_span) == (first.title, first.title_span)
    assert count_words(again.text) == count_words(first.text)
    assert reading_minutes(again.text) == reading_minutes(first.text)
    assert again.language == first.language
    assert again.summary_texts == first.summary_texts
    assert [(s.name, s.mentions, s.quotes) for s in again.speakers] == [
        (s.name, s.mentions, s.quotes) for s in first.speakers
    ]
    assert again.metadata == first.metadata
    assert again.notes == first.notes
    # nothing is said about lines the kept file never held: it holds the article only
    assert again.clutter_lines == () and again.removed_lines == ()


@pytest.mark.parametrize(
    "page", ["comments.txt", "german.txt", "menu-on-top.txt", "most-read-above.txt"]
)
def test_a_kept_whole_page_paste_reopens_as_the_same_article(tmp_path: Path, page: str) -> None:
    first = _pasted_text((PAGES / page).read_text("utf-8"))
    assert first.clutter_lines and first.title_span is None  # a page: its headline is the title
    again = analyze(keep_pasted(first, tmp_path, DAY))  # as the library and Open Recent open it
    _same_article(first, again)


def test_a_kept_article_text_paste_reopens_as_the_same_article(tmp_path: Path) -> None:
    first = _pasted_text()
    assert first.title_span is not None  # its headline is the text's first line, counted
    _same_article(first, analyze(keep_pasted(first, tmp_path, DAY)))


def test_a_kept_web_paste_reopens_as_the_same_article(tmp_path: Path) -> None:
    first = _web_paste(FULL_HEAD)
    _same_article(first, analyze(keep_pasted(first, tmp_path, DAY)))
    untitled = _pasted_text("\n\n".join(PARAGRAPHS))
    # called as the window called it, not after the file's name, and summarised so
    _same_article(untitled, analyze(keep_pasted(untitled, tmp_path, DAY)))


def test_a_paste_kept_by_the_previous_version_still_opens(tmp_path: Path) -> None:
    # the earlier kept file: the headline, the byline and date lines, the paragraphs
    path = tmp_path / f"2024-06-21 {HEADLINE}.txt"
    lead = "By Tomas Ekberg\n21 June 2024, 09:15"
    path.write_text("\n\n".join([HEADLINE, lead, *PARAGRAPHS]) + "\n", "utf-8")
    again = analyze(path)
    assert again.title == HEADLINE
    assert (again.metadata.author, again.metadata.date) == ("Tomas Ekberg", "21 June 2024, 09:15")
    assert _body(again) == "\n\n".join(PARAGRAPHS)


def test_only_reader_s_own_fields_make_a_kept_paste(tmp_path: Path) -> None:
    # front matter of another program (no "pasted:" field) is read as before, not as a paste
    text = f"---\ntitle: {HEADLINE}\n---\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    other = analyze(document_from_text(text, name="notes.txt"))
    kept = analyze(document_from_text(text.replace("---\n\n", "pasted: 2024-06-21\n---\n\n")))
    assert kept.text == "\n\n".join(PARAGRAPHS) and kept.title == HEADLINE
    assert other.format == "md"  # Markdown front matter, as any .txt holding it was read
    assert kept.format == "txt"


@pytest.mark.parametrize(
    "headline",
    [
        "Macron\u00a0: «\u00a0Nous irons\u00a0»",  # French spacing: no-break spaces
        "Night  buses return\tto the valley",  # doubled space, a tab
    ],
)
def test_a_headline_with_other_white_space_reopens_as_the_headline(tmp_path, headline) -> None:
    first = _pasted_text("\n\n".join([headline, *PARAGRAPHS]) + "\n")
    assert first.title_span is not None
    again = analyze(keep_pasted(first, tmp_path, DAY))
    assert (again.title, again.title_span) == (first.title, first.title_span)
    assert again.text == first.text


def test_a_pasted_field_that_is_no_day_makes_no_kept_paste() -> None:
    text = f"---\ntitle: {HEADLINE}\npasted: yes\n---\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    assert analyze(document_from_text(text, name="post.md")).format == "md"


@pytest.mark.parametrize(
    ("fixture", "as_html"),
    [
        ("summary/furniture/ferry_rescue.txt", False),  # cleaning it again cut article lines
        ("cleaning/pages/comments.html", True),  # a whole page's HTML: text rules did not run
    ],
)
def test_a_kept_paste_is_not_cleaned_again(tmp_path: Path, fixture: str, as_html: bool) -> None:
    raw = (Path(__file__).parents[1] / "_files" / fixture).read_text("utf-8")
    if as_html:
        first = analyze(document_from_html(raw, name="Pasted article.html"))
    else:
        first = _pasted_text(raw)
    _same_article(first, analyze(keep_pasted(first, tmp_path, DAY)))
