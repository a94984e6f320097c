"""Stemmer and stop words for a language, with a language-neutral fallback.

sumy ships stop words for 18 languages and stems with NLTK's Snowball stemmers (pure code, no
data download) plus a few of its own. A language with neither gets the neutral fallback: words
are compared lower-cased as written and no word is ignored; the summary then carries a note
saying so, never an exception.
"""

from __future__ import annotations

import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

# ISO 639-1 code -> the language name sumy and NLTK use.
LANGUAGE_NAMES: dict[str, str] = {
    "ar": "arabic",
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "he": "hebrew",
    "hu": "hungarian",
    "it": "italian",
    "ja": "japanese",
    "ko": "korean",
    "nb": "norwegian",
    "nl": "dutch",
    "no": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sk": "slovak",
    "sv": "swedish",
    "th": "thai",
    "uk": "ukrainian",
    "zh": "chinese",
}

_SNOWBALL = {
    "arabic",
    "danish",
    "dutch",
    "english",
    "finnish",
    "french",
    "german",
    "hungarian",
    "italian",
    "norwegian",
    "portuguese",
    "romanian",
    "russian",
    "spanish",
    "swedish",
}
# sumy's own stemmers (module under sumy.nlp.stemmers).
_SUMY_STEMMERS = {
    "czech": "czech",
    "slovak": "czech",
    "greek": "greek",
    "polish": "polish",
    "ukrainian": "ukrainian",
}


def lower(word: str) -> str:
    """The neutral "stemmer": the word lower-cased (sumy's ``null_stemmer``)."""
    return word.lower()


@dataclass(frozen=True)
class LanguageTools:
    """What the summarisers need to know about a language."""

    code: str
    name: str  # sumy/NLTK language name, or the code when unknown
    stem: Callable[[str], str]  # applied to a lower-cased word
    stop_words: frozenset[str]  # lower-case
    notes: tuple[str, ...] = ()

    @property
    def has_stemmer(self) -> bool:
        return self.stem is not lower


def _stemmer(name: str) -> Callable[[str], str] | None:
    if name in _SNOWBALL:
        from nltk.stem.snowball import SnowballStemmer

        stem: Callable[[str], str] = SnowballStemmer(name).stem
        return stem
    if name in _SUMY_STEMMERS:
        import importlib

        module = importlib.import_module(f"sumy.nlp.stemmers.{_SUMY_STEMMERS[name]}")
        stem_word: Callable[[str], str] = module.stem_word
        return stem_word
    return None


def _stop_words(name: str) -> frozenset[str] | None:
    try:
        data = pkgutil.get_data("sumy", f"data/stopwords/{name}.txt")
    except (OSError, ValueError):
        return None
    if data is None:
        return None
    return frozenset(w.strip().lower() for w in data.decode("utf-8").splitlines() if w.strip())


def _display(code: str, name: str) -> str:
    return name.capitalize() if name != code else f"language '{code}'"


@lru_cache(maxsize=32)
def language_tools(code: str) -> LanguageTools:
    """Stemmer, stop words and notes for the ISO 639-1 ``code`` (any case, e.g. "de", "EN")."""
    code = (code or "").strip().lower().split("-")[0].split("_")[0] or "und"
    name = LANGUAGE_NAMES.get(code, code)
    stem = _stemmer(name)
    stops = _stop_words(name) if name != code else None
    notes: list[str] = []
    label = _display(code, name)
    if stem is None and stops is None:
        notes.append(
            f"Summary: no stemmer or stop-word list for {label}; "
            "words are compared as written (language-neutral mode)."
        )
    elif stem is None:
        notes.append(f"Summary: no stemmer for {label}; words are compared as written.")
    elif stops is None:
        notes.append(f"Summary: no stop-word list for {label}; every word counts.")
    return LanguageTools(
        code=code,
        name=name,
        stem=stem or lower,
        stop_words=stops or frozenset(),
        notes=tuple(notes),
    )
