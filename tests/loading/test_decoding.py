"""Bytes to text: byte-order marks, UTF-16 without one, legacy encodings, stray bytes, newlines."""

from __future__ import annotations

import re

import pytest

from reader.loading.decoding import declared_html_charset, decode_bytes, normalize_text

ENGLISH = "The minister said “this is a good day” — and the café’s coffee cost €3.\nNew line."
GERMAN = "Die Gewerkschaft sieht Handlungsbedarf bei All-in-Verträgen. Schließlich zählt Größe."
FRENCH = "Le président a déclaré que l'économie était « très forte » malgré la crise."
RUSSIAN = "Президент заявил, что экономика страны растёт, несмотря на санкции."
GREEK = "Ο πρωθυπουργός δήλωσε ότι η οικονομία της χώρας αναπτύσσεται γρήγορα."
POLISH = "Prezydent powiedział, że gospodarka rośnie. Zażółć gęślą jaźń w Łodzi."


@pytest.mark.parametrize("text", [ENGLISH, GERMAN, RUSSIAN, GREEK])
@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]
)
def test_unicode_encodings_with_and_without_byte_order_mark(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)).text == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (ENGLISH, "cp1252"),
        (GERMAN, "cp1252"),
        (GERMAN, "latin-1"),
        (FRENCH, "latin-1"),
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "koi8-r"),
        (GREEK, "cp1253"),
        (POLISH, "cp1250"),
        (POLISH, "iso-8859-2"),
    ],
)
def test_legacy_encodings_are_detected(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)).text == text


def test_declared_charset_is_honoured_when_it_decodes_cleanly() -> None:
    # Windows-1251 bytes are also valid (but wrong) Windows-1252; the declaration decides.
    html = f'<html><head><meta charset="windows-1251"></head><body>{RUSSIAN}</body></html>'
    data = html.encode("cp1251")
    assert declared_html_charset(data) == "windows-1251"
    assert RUSSIAN in decode_bytes(data, declared="windows-1251").text


def test_http_equiv_charset_declaration_is_found() -> None:
    data = b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
    assert declared_html_charset(data) == "ISO-8859-1"


def test_valid_utf8_wins_over_a_stale_declaration() -> None:
    data = f'<meta charset="iso-8859-1"><p>{GERMAN}</p>'.encode()
    assert GERMAN in decode_bytes(data, declared="iso-8859-1").text


def test_mostly_utf8_with_stray_windows_1252_bytes() -> None:
    data = "Café “quoted” naïve, then ".encode() + b"a \x93pasted\x94 quote."
    decoded = decode_bytes(data)
    assert decoded.text == "Café “quoted” naïve, then a “pasted” quote."
    assert decoded.encoding == "utf-8"
    assert any("UTF-8" in note for note in decoded.notes)


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028"])
def test_line_endings_become_line_feeds(newline: str) -> None:
    assert decode_bytes(f"one{newline}two{newline}".encode()).text == "one\ntwo\n"


def test_control_characters_are_dropped_but_tabs_and_newlines_kept() -> None:
    assert normalize_text("a\x00b\x07c\td\x0ce\ufefff") == "abc\td\nef"


def test_text_with_nothing_to_normalize_is_returned_as_it_is_and_the_rest_changed() -> None:
    # every character below U+3000 and each surrogate, alone and among letters: the quick
    # "nothing to change" answer must agree with the full rules
    def full_rules(text: str) -> str:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x85", "\n")
        text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x0c", "\n")
        text = re.sub("[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff]", "", text)
        return re.sub("[\ud800-\udfff]", "\ufffd", text)

    for code in [*range(0x3000), *range(0xD800, 0xE000), 0xFEFF, 0xFFFD]:
        text = f"ab{chr(code)}c"
        assert normalize_text(text) == full_rules(text), hex(code)
