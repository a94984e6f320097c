"""``load_document`` and ``document_from_text``: formats by content, encodings, refusals."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from reader.errors import EmptyArticleError, UnsupportedFormatError
from reader.loading import document_from_bytes, document_from_text, load_document

HEADLINE = "Night buses return to the valley"
BODY = (
    "Night buses will run again between the valley towns from Friday, the transport "
    "authority said, after a two-year gap caused by a shortage of drivers.\n\n"
    "„Wir freuen uns“, sagte Jürgen Weiß — the café owners’ association welcomed the news."
)
ARTICLE = f"{HEADLINE}\n\n{BODY}\n"
LOADING = Path(__file__).parents[1] / "_files" / "loading"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"]
)
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_text_file_in_each_encoding(tmp_path: Path, encoding: str, newline: str) -> None:
    text = ARTICLE.replace("„", '"').replace("“", '"') if encoding == "cp1252" else ARTICLE
    path = _write(tmp_path, "buses.txt", text.replace("\n", newline).encode(encoding))
    document = load_document(path)
    assert document.format == "txt"
    assert document.title == HEADLINE
    expected = BODY.replace("„", '"').replace("“", '"') if encoding == "cp1252" else BODY
    assert document.text == f"{HEADLINE}\n\n{expected}"  # the headline stays displayed
    assert document.title_span == (0, len(HEADLINE))
    assert document.source == str(path)


def test_latin1_text_file(tmp_path: Path) -> None:
    text = "Grève générale\n\nLes élèves et les enseignants ont manifesté à Marseille."
    document = load_document(_write(tmp_path, "greve.txt", text.encode("latin-1")))
    assert document.title == "Grève générale"
    assert document.text == (
        "Grève générale\n\nLes élèves et les enseignants ont manifesté à Marseille."
    )


def test_format_is_decided_by_content(tmp_path: Path) -> None:
    html_in_txt = load_document(LOADING / "html_inside.txt")
    assert html_in_txt.format == "html"
    assert html_in_txt.title == "Cheese fair returns to the market square"
    assert "<p>" not in html_in_txt.text
    text_in_html = load_document(LOADING / "text_inside.html")
    assert text_in_html.format == "txt"
    assert text_in_html.title == "Cheese fair returns to the market square"
    mhtml_as_html = _write(tmp_path, "page.html", (LOADING / "article.mhtml").read_bytes())
    assert load_document(mhtml_as_html).format == "mhtml"
    markdown_as_txt = _write(tmp_path, "notes.txt", (LOADING / "article.md").read_bytes())
    assert load_document(markdown_as_txt).format == "md"


def test_html_file_with_legacy_charset_and_crlf(tmp_path: Path) -> None:
    html = (LOADING / "article.html").read_text(encoding="utf-8")
    html = html.replace('charset="utf-8"', 'charset="windows-1251"')
    html = html.replace("Ilse Brandt", "Ильза Брандт").replace("\n", "\r\n")
    document = load_document(_write(tmp_path, "page.htm", html.encode("cp1251")))
    assert "the project's chair, Ильза Брандт." in document.text
    assert "\r" not in document.text


def test_utf16_html_file(tmp_path: Path) -> None:
    html = (LOADING / "article.html").read_text(encoding="utf-8")
    document = load_document(_write(tmp_path, "page.html", html.encode("utf-16")))
    assert document.format == "html"
    assert document.title == "Harbour town opens its first floating library"


def test_markdown_file(tmp_path: Path) -> None:
    document = load_document(LOADING / "article.md")
    assert document.format == "md"
    assert document.title == "Allotment waiting list reaches record length"
    assert document.metadata.author == "Priya Nair"
    assert "**" not in document.text


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("story.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "a PNG image"),
        ("story.docx", b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xmlword/", "a Word document"),
        ("photo.html", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "a JPEG image"),
        ("archive.zip", b"PK\x03\x04\x0a\x00\x00\x00\x00\x00", "a ZIP archive"),
    ],
)
def test_binary_files_are_refused(tmp_path: Path, name: str, data: bytes, kind: str) -> None:
    with pytest.raises(UnsupportedFormatError) as caught:
        load_document(_write(tmp_path, name, data + bytes(range(256))))
    message = str(caught.value)
    assert message.startswith(f"“{name}” looks like {kind}, not a saved article.")
    assert ".txt, .html, .mhtml, .md and .pdf" in message


def test_unknown_binary_is_refused(tmp_path: Path) -> None:
    data = bytes(range(256)) * 20
    with pytest.raises(UnsupportedFormatError, match="binary file"):
        load_document(_write(tmp_path, "blob.txt", data))


def test_stray_nul_bytes_are_removed(tmp_path: Path) -> None:
    data = ARTICLE.encode().replace(b"valley towns", b"valley\x00 towns")
    document = load_document(_write(tmp_path, "nul.txt", data))
    assert "valley towns" in document.text
    assert "\x00" not in document.text
    assert document.notes


@pytest.mark.parametrize(
    "data", [b"", b"   \n\r\n\t  ", b"\xef\xbb\xbf\n\n", "\n".encode("utf-16")]
)
def test_empty_or_blank_file(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(EmptyArticleError, match=r"“empty\.txt”"):
        load_document(_write(tmp_path, "empty.txt", data))


def test_source_file_is_never_modified(tmp_path: Path) -> None:
    path = _write(tmp_path, "page.html", (LOADING / "article.html").read_bytes())
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    load_document(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_document_from_text_uses_name_for_title() -> None:
    text = (
        "Officials confirmed on Monday that the bridge would stay closed for another month "
        "while inspectors examine the cracked bearings.\r\nTraffic is being diverted."
    )
    document = document_from_text(text, source="pasted", name="bridge-closure.txt")
    assert document.title == "bridge-closure"
    assert document.text == text.replace("\r\n", "\n")
    assert document.source == "pasted"
    assert document_from_text(text).title == "Untitled"


def test_document_from_text_with_headline() -> None:
    document = document_from_text(ARTICLE)
    assert (document.format, document.title) == ("txt", HEADLINE)
    assert document.text == f"{HEADLINE}\n\n{BODY}"
    assert document.text[slice(*document.title_span)] == HEADLINE


def test_document_from_text_refuses_blank_text() -> None:
    with pytest.raises(EmptyArticleError):
        document_from_text(" \n\t ")


def test_document_from_bytes_reads_html() -> None:
    document = document_from_bytes((LOADING / "article.html").read_bytes(), name="a.html")
    assert document.format == "html"
    assert document.metadata.site_name == "The Coastal Courier"


def test_markdown_with_an_html_block_stays_markdown(tmp_path: Path) -> None:
    source = '<p align="center"><img src="logo.png"></p>\n\n# Ferry fares frozen\n\nFares stay.\n'
    document = load_document(_write(tmp_path, "fares.md", source.encode()))
    assert (document.format, document.title, document.text) == (
        "md",
        "Ferry fares frozen",
        "Ferry fares frozen\n\nFares stay.",
    )
    assert document.title_span == (0, len("Ferry fares frozen"))


def test_markdown_with_only_a_heading_is_empty(tmp_path: Path) -> None:
    with pytest.raises(EmptyArticleError, match="no article text beyond its title"):
        load_document(_write(tmp_path, "title.md", b"# Bridge reopens after repairs\n"))


def test_text_of_unassigned_or_private_characters_is_binary(tmp_path: Path) -> None:
    data = ("\ue000\U0010fffd\u0378 " * 200).encode("utf-8")
    with pytest.raises(UnsupportedFormatError, match="binary file"):
        load_document(_write(tmp_path, "odd.txt", data))


def test_magic_bytes_win_over_a_utf16_like_pattern(tmp_path: Path) -> None:
    data = b"%PDF-1.5\n" + "plain words ".encode("utf-16-le") * 100
    with pytest.raises(UnsupportedFormatError, match="looks like a PDF but is damaged"):
        load_document(_write(tmp_path, "doc.txt", data))


def test_every_listed_extension_loads_an_article(tmp_path: Path) -> None:
    from reader.loading import ARTICLE_EXTENSIONS

    for extension in ARTICLE_EXTENSIONS:
        document = load_document(_write(tmp_path, f"buses{extension}", ARTICLE.encode()))
        assert document.title == HEADLINE, extension
        assert "Night buses will run again" in document.text, extension


def test_the_unreadable_share_counts_every_odd_character() -> None:
    from reader.loading import _unreadable_share

    assert _unreadable_share("") == 0.0
    assert _unreadable_share("plain ASCII text\n") == 0.0
    text = "ab\ufffd\ue000c\u0378é\ufffd" + "d" * 12  # 4 odd of 20 (U+0378 is unassigned)
    assert _unreadable_share(text) == 4 / 20
