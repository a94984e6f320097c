"""Language detection: which language an article is written in, as an ISO 639-1 code.

Detection uses langdetect's character n-gram profiles, made deterministic: we build our own
``DetectorFactory`` with a fixed seed (langdetect's module-level factory and global state are
never touched), created once, lazily, under a lock (the GUI analyses in a worker thread).

Three things keep it fast. langdetect turns its 55 profiles into one table of probabilities for
every n-gram of every language when it loads them (0.5 s of CPU); we compute an n-gram's row
the first time a text contains it (:class:`_NgramTable`), which gives the same numbers. The
counts come from an index of the profiles in Reader's cache folder, so a fresh process looks
up the few hundred n-grams of its text instead of parsing the 55 files
(:mod:`reader.language_profiles`). And detection reads a bounded sample of the text
(:func:`sample`): a few
windows spread over the article, whole words, :data:`SAMPLE_CHARS` characters in all, so a
long article costs what a short one does (tests/test_language.py checks that no corpus
article changes language). Before all that, a long sample that is clearly English or German by
its stop words is answered without langdetect (:func:`decisive_language`); the rest go to it.

Behaviour, never an exception:

- ``override`` given: it is normalised (``" DE "`` -> ``"de"``; common English names such as
  ``"German"`` and langdetect's ``"zh-cn"`` are accepted) and used without detection. A value
  that is not a known language is still used as given (lower-cased) with a note, because the
  person asked for it; later stages fall back to English models for languages they lack.
- text with fewer than :data:`MIN_LETTERS` letters: ``"en"`` with a note.
- detection failure (no usable features): ``"en"`` with a note.
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.language_profiles import Profiles

DEFAULT_LANGUAGE = "en"
MIN_LETTERS = 20  # fewer letters than this and detection is guesswork
SAMPLE_CHARS = 1200  # detect on at most this many characters ...
SAMPLE_WINDOWS = 4  # ... taken from this many places spread over the text
SEED = 0
#: Languages stop words alone may decide (:func:`decisive_language`), ...
DECISIVE_LANGUAGES = frozenset({"en", "de"})
#: ... in a text of at least this many words ...
DECISIVE_WORDS = 30
#: ... of which that language's stop words are at least this share (and three times any
#: other list's share).
DECISIVE_SHARE = 0.3

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

#: Words whose n-grams are remembered (then forgotten, and learnt again).
_KNOWN_WORDS = 50_000
#: Room for rounding when deciding that the remaining trials cannot change the language.
_DECISION_MARGIN = 1e-9

_BREAK = re.compile(r"\s+")
_LATIN = re.compile("[A-z]")
# U+0300 and above, written as a complement: the range itself costs re 5-8 ms to compile
_NON_LATIN = re.compile("[^\x00-\u02ff]")
# a letter beyond Latin Extended-B (U+0250 on: IPA, Greek, Cyrillic, ... CJK)
_BEYOND_LATIN = re.compile(r"[^\W\d_\x00-\u024f]")
_factory: Any = None
_factory_lock = threading.Lock()


def detect_language(text: str, override: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Return ``(ISO 639-1 code, notes)`` for ``text``.

    ``override`` (a code or a language name) skips detection. Notes are sentences for people,
    shown beside the result, e.g. when the text is too short and English is assumed.
    """
    if override is not None and override.strip():
        return normalize_language(override)
    letters = itertools.islice(filter(str.isalpha, text), MIN_LETTERS)
    if sum(1 for _ in letters) < MIN_LETTERS:
        return DEFAULT_LANGUAGE, (NOTE_TOO_SHORT,)
    taken = sample(text)
    code = decisive_language(taken) or detect_code(taken)
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


def sample(text: str, size: int = SAMPLE_CHARS, windows: int = SAMPLE_WINDOWS) -> str:
    """At most about ``size`` characters of ``text``: all of it when it is that short, else
    ``windows`` stretches spread evenly from its start to its end, each cut at word breaks (a
    headline, the body and a closing line all have their say)."""
    if len(text) <= size:
        return text
    width = size // windows
    step = (len(text) - width) / max(windows - 1, 1)
    parts = []
    for k in range(windows):
        start = int(k * step)
        end = start + width
        if start > 0:  # begin after a break, so no word is cut
            space = _BREAK.search(text, start, end)
            start = space.end() if space else start
        if end < len(text):
            last = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
            end = last if last > start else end
        parts.append(text[start:end])
    return "\n".join(parts)


def decisive_language(text: str) -> str | None:
    """The language of ``text`` when its stop words leave no doubt, else ``None`` (then
    langdetect decides).

    The common function words of a language make up a third of its prose and a few per cent
    of any other's (sumy's stop-word lists, as :mod:`reader.cleaning.stopwords` uses them). So
    when a text of Latin letters only has at least :data:`DECISIVE_WORDS` words, one of
    :data:`DECISIVE_LANGUAGES` covers :data:`DECISIVE_SHARE` of them, and no other list covers
    a third as many, langdetect's trials (1-2 ms) are not run: they would name that language.
    Only languages whose close relatives among langdetect's 55 have stop-word lists of their
    own, and that the corpus shows langdetect agreeing on, may win this way; on every corpus
    and fixture text and each of their paragraphs the answer is langdetect's
    (``benchmarks/bench_identity.py``, tests/test_language.py).
    """
    from reader.cleaning.stopwords import lowered_words

    if _BEYOND_LATIN.search(text):  # another script: langdetect weighs scripts, not words
        return None
    found = lowered_words(text)
    if len(found) < DECISIVE_WORDS:
        return None
    counts = Counter(found)
    lists = _stop_word_lists()
    hits = dict.fromkeys(DECISIVE_LANGUAGES, 0)
    for word in counts.keys() & lists.keys():  # the stop words among the distinct words
        count = counts[word]
        for code in lists[word]:
            hits[code] = hits.get(code, 0) + count
    shares = sorted((count / len(found), code) for code, count in hits.items())
    (runner_up, _), (best, code) = shares[-2:]
    if code in DECISIVE_LANGUAGES and best >= DECISIVE_SHARE and runner_up * 3 <= best:
        return code
    return None


@functools.cache
def _stop_word_lists() -> dict[str, tuple[str, ...]]:
    """Each of sumy's stop words (the lists of :mod:`reader.cleaning.stopwords`) -> the
    codes of the languages whose list holds it."""
    from reader.cleaning.stopwords import SUMY_LISTS, stop_words

    found: dict[str, tuple[str, ...]] = {}
    for code in SUMY_LISTS:
        words = stop_words(code)
        again = words & found.keys()  # the few words of lists before this one too
        found.update(dict.fromkeys(words - again, (code,)))  # the others, added in C
        for word in again:
            found[word] += (code,)
    return found


def detect_code(text: str) -> str | None:
    """langdetect's code for ``text`` as an ISO 639-1 code, or ``None`` when it cannot tell."""
    from langdetect.lang_detect_exception import LangDetectException

    factory = _get_factory()
    try:
        detector = _detector_class()(factory, decide_early=True)
        detector.append(text)
        code = detector.detect()
    except LangDetectException:
        return None
    if not code or code == "unknown":
        return None
    return _LANGDETECT_CODES.get(str(code), str(code))


def _candidates(word: str) -> list[str]:
    """The n-grams langdetect takes from ``word`` (a run of characters, normalised, with at
    most its closing space) after a space: ``NGram.add_char`` and ``NGram.get`` for 1, 2 and 3,
    step by step, not yet checked against the profiles."""
    candidates: list[str] = []
    grams, capital = " ", False
    for ch in word:
        last = grams[-1]
        if last == " ":
            grams, capital = " ", False
            if ch == " ":
                continue
        elif len(grams) >= 3:
            grams = grams[1:]
        grams += ch
        if ch.isupper():
            if last.isupper():
                capital = True
            if capital:
                continue
        else:
            capital = False
        if ch != " ":
            candidates.append(ch)
        if len(grams) > 1:
            candidates.append(grams[-2:])
            if len(grams) > 2:
                candidates.append(grams)
    return candidates


def _decided(langprob: list[float], remaining: float, threshold: float) -> bool:
    """Whether the leading language stays ahead whatever trials are left: each adds at most
    ``1 / trials`` to any language (a trial's probabilities sum to 1), ``remaining`` in all;
    and the leader is above langdetect's ``threshold`` already (it reports no language below)."""
    runner_up, best = sorted(langprob)[-2:] if len(langprob) > 1 else (0.0, *langprob)
    margin = _DECISION_MARGIN
    return best - runner_up > remaining + margin and best > threshold + margin


class _NgramTable:
    """langdetect's ``word_lang_prob_map`` (n-gram -> probability in each language), each row
    computed from the profiles' counts when a text first contains the n-gram, exactly as
    langdetect's ``add_profile`` computes it. ``rows`` is the map the detector reads."""

    def __init__(self, profiles: Profiles) -> None:
        self.rows: dict[str, list[float]] = {}
        self.absent: set[str] = set()
        self.words: dict[str, list[str]] = {}  # a word and its space -> its n-grams in rows
        self._profiles = profiles

    def add(self, grams: Iterable[str]) -> None:
        """Put the row of each of ``grams`` that some profile has in ``rows`` (the others in
        ``absent``)."""
        rows, absent = self.rows, self.absent
        new = [gram for gram in grams if gram not in rows and gram not in absent]
        if not new:
            return
        found = self._profiles.lookup(new)
        n_words = self._profiles.n_words
        size = len(n_words)
        for gram in new:
            counts = found.get(gram)
            if counts is None:
                absent.add(gram)
                continue
            row = [0.0] * size
            length = len(gram)
            if 1 <= length <= 3:
                for index, count in counts:
                    row[index] = 1.0 * count / n_words[index][length - 1]
            rows[gram] = row


_detector: Any = None


def _detector_class() -> Any:
    """langdetect's ``Detector`` with its inner loops written for speed; every number it
    computes is the one langdetect computes (same operations in the same order), so the
    detected language and its probability are langdetect's (tests/test_language.py)."""
    global _detector
    if _detector is not None:
        return _detector
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException
    from langdetect.utils.ngram import NGram

    normalized: dict[int, str] = {}  # langdetect's NGram.normalize, for str.translate
    spaces = re.compile(" {2,}")

    class FastDetector(Detector):  # type: ignore[misc]
        text: str

        def __init__(self, factory: Any, *, decide_early: bool = False) -> None:
            super().__init__(factory)
            self.table: _NgramTable = factory.table
            # stop the trials once no later one can change the language (its probabilities
            # are then not langdetect's: only for detect())
            self.decide_early = decide_early

        def append(self, text: str) -> None:
            # each substitution needs a character it cannot do without: skipped when the text
            # has none (most texts have no "@", and no combining mark of Vietnamese)
            if "://" in text:
                text = self.URL_RE.sub(" ", text)
            if "@" in text:
                text = self.MAIL_RE.sub(" ", text)
            if any(mark in text for mark in NGram.DMARK_CLASS):
                text = NGram.normalize_vi(text)
            self.text += spaces.sub(" ", text[: self.max_text_length])

        def cleaning_text(self) -> None:
            # langdetect counts characters from A to z against those from U+0300 on (it means
            # to leave out Latin Extended Additional, but compares a block number with a name)
            # and drops A to z when the others are more than twice as many.
            text: str = self.text
            other = len(text) - len(_NON_LATIN.sub("", text))
            if not other:
                return
            # A to z are counted until there are half as many as the others (often a few)
            enough = (other + 1) // 2
            latin = sum(1 for _ in itertools.islice(_LATIN.finditer(text), enough))
            if latin * 2 < other:
                self.text = _LATIN.sub("", text)

        def _extract_ngrams(self) -> list[str]:
            """langdetect's n-grams of the text that some profile has, in order.

            langdetect reads the text a character at a time, and every space starts afresh
            (``NGram.add_char``), so the n-grams of a word (a run between spaces) followed by a
            space depend on that word alone: they are worked out once per word and process.
            """
            for raw in set(self.text):
                if ord(raw) not in normalized:  # each character once per process
                    normalized[ord(raw)] = NGram.normalize(raw)
            text = self.text.translate(normalized)
            table: _NgramTable = self.table
            known, rows = table.words, table.rows
            if len(known) > _KNOWN_WORDS:  # a bound on the memory of a long-running window
                known.clear()
            pieces = text.split(" ")  # every piece but the last is followed by a space
            last = _candidates(pieces.pop())
            new = {piece: _candidates(piece + " ") for piece in set(pieces) if piece not in known}
            table.add({gram for grams in (last, *new.values()) for gram in grams})
            for piece, grams in new.items():
                known[piece] = [gram for gram in grams if gram in rows]
            result: list[str] = []
            for piece in pieces:
                result += known[piece]
            result += [gram for gram in last if gram in rows]
            return result

        def _detect_block(self) -> None:
            """langdetect's trials: the same random draws and the same arithmetic as
            ``Detector._detect_block`` with ``_update_lang_prob`` and ``_normalize_prob``
            inlined (it is where detection spends its time)."""
            self.cleaning_text()
            ngrams = self._extract_ngrams()
            if not ngrams:
                raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
            rows = self.word_lang_prob_map  # looked up per draw: a few hundred, not all
            langprob = [0.0] * len(self.langlist)
            draw, gauss = self.random._randbelow, self.random.gauss
            count = len(ngrams)
            trials = self.n_trial
            self.random.seed(self.seed)
            for trial in range(trials):
                prob = self._init_probability()
                weight = (self.alpha + gauss(0.0, 1.0) * self.ALPHA_WIDTH) / self.BASE_FREQ
                i = 0
                while True:
                    row = rows[ngrams[draw(count)]]  # random.choice(ngrams), the same draw
                    # prob[i] *= weight + row[i] (every row has a value for each language)
                    prob = [p * (weight + r) for p, r in zip(prob, row)]  # noqa: B905
                    if i % 5 == 0:
                        total = sum(prob)
                        prob = [p / total for p in prob]
                        if max(prob) > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                            break
                    i += 1
                for j, p in enumerate(prob):
                    langprob[j] += p / trials
                remaining = (trials - trial - 1) / trials
                if self.decide_early and _decided(langprob, remaining, self.PROB_THRESHOLD):
                    break
            self.langprob = langprob

    _detector = FastDetector
    return _detector


def _get_factory() -> Any:
    """The seeded ``DetectorFactory`` over every profile, created once (thread-safe)."""
    global _factory
    if _factory is None:
        with _factory_lock:
            if _factory is None:
                _factory = _make_factory()
    return _factory


def _make_factory() -> Any:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    from reader.language_profiles import load_profiles, profile_files

    factory = DetectorFactory()
    profiles = load_profiles(PROFILES_DIRECTORY, profile_files(PROFILES_DIRECTORY))
    factory.langlist.extend(profiles.languages)
    factory.table = _NgramTable(profiles)
    factory.word_lang_prob_map = factory.table.rows
    factory.set_seed(SEED)
    return factory
