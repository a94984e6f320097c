"""Teaser removal on the shared corpus.

1. ``../shared/corpus/teasers`` (21 cases with ``expected.json``): a case passes when the lines
   removed equal ``removed`` exactly (after trimming whitespace) and every other non-empty line
   of the file is still in the displayed text. Measured twice: ``remove_teasers`` on the file
   as it is (headline included), and the full ``reader.analyze(Path(file))``, whose ``text``
   field (no title added) must hold every kept line, the headline included. Prints per-case
   pass/fail and ``teaser cases passed: N/21``.
2. Simulated single lines on ``../shared/corpus/bbc``, built the way the corpus builds its "one"
   and "own_line" cases: a whole article followed by another article's lead cut after 50-90% of
   its words ("one": must go), or a whole article whose last line ends in an ellipsis instead of
   its full stop ("own last": must stay); inner lines as if they were the last ("inner") add own
   cases. The honest figure is held out by category: the single-line weights are refitted on the
   articles of 3 categories and scored on the other 2 (teasers from those 2 only), for all 10
   choices, once without the last-paragraphs share (``tail_share``) and once with all features.
   Also printed, in sample: the reader as shipped and two baselines (always remove; remove only
   when cut after a function word), and the weights refitted on all articles (to ship).

Run: ``python benchmarks/bench_teasers.py``.
"""

from __future__ import annotations

import json
import math
import random
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))

# The single-line features before the last-paragraphs share was added (for a before/after row).
BASELINE_FEATURES = (
    "shared",
    "unshared",
    "topical",
    "head_shared",
    "names_shared",
    "names_topical",
    "names_new",
    "cut_off",
    "refers_back",
    "has_quote",
    "opens_referring",
)


def case_passes(text: str, displayed: str, removed: tuple[str, ...], truth: list[str]) -> bool:
    want = [line.strip() for line in truth]
    if [line.strip() for line in removed] != want:
        return False
    return all(
        line.strip() in displayed
        for line in text.splitlines()
        if line.strip() and line.strip() not in want
    )


def corpus_cases() -> int:
    from reader import analyze
    from reader.cleaning.teasers import remove_teasers
    from reader.errors import ReaderError

    folder = CORPUS / "teasers"
    expected = json.loads((folder / "expected.json").read_text("utf-8"))
    passed_raw = passed_full = 0
    started = time.perf_counter()
    print(f"{'case':<22} {'kind':<14} {'removed':>7} {'function':>8} {'analyze':>8}")
    for case, truth in expected.items():
        path = folder / f"{case}.txt"
        text = path.read_text("utf-8")
        displayed, removed = remove_teasers(text)
        raw_ok = case_passes(text, displayed, removed, truth["removed"])
        try:
            analysis = analyze(path)
            shown = analysis.text  # the JSON "text" field: a headline line stays part of it
            full_ok = case_passes(text, shown, analysis.removed_lines, truth["removed"])
        except ReaderError as error:
            print(f"  analyze failed on {case}: {error}")
            full_ok = False
        passed_raw += raw_ok
        passed_full += full_ok
        print(
            f"{case:<22} {truth['kind']:<14} {len(removed):>7} "
            f"{'pass' if raw_ok else 'FAIL':>8} {'pass' if full_ok else 'FAIL':>8}"
        )
    elapsed = time.perf_counter() - started
    print(f"teaser cases passed: {passed_raw}/{len(expected)}")
    print(f"teaser cases passed through analyze(): {passed_full}/{len(expected)}")
    print(f"(both passes over {len(expected)} files took {elapsed:.2f} s)")
    return passed_raw


# --- Simulated single lines -------------------------------------------------------------------
# The held-out "one" and "own_line" cases are built like the corpus ones (read
# ``teasers/*-one.txt`` and ``*-own_line.txt`` against ``bbc/article``): a "one" case is a whole
# article (headline included) followed by the lead (first paragraph) of another article cut after
# 50-90% of its words; an "own_line" case is a whole article whose LAST line lost its final
# punctuation (and closing quote) to an ellipsis. Extra "own" cases end the article early, at an
# inner line, to have more than one own line per article for fitting.

_CATEGORY_SPLITS = 3  # categories to fit on; the others are held out


@dataclass(frozen=True)
class Article:
    category: str
    lines: tuple[str, ...]  # the file's lines, headline first, trailing blank lines dropped

    @property
    def lead(self) -> str:
        return next(line for line in self.lines[1:] if line.strip())

    def body_before(self, index: int) -> str:
        return "\n".join(self.lines[:index])

    def paragraph_indices(self) -> list[int]:
        return [i for i, line in enumerate(self.lines) if i >= 2 and line.strip()]


@dataclass(frozen=True)
class Case:
    kind: str  # "one" (another story's lead: must go), "own_last", "own_inner" (must stay)
    body: str
    line: str


def load_articles() -> list[Article]:
    articles = []
    for path in sorted((CORPUS / "bbc" / "article").glob("*/*.txt")):
        text = path.read_text("utf-8", errors="replace").replace("\r\n", "\n").rstrip()
        articles.append(Article(path.parent.name, tuple(text.split("\n"))))
    return articles


def as_own_line(line: str, rng: random.Random) -> str:
    return re.sub(r"[.!?]?[\"'”’]*\s*$", "", line) + rng.choice(["…", "..."])


def as_teaser(lead: str, rng: random.Random) -> str:
    words = lead.split()
    keep = min(max(round(rng.uniform(0.5, 0.9) * len(words)), 2), len(words) - 1)
    return " ".join(words[:keep]) + rng.choice(["…", "..."])


def build_cases(articles: list[Article], seed: int, training: bool = False) -> list[Case]:
    """Cases for ``articles``, teasers taken only from the leads of the same ``articles``.

    For fitting (``training``), each teaser is also put under a shortened article, so that
    article length does not tell the two kinds apart.
    """
    rng = random.Random(seed)
    cases = []
    for article in articles:
        paragraphs = article.paragraph_indices()
        last = paragraphs[-1]
        for other in articles:
            if other is article:
                continue
            for _ in range(2):
                teaser = as_teaser(other.lead, rng)
                cases.append(Case("one", article.body_before(last + 1), teaser))
                if training:
                    cut = rng.choice(paragraphs[2:] or paragraphs)
                    cases.append(Case("one", article.body_before(cut), teaser))
        cases.append(
            Case("own_last", article.body_before(last), as_own_line(article.lines[last], rng))
        )
        for index in paragraphs[2:-1]:
            line = as_own_line(article.lines[index], rng)
            cases.append(Case("own_inner", article.body_before(index), line))
    return cases


def decided_early(line: str) -> bool:
    """Lines the rules keep before any weighing (continuation starts, complete sentences)."""
    from reader.cleaning.teasers import ends_complete, starts_like_continuation

    return starts_like_continuation(line) or ends_complete(line)


def fit(cases: list[Case], names: tuple[str, ...], ridge: float = 1.0) -> tuple[dict, float]:
    """Class-balanced, ridge-penalised logistic regression (Newton steps), own lines = 1."""
    from reader.cleaning.teasers import single_line_features

    rows, labels = [], []
    for case in cases:
        if decided_early(case.line):
            continue
        features = single_line_features(case.line, case.body)
        rows.append([1.0] + [float(features[name]) for name in names])
        labels.append(0.0 if case.kind == "one" else 1.0)
    positives = sum(labels)
    weight_of = {
        1.0: len(labels) / (2 * positives),
        0.0: len(labels) / (2 * (len(labels) - positives)),
    }
    size = len(names) + 1
    beta = [0.0] * size
    for _ in range(25):
        gradient = [0.0] * size
        hessian = [[0.0] * size for _ in range(size)]
        for row, label in zip(rows, labels, strict=True):
            z = sum(b * x for b, x in zip(beta, row, strict=True))
            p = 1 / (1 + math.exp(-max(min(z, 30), -30)))
            w = weight_of[label]
            for i in range(size):
                gradient[i] += w * (label - p) * row[i]
                for j in range(i, size):
                    hessian[i][j] += w * p * (1 - p) * row[i] * row[j]
        for i in range(size):
            for j in range(i):
                hessian[i][j] = hessian[j][i]
            if i:
                gradient[i] -= ridge * beta[i]
                hessian[i][i] += ridge
        step = _solve(hessian, gradient)
        beta = [b + s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return dict(zip(names, beta[1:], strict=True)), beta[0]


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the matrix is small and positive definite)."""
    size = len(vector)
    a = [[*row, value] for row, value in zip(matrix, vector, strict=True)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, size):
            factor = a[r][col] / a[col][col]
            for c in range(col, size + 1):
                a[r][c] -= factor * a[col][c]
    solution = [0.0] * size
    for r in range(size - 1, -1, -1):
        solution[r] = (a[r][size] - sum(a[r][c] * solution[c] for c in range(r + 1, size))) / a[r][
            r
        ]
    return solution


def weighted_decider(weights: dict, bias: float) -> Callable[[str, str], bool]:
    from reader.cleaning.teasers import single_line_features

    def removes(body: str, line: str) -> bool:
        if decided_early(line):
            return False
        features = single_line_features(line, body)
        return bias + sum(w * features[name] for name, w in weights.items()) <= 0

    return removes


def score(cases: list[Case], decide: Callable[[str, str], bool]) -> dict[str, tuple[int, int]]:
    """Per kind: (decided right, cases)."""
    tally: dict[str, list[int]] = {}
    for case in cases:
        removed = decide(case.body, case.line)
        right = removed if case.kind == "one" else not removed
        counts = tally.setdefault(case.kind, [0, 0])
        counts[0] += right
        counts[1] += 1
    return {kind: (r, n) for kind, (r, n) in tally.items()}


def _row(name: str, tally: dict[str, tuple[int, int]]) -> str:
    share = {kind: r / n for kind, (r, n) in tally.items()}
    kept = share["own_last"]
    return (
        f"{name:<28} {share['one']:>9.3f} {kept:>9.3f} {share['own_inner']:>10.3f} "
        f"{(share['one'] + kept) / 2:>9.3f}"
    )


_HEADER_ROW = f"{'decider':<28} {'one gone':>9} {'own kept':>9} {'inner kept':>10} {'balanced':>9}"


def cross_validated(articles: list[Article], names: tuple[str, ...]) -> dict[str, tuple[int, int]]:
    """Fit on the articles of 3 categories, score on the other 2 (teasers from those 2 only);
    every choice of 3 categories in turn, counts summed."""
    categories = sorted({a.category for a in articles})
    total: dict[str, list[int]] = {}
    for split, fit_on in enumerate(combinations(categories, _CATEGORY_SPLITS)):
        train = [a for a in articles if a.category in fit_on]
        test = [a for a in articles if a.category not in fit_on]
        weights, bias = fit(build_cases(train, seed=split, training=True), names)
        for kind, (r, n) in score(
            build_cases(test, seed=100 + split), weighted_decider(weights, bias)
        ).items():
            counts = total.setdefault(kind, [0, 0])
            counts[0] += r
            counts[1] += n
    return {kind: (r, n) for kind, (r, n) in total.items()}


def simulated_single_lines() -> None:
    from reader.cleaning.teasers import SINGLE_LINE_WEIGHTS, is_cut_off, remove_teasers

    articles = load_articles()
    cases = build_cases(articles, seed=7)
    counts = {kind: sum(c.kind == kind for c in cases) for kind in ("one", "own_last", "own_inner")}
    print(
        f"\nsimulated single lines: {counts['one']} other-story leads, {counts['own_last']} own "
        f"last lines, {counts['own_inner']} inner lines as if last"
    )
    print(_HEADER_ROW)
    print("held out (fit on 3 categories, scored on the other 2, all 10 splits):")
    print(_row("  without tail_share", cross_validated(articles, BASELINE_FEATURES)))
    names = tuple(SINGLE_LINE_WEIGHTS)
    print(_row("  shipped features", cross_validated(articles, names)))
    print("in sample (weights fitted on these 20 articles):")
    print(
        _row(
            "  reader as shipped",
            score(cases, lambda body, line: bool(remove_teasers(body + "\n" + line)[1])),
        )
    )
    print(_row("  always remove", score(cases, lambda body, line: True)))
    print(_row("  cut-off only", score(cases, lambda body, line: is_cut_off(line))))
    weights, bias = fit(build_cases(articles, seed=0, training=True), names)
    print("refit on all 20 articles (to ship): bias", round(bias, 2))
    print("  " + ", ".join(f"{n}: {w:.2f}" for n, w in weights.items()))


def main() -> int:
    if not (CORPUS / "teasers" / "expected.json").is_file():
        print(f"The teaser corpus is not present at {CORPUS / 'teasers'}; nothing to measure.")
        return 0
    corpus_cases()
    if (CORPUS / "bbc" / "article").is_dir():
        simulated_single_lines()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
