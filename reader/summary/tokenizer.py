"""Tokenisation without any NLTK data download.

``words()`` is the word tokeniser every summariser uses: runs of letters, joined by an
apostrophe or hyphen ("don't", "well-known", "Blair's"); numbers and punctuation are not words,
exactly as sumy's own ``Tokenizer._is_word`` filter decides. :class:`PunktTokenizer` adapts the
project's punkt models (the ``punkt`` package, no pickles, no ``nltk.download``) to sumy's
tokenizer interface, so sumy itself can run offline when it parses raw text.
"""

from __future__ import annotations

import re

# A letter run, optionally continued by ' or - and more letters, not glued to digits ("3rd");
# sumy's word filter (``^[^\W\d_](?:[^\W\d_]|['-])*$``) accepts every token this yields.
_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?:['’\-][^\W\d_]+)*(?!\w)")
# Punctuation that is neither part of a word (``\w``) nor joins two (apostrophe, hyphen).
_AROUND_WORDS = '.,;:!?"()[]“”'


def words(sentence: str) -> list[str]:
    """The words of ``sentence`` as written (case kept; apostrophes normalised to ')."""
    return words_of_tokens(sentence.split())


def words_of_tokens(tokens: list[str]) -> list[str]:
    """:func:`words` of the sentence whose whitespace-separated tokens are ``tokens``.

    No word spans white space, so each token is searched on its own; most are a run of letters
    in punctuation that neither joins nor belongs to a word ("(said,"), which is then that one
    word, without the pattern.
    """
    found: list[str] = []
    for token in tokens:
        core = token.strip(_AROUND_WORDS)
        if core.isalpha():
            found.append(core)
        elif "’" in core:
            found.extend(w.replace("’", "'") for w in _WORD.findall(core))
        elif core:
            found.extend(_WORD.findall(core))
    return found


class PunktTokenizer:
    """sumy's tokenizer interface (``to_sentences``, ``to_words``) on punkt, fully offline.

    Languages without a punkt model use the English model (sentence ends are alike in most
    Latin-script languages); ``language`` is an ISO 639-1 code.
    """

    def __init__(self, language: str = "en") -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """The sentences of ``paragraph``, stripped."""
        from reader.sentences import tokenizer_for

        sentences = tokenizer_for(self.language).tokenize(paragraph)
        return tuple(s.strip() for s in sentences if s.strip())

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """The words of ``sentence`` (see :func:`words`)."""
        return tuple(words(sentence))
