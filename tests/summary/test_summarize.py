"""``reader.summary.summarize``: the contract the pipeline, CLI and window rely on."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reader.result import Summary
from reader.summary import ALGORITHMS, DEFAULT_ALGORITHM, summarize
from reader.summary.length import auto_length


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_every_algorithm_gives_n_sentences_in_document_order(algorithm, own_articles):
    for article in own_articles:
        summary = summarize(
            article.body,
            article.spans,
            article.language,
            algorithm=algorithm,
            count=4,
            title=article.title,
        )
        assert isinstance(summary, Summary)
        assert summary.algorithm == algorithm
        assert len(summary.sentences) == 4
        assert list(summary.sentences) == sorted(set(summary.sentences))
        assert all(0 <= i < len(article.spans) for i in summary.sentences)
        assert summary.notes == ()


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_algorithms_agree_with_their_own_idea_of_importance(algorithm, english_article):
    """A longer summary contains the shorter one for score-ranked algorithms, and the greedy
    ones extend theirs: the first pick stays. (News: within one of its regimes, both summaries
    here keeping at most a third of the article's 15 sentences.)"""
    a = english_article
    short = summarize(a.body, a.spans, "en", algorithm=algorithm, count=2, title=a.title)
    long = summarize(a.body, a.spans, "en", algorithm=algorithm, count=5, title=a.title)
    assert set(short.sentences) <= set(long.sentences)


def assert_auto_length(summary: Summary, text: str, spans: tuple) -> None:
    """The summary keeps Auto's bounds for the article (sentences and words)."""
    lengths = [len(text[s:e].split()) for s, e in spans]
    limit = auto_length(len(spans), sum(lengths))
    words = sum(lengths[i] for i in summary.sentences)
    assert 1 <= len(summary.sentences) <= limit.sentences
    assert words <= limit.words or len(summary.sentences) == 1


def test_default_algorithm_and_length(english_article):
    a = english_article
    summary = summarize(a.body, a.spans, "en", title=a.title)
    assert summary.algorithm == DEFAULT_ALGORITHM == "news"
    assert_auto_length(summary, a.body, a.spans)
    assert len(summary.sentences) == 3  # a short story (15 sentences, about 330 words)


def test_ratio(english_article):
    a = english_article
    summary = summarize(a.body, a.spans, "en", algorithm="lexrank", ratio=0.5)
    assert len(summary.sentences) == round(0.5 * len(a.spans))


def test_names_are_case_insensitive(english_article):
    a = english_article
    upper = summarize(a.body, a.spans, "en", algorithm="TextRank", count=3)
    lower = summarize(a.body, a.spans, "en", algorithm="textrank", count=3)
    assert upper == lower and upper.algorithm == "textrank"


def test_unknown_algorithm_is_a_clear_value_error(english_article):
    a = english_article
    with pytest.raises(ValueError, match=r"Unknown summary algorithm 'magic'.*lexrank"):
        summarize(a.body, a.spans, "en", algorithm="magic")


def test_empty_article_gives_an_empty_summary():
    for algorithm in ALGORITHMS:
        assert summarize("", (), "en", algorithm=algorithm) == Summary(algorithm=algorithm)


def test_single_sentence_article():
    for algorithm in ALGORITHMS:
        summary = summarize("Only one sentence here.", ((0, 23),), "en", algorithm=algorithm)
        assert summary.sentences == (0,)


def test_headline_repeated_in_the_text_is_never_chosen():
    title = "Bridge to close for repairs"
    text = (
        "Bridge to close for repairs\n"
        "The bridge will close for repairs in March, the council said.\n"
        "The repairs to the bridge will take six months.\n"
        "A ferry will replace the bridge while it is closed for repairs."
    )
    spans = ((0, 27), (28, 89), (90, 137), (138, 201))
    for algorithm in ALGORITHMS:
        summary = summarize(text, spans, "en", algorithm=algorithm, count=3, title=title)
        assert 0 not in summary.sentences, algorithm
        assert len(summary.sentences) == 3


def test_headline_span_is_never_chosen_even_without_words():
    text = "2024\n\nThe bridge will close for repairs in March. A ferry will replace it."
    spans = ((0, 4), (6, 49), (50, 74))
    for algorithm in ALGORITHMS:
        summary = summarize(text, spans, "en", algorithm=algorithm, count=3, headline=(0, 4))
        assert summary.sentences == (1, 2), algorithm


def test_a_body_sentence_repeating_the_headline_may_be_chosen():
    text = "Storm hits coast\n\nStorm hits coast."
    summary = summarize(text, ((0, 16), (18, 35)), "en", title="Storm hits coast", headline=(0, 16))
    assert summary.sentences == (1,)


def test_a_repeated_sentence_is_summarised_once():
    text = (
        "A storm hit the coast on Monday. Power lines fell in three towns.\n\n"
        "A storm hit the coast on Monday. Power lines fell in three towns.\n\n"
        "Crews worked overnight to restore power to the coast."
    )
    spans = ((0, 32), (33, 65), (67, 99), (100, 132), (134, 187))
    for algorithm in ALGORITHMS:
        chosen = summarize(text, spans, "en", algorithm=algorithm, count=3).sentences
        texts = [text[slice(*spans[i])] for i in chosen]
        assert len(set(texts)) == len(texts) == 3, algorithm


@pytest.mark.parametrize("language", ["eo", "da"])
def test_language_fallback_gives_a_summary_and_a_note(language, english_article):
    a = english_article
    for algorithm in ALGORITHMS:
        summary = summarize(a.body, a.spans, language, algorithm=algorithm, count=3)
        assert len(summary.sentences) == 3
        assert len(summary.notes) == 1 and "Summary:" in summary.notes[0]


def test_unsegmented_script_does_not_fail():
    text = "北京今天下雨。明天会晴天。后天再下雨。"
    spans = ((0, 7), (7, 13), (13, 19))
    for algorithm in ALGORITHMS:
        summary = summarize(text, spans, "zh", algorithm=algorithm, count=2)
        assert len(summary.sentences) == 2


def test_repeated_calls_reuse_the_prepared_text(english_article):
    from reader.summary.prepared import _prepare

    a = english_article
    summarize(a.body, a.spans, "en", algorithm="luhn")
    hits = _prepare.cache_info().hits
    summarize(a.body, a.spans, "en", algorithm="lsa", count=2)
    assert _prepare.cache_info().hits == hits + 1


def test_german_fixture_uses_german_stems_and_stop_words(own_articles):
    from reader.summary.prepared import prepare

    (article,) = [a for a in own_articles if a.language == "de"]
    prepared = prepare(article.body, article.spans, "de", article.title)
    assert prepared.tools.name == "german"
    content = {stem for stems in prepared.content for stem in stems}
    assert not content & {"die", "der", "und", "ist"}
    assert "bibliothek" in content  # "Bibliothek" and "Bibliotheken" share it


def test_german_corpus_end_to_end(corpus):
    from reader.language import detect_language
    from reader.sentences import split_sentences
    from reader.summary.prepared import prepare

    paths = sorted((corpus / "german").glob("*.txt"))
    assert len(paths) >= 20
    for path in paths:
        text = path.read_text(encoding="utf-8")
        language, _ = detect_language(text)
        assert language == "de", path.name
        spans = tuple(split_sentences(text, language))
        summary = summarize(text, spans, language)
        assert summary.notes == ()
        assert_auto_length(summary, text, spans)
        assert prepare(text, spans, language).tools.name == "german"


def test_importing_the_package_stays_light():
    code = (
        "import sys, reader.summary as s; "
        "assert s.ALGORITHMS and s.DEFAULT_ALGORITHM in s.ALGORITHMS; "
        "heavy = [m for m in ('sumy', 'nltk', 'numpy', 'scipy', 'punkt') if m in sys.modules]; "
        "print(heavy)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_default_beats_lead_on_the_bbc_references_through_analyze(corpus):
    """The measure of benchmarks/bench_summary_quality.py, through the whole pipeline (the
    headline is part of the displayed text there and must not change the outcome)."""
    from rouge_score import rouge_scorer

    from reader import analyze, resummarize

    scorer = rouge_scorer.RougeScorer(["rouge2"], use_stemmer=True)
    totals = {"default": 0.0, "lead": 0.0}
    articles = sorted((corpus / "bbc" / "article").rglob("*.txt"))
    for path in articles:
        reference_path = corpus / "bbc" / "summary" / path.relative_to(corpus / "bbc" / "article")
        reference = reference_path.read_text(encoding="utf-8")
        count = len([line for line in reference.splitlines() if line.strip()])
        result = analyze(path, count=count)
        assert result.title_span is not None and 0 not in result.summary.sentences
        lead = resummarize(result, algorithm="lead", count=count)
        for name, summary in (("default", result), ("lead", lead)):
            hypothesis = "\n".join(summary.summary_texts)
            totals[name] += scorer.score(reference, hypothesis)["rouge2"].fmeasure
    default, lead = (totals[k] / len(articles) for k in ("default", "lead"))
    assert default > 0.75 and default > lead + 0.2, (default, lead)
