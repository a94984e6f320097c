"""Web pages: main content by trafilatura, headline as title, metadata, empty pages refused."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from reader.errors import EmptyArticleError
from reader.loading import load_document
from reader.loading.html_page import count_words, extract_page, has_prose, without_site_name


def test_fixture_page(files: Path) -> None:
    html = (files / "loading" / "article.html").read_text(encoding="utf-8")
    page = extract_page(html)
    assert page.title == "Harbour town opens its first floating library"
    assert page.metadata.author == "Mara Lindqvist"
    assert page.metadata.date == "2024-05-14"
    assert page.metadata.site_name == "The Coastal Courier"
    assert page.metadata.url == "https://courier.example.org/news/floating-library"
    blocks = page.text.split("\n\n")
    assert blocks[0].startswith("A converted ferry moored at the north quay")
    assert "Visiting the islands" in blocks
    assert blocks[-1].endswith('after all of us have retired."')
    for boilerplate in ("Home", "Weather", "All rights reserved", "Contact"):
        assert boilerplate not in page.text
    assert page.title not in page.text


def test_title_falls_back_to_h1_without_site_suffix() -> None:
    html = (
        "<html><head><title>Cheese fair returns | Town News</title></head><body><article>"
        "<h1>Cheese fair returns</h1><p>A kicker line first.</p>"
        "<p>The annual cheese fair returns to the market square this weekend, with forty "
        "stalls from farms across the county and a tasting tent.</p></article></body></html>"
    )
    assert extract_page(html).title == "Cheese fair returns"


@pytest.mark.parametrize("name", ["nav_only.html", "scripts_only.html"])
def test_page_without_article_is_empty(files: Path, name: str) -> None:
    with pytest.raises(EmptyArticleError, match="no article text Reader could find") as caught:
        load_document(files / "loading" / name)
    assert name in str(caught.value)


def test_truncated_page_keeps_what_is_there(files: Path, tmp_path: Path) -> None:
    html = (files / "loading" / "article.html").read_bytes()
    path = tmp_path / "cut.html"
    path.write_bytes(html[: html.index(b"<h2>")])
    document = load_document(path)
    assert "A converted ferry moored" in document.text
    assert "Visiting the islands" not in document.text


def test_has_prose() -> None:
    assert has_prose("Home\nNews\nThe council voted to close the pool on Monday.")
    assert not has_prose("Home\nNews and sport and weather and travel today\nContact")


def test_every_corpus_page_loads(corpus: Path, tmp_path: Path) -> None:
    truth = json.loads((corpus / "html" / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in truth:
        path = tmp_path / f"{page_id[:8]}.html"
        path.write_bytes(gzip.decompress((corpus / "html" / f"{page_id}.html.gz").read_bytes()))
        document = load_document(path)
        assert document.format == "html"
        assert len(document.text.split()) > 100, page_id
        assert document.title, page_id
        assert document.title not in document.text.split("\n\n")[:1], page_id


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Storm closes ferry route - Courier.com", "Courier.com", "Storm closes ferry route"),
        ("Storm closes ferry route | The Courier", "The Courier", "Storm closes ferry route"),
        ("Storm closes ferry route", "The Courier", "Storm closes ferry route"),
        ("Left - right debate", "", "Left - right debate"),
        ("Left - right debate", "Other site", "Left - right debate"),
    ],
)
def test_site_name_is_cut_from_a_title(title: str, site: str, expected: str) -> None:
    assert without_site_name(title, site) == expected


def test_section_label_before_the_headline_goes_with_it() -> None:
    html = (
        "<html><head><title>Storm closes ferry route</title></head><body><article>"
        "<p>Travel</p><h1>Storm closes ferry route</h1>"
        "<p>High winds stopped every sailing on the ferry route to the islands this morning, "
        "and the operator said services would not resume before Thursday.</p>"
        "<p>Passengers with tickets can travel on any later sailing without paying again.</p>"
        "</article></body></html>"
    )
    page = extract_page(html)
    assert page.title == "Storm closes ferry route"
    assert page.text.startswith("High winds stopped every sailing")


@pytest.mark.parametrize(
    ("headline", "paragraphs"),
    [
        (
            "城市新图书馆开放",
            ["市政府星期一在市中心开放了一座新的公共图书馆。图书馆馆长说，大楼里有两万多本书。"],
        ),
        (
            "新しい図書館が開館",
            ["市は月曜日、市の中心部に新しい公共図書館を開館した。館長によると本は二万冊以上。"],
        ),
        (
            "ห้องสมุดใหม่เปิดในเมือง",
            [
                "เทศบาลเปิดห้องสมุดสาธารณะแห่งใหม่ใจกลางเมืองเมื่อวันจันทร์ "
                "ผู้อำนวยการห้องสมุดกล่าวว่าอาคารมีหนังสือมากกว่าสองหมื่นเล่มในทุกหมวด"
            ],
        ),
    ],
)
def test_pages_in_scripts_without_spaces(headline: str, paragraphs: list[str]) -> None:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = f"<html><body><article><h1>{headline}</h1>{body}</article></body></html>"
    page = extract_page(html)
    assert page.title == headline
    assert page.text == "\n\n".join(paragraphs)


def test_count_words() -> None:
    assert count_words("Three short words") == 3
    assert count_words("图书馆馆长说") >= 3
    assert count_words("") == 0


def test_long_line_counts_as_prose_unless_turned_off() -> None:
    line = " ".join(["menu"] * 30)
    assert has_prose(line)
    assert not has_prose(line, long_line_words=None)


def test_headline_block_matching_the_title_before_a_site_suffix_leaves_the_body() -> None:
    html = (
        "<html><head><title>Storm closes ferry route | Travel | The Courier</title></head><body>"
        "<div><p>Storm closes ferry route</p>"
        "<p>High winds stopped every sailing on the ferry route to the islands this morning, "
        "and the operator said services would not resume before Thursday.</p>"
        "<p>Passengers with tickets can travel on any later sailing without paying again.</p>"
        "</div></body></html>"
    )
    page = extract_page(html)
    assert page.text.startswith("High winds stopped every sailing")
    assert page.title == "Storm closes ferry route"


_ARTICLE = (
    "<article><h1>Harbour fair returns</h1>"
    "<p>The harbour fair returned on Saturday after a two-year pause, with more than forty "
    "stalls lining the quay and a brass band playing until dusk.</p>"
    "<p>Organisers said the crowds were the largest they had seen, and the lifeboat crew "
    "raised money for a new engine.</p></article>"
)


def test_a_copyright_year_is_not_taken_for_the_publication_date() -> None:
    html = f"<html><body>{_ARTICLE}<footer>© 2023 Example News</footer></body></html>"
    page = extract_page(html)
    assert "harbour fair returned" in page.text
    assert page.metadata.date == ""


def test_a_declared_publication_date_is_kept() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2024-03-04T09:00:00Z">'
        f"</head><body>{_ARTICLE}<footer>© 2023 Example News</footer></body></html>"
    )
    assert extract_page(html).metadata.date == "2024-03-04"


def test_a_page_far_too_large_is_refused_before_extraction(monkeypatch) -> None:
    import trafilatura

    from reader.errors import ArticleTooLargeError
    from reader.loading import html_page

    monkeypatch.setattr(html_page, "MAX_PAGE_CHARS", 20_000)
    monkeypatch.setattr(trafilatura, "bare_extraction", None)  # must not be reached
    html = "<html><body>" + "<p>Another paragraph of the endless page.</p>" * 1_000 + "</body>"
    with pytest.raises(ArticleTooLargeError, match="too large to be a saved article"):
        extract_page(html, name="“huge.html”")


def test_scripts_and_styles_do_not_count_towards_the_page_limit(monkeypatch) -> None:
    from reader.loading import html_page

    monkeypatch.setattr(html_page, "MAX_PAGE_CHARS", 20_000)
    script = "<script>var data = '" + "x" * 50_000 + "';</script>"
    html = f"<html><head>{script}<style>p {{ color: red }}</style></head><body>{_ARTICLE}</body>"
    assert "lifeboat crew" in extract_page(html).text


def test_markup_size_leaves_out_scripts_and_styles_in_one_pass() -> None:
    from reader.loading.html_page import _markup_size

    page = "<p>a</p><script>if (a < b) {}</script><b>b</b><STYLE>p {}</style >c"
    assert _markup_size(page) == len("<p>a</p><b>b</b>c")
    assert _markup_size("<p>kept</p><script>never closed" + "x" * 100) == len("<p>kept</p>")
    # many unclosed tags: one pass, not one scan to the end per tag
    assert _markup_size("<p>t</p>" + "<script>" * 50_000) == len("<p>t</p>")
