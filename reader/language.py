"""Language detection: which language an article is written in, as an ISO 639-1 code.

Detection uses langdetect's character n-gram profiles, made deterministic: we build our own
``DetectorFactory`` with a fixed seed (langdetect's module-level factory and global state are
never touched), load its profiles once, lazily, under a lock (the GUI analyses in a worker
thread), and detect on a bounded sample of the text so huge files stay fast.

Behaviour, never an exception:

- ``override`` given: it is normalised (``" DE "`` -> ``"de"``; common English names such as
  ``"German"`` and langdetect's ``"zh-cn"`` are accepted) and used without detection. A value
  that is not a known language is still used as given (lower-cased) with a note, because the
  person asked for it; later stages fall back to English models for languages they lack.
- text with fewer than :data:`MIN_LETTERS` letters: ``"en"`` with a note.
- detection failure (no usable features): ``"en"`` with a note.
"""

from __future__ import annotations

import threading
from typing import Any

DEFAULT_LANGUAGE = "en"
MIN_LETTERS = 20  # fewer letters than this and detection is guesswork
SAMPLE_CHARS = 5000  # detect on at most this many characters (start, middle and end)
SEED = 0

NOTE_TOO_SHORT = "The text is too short to detect its language; assuming English."
NOTE_FAILED = "The language of the text could not be detected; assuming English."

# ISO 639-1 codes langdetect can return (after mapping zh-cn/zh-tw to zh), plus common ones the
# rest of Reader may meet through an override.
_CODES = (
    "af ar bg bn ca cs cy da de el en es et fa fi fr gu he hi hr hu id it ja kn ko lt lv mk ml "
    "mr ne nl no pa pl pt ro ru sk sl so sq sv sw ta te th tl tr uk ur vi zh "
    "be bs eo eu ga gl hy is ka kk la lb ms mt nb nn sr uz"
)
KNOWN_CODES = frozenset(_CODES.split())

# English names (and a few native ones) people may type instead of a code.
LANGUAGE_NAMES = {
    "afrikaans": "af",
    "arabic": "ar",
    "bulgarian": "bg",
    "bengali": "bn",
    "catalan": "ca",
    "chinese": "zh",
    "croatian": "hr",
    "czech": "cs",
    "danish": "da",
    "dutch": "nl",
    "english": "en",
    "estonian": "et",
    "finnish": "fi",
    "french": "fr",
    "français": "fr",
    "german": "de",
    "deutsch": "de",
    "greek": "el",
    "hebrew": "he",
    "hindi": "hi",
    "hungarian": "hu",
    "indonesian": "id",
    "italian": "it",
    "japanese": "ja",
    "korean": "ko",
    "latvian": "lv",
    "lithuanian": "lt",
    "norwegian": "no",
    "persian": "fa",
    "polish": "pl",
    "portuguese": "pt",
    "romanian": "ro",
    "russian": "ru",
    "slovak": "sk",
    "slovene": "sl",
    "slovenian": "sl",
    "spanish": "es",
    "español": "es",
    "swedish": "sv",
    "thai": "th",
    "turkish": "tr",
    "ukrainian": "uk",
    "urdu": "ur",
    "vietnamese": "vi",
    "welsh": "cy",
}

# Codes langdetect returns that are not plain ISO 639-1.
_LANGDETECT_CODES = {"zh-cn": "zh", "zh-tw": "zh"}

_factory: Any = None
_factory_lock = threading.Lock()


def detect_language(text: str, override: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Return ``(ISO 639-1 code, notes)`` for ``text``.

    ``override`` (a code or a language name) skips detection. Notes are sentences for people,
    shown beside the result, e.g. when the text is too short and English is assumed.
    """
    if override is not None and override.strip():
        return normalize_language(override)
    if sum(1 for ch in text[: SAMPLE_CHARS * 4] if ch.isalpha()) < MIN_LETTERS:
        return DEFAULT_LANGUAGE, (NOTE_TOO_SHORT,)
    code = _detect(_sample(text))
    if code is None:
        return DEFAULT_LANGUAGE, (NOTE_FAILED,)
    return code, ()


def normalize_language(value: str) -> tuple[str, tuple[str, ...]]:
    """``(code, notes)`` for a language a person chose: a code or a name, any case."""
    key = value.strip().lower().replace("_", "-")
    if key in _LANGDETECT_CODES:
        return _LANGDETECT_CODES[key], ()
    if key in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[key], ()
    base = key.split("-", 1)[0]  # "en-GB" -> "en", "pt-br" -> "pt"
    if base in KNOWN_CODES:
        return base, ()
    return key, (
        f"'{value.strip()}' is not a language code Reader knows; using it as given "
        "(English rules apply where no better ones exist).",
    )


def _sample(text: str) -> str:
    """At most :data:`SAMPLE_CHARS` characters: the whole text, or its start, middle and end."""
    if len(text) <= SAMPLE_CHARS:
        return text
    third = SAMPLE_CHARS // 3
    middle = len(text) // 2 - third // 2
    return "\n".join((text[:third], text[middle : middle + third], text[-third:]))


def _detect(sample: str) -> str | None:
    from langdetect.lang_detect_exception import LangDetectException

    factory = _get_factory()
    try:
        detector = factory.create()
        detector.append(sample)
        code = detector.detect()
    except LangDetectException:
        return None
    if not code or code == "unknown":
        return None
    return _LANGDETECT_CODES.get(str(code), str(code))


def _get_factory() -> Any:
    """The seeded ``DetectorFactory`` with all profiles, loaded once (thread-safe)."""
    global _factory
    if _factory is None:
        with _factory_lock:
            if _factory is None:
                from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

                factory = DetectorFactory()
                factory.load_profile(PROFILES_DIRECTORY)
                factory.set_seed(SEED)
                _factory = factory
    return _factory
