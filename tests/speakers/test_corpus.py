"""The dev-set score of the shared corpus stays above target (skipped without the corpus)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_speakers.py"


def _benchmark():
    spec = importlib.util.spec_from_file_location("bench_speakers", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_scoring_follows_the_corpus_rules() -> None:
    bench = _benchmark()
    gold = [
        {"name": "Patricia Hewitt"},
        {"name": "James P. Kennedy Jr."},
        {"name": "Fiona Hill", "doubtful": True},
    ]
    tp, misses, alarms = bench.score_article(["Ms Hewitt", "Fiona Hill", "Tony Blair"], gold)
    assert (tp, misses, alarms) == (1, ["James P. Kennedy Jr."], ["Tony Blair"])


def test_dev_speakers_above_target(corpus: Path) -> None:
    bench = _benchmark()
    result = bench.evaluate(corpus)
    assert result["f1"] >= bench.TARGET_F1, result["errors"]
    assert result["precision"] >= bench.TARGET_PRECISION, result["errors"]


def test_seed_speakers_and_mentions(corpus: Path) -> None:
    from reader.speakers import find_speakers

    bench = _benchmark()
    text = bench.article_text(corpus, "seed", {})
    speakers = find_speakers(text, (), "en")
    assert [s.name for s in speakers] == ["John Kirby", "Sabrina Singh", "Antony Blinken"]
    kirby_mentions = {text[a:b] for a, b in speakers[0].mentions}
    assert kirby_mentions == {"John Kirby", "Kirby"}
