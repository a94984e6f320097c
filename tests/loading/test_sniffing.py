"""Telling formats apart by content: binary kinds, MHTML headers, HTML markup, Markdown syntax."""

from __future__ import annotations

import re

import pytest

from reader.loading.sniffing import (
    binary_kind,
    looks_like_html,
    looks_like_markdown,
    looks_like_mhtml,
)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"GIF89a\x01\x00\x01\x00", "a GIF image"),
        (b"PK\x03\x04\x14\x00\x00\x00word/document.xml", "a Word document"),
        (b"PK\x03\x04\x14\x00\x00\x00xl/workbook.xml", "an Excel spreadsheet"),
        (b"PK\x03\x04\x14\x00mimetypeapplication/epub+zip", "an EPUB e-book"),
        (b"PK\x03\x04\x14\x00\x00\x00notes/a.txt", "a ZIP archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "an old Microsoft Office document"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "a compressed (gzip) file"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "a WebP image"),
        (b"\x7fELF\x02\x01\x01\x00", "a program"),
        (b"bplist00\xd1\x01\x02", "a Safari web archive or other Apple data file"),
    ],
)
def test_binary_kinds_by_magic_bytes(data: bytes, kind: str) -> None:
    assert binary_kind(data) == kind


@pytest.mark.parametrize("text", [b"Plain article text.", b"<html><body>", b"MIME-Version: 1.0"])
def test_text_has_no_binary_kind(text: bytes) -> None:
    assert binary_kind(text) is None


def test_mhtml_is_recognised_by_its_mime_headers() -> None:
    head = (
        b"From: <Saved by Blink>\r\nSubject: A page\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="b"\r\n\r\n--b\r\n'
    )
    assert looks_like_mhtml(head)


def test_prose_that_starts_like_a_header_is_not_mhtml() -> None:
    text = b"Note: the MIME-Version: 1.0 header matters.\nContent-Type: text/html is common.\n\n"
    assert not looks_like_mhtml(b"Dear reader,\n" + text)


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><body><p>Hi</p></body></html>",
        "  \n<html lang='en'><head><title>t</title></head></html>",
        "<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'></html>",
        "<!-- saved from url=(0042)https://example.org -->\n<html><body></body></html>",
        "<div class='story'><p>One.</p><p>Two.</p></div>",
    ],
)
def test_html_markup_is_recognised(text: str) -> None:
    assert looks_like_html(text)


def test_prose_mentioning_a_tag_is_not_html() -> None:
    text = "Editors sometimes type <b>bold</b> by hand.\n\nThat does not make this a web page."
    assert not looks_like_html(text)


def test_markdown_needs_two_kinds_of_syntax() -> None:
    assert looks_like_markdown("# Title\n\nSome **bold** words.")
    assert looks_like_markdown("Intro with a [link](https://example.org).\n\n## Part two\n")
    assert not looks_like_markdown("A headline\n\nA paragraph with a # sign and * star.")


def test_markdown_syntax_is_searched_only_where_its_characters_are() -> None:
    """Skipping a kind of syntax whose characters a text lacks changes no answer."""
    from reader.loading.sniffing import _MD_FEATURES

    samples = [
        "# Title\n\nSome **bold** words.",
        "Title\n=====\n\n> quoted words\n",
        "Title\n-----\n\nText with __strong__ words and ![a picture](pic.png).",
        "---\ntitle: Notes\n---\n\n```\ncode\n```\n",
        "~~~\ncode\n~~~\n\nA [link](https://example.org).",
        "Plain text with a #hashtag, a > sign, 3 - 2 = 1 and a [bracket] (aside).",
        "Mr Smith said: “The **price** was too high” in # 4.",
        "Just a plain article.\n\nWith two paragraphs.",
    ]
    for text in samples:
        found = (re.search(pattern, text, flags) for _, pattern, flags in _MD_FEATURES)
        expected = sum(1 for match in found if match) >= 2
        assert looks_like_markdown(text) == expected, text
    assert looks_like_markdown(samples[1]) and not looks_like_markdown(samples[-1])


def test_the_character_first_search_finds_what_a_plain_search_finds() -> None:
    from reader.loading.sniffing import _MD_FEATURES, _holds

    texts = ["", "plain text", "a\n-b", "x---y", "[a](b)", "**", "~~ ~", "``", "_a_", "#1 > 2"]
    for text in texts:
        for needed, _, _ in _MD_FEATURES:
            for part in needed:
                assert _holds(text, part) == (part in text), (text, part)


@pytest.mark.parametrize(
    "text",
    [
        "Plain prose with no markup at all.\n\nA second paragraph.",
        "A price of 3 > 2, and x<y in maths.",
        "<p>One paragraph</p>",
        "  <!-- saved --><!DOCTYPE html><html><body>Text</body></html>",
        "Prose " + "<div>a</div>" * 3 + " more prose " + "<br>" * 3,
    ],
)
def test_text_without_a_tag_opening_is_never_a_web_page(text: str) -> None:
    """Text without "<" is never taken for a web page (the patterns are not even compiled for
    it); with one, the patterns decide as before."""
    from reader.loading.sniffing import _HTML_BLOCK_TAG, _HTML_START, _WHOLE_PAGE_START

    flags = re.IGNORECASE | re.DOTALL
    whole = re.match(_WHOLE_PAGE_START, text[:65536], flags) is not None
    assert looks_like_html(text, whole_page_only=True) == whole
    if "<" not in text:
        assert not looks_like_html(text)
    elif re.match(_HTML_START, text, flags):
        assert looks_like_html(text)
    tags = re.findall(_HTML_BLOCK_TAG, text, re.IGNORECASE)
    if not re.match(_HTML_START, text, flags) and len(tags) < 6:
        assert not looks_like_html(text)
