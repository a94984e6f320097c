"""On the shared corpus (skipped without it): clean articles lose nothing, teasers still pass.

Scores (overshoot cases clean, whole-page F1) are benchmark figures, not tests:
benchmarks/bench_overshoot.py and benchmarks/bench_saved.py print them.
"""

from __future__ import annotations

import json
import re

from reader import analyze

_PUNCT = re.compile(r"[\W_]+")


def _norm(line: str) -> str:
    return _PUNCT.sub(" ", line.lower()).strip()


def test_no_line_of_a_bbc_article_or_the_seed_is_removed(corpus) -> None:
    paths = sorted((corpus / "bbc" / "article").glob("*/*.txt"))
    for path in [*paths, corpus / "teasers" / "seed-us-iran.txt"]:
        lines = [line for line in path.read_text("utf-8").splitlines() if line.strip()]
        if path.name == "seed-us-iran.txt":
            lines = lines[:-6]  # its six teaser lines
        shown = {_norm(line) for line in analyze(path).text.splitlines()}
        assert [line for line in lines if _norm(line) not in shown] == [], path


def test_every_teaser_case_passes_through_analyze(corpus) -> None:
    folder = corpus / "teasers"
    expected = json.loads((folder / "expected.json").read_text("utf-8"))
    for case, truth in expected.items():
        path = folder / f"{case}.txt"
        result = analyze(path)
        assert [r.strip() for r in result.removed_lines] == [t.strip() for t in truth["removed"]]
        gone = {t.strip() for t in truth["removed"]}
        for line in path.read_text("utf-8").splitlines():
            if line.strip() and line.strip() not in gone:
                assert line.strip() in result.text, (case, line)
