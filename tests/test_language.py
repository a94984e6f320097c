"""Language detection: codes, fallbacks with notes, overrides, determinism, threads, corpus."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from reader.language import (
    NOTE_FAILED,
    NOTE_TOO_SHORT,
    SAMPLE_CHARS,
    _sample,
    detect_language,
    normalize_language,
)

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


def test_huge_text_is_sampled_from_start_middle_and_end() -> None:
    text = "A" * 10_000 + "M" * 10_000 + "Z" * 10_000
    sample = _sample(text)
    assert len(sample) <= SAMPLE_CHARS + 2
    assert sample.startswith("A") and "M" in sample and sample.endswith("Z")
    assert _sample(ENGLISH) == ENGLISH


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
