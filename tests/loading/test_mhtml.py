"""Single-file web pages (MHTML): the main HTML part, its encoding and address."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from reader.errors import EmptyArticleError
from reader.loading import load_document
from reader.loading.mhtml import main_page

TITLE = "Harbour town opens its first floating library"
URL = "https://courier.example.org/news/floating-library"


def _archive(part_headers: str, body: bytes, extra_parts: str = "") -> bytes:
    head = (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {URL}\r\n"
        "Subject: =?utf-8?Q?Caf=C3=A9_owners_celebrate?=\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="BOUND"\r\n\r\n'
        "--BOUND\r\n"
    )
    return head.encode() + part_headers.encode() + b"\r\n" + body + b"\r\n" + extra_parts.encode()


def test_chrome_style_fixture(files: Path) -> None:
    document = load_document(files / "loading" / "article.mhtml")
    assert document.format == "mhtml"
    assert document.title == TITLE
    assert document.metadata.url == URL
    assert document.metadata.author == "Mara Lindqvist"
    assert document.text.startswith("A converted ferry moored at the north quay")
    assert "Advertisement frame" not in document.text  # a later frame, not the page
    assert "Home\n" not in document.text


def test_base64_part_with_its_own_legacy_charset(files: Path, tmp_path: Path) -> None:
    html = (files / "loading" / "article.html").read_text(encoding="utf-8")
    html = html.replace('<meta charset="utf-8">', "").replace("chair, Ilse", "chair, Ilsé")
    body = base64.encodebytes(html.encode("cp1252"))
    data = _archive(
        'Content-Type: text/html; charset="windows-1252"\r\nContent-Transfer-Encoding: base64\r\n',
        body,
        "--BOUND--\r\n",
    )
    path = tmp_path / "saved.mht"
    path.write_bytes(data)
    document = load_document(path)
    assert document.format == "mhtml"
    assert "the project's chair, Ilsé Brandt" in document.text


def test_truncated_archive_still_yields_its_text(files: Path, tmp_path: Path) -> None:
    data = (files / "loading" / "article.mhtml").read_bytes()
    cut = data.index(b"From June the library")
    path = tmp_path / "cut.mhtml"
    path.write_bytes(data[:cut])
    document = load_document(path)
    assert "A converted ferry moored at the north quay" in document.text
    assert "From June" not in document.text


def test_archive_without_a_page_is_empty() -> None:
    data = _archive("Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n", b"AAAA")
    with pytest.raises(EmptyArticleError, match="holds no web page"):
        main_page(data, "“x.mhtml”")


def test_subject_and_address_are_read_from_headers() -> None:
    data = _archive("Content-Type: text/html\r\n", b"<p>Hi</p>", "--BOUND--\r\n")
    page = main_page(data, "“x.mhtml”")
    assert page.subject == "Café owners celebrate"
    assert page.url == URL
    assert page.is_html
    assert page.content.strip() == b"<p>Hi</p>"


def test_base64_part_cut_short_yields_the_whole_part_and_a_note(
    files: Path, tmp_path: Path
) -> None:
    html = (files / "loading" / "article.html").read_bytes()
    encoded = base64.encodebytes(html)
    whole = html.index(b"<h2>") // 3 * 3
    cut = len(base64.encodebytes(html[:whole]).rstrip()) + 2  # then half a base64 quantum
    data = _archive(
        "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n",
        encoded[:cut],
    )
    path = tmp_path / "cut.mht"
    path.write_bytes(data)
    document = load_document(path)
    assert document.text.startswith("A converted ferry moored at the north quay")
    assert "From June" not in document.text
    assert any("cut short" in note for note in document.notes)


def test_complete_archive_has_no_truncation_note(files: Path) -> None:
    assert not load_document(files / "loading" / "article.mhtml").notes
