"""Turning a file's bytes into text: byte-order marks, UTF-16 without one, declared and detected
legacy encodings, mostly-UTF-8 files with a few stray bytes, and line endings.

Rules, in order:

1. A byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE).
2. UTF-16 without a mark is recognised by its high bytes (every other byte of Latin text is NUL).
3. Valid UTF-8 is UTF-8, whatever the file declares (a page saved as UTF-8 often keeps the
   legacy charset its server once declared; text in a legacy encoding is practically never
   valid UTF-8).
4. A charset the file declares (an HTML ``<meta charset>``, an MHTML part's header) is used when
   the bytes decode cleanly with it; ISO-8859-1 and ASCII mean Windows-1252, as in browsers.
   A file that is mostly UTF-8 with a few invalid bytes (text pasted from
   an older program) keeps its UTF-8 and reads each invalid byte as Windows-1252; a note says so.
5. Otherwise the legacy encoding is guessed by :mod:`reader.loading.legacy` among the code
   pages saved articles come in (Windows-1252 first, the others only when their text reads
   clearly more like words), and a note says which was chosen.

Line endings become ``\\n`` (CRLF, CR, Unicode line and paragraph separators); other control
characters are dropped.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_DETECTION_SAMPLE = 256 * 1024


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, the encoding used and any note for the reader."""

    text: str
    encoding: str
    notes: tuple[str, ...] = ()


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``data`` announces, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


_LOW_BYTES = bytes(range(9))


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when one side of most byte pairs is a high byte of 0-8.

    That is NUL for Latin text and the block number for Greek, Cyrillic, Hebrew, Arabic ...;
    plain text in a single-byte encoding has almost no bytes below 9.
    """
    sample = data[:8192]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0 : pairs * 2 : 2], sample[1 : pairs * 2 : 2]
    even_low = len(even) - len(even.translate(None, _LOW_BYTES))  # bytes below 9, counted in C
    odd_low = len(odd) - len(odd.translate(None, _LOW_BYTES))
    if odd_low >= 0.3 * pairs and even_low <= 0.02 * pairs:
        return "utf-16-le"
    if even_low >= 0.3 * pairs and odd_low <= 0.02 * pairs:
        return "utf-16-be"
    return None


_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)""", re.IGNORECASE
)
_WEB_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin_1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "windows-1252": "cp1252",
}


def declared_html_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its start, if Python knows it."""
    match = _META_CHARSET.search(data[:16384])
    return match.group(1).decode("ascii") if match else None


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _WEB_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return None  # an ASCII-compatible page declaring UTF-16 is UTF-8 in practice (WHATWG)
    return name


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode ``data`` following the module rules; ``declared`` is a charset the source names."""
    encoding = bom_encoding(data)
    if encoding is not None:
        bom_length = 4 if encoding.startswith("utf-32") else 3 if encoding == "utf-8" else 2
        return _lossy(data[bom_length:], encoding)
    encoding = utf16_without_bom(data)
    if encoding is not None:
        return _lossy(data, encoding)
    try:
        return Decoded(normalize_text(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    declared_codec = _codec_name(declared)
    if declared_codec is not None and declared_codec != "utf-8":
        try:
            return Decoded(normalize_text(data.decode(declared_codec)), declared_codec)
        except UnicodeDecodeError:
            pass
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed
    return _legacy(data)


def _lossy(data: bytes, encoding: str) -> Decoded:
    text = data.decode(encoding, errors="replace")
    notes: tuple[str, ...] = ()
    if "\ufffd" in text and b"\xef\xbf\xbd" not in data:
        notes = ("Some characters in this file could not be read and are shown as �.",)
    return Decoded(normalize_text(text), encoding, notes)


_STRAY = re.compile("[\udc80-\udcff]+")
_HIGH_BYTES = bytes(range(128, 256))


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with stray invalid bytes read as Windows-1252, if valid UTF-8 outweighs them."""
    if not _valid_utf8_outweighs_stray_bytes(data[:_DETECTION_SAMPLE]):
        return None
    if len(data) > _DETECTION_SAMPLE and not _valid_utf8_outweighs_stray_bytes(data):
        return None
    text = data.decode("utf-8", errors="surrogateescape")
    text = _STRAY.sub(_stray_as_cp1252, text)
    note = (
        "A few characters in this file were not valid UTF-8; Reader read them as Windows-1252.",
    )
    return Decoded(normalize_text(text), "utf-8", note)


def _valid_utf8_outweighs_stray_bytes(data: bytes) -> bool:
    text = data.decode("utf-8", errors="surrogateescape")
    stray = sum(len(run) for run in _STRAY.findall(text))
    valid_non_ascii = len(text) - len(data.translate(None, _HIGH_BYTES)) - stray
    return valid_non_ascii >= max(1, stray)


def _stray_as_cp1252(match: re.Match[str]) -> str:
    raw = bytes(ord(char) - 0xDC00 for char in match.group())
    return raw.decode("cp1252", errors="replace")


def _legacy(data: bytes) -> Decoded:
    from reader.loading.legacy import guess_encoding

    guess = guess_encoding(data[:_DETECTION_SAMPLE])
    note = (
        f"This file does not say how its text is encoded, so Reader read it as {guess.name}. "
        "If letters look wrong, save the article again as UTF-8 and open that copy."
    )
    text = normalize_text(data.decode(guess.codec, errors="replace"))
    return Decoded(text, codecs.lookup(guess.codec).name, (note,))


_SURROGATE = re.compile("[\ud800-\udfff]")  # lone halves cannot be saved or shown
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff]")
#: Every character :func:`normalize_text` changes: the line breaks it rewrites (CR, NEL, form
#: feed, the Unicode separators), the controls it drops and the surrogates it replaces.
_TO_NORMALIZE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]")


def normalize_text(text: str) -> str:
    """``\\n`` line endings; form feeds and Unicode separators as breaks; control chars gone;
    lone surrogates (possible in text handed over directly) become U+FFFD."""
    if _TO_NORMALIZE.search(text) is None:  # one scan: most text has nothing to change
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x85", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x0c", "\n")
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))
