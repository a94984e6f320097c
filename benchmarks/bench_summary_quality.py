"""ROUGE of every summariser against human highlights (cnndm/) and the BBC references (bbc/).

Two sets of ../shared/corpus, each article split by Reader's own sentence splitter:

* ``cnndm/``: 50 CNN/DailyMail stories (one line each, no headline) against the highlights
  their journalists wrote; every method picks three sentences. Lead-3 (the first three
  sentences) is the baseline to beat.
* ``bbc/``: 20 BBC stories (headline, paragraphs) against extractive reference summaries that
  an algorithm picked; every method picks as many sentences as the reference has, and gets the
  headline as the title.

Scores are ROUGE-1, ROUGE-2 and ROUGE-Lsum F-measures x 100 (the ``rouge-score`` package,
stemming on; one summary sentence per line for Lsum). Methods: every algorithm of the menu
(News is Reader's own, Lead is Reader's first-sentences baseline, which skips page furniture),
plain Lead-N (the first N sentences as split, the issue's baseline), random N sentences (mean
of 50 draws per article) and a greedy oracle (adds, N times, the sentence that most raises
ROUGE-2 F against the reference: about the best any extractive summary of N sentences can do).

To guard against choices fitted to these few articles, ROUGE-2 is also shown on two halves of
each set (cnndm: odd and even story numbers; bbc: articles 001-002 and 003-004 of every
category), and the default's difference from Lead-3 on cnndm is given with its wins, losses and
a bootstrap probability. ``bench_summary_ablation.py`` measures each idea behind News.

    .venv/bin/python benchmarks/bench_summary_quality.py
"""

from __future__ import annotations

import random
import statistics
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus"
RANDOM_DRAWS = 50
BOOTSTRAP = 2000
CNNDM_SENTENCES = 3


@dataclass
class Case:
    """One article, split, with its reference summary and the summary size to score at."""

    corpus: str  # "cnndm" or "bbc"
    ident: str
    title: str
    body: str
    reference: list[str]
    size: int
    spans: tuple[tuple[int, int], ...] = ()
    cache: dict[Any, tuple[float, float, float]] = field(default_factory=dict, repr=False)

    @property
    def first_half(self) -> bool:
        if self.corpus == "cnndm":
            return int(self.ident) % 2 == 1
        return self.ident.split("/")[1] in ("001", "002")


def _lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_cases() -> list[Case]:
    """The cnndm/ and bbc/ cases that are present, split into sentences."""
    from reader.sentences import split_sentences

    cases: list[Case] = []
    for path in sorted((CORPUS / "cnndm" / "article").glob("*.txt")):
        body = path.read_text(encoding="utf-8").strip()
        reference = _lines(CORPUS / "cnndm" / "summary" / path.name)
        cases.append(Case("cnndm", path.stem, "", body, reference, CNNDM_SENTENCES))
    for path in sorted((CORPUS / "bbc" / "article").glob("*/*.txt")):
        title, _, body = path.read_text(encoding="utf-8").strip("\n").partition("\n\n")
        reference = _lines(CORPUS / "bbc" / "summary" / path.parent.name / path.name)
        ident = f"{path.parent.name}/{path.stem}"
        cases.append(Case("bbc", ident, title.strip(), body, reference, len(reference)))
    for case in cases:
        case.spans = tuple(split_sentences(case.body, "en"))
    return cases


_SCORER: Any = None


def rouge(case: Case, chosen: Sequence[int]) -> tuple[float, float, float]:
    """ROUGE-1, -2 and -Lsum F of the sentences ``chosen`` against the case's reference."""
    global _SCORER
    if _SCORER is None:
        from rouge_score import rouge_scorer

        _SCORER = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    key = tuple(sorted(chosen))
    if key not in case.cache:
        text = "\n".join(case.body[case.spans[i][0] : case.spans[i][1]] for i in key)
        result = _SCORER.score("\n".join(case.reference), text)
        case.cache[key] = tuple(result[k].fmeasure for k in ("rouge1", "rouge2", "rougeLsum"))
    return case.cache[key]


def greedy_oracle(case: Case) -> list[int]:
    """``case.size`` sentences, each the one that most raises ROUGE-2 F with those before."""
    chosen: list[int] = []
    for _ in range(min(case.size, len(case.spans))):
        rest = [i for i in range(len(case.spans)) if i not in chosen]
        chosen.append(max(rest, key=lambda i: (rouge(case, [*chosen, i])[1], -i)))
    return chosen


def algorithm_method(name: str) -> Callable[[Case], list[int]]:
    from reader.summary import summarize

    def run(case: Case) -> list[int]:
        summary = summarize(
            case.body, case.spans, "en", algorithm=name, count=case.size, title=case.title
        )
        return list(summary.sentences)

    return run


def random_scores(case: Case) -> tuple[float, float, float]:
    rng = random.Random(f"{case.corpus}/{case.ident}")
    draws = [
        rouge(case, rng.sample(range(len(case.spans)), min(case.size, len(case.spans))))
        for _ in range(RANDOM_DRAWS)
    ]
    return tuple(statistics.mean(d[j] for d in draws) for j in range(3))  # type: ignore[return-value]


def bootstrap_above(differences: Sequence[float], seed: int = 0) -> float:
    """The share of bootstrap resamples whose mean difference is above zero."""
    rng = random.Random(seed)
    n = len(differences)
    above = sum(
        statistics.mean(differences[rng.randrange(n)] for _ in range(n)) > 0
        for _ in range(BOOTSTRAP)
    )
    return above / BOOTSTRAP


def comparison_cells(values: Sequence[float], baseline: Sequence[float]) -> list[str]:
    """Table cells comparing per-story scores with a baseline's (Lead-3): the mean difference
    x 100, the stories better/worse, and the bootstrap share of resamples whose mean is above
    zero."""
    differences = [a - b for a, b in zip(values, baseline, strict=True)]
    wins = sum(d > 1e-12 for d in differences)
    losses = sum(d < -1e-12 for d in differences)
    return [
        f"{100 * statistics.mean(differences):+.2f}",
        f"{wins}/{losses}",
        f"{bootstrap_above(differences):.2f}",
    ]


def main() -> int:
    cases = load_cases()
    if not cases:
        print(f"The corpus is not present ({CORPUS}); nothing to measure.")
        return 0
    from reader.summary import ALGORITHM_LABELS, ALGORITHMS, DEFAULT_ALGORITHM

    methods: dict[str, Callable[[Case], list[int]]] = {
        name: algorithm_method(name) for name in ALGORITHMS
    }
    methods["lead-n"] = lambda case: list(range(min(case.size, len(case.spans))))
    methods["oracle"] = greedy_oracle
    labels = {
        **ALGORITHM_LABELS,
        "lead": "Lead (Reader: first sentences, furniture skipped)",
        "lead-n": "Lead-N (first N sentences as split: Lead-3 on cnndm)",
        "oracle": "Greedy oracle (ROUGE-2)",
        "random": f"Random N (mean of {RANDOM_DRAWS} draws)",
    }
    scores: dict[str, dict[str, list[tuple[Case, tuple[float, float, float]]]]] = {}
    for name, method in methods.items():
        scores[name] = {"cnndm": [], "bbc": []}
        for case in cases:
            scores[name][case.corpus].append((case, rouge(case, method(case))))
    scores["random"] = {"cnndm": [], "bbc": []}
    for case in cases:
        scores["random"][case.corpus].append((case, random_scores(case)))

    def mean(rows: list[tuple[Case, tuple[float, float, float]]], column: int) -> float:
        return 100 * statistics.mean(r[1][column] for r in rows) if rows else float("nan")

    def half(rows: list[tuple[Case, tuple[float, float, float]]], first: bool) -> list[Any]:
        return [r for r in rows if r[0].first_half == first]

    counts = {c: sum(case.corpus == c for case in cases) for c in ("cnndm", "bbc")}
    print(
        f"ROUGE F x 100 (rouge-score, stemmed): cnndm/ ({counts['cnndm']} stories, human "
        f"highlights, {CNNDM_SENTENCES} sentences), bbc/ ({counts['bbc']} stories, extractive "
        "references, the reference's sentence count). Halves: ROUGE-2 on cnndm odd | even "
        "story numbers, bbc 001-002 | 003-004."
    )
    print(
        "| method | cnndm R-1 | R-2 | R-Lsum | R-2 halves | bbc R-1 | R-2 | R-Lsum | R-2 halves |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    ranked = sorted(scores, key=lambda m: -mean(scores[m]["cnndm"], 1))
    for m in ranked:
        cells = []
        for corpus in ("cnndm", "bbc"):
            rows = scores[m][corpus]
            cells += [f"{mean(rows, j):.1f}" for j in range(3)]
            cells.append(f"{mean(half(rows, True), 1):.1f} \\| {mean(half(rows, False), 1):.1f}")
        label = labels.get(m, m) + (" (default)" if m == DEFAULT_ALGORITHM else "")
        if m == DEFAULT_ALGORITHM:
            label = f"**{label}**"
        print(f"| {label} | " + " | ".join(cells) + " |")

    ours = [r[1][1] for r in scores[DEFAULT_ALGORITHM]["cnndm"]]
    lead3 = [r[1][1] for r in scores["lead-n"]["cnndm"]]
    if ours:
        differences = [a - b for a, b in zip(ours, lead3, strict=True)]
        wins = sum(d > 1e-12 for d in differences)
        losses = sum(d < -1e-12 for d in differences)
        print(
            f"\n{ALGORITHM_LABELS[DEFAULT_ALGORITHM]} - Lead-3 on cnndm, ROUGE-2 x 100: "
            f"{100 * statistics.mean(differences):+.2f} ({wins} stories better, {losses} worse, "
            f"{len(differences) - wins - losses} the same; bootstrap P(mean > 0) = "
            f"{bootstrap_above(differences):.2f})."
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
