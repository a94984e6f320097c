"""Stemmer and stop words for a language, with a language-neutral fallback.

Stemming uses the Snowball project's own stemmers through PyStemmer (C, about 30 times faster
than NLTK's pure-Python port, which also costs 0.8 s to import: ``nltk``'s package imports
``scipy.stats``). PyStemmer 2.x carries the Snowball 2 algorithms NLTK's Snowball follows, so
the stems are NLTK's (tests/summary/test_language_support.py compares them on every supported
language's vocabulary; the few words where NLTK departs from the Snowball algorithm are listed
there). Czech, Slovak and Ukrainian use sumy's own stemmers, loaded from their files without
importing ``sumy.nlp.stemmers`` (whose package imports NLTK); Polish uses sumy's when its
optional ``pystempel`` is installed. Stop words are sumy's files, read as package data.

A language with neither stemmer nor stop words gets the neutral fallback: words are compared
lower-cased as written and no word is ignored; the summary then carries a note saying so,
never an exception.
"""

from __future__ import annotations

import importlib.util
import pkgutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

from reader.summary.tokenizer import words_of_tokens

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

# Languages of the Snowball stemmers Reader uses (PyStemmer's names).
_SNOWBALL = {
    "arabic",
    "danish",
    "dutch",
    "english",
    "finnish",
    "french",
    "german",
    "greek",
    "hungarian",
    "italian",
    "norwegian",
    "portuguese",
    "romanian",
    "russian",
    "spanish",
    "swedish",
}
# sumy's own stemmers (file under sumy/nlp/stemmers/), and the package each one needs.
_SUMY_STEMMERS = {
    "czech": ("czech", None),
    "slovak": ("czech", None),
    "polish": ("polish", "pystempel"),
    "ukrainian": ("ukrainian", None),
}


def lower(word: str) -> str:
    """The neutral "stemmer": the word lower-cased (sumy's ``null_stemmer``)."""
    return word.lower()


#: Tokens whose parts (:class:`TokenParts`) a language remembers; past this it starts afresh
#: (about 0.5 kB a token: at most some 10 MB; the 41 BBC articles of the corpus hold 2,700).
TOKEN_MEMO = 20_000
#: Only tokens this short are remembered: a word with its punctuation is; a longer run between
#: spaces (a clause of Japanese, Chinese or Thai, a web address) is seldom seen again and would
#: make each remembered token cost far more than the figure above.
TOKEN_MEMO_CHARACTERS = 32


class TokenParts(NamedTuple):
    """What one whitespace-separated token of a sentence gives the summarisers (see
    :class:`reader.summary.prepared.Prepared`): its words as written, their lower-cased forms
    joined by spaces, their stems, the stems of those that are not stop words, and the first
    letter of each word (all :func:`reader.summary.furniture.is_label` looks at)."""

    words: tuple[str, ...]
    lowered: str
    stems: tuple[str, ...]
    content: tuple[str, ...]
    initials: str


@dataclass(frozen=True)
class LanguageTools:
    """What the summarisers need to know about a language."""

    code: str
    name: str  # sumy/NLTK language name, or the code when unknown
    stem: Callable[[str], str]  # applied to a lower-cased word
    stop_words: frozenset[str]  # lower-case
    notes: tuple[str, ...] = ()
    # token -> its TokenParts, for tokens seen before (a function of the token alone)
    _parts: dict[str, TokenParts] = field(default_factory=dict, compare=False, repr=False)

    @property
    def has_stemmer(self) -> bool:
        return self.stem is not lower

    def stems(self, words: list[str]) -> dict[str, str]:
        """The stem of each of ``words`` (lower-cased), in one call of the stemmer where it
        takes a list (a Snowball stemmer's loop is then in C)."""
        if isinstance(self.stem, _Snowball):
            return dict(zip(words, self.stem.stem_words(words), strict=True))
        return {word: self.stem(word) for word in words}

    def token_parts(self, tokens: list[str]) -> list[TokenParts]:
        """The :class:`TokenParts` of each of ``tokens``, in order.

        A token's parts depend on the token alone, and an article's tokens are mostly words
        seen before (in it or in earlier articles): each new token is tokenised and its words
        stemmed once (all of them in one call of the stemmer); the others are looked up.
        """
        memo = self._parts
        found = list(map(memo.get, tokens))
        if all(found):  # (parts are never empty: false is None, seen sooner than by ``in``)
            return found  # type: ignore[return-value]  # no None in it
        pairs = zip(tokens, found, strict=True)
        new = list(dict.fromkeys(token for token, parts in pairs if parts is None))
        words = [words_of_tokens([token]) for token in new]
        lowered = [[word.lower() for word in token_words] for token_words in words]
        stem_of = self.stems(list({word for token_words in lowered for word in token_words}))
        stop = self.stop_words
        made = {
            token: TokenParts(
                tuple(token_words),
                " ".join(token_lowered),
                tuple(stem_of[word] for word in token_lowered),
                tuple(stem_of[word] for word in token_lowered if word not in stop),
                "".join(word[0] for word in token_words),
            )
            for token, token_words, token_lowered in zip(new, words, lowered, strict=True)
        }
        kept = {t: p for t, p in made.items() if len(t) <= TOKEN_MEMO_CHARACTERS}
        if len(memo) + len(kept) > TOKEN_MEMO:
            memo.clear()  # starts afresh with these tokens
        memo.update(kept)
        return [
            made[token] if parts is None else parts
            for token, parts in zip(tokens, found, strict=True)
        ]


#: Words whose stems a Snowball stemmer remembers (per thread); past this it starts afresh.
STEM_MEMO_WORDS = 50_000


class _Snowball:
    """A Snowball stemmer usable from any thread (PyStemmer's objects are not thread-safe:
    each thread gets its own), remembering the stems of the words it has seen (a stem depends
    on the word alone; looking one up costs a tenth of stemming it again)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._local = threading.local()

    def _stemmer(self) -> Any:
        stemmer = getattr(self._local, "stemmer", None)
        if stemmer is None:
            import Stemmer

            stemmer = self._local.stemmer = Stemmer.Stemmer(self.name)
            self._local.memo = {}
        return stemmer

    def __call__(self, word: str) -> str:
        result: str = self._stemmer().stemWord(word)
        return result

    def stem_words(self, words: list[str]) -> list[str]:
        """The stems of ``words``, in order (PyStemmer's ``stemWords``: the same stems)."""
        stemmer = self._stemmer()
        memo: dict[str, str] = self._local.memo
        new = [word for word in words if word not in memo]
        if new and len(memo) + len(new) > STEM_MEMO_WORDS:
            memo.clear()  # starts afresh with these words
            new = words
        if new:
            memo.update(zip(new, stemmer.stemWords(new), strict=True))
        return [memo[word] for word in words]


def _stemmer(name: str) -> Callable[[str], str] | None:
    if name in _SNOWBALL:
        return _Snowball(name)
    if name in _SUMY_STEMMERS:
        module_name, needs = _SUMY_STEMMERS[name]
        if needs is not None and importlib.util.find_spec(needs) is None:
            return None
        stem_word: Callable[[str], str] = _sumy_module(module_name).stem_word
        return stem_word
    return None


def _sumy_module(name: str) -> ModuleType:
    """``sumy.nlp.stemmers.<name>`` run from its file, without its package's ``__init__``."""
    spec = importlib.util.find_spec("sumy")
    assert spec is not None and spec.submodule_search_locations
    path = Path(next(iter(spec.submodule_search_locations)), "nlp", "stemmers", f"{name}.py")
    module_spec = importlib.util.spec_from_file_location(f"sumy.nlp.stemmers.{name}", path)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module


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
