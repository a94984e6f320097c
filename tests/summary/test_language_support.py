"""Stemmers, stop words and the language-neutral fallback."""

from __future__ import annotations

import importlib
import importlib.util
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from reader.summary.language_support import LANGUAGE_NAMES, language_tools

FILES = Path(__file__).resolve().parents[1] / "_files"
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def test_english_stems_and_stop_words():
    tools = language_tools("en")
    assert tools.name == "english" and tools.notes == ()
    assert tools.stem("bridges") == tools.stem("bridge")
    assert {"the", "and", "of"} <= tools.stop_words


def test_german_stems_and_stop_words():
    tools = language_tools("de")
    assert tools.name == "german" and tools.notes == ()
    assert tools.stem("häuser") == tools.stem("haus")
    assert {"der", "die", "und"} <= tools.stop_words


@pytest.mark.parametrize("code", ["EN", "en-GB", "en_US", " en "])
def test_codes_are_normalised(code):
    assert language_tools(code).name == "english"


def test_stemmer_without_stop_words_gets_a_note():
    tools = language_tools("da")
    assert tools.has_stemmer and tools.stop_words == frozenset()
    assert len(tools.notes) == 1 and "Danish" in tools.notes[0]


def test_stop_words_without_stemmer_gets_a_note():
    tools = language_tools("zh")
    assert not tools.has_stemmer and tools.stop_words
    assert "Chinese" in tools.notes[0]


@pytest.mark.parametrize("code", ["eo", "xx", ""])
def test_unknown_language_is_neutral_with_a_note(code):
    tools = language_tools(code)
    assert not tools.has_stemmer
    assert tools.stem("Bridges") == "bridges"
    assert tools.stop_words == frozenset()
    assert "language-neutral" in tools.notes[0]


def test_sumy_special_stemmers():
    assert language_tools("cs").stem("mostech") == language_tools("cs").stem("most")
    assert language_tools("uk").has_stemmer


def test_polish_without_its_optional_stemmer_is_compared_as_written():
    tools = language_tools("pl")
    if importlib.util.find_spec("pystempel") is not None:
        pytest.skip("pystempel is installed")
    assert not tools.has_stemmer and tools.stop_words
    assert tools.stem("Mosty") == "mosty"  # no exception at summary time
    assert "Polish" in tools.notes[0]


def test_stemmer_is_usable_from_many_threads():
    stem = language_tools("en").stem
    words = ["bridges", "running", "happily", "connections", "generously"] * 400
    expected = [stem(w) for w in words]
    results: list[list[str]] = []

    def work() -> None:
        results.append([stem(w) for w in words])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 4


def test_no_nltk_scipy_or_sumy_package_import_for_any_language():
    code = (
        "import sys\n"
        "from reader.summary.language_support import LANGUAGE_NAMES, language_tools\n"
        "for code in LANGUAGE_NAMES: language_tools(code).stem('bridges')\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('nltk', 'scipy')"
        " or m in ('sumy.nlp', 'sumy.nlp.stemmers', 'sumy.utils')]\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- the same stems as NLTK's Snowball ------------------------------------------------------

#: Words where NLTK's port departs from the Snowball algorithm (PyStemmer runs the Snowball
#: project's own generated code). Each pattern names the general case, not a word.
NLTK_DEPARTURES = {
    # NLTK spells the suffixes with ő and ű as õ and û (Latin-1), so it never finds them
    "hungarian": r"[őű]",
    # no Danish vowel (a loan word, an interjection): NLTK undoubles the last consonant anyway
    "danish": r"^[^aeiouyæåø]*$",
    # Snowball treats ë and ï as vowels marked by the diaeresis; NLTK as consonants. NLTK
    # also strips "-icatrice" to the root.
    "french": r"[ëï]|icatrice$",
    # NLTK replaces "-enza"/"-enze" by "te" where the algorithm says "ente"
    "italian": r"enz[ae]$",
    # NLTK removes "-ança(s)" and "-velmente" whole and folds ü to u
    "portuguese": r"anças?$|velmente$|ü",
    # a Cyrillic word with Latin letters in it: NLTK transliterates them
    "russian": r"[a-z]",
    # NLTK also strips "-acion" written without its accent
    "spanish": r"acion$",
}
NLTK_LANGUAGES = [
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
]
_WORD = re.compile(r"[^\W\d_]+")


def _vocabulary(language: str, corpus_dir: Path | None) -> set[str]:
    """The words of the language: punkt's model vocabulary, our own sentences, the corpus."""
    words: set[str] = set()
    try:
        model = importlib.import_module(f"punkt.data.{language}")
    except ImportError:
        model = None
    for value in vars(model).values() if model else ():
        if isinstance(value, (set, frozenset, dict)):
            words.update(k for k in value if isinstance(k, str))
    own = FILES / "summary" / "vocabulary" / f"{language}.txt"
    if own.exists():
        words.update(_WORD.findall(own.read_text(encoding="utf-8")))
    if corpus_dir is not None:
        folders = {"english": ["bbc", "cnndm", "teasers", "overshoot"], "german": ["german"]}
        for folder in folders.get(language, []):
            for path in (corpus_dir / folder).rglob("*.txt"):
                words.update(_WORD.findall(path.read_text(encoding="utf-8", errors="replace")))
    return {w.lower() for w in words if _WORD.fullmatch(w)}


@pytest.fixture(scope="module")
def corpus_dir() -> Path | None:
    return CORPUS if CORPUS.is_dir() else None


@pytest.mark.parametrize("language", NLTK_LANGUAGES)
def test_stems_equal_nltk_snowball_on_the_vocabulary(language: str, corpus_dir) -> None:
    from nltk.stem.snowball import SnowballStemmer  # tests may import NLTK (sumy brings it)

    code = next(c for c, name in LANGUAGE_NAMES.items() if name == language)
    ours, theirs = language_tools(code).stem, SnowballStemmer(language).stem
    vocabulary = sorted(_vocabulary(language, corpus_dir))
    assert len(vocabulary) >= 100
    departures = re.compile(NLTK_DEPARTURES.get(language, r"(?!)"))
    differ = [w for w in vocabulary if ours(w) != theirs(w)]
    unexplained = [(w, ours(w), theirs(w)) for w in differ if not departures.search(w)]
    assert unexplained == []
    assert len(differ) <= max(2, 0.005 * len(vocabulary))  # the departures are rare


def test_arabic_inflections_share_a_stem():
    # NLTK's Arabic stemmer is an older, different algorithm than the Snowball project's
    # Arabic stemmer Reader uses, so there is nothing to be equal to; check conflation.
    stem = language_tools("ar").stem
    assert stem("الكتاب") == stem("كتاب")
    assert stem("المدارس") == stem("مدارس")
    assert stem("كتابه") != stem("مدارس")


@pytest.mark.parametrize("code", ["en", "de", "ru", "cs", "xx"])
def test_stemming_a_list_gives_each_words_stem(code):
    """``stems`` (one call for the whole article) and ``stem`` (a word at a time) agree, for
    a Snowball stemmer, one of sumy's own and the neutral fallback."""
    tools = language_tools(code)
    words = ["running", "bridges", "häuser", "läuft", "книги", "читать", "hrady", "", "x", "’s"]
    words += [w.upper() for w in words]
    assert tools.stems(words) == {w: tools.stem(w) for w in words}
    assert tools.stems([]) == {}


def test_remembered_stems_are_the_stemmers_own_and_the_memory_is_bounded(monkeypatch):
    import Stemmer

    from reader.summary import language_support

    monkeypatch.setattr(language_support, "STEM_MEMO_WORDS", 5)
    stemmer = language_support._Snowball("english")
    reference = Stemmer.Stemmer("english")
    batches = [
        ["running", "runs", "running", "bridges"],
        ["bridges", "generously", "happiness", "runs"],
        ["cats", "running", "nationalisation", "cats", "flies", "ponies"],
    ]
    for words in batches * 2:
        assert stemmer.stem_words(words) == reference.stemWords(words)
        assert len(stemmer._local.memo) <= max(5, len(set(words)))


@pytest.mark.parametrize("code", ["en", "de", "cs", "xx"])
def test_token_parts_are_each_tokens_words_and_stems_seen_or_not(monkeypatch, code):
    """A token's remembered parts are those worked out afresh: its words as written
    (:func:`~reader.summary.tokenizer.words`), their lower-cased forms, their stems and the
    stems of its non-stop words; the memory is bounded and starts afresh past its size."""
    from reader.summary import language_support
    from reader.summary.tokenizer import words as tokenize_words

    monkeypatch.setattr(language_support, "TOKEN_MEMO", 6)
    tools = language_tools(code)
    tools._parts.clear()  # what other tests left there
    batches = [
        ["(Running,", "don’t", "3rd", "the", "The", "well-known"],
        ["—", "Häuser.", "the", "Blair's", "x2y", "(said,", "hrady", "running", "O’Neill’s"],
        ["the", "(Running,", "“Die", "und", ""],
    ]
    for tokens in batches * 2:
        found = tools.token_parts(tokens)
        assert len(found) == len(tokens) and len(tools._parts) <= max(6, len(set(tokens)))
        for token, parts in zip(tokens, found, strict=True):
            words = tokenize_words(token)
            lowered = [w.lower() for w in words]
            assert parts.words == tuple(words)
            assert parts.lowered == " ".join(lowered)
            assert parts.stems == tuple(tools.stem(w) for w in lowered)
            content = [tools.stem(w) for w in lowered if w not in tools.stop_words]
            assert parts.content == tuple(content)
            assert parts.initials == "".join(w[0] for w in words)


def test_long_tokens_are_not_remembered() -> None:
    """A run of text between spaces longer than a word (a clause of Japanese or Thai) is
    seldom seen again: remembering it would make the memory's bound in tokens no bound in
    bytes. Its parts are worked out all the same."""
    from reader.summary.language_support import TOKEN_MEMO_CHARACTERS
    from reader.summary.tokenizer import words as tokenize_words

    tools = language_tools("xx")
    clause = "東京都は月曜日に新しい自転車道の計画を発表し、住民の意見を求めると述べた。"
    assert len(clause) > TOKEN_MEMO_CHARACTERS
    parts = tools.token_parts(["word,", clause])
    assert parts[1].words == tuple(tokenize_words(clause))
    assert "word," in tools._parts and clause not in tools._parts
