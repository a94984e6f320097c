"""Each idea behind the News summariser, measured on cnndm/ (and bbc/ where it matters).

News (reader/summary/news.py) = Reduction's ratings (the sum of a sentence's edges in the
sentence graph) plus their mean, times an inverted-pyramid prior ``PRIOR_RATIO ** rank``, near
repeats of a better sentence put last, statements before
quotations and questions, page furniture never chosen but kept in the graph, and Reduction's
plain ranking for digests (summaries keeping more than a third of the article). Here each of
those choices is changed one at a time, and the ideas the issue lists that News does *not* use
(PacSum's directed centrality: edges to later sentences count for a sentence, edges to earlier
ones with a weight of 0 or below; MMR redundancy control; length normalisation; overlap with the
first sentence) are tried one at a time.

For each variant: ROUGE-2 F x 100 on cnndm/ at three sentences, its difference from Lead-3
(the first three sentences) with stories better / worse and the bootstrap probability that the
mean difference is above zero, ROUGE-2 on the two halves (odd / even story numbers), and on
bbc/ at the reference's sentence count. Overlap with the headline cannot be measured: cnndm/
stories have none, and bbc/ summaries are digests.

Then the parameters are checked for generalisation: over a grid (prior ratio x backward weight x
quotation rule), 5-fold cross-validation (the best grid point on four fifths, scored on the
fifth left out; three shuffles) and split halves (the best on one half, scored on the other),
each against Lead-3 on the same stories.

    .venv/bin/python benchmarks/bench_summary_ablation.py
"""

from __future__ import annotations

import random
import statistics
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_summary_quality import CORPUS, Case, comparison_cells, load_cases, rouge


@dataclass(frozen=True)
class Variant:
    """A way of reading the sentence graph; the defaults are News as shipped."""

    prior_ratio: float = 0.5
    backward: float = 1.0  # weight of edges to earlier sentences (PacSum's lambda_1)
    statements_first: bool = True
    furniture_in_graph: bool = True
    digest_share: float | None = 1 / 3  # None: never a digest
    position_prior: bool = True
    mmr: float = 0.0  # weight of the greatest normalised overlap with a chosen sentence
    length_power: float = 0.0  # centrality divided by (words ** power)
    first_overlap: float = 0.0  # plus this times the edge to the first eligible sentence
    near_repeats_last: bool = True
    smoothing: float = 1.0  # add this times the mean rating of the eligible sentences


@dataclass
class Graph:
    weights: Any  # dense n x n Reduction edge weights
    eligible: list[int]
    quotes: list[bool]
    words: list[int]
    reduction: Any
    stems: list[frozenset[str]]


_GRAPHS: dict[str, Graph] = {}


def graph(case: Case) -> Graph:
    key = f"{case.corpus}/{case.ident}"
    if key not in _GRAPHS:
        import numpy as np

        from reader.summary.fast_graph import edge_blocks, reduction_scores
        from reader.summary.news import is_quotation_or_question
        from reader.summary.prepared import prepare

        prepared = prepare(case.body, case.spans, "en", case.title)
        n = prepared.size
        dense = np.zeros((n, n))
        for block, weights in edge_blocks(prepared, diagonal=False, single_word_pairs=False):
            dense[block] = weights.toarray()
        _GRAPHS[key] = Graph(
            weights=dense,
            eligible=[i for i in range(n) if i not in prepared.excluded],
            quotes=[is_quotation_or_question(t) for t in prepared.sentence_texts],
            words=[max(1, len(t.split())) for t in prepared.sentence_texts],
            reduction=np.asarray(reduction_scores(prepared), dtype=float),
            stems=[frozenset(c) for c in prepared.content],
        )
    return _GRAPHS[key]


def choose(variant: Variant, case: Case) -> list[int]:
    """The sentences ``variant`` picks for ``case``."""
    import numpy as np

    g = graph(case)
    k = case.size
    if not g.eligible:
        return []
    if variant.digest_share is not None and k > variant.digest_share * len(g.eligible):
        return sorted(sorted(g.eligible, key=lambda i: (-g.reduction[i], i))[:k])
    n = len(g.words)
    w = g.weights.copy()
    if not variant.furniture_in_graph:
        mask = np.zeros(n, dtype=bool)
        mask[g.eligible] = True
        w = w * mask[None, :] * mask[:, None]
    upper = np.triu(w, 1).sum(axis=1)
    lower = np.tril(w, -1).sum(axis=1)
    score = np.maximum(upper + variant.backward * lower, 0.0)
    score = score + variant.smoothing * float(np.mean(score[g.eligible]))
    if variant.first_overlap:
        score = score + variant.first_overlap * w[:, g.eligible[0]]
    score = score / np.asarray(g.words, dtype=float) ** variant.length_power
    rank = {i: r for r, i in enumerate(g.eligible)}
    prior = {i: (variant.prior_ratio ** rank[i] if variant.position_prior else 1.0) for i in rank}
    value = {i: float(score[i]) * prior[i] for i in g.eligible}
    top = max(value.values()) or 1.0
    norm = w / (w.max() or 1.0)
    chosen: list[int] = []
    repeats: list[int] = []

    def key(i: int, chosen: list[int]) -> tuple[bool, float, int]:
        redundancy = max((norm[i, j] for j in chosen), default=0.0)
        gain = value[i] / top - variant.mmr * redundancy
        return (variant.statements_first and g.quotes[i], -gain, rank[i])

    while len(chosen) < min(k, len(g.eligible)):
        rest = (i for i in g.eligible if i not in chosen and i not in repeats)
        best = min(rest, key=lambda i: key(i, chosen))
        if variant.near_repeats_last and _repeats(g, best, chosen):
            repeats.append(best)
            if len(chosen) + len(repeats) == len(g.eligible):
                chosen += repeats[: k - len(chosen)]
            continue
        chosen.append(best)
    return sorted(chosen)


def _repeats(g: Graph, index: int, chosen: list[int]) -> bool:
    from reader.summary.news import NEAR_REPEAT

    stems = g.stems[index]
    return bool(stems) and any(
        len(stems & g.stems[j]) >= NEAR_REPEAT * min(len(stems), len(g.stems[j])) for j in chosen
    )


def lead3(case: Case) -> list[int]:
    return list(range(min(case.size, len(case.spans))))


def r2(cases: list[Case], method: Callable[[Case], list[int]]) -> list[float]:
    return [rouge(case, method(case))[1] for case in cases]


def compare(values: list[float], baseline: list[float]) -> str:
    return " | ".join(comparison_cells(values, baseline))


VARIANTS: list[tuple[str, Variant]] = [
    ("**News as shipped**", Variant()),
    ("no position prior (Reduction's ratings alone)", Variant(position_prior=False)),
    ("prior ratio 1/3 (steeper)", Variant(prior_ratio=1 / 3)),
    ("prior ratio 2/3 (flatter)", Variant(prior_ratio=2 / 3)),
    ("PacSum directed, backward weight 0 (forward edges only)", Variant(backward=0.0)),
    ("PacSum directed, backward weight -1", Variant(backward=-1.0)),
    ("PacSum directed, backward weight -2", Variant(backward=-2.0)),
    ("quotations and questions not put last", Variant(statements_first=False)),
    ("near repeats not put last", Variant(near_repeats_last=False)),
    ("mean rating not added to the ratings", Variant(smoothing=0.0)),
    ("half the mean rating added", Variant(smoothing=0.5)),
    ("twice the mean rating added", Variant(smoothing=2.0)),
    ("furniture left out of the graph", Variant(furniture_in_graph=False)),
    ("+ MMR, weight 0.1", Variant(mmr=0.1)),
    ("+ MMR, weight 0.3", Variant(mmr=0.3)),
    ("+ length normalisation, words^0.5", Variant(length_power=0.5)),
    ("+ length normalisation, words^1", Variant(length_power=1.0)),
    ("+ overlap with the first sentence, x1", Variant(first_overlap=1.0)),
    ("+ overlap with the first sentence, x3", Variant(first_overlap=3.0)),
    ("digest above 1/4 of the article", Variant(digest_share=1 / 4)),
    ("digest above 2/5 of the article", Variant(digest_share=2 / 5)),
    ("never a digest", Variant(digest_share=None)),
]

GRID = [
    Variant(prior_ratio=p, backward=b, statements_first=s, smoothing=m)
    for p in (1 / 3, 1 / 2, 2 / 3)
    for b in (1.0, 0.0, -1.0, -2.0)
    for s in (True, False)
    for m in (0.0, 1.0)
]


def _check_shipped(cases: list[Case]) -> None:
    """The shipped variant here is the News summariser itself, before the step that keeps
    out sentences depending on one the summary lacks (measured on its own by
    ``bench_summary_standalone.py``: it changes two cnndm stories, -0.01 ROUGE-2)."""
    from reader.summary import standalone, summarize

    saved = standalone.STRATEGY
    standalone.STRATEGY = "off"
    try:
        for case in cases:
            ours = summarize(
                case.body, case.spans, "en", algorithm="news", count=case.size, title=case.title
            ).sentences
            assert list(ours) == choose(Variant(), case), (case.corpus, case.ident)
    finally:
        standalone.STRATEGY = saved


def cross_validation(cnndm: list[Case], lead: list[float]) -> None:
    table = {v: r2(cnndm, lambda c, v=v: choose(v, c)) for v in GRID}
    print(
        "\n5-fold cross-validation over the grid (prior ratio x backward weight x quotations "
        "last x mean added):"
    )
    for seed in range(3):
        order = list(range(len(cnndm)))
        random.Random(seed).shuffle(order)
        folds = [order[i::5] for i in range(5)]
        out: list[float] = []
        picked = []
        for fold in folds:
            train = [i for i in order if i not in fold]
            best = max(GRID, key=lambda v: statistics.mean(table[v][i] for i in train))
            picked.append(
                f"{best.prior_ratio:.2f}/{best.backward:+.0f}/{int(best.statements_first)}"
                f"/{best.smoothing:.0f}"
            )
            out += [table[best][i] - lead[i] for i in fold]
        print(
            f"  shuffle {seed}: held-out folds - Lead-3 = {100 * statistics.mean(out):+.2f} "
            f"ROUGE-2 x 100 (chosen ratio/backward/quotations last/mean added: {', '.join(picked)})"
        )
    halves = (
        [i for i in range(len(cnndm)) if cnndm[i].first_half],
        [i for i in range(len(cnndm)) if not cnndm[i].first_half],
    )
    for fit, test in (halves, halves[::-1]):
        best = max(GRID, key=lambda v: statistics.mean(table[v][i] for i in fit))
        ours = statistics.mean(table[best][i] for i in test)
        shipped = statistics.mean(table[Variant()][i] for i in test)
        base = statistics.mean(lead[i] for i in test)
        which = "odd" if cnndm[test[0]].first_half else "even"
        print(
            f"  fitted on the other half, scored on the {which} half: {100 * ours:.2f} "
            f"(shipped {100 * shipped:.2f}, Lead-3 {100 * base:.2f}); best there: ratio "
            f"{best.prior_ratio:.2f}, backward {best.backward:+.0f}, quotations last "
            f"{best.statements_first}, mean added x{best.smoothing:.0f}"
        )


def main() -> int:
    cases = load_cases()
    cnndm = [c for c in cases if c.corpus == "cnndm"]
    bbc = [c for c in cases if c.corpus == "bbc"]
    if not cnndm:
        print(f"The corpus is not present ({CORPUS}); nothing to measure.")
        return 0
    _check_shipped(cases)
    lead = r2(cnndm, lead3)
    odd = [i for i, c in enumerate(cnndm) if c.first_half]
    even = [i for i, c in enumerate(cnndm) if not c.first_half]
    print(
        f"ROUGE-2 F x 100; cnndm/ at 3 sentences ({len(cnndm)} stories), bbc/ at the "
        f"reference's count ({len(bbc)}). Lead-3 on cnndm: {100 * statistics.mean(lead):.2f} "
        f"(odd {100 * statistics.mean(lead[i] for i in odd):.2f}, even "
        f"{100 * statistics.mean(lead[i] for i in even):.2f})."
    )
    print("| variant | cnndm R-2 | - Lead-3 | better/worse | P(>0) | odd | even | bbc R-2 |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for label, variant in VARIANTS:
        values = r2(cnndm, lambda c, v=variant: choose(v, c))
        on_bbc = r2(bbc, lambda c, v=variant: choose(v, c))
        print(
            f"| {label} | {100 * statistics.mean(values):.2f} | {compare(values, lead)} | "
            f"{100 * statistics.mean(values[i] for i in odd):.2f} | "
            f"{100 * statistics.mean(values[i] for i in even):.2f} | "
            f"{100 * statistics.mean(on_bbc):.2f} |"
        )
    cross_validation(cnndm, lead)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
