"""Language detection: codes, fallbacks with notes, overrides, determinism, threads, corpus."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from reader.language import (
    NOTE_FAILED,
    NOTE_TOO_SHORT,
    SAMPLE_CHARS,
    SAMPLE_WINDOWS,
    detect_code,
    detect_language,
    normalize_language,
    sample,
)

FILES = Path(__file__).parent / "_files"

GERMAN = (
    "Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke über den Fluss zu sanieren. "
    "Die Arbeiten sollen im Frühjahr beginnen und etwa zwei Jahre dauern."
)
ENGLISH = (
    "The council decided on Tuesday to repair the old bridge over the river. "
    "Work is due to start in the spring and should take about two years."
)
FRENCH = (
    "Le conseil municipal a décidé mardi de rénover le vieux pont sur la rivière. "
    "Les travaux doivent commencer au printemps et durer environ deux ans."
)
CHINESE = "市议会周二决定修复河上的旧桥。工程将于春季开始，预计持续大约两年。"


@pytest.mark.parametrize(
    ("text", "code"), [(GERMAN, "de"), (ENGLISH, "en"), (FRENCH, "fr"), (CHINESE, "zh")]
)
def test_detects_iso_639_1_codes(text: str, code: str) -> None:
    assert detect_language(text) == (code, ())


def test_detection_is_deterministic() -> None:
    # A short, ambiguous text is where unseeded langdetect flips between answers.
    text = "Ja, nein, vielleicht: the plan is gut."
    answers = {detect_language(text * 2)[0] for _ in range(20)}
    assert len(answers) == 1


def test_global_langdetect_state_is_untouched() -> None:
    from langdetect import detector_factory

    seed, factory = detector_factory.DetectorFactory.seed, detector_factory._factory
    detect_language(ENGLISH)
    assert detector_factory.DetectorFactory.seed == seed
    assert detector_factory._factory is factory


def test_parallel_detection_from_threads() -> None:
    texts = [GERMAN, ENGLISH, FRENCH, CHINESE] * 8
    with ThreadPoolExecutor(max_workers=8) as pool:
        codes = list(pool.map(lambda t: detect_language(t)[0], texts))
    assert codes == ["de", "en", "fr", "zh"] * 8


@pytest.mark.parametrize("text", ["", "Hi there", "12345 67890 " * 20, "!!! ??? ..."])
def test_too_short_text_falls_back_to_english_with_a_note(text: str) -> None:
    assert detect_language(text) == ("en", (NOTE_TOO_SHORT,))


def test_undetectable_text_falls_back_to_english_with_a_note() -> None:
    url_only = "http://www.example-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com/bbbbbbbbbbbbbbbbbbbb"
    assert detect_language(url_only) == ("en", (NOTE_FAILED,))


@pytest.mark.parametrize(
    ("override", "code"),
    [
        ("de", "de"),
        (" DE ", "de"),
        ("German", "de"),
        ("deutsch", "de"),
        ("en-GB", "en"),
        ("pt_BR", "pt"),
        ("zh-cn", "zh"),
        ("zh-TW", "zh"),
    ],
)
def test_override_is_normalised_and_skips_detection(override: str, code: str) -> None:
    assert detect_language(ENGLISH if code != "en" else GERMAN, override=override) == (code, ())


def test_unknown_override_is_used_with_a_note() -> None:
    code, notes = detect_language(ENGLISH, override="Klingon")
    assert code == "klingon"
    assert len(notes) == 1
    assert "Klingon" in notes[0]


def test_blank_override_means_detect() -> None:
    assert detect_language(GERMAN, override="  ") == ("de", ())


def test_normalize_language_accepts_langdetect_codes() -> None:
    assert normalize_language("ZH-CN") == ("zh", ())


def test_huge_text_is_sampled_in_whole_words_from_start_to_end() -> None:
    text = "alpha " * 3_000 + "middle " * 3_000 + "omega " * 3_000
    taken = sample(text)
    assert len(taken) <= SAMPLE_CHARS + SAMPLE_WINDOWS
    assert taken.startswith("alpha") and "middle" in taken and taken.rstrip().endswith("omega")
    assert set(taken.split()) == {"alpha", "middle", "omega"}  # no word cut in two
    assert sample(ENGLISH) == ENGLISH


def test_sampling_text_without_spaces_still_bounds_it() -> None:
    taken = sample(CHINESE * 500)
    assert len(taken) <= SAMPLE_CHARS + SAMPLE_WINDOWS
    assert detect_language(CHINESE * 500)[0] == "zh"


@pytest.fixture(params=["parsed", "indexed"])
def profile_source(request, tmp_path, monkeypatch) -> str:
    """Detection reads the profiles parsed from langdetect's files, or from the index in the
    cache folder (built by a first factory, read by a second)."""
    from reader import language
    from reader.language_profiles import IndexedProfiles, ParsedProfiles

    indexed = request.param == "indexed"
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path) if indexed else "")
    monkeypatch.setattr(language, "_factory", None)
    if indexed:
        assert type(language._get_factory().table._profiles) is ParsedProfiles
        monkeypatch.setattr(language, "_factory", None)
    expected = IndexedProfiles if indexed else ParsedProfiles
    assert type(language._get_factory().table._profiles) is expected
    return str(request.param)


def _stock_langdetect():
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)
    return factory


def _stock_probabilities(factory, text: str) -> str:
    detector = factory.create()
    detector.append(text)
    return str(detector.get_probabilities())


def _texts_in_many_languages() -> list[str]:
    """Our sentences, and sumy's stop-word lists (18 languages) run together as text."""
    texts = [GERMAN, ENGLISH, FRENCH, CHINESE, GERMAN + " " + ENGLISH, "Ünïcödé ÀÉÎ 123 ..."]
    texts += [
        p.read_text(encoding="utf-8")
        for folder in (FILES / "gui", FILES / "summary" / "vocabulary")
        for p in sorted(folder.glob("*.txt"))
    ]
    import sumy

    stopwords = Path(sumy.__file__).parent / "data" / "stopwords"
    texts += [" ".join(p.read_text("utf-8").split()[:300]) for p in sorted(stopwords.glob("*"))]
    return [t for t in texts if t.strip()]


def test_probabilities_are_exactly_langdetects(profile_source: str) -> None:
    """The lazily built n-gram table and the faster inner loops change no number."""
    from reader.language import _detector_class, _get_factory

    stock = _stock_langdetect()
    texts = _texts_in_many_languages()
    assert len(texts) >= 25
    for text in texts:
        detector = _detector_class()(_get_factory())
        detector.append(text)
        assert str(detector.get_probabilities()) == _stock_probabilities(stock, text)


def test_sampling_changes_no_corpus_articles_language(corpus: Path, profile_source: str) -> None:
    """Detection on the bounded sample gives what langdetect gives on the whole text (the
    first 10,000 characters, langdetect's own limit), on every article of the corpus."""
    from reader.loading import load_document
    from reader.teasers import remove_teasers

    stock = _stock_langdetect()
    paths = [p for p in corpus.rglob("*.txt") if "summary" not in p.parts]
    assert len(paths) >= 100
    changed = []
    for path in paths:
        text = remove_teasers(load_document(path).text)[0]
        whole = stock.create()
        whole.append(text)
        expected = {"zh-cn": "zh", "zh-tw": "zh"}.get(whole.detect(), whole.detect())
        if detect_language(text)[0] != expected or detect_code(text) != expected:
            changed.append(path.name)
    assert changed == []


def test_huge_text_is_detected() -> None:
    assert detect_language(GERMAN * 5_000)[0] == "de"


def test_corpus_languages(corpus: Path) -> None:
    german = sorted((corpus / "german").glob("*.txt"))
    english = sorted((corpus / "bbc" / "article").glob("*/*.txt"))
    english += sorted((corpus / "teasers").glob("*.txt"))
    assert german and english
    wrong = [p.name for p in german if detect_language(p.read_text("utf-8"))[0] != "de"]
    wrong += [
        p.name
        for p in english
        if detect_language(p.read_text("utf-8", errors="replace"))[0] != "en"
    ]
    assert wrong == []


def test_fast_cleaning_and_ngrams_equal_langdetects_on_random_text(profile_source: str) -> None:
    """Mixed scripts, punctuation, capitals, runs of spaces: the same cleaned text and the same
    n-grams as langdetect's own code."""
    import random

    from langdetect.detector import Detector

    from reader.language import _detector_class, _get_factory

    factory = _get_factory()
    stock_factory = _stock_langdetect()
    rng = random.Random(7)
    alphabet = [chr(c) for c in (*range(0x20, 0x250), *range(0x300, 0x500), *range(0x1E00, 0x1F10))]
    alphabet += list("中文한국語ひらがなالعربيةעבריתЖжΩω😀  ..,,ABCDEFGHIJabc")
    for _ in range(1500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        ours, theirs = _detector_class()(factory), Detector(stock_factory)
        ours.append(text)
        theirs.append(text)
        assert ours.text == theirs.text
        ours.cleaning_text()
        theirs.cleaning_text()
        assert ours.text == theirs.text
        assert ours._extract_ngrams() == theirs._extract_ngrams()


def test_deciding_early_gives_the_language_all_trials_give(profile_source: str) -> None:
    """detect() stops the trials once no later one can change the leader: the same language
    as running all seven, on texts clear and unclear, and fewer trials where it is clear."""
    import random

    from reader.language import _detector_class, _get_factory

    rng = random.Random(11)
    texts = _texts_in_many_languages()
    words = " ".join(texts).split()
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(2, 12))) for _ in range(300)]
    texts += ["Ja, nein, vielleicht: the plan is gut.", GERMAN[:60] + ENGLISH[:60], "ok " * 30]
    early_stops = 0
    for text in texts:
        full = _detector_class()(_get_factory())
        early = _detector_class()(_get_factory(), decide_early=True)
        full.append(text)
        early.append(text)
        try:
            expected = full.detect()
        except Exception as exc:  # no features: the same error
            with pytest.raises(type(exc)):
                early.detect()
            continue
        assert early.detect() == expected, text
        early_stops += sum(early.langprob) < 0.99  # fewer than the seven trials ran
    assert early_stops > len(texts) // 2


def test_a_language_is_decided_only_when_no_trial_can_change_it() -> None:
    from reader.language import _decided

    assert _decided([4 / 7, 0.0, 0.0], 3 / 7, 0.1)
    assert not _decided([3 / 7, 0.0, 0.0], 4 / 7, 0.1)  # the others could still catch up
    assert not _decided([2.5 / 7, 1.5 / 7], 3 / 7, 0.1)
    assert not _decided([0.05, 0.0], 0.0, 0.1)  # langdetect would report no language
    assert not _decided([0.3, 0.3], 0.0, 0.1)  # a tie is not a decision
    assert _decided([0.6, 0.3, 0.1], 0.0, 0.1)


# -- stop words deciding a clear text (reader.language.decisive_language) ---------------------

LONG_ENGLISH = (
    "The council said on Tuesday that it would not be able to repair the old bridge over the "
    "river before the end of the year, because the money it had set aside for the work was "
    "needed for the schools. Residents who use the bridge every day told us that they were "
    "angry and that they had been waiting for an answer since the spring."
)
LONG_GERMAN = (
    "Der Gemeinderat hat am Dienstag gesagt, dass er die alte Brücke über den Fluss nicht vor "
    "dem Ende des Jahres sanieren kann, weil das Geld, das für die Arbeiten vorgesehen war, für "
    "die Schulen gebraucht wird. Anwohner, die die Brücke jeden Tag benutzen, sagten uns, dass "
    "sie wütend sind und seit dem Frühjahr auf eine Antwort warten."
)
LONG_DUTCH = (
    "De gemeenteraad heeft dinsdag gezegd dat de oude brug over de rivier niet voor het einde "
    "van het jaar kan worden hersteld, omdat het geld dat voor het werk opzij was gezet nodig "
    "is voor de scholen. Bewoners die de brug elke dag gebruiken, vertelden ons dat ze boos "
    "zijn en sinds het voorjaar op een antwoord wachten."
)


@pytest.mark.parametrize(("text", "code"), [(LONG_ENGLISH, "en"), (LONG_GERMAN, "de")])
def test_stop_words_decide_a_long_clear_text(text: str, code: str) -> None:
    from reader.language import decisive_language

    assert decisive_language(text) == code
    assert detect_code(text) == code  # langdetect says the same
    assert detect_language(text) == (code, ())


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,  # too few words to be sure
        GERMAN,
        FRENCH,  # a language stop words may not decide
        LONG_DUTCH,  # German's relative, without a stop-word list of its own
        LONG_ENGLISH[:170] + " " + LONG_GERMAN[:170],  # two languages, neither dominant
        LONG_ENGLISH.replace("bridge", "мост"),  # another script: langdetect weighs scripts
        CHINESE * 5,
        " ".join(["Smith", "London", "Tuesday", "Brexit", "Johnson", "NHS"] * 10),  # no stop words
    ],
)
def test_langdetect_decides_short_mixed_and_other_texts(text: str) -> None:
    from reader.language import decisive_language

    assert decisive_language(text) is None
    assert detect_language(text)[0] == (detect_code(sample(text)) or "en")


def test_mixed_languages_fall_back_to_langdetect_whatever_the_mix() -> None:
    """English and German sentences mixed in every proportion: where stop words decide, the
    answer is langdetect's; where they do not, langdetect's answer is used."""
    from reader.language import decisive_language

    english = LONG_ENGLISH.split(". ") + ENGLISH.split(". ")
    german = LONG_GERMAN.split(". ") + GERMAN.split(". ")
    decided = 0
    for n_english in range(len(english) + 1):
        for n_german in range(len(german) + 1):
            text = ". ".join(english[:n_english] + german[:n_german])
            if sum(map(str.isalpha, text)) < 20:
                continue
            code = decisive_language(sample(text))
            decided += code is not None
            assert code in (None, detect_code(sample(text))), text
            assert detect_language(text)[0] == (detect_code(sample(text)) or "en")
    assert decided >= 4


def test_stop_words_decide_as_langdetect_on_every_corpus_article_and_paragraph(
    corpus: Path,
) -> None:
    """Wherever stop words decide, langdetect's trials give the same language: every article
    of the corpus and each of its paragraphs; and they decide most articles."""
    from reader.language import decisive_language
    from reader.loading import load_document
    from reader.teasers import remove_teasers

    paths = [p for p in corpus.rglob("*.txt") if "summary" not in p.parts]
    decided, differ = 0, []
    for path in paths:
        text = remove_teasers(load_document(path).text)[0]
        for part in [text, *(p for p in text.split("\n") if p.strip())]:
            taken = sample(part)
            code = decisive_language(taken)
            if code is not None:
                decided += part is text
                if code != detect_code(taken):
                    differ.append((path.name, part[:60]))
    assert differ == []
    assert decided > len(paths) // 2


def test_each_stop_word_names_the_languages_whose_lists_hold_it() -> None:
    """The table the stop-word test reads: every word of every list, with the codes of exactly
    the lists holding it, in the lists' order."""
    from reader.cleaning.stopwords import SUMY_LISTS, stop_words
    from reader.language import _stop_word_lists

    table = _stop_word_lists()
    words = set().union(*(stop_words(code) for code in SUMY_LISTS))
    assert table.keys() == words
    for word, codes in table.items():
        assert codes == tuple(code for code in SUMY_LISTS if word in stop_words(code)), word
    assert any(len(codes) > 1 for codes in table.values())  # words several lists share
