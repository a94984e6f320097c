"""The speaker benchmark scores as the corpus README says (the scores themselves are figures the
benchmark prints, not tests: the rules were tuned on those sets)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_speakers.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_speakers", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_speakers"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_speaker_scoring_follows_the_corpus_rules(bench: ModuleType) -> None:
    gold = [
        {"name": "Patricia Hewitt"},
        {"name": "James P. Kennedy Jr."},
        {"name": "Fiona Hill", "doubtful": True},
    ]
    tp, misses, alarms = bench.score_article(["Ms Hewitt", "Fiona Hill", "Tony Blair"], gold)
    assert (tp, misses, alarms) == (1, ["James P. Kennedy Jr."], ["Tony Blair"])


def test_a_statement_is_found_when_a_span_covers_more_than_30_percent(bench: ModuleType) -> None:
    gold = [{"name": "Ann Lee", "statements": [{"span": (0, 100)}, {"span": (200, 300)}]}]
    score = bench.score_statements([("Ann Lee", (0, 31)), ("Ann Lee", (200, 230))], gold)
    assert (score.gold, score.found, score.predicted, score.right) == (2, 1, 2, 1)


def test_attribution_needs_the_gold_surname(bench: ModuleType) -> None:
    gold = [{"name": "Ann Lee", "statements": [{"span": (0, 100)}]}]
    score = bench.score_statements([("Bob Stone", (0, 100))], gold)
    assert (score.found, score.right) == (1, 0)
    score = bench.score_statements([("Ms Lee", (0, 100))], gold)
    assert (score.found, score.right) == (1, 1)


def test_statements_of_doubtful_speakers_are_optional(bench: ModuleType) -> None:
    gold = [
        {"name": "Ann Lee", "statements": [{"span": (0, 100)}]},
        {"name": "Bob Stone", "doubtful": True, "statements": [{"span": (200, 300)}]},
    ]
    score = bench.score_statements([("Ann Lee", (0, 100)), ("Bob Stone", (200, 300))], gold)
    assert (score.gold, score.found, score.predicted) == (1, 1, 1)
    score = bench.score_statements([("Ann Lee", (0, 100))], gold)
    assert (score.gold, score.found, score.predicted) == (1, 1, 1)


def test_gold_statement_texts_are_located_in_order(bench: ModuleType) -> None:
    text = 'He said "Yes." Later he said "Yes." again.'
    speakers = [{"name": "A", "statements": [{"text": '"Yes."'}, {"text": "“Yes.”"}]}]
    spans = [st["span"] for st in bench._with_spans(text, speakers)[0]["statements"]]
    assert spans == [(8, 14), (29, 35)]  # curly marks match straight ones


def test_long_texts_for_the_scaling_measure_have_the_size_asked_for(bench: ModuleType) -> None:
    from reader.speakers.text import sentence_spans

    count = len(sentence_spans(bench.long_text(2000)))
    assert 1500 < count < 2500
