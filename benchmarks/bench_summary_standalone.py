"""Summary sentences that make sense on their own: how often a summary sentence opens with a
dangling reference, and what keeping them out costs in ROUGE.

A summary sentence *dangles* when it depends on the sentence before it ("But ...", "He said
...", "This has ...", "Tehran rejected the claim.": :func:`reader.summary.dangling.dangling`)
and that sentence (its antecedent, the nearest eligible one before it) is not in the summary.
For the News summariser with each strategy of :mod:`reader.summary.standalone` (``off``: News
before this step; ``defer``: pass such a sentence over for the next-best standalone one;
``include``: bring its antecedent in when the summary has room), in the summary regime only
(as shipped) and in digests too, this prints:

* ROUGE-1/2/Lsum F x 100 on ``cnndm/`` at three sentences (difference from Lead-3 with stories
  better / worse and the bootstrap probability that it is above zero) and on ``bbc/`` at the
  reference's sentence count (see ``bench_summary_quality.py``);
* the share of selected summary sentences that dangle, and the share that depend on the
  sentence before at all (dangling or with their antecedent beside them), on cnndm and bbc at
  those lengths and at the Auto length, and on the German articles at the Auto length;
* the detector on our own blind sets (``tests/_files/summary/dangling/blind*.tsv``: sentences
  labelled before the rules they test were written or changed), and what it flags on the
  corpus by reason;
* the cost of the step: microseconds per article for the reordering (its detection included,
  from a cold cache), against News's own ranking on the same prepared article.

    .venv/bin/python benchmarks/bench_summary_standalone.py [--show]

``--show`` lists the dangling sentences News chooses on cnndm and bbc without the step, with
their reasons (for checking the detector by eye).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_summary_quality import CORPUS, ROOT, Case, comparison_cells, load_cases, rouge

BLIND = ROOT / "tests" / "_files" / "summary" / "dangling"
TIMING_REPEATS = 200


def prepared_of(case: Case, language: str = "en") -> Any:
    from reader.summary.prepared import prepare

    return prepare(case.body, case.spans, language, case.title)


def fresh(prepared: Any) -> Any:
    """``prepared`` with the detector's memo emptied (as for a new article)."""
    prepared._cache.pop("standalone", None)
    return prepared


def choose(case: Case, strategy: str, in_digests: bool, language: str = "en") -> list[int]:
    """News's ``case.size`` sentences with ``strategy`` applied (``in_digests``: to digests
    too)."""
    from reader.summary.news import is_digest, news_order
    from reader.summary.standalone import standalone_order

    prepared = prepared_of(case, language)
    k = case.size
    ranked = news_order(prepared, k)
    if strategy != "off" and (in_digests or not is_digest(prepared, k)):
        ranked = standalone_order(prepared, ranked, k, strategy)
    return sorted(ranked[:k])


def choose_auto(case: Case, strategy: str, language: str = "en") -> list[int]:
    """News at the Auto length with ``strategy`` (the shipped path: reader.summary.summarize)."""
    from reader.summary import standalone, summarize

    saved = standalone.STRATEGY
    standalone.STRATEGY = strategy
    try:
        return list(summarize(case.body, case.spans, language, title=case.title).sentences)
    finally:
        standalone.STRATEGY = saved


def dependence(case: Case, chosen: list[int], language: str = "en") -> tuple[int, int]:
    """(sentences that dangle, sentences that depend on the one before) among ``chosen``."""
    from reader.summary.standalone import antecedent, reason

    prepared = prepared_of(case, language)
    dangling = depending = 0
    for index in chosen:
        if reason(prepared, index) is None or antecedent(prepared, index) is None:
            continue
        depending += 1
        dangling += antecedent(prepared, index) not in chosen
    return dangling, depending


def share(cases: list[Case], method: Callable[[Case], list[int]], language: str = "en") -> str:
    chosen = {case.ident: method(case) for case in cases}
    total = sum(len(c) for c in chosen.values())
    counts = [dependence(case, chosen[case.ident], language) for case in cases]
    dangling = sum(c[0] for c in counts)
    depending = sum(c[1] for c in counts)
    return (
        f"{100 * dangling / max(total, 1):.1f}% ({dangling}/{total}); "
        f"{100 * depending / max(total, 1):.1f}%"
    )


def blind_sets() -> None:
    from reader.summary.dangling import dangling

    for path in sorted(BLIND.glob("blind*.tsv")):
        rows = [
            line.rstrip("\n").split("\t")
            for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")
        ]
        tp = fp = fn = tn = 0
        misses: list[str] = []
        for label, language, sentence in rows:
            flagged = dangling(sentence, language) is not None
            wanted = label == "dependent"
            tp += flagged and wanted
            fp += flagged and not wanted
            fn += wanted and not flagged
            tn += not flagged and not wanted
            if flagged != wanted:
                misses.append(f"    {label}: {sentence}")
        print(
            f"  {path.name}: {tp + tn}/{len(rows)} right; dependent found {tp}/{tp + fn}, "
            f"standalone kept {tn}/{tn + fp}"
        )
        for miss in misses:
            print(miss)


def german_cases() -> list[Case]:
    from reader.sentences import split_sentences

    cases = []
    for path in sorted((CORPUS / "german").glob("*.txt")):
        body = path.read_text(encoding="utf-8").strip()
        case = Case("german", path.stem, "", body, [], 3)
        case.spans = tuple(split_sentences(body, "de"))
        cases.append(case)
    return cases


def reasons_on(cases: list[Case], language: str = "en") -> Counter[str]:
    from reader.summary.standalone import reason

    found: Counter[str] = Counter()
    for case in cases:
        prepared = prepared_of(case, language)
        for index in range(prepared.size):
            if index not in prepared.excluded:
                found[str(reason(prepared, index))] += 1
    return found


def timing(cases: list[Case]) -> None:
    from reader.summary.news import news_order
    from reader.summary.standalone import standalone_order

    step: list[float] = []
    ranking: list[float] = []
    for case in cases:
        prepared = prepared_of(case)
        k = 3  # the summary regime, where the step runs
        news_order(prepared, k)  # warm Reduction's cached matrices
        start = time.perf_counter()
        for _ in range(TIMING_REPEATS):
            ranked = news_order(prepared, k)
        ranking.append((time.perf_counter() - start) / TIMING_REPEATS)
        start = time.perf_counter()
        for _ in range(TIMING_REPEATS):
            standalone_order(fresh(prepared), ranked, k, "defer")
        step.append((time.perf_counter() - start) / TIMING_REPEATS)
    print(
        f"\nCost per article at 3 sentences (median over {len(cases)} articles, "
        f"{TIMING_REPEATS} runs each, detection from a cold memo): the step "
        f"{1e6 * statistics.median(step):.1f} us, News's ranking on the same prepared article "
        f"{1e6 * statistics.median(ranking):.1f} us "
        f"(step / ranking = {statistics.median(step) / statistics.median(ranking):.2f})."
    )


def show(cases: list[Case]) -> None:
    from reader.summary.standalone import antecedent, reason

    print("\nDangling sentences News chooses without the step:")
    for case in cases:
        chosen = choose(case, "off", False)
        prepared = prepared_of(case)
        for index in chosen:
            why = reason(prepared, index)
            before = antecedent(prepared, index)
            if why is not None and before is not None and before not in chosen:
                print(f"  {case.corpus}/{case.ident} [{why}] {prepared.sentence_texts[index]}")


def lead_n(case: Case) -> list[int]:
    return list(range(min(case.size, len(case.spans))))


def main() -> int:
    cases = load_cases()
    cnndm = [c for c in cases if c.corpus == "cnndm"]
    bbc = [c for c in cases if c.corpus == "bbc"]
    if not cnndm:
        print(f"The corpus is not present ({CORPUS}); nothing to measure.")
        return 0
    from reader.summary import summarize
    from reader.summary.standalone import STRATEGY

    # the shipped path is the variant measured here
    for case in cases:
        shipped = summarize(
            case.body, case.spans, "en", algorithm="news", count=case.size, title=case.title
        ).sentences
        assert list(shipped) == choose(case, STRATEGY, False), (case.corpus, case.ident)

    lead = [rouge(c, lead_n(c))[1] for c in cnndm]
    print(
        "News with each strategy for sentences that depend on the one before. ROUGE F x 100 "
        f"(cnndm/ {len(cnndm)} stories at 3 sentences, bbc/ {len(bbc)} at the reference's "
        f"count); Lead-3 on cnndm R-2 {100 * statistics.mean(lead):.2f}. Shipped: {STRATEGY}, "
        "summaries only."
    )
    print(
        "| variant | cnndm R-1 | R-2 | R-Lsum | R-2 - Lead-3 | better/worse | P(>0) | "
        "bbc R-1 | R-2 | R-Lsum |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    variants = [
        ("off (News before)", "off", False),
        ("defer, summaries only", "defer", False),
        ("include, summaries only", "include", False),
        ("defer, digests too", "defer", True),
        ("include, digests too", "include", True),
    ]
    for label, strategy, in_digests in variants:
        cells = []
        for group in (cnndm, bbc):
            scores = [rouge(c, choose(c, strategy, in_digests)) for c in group]
            cells += [f"{100 * statistics.mean(s[j] for s in scores):.1f}" for j in range(3)]
            if group is cnndm:
                cells += comparison_cells([s[1] for s in scores], lead)
        print(f"| {label} | " + " | ".join(cells) + " |")

    german = german_cases()
    print(
        "\nSelected summary sentences that dangle (their antecedent left out) | that depend on "
        "the sentence before at all:"
    )
    print(
        "| summary | cnndm, 3 | bbc, reference's count | cnndm, Auto | bbc, Auto | german, Auto |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    cells = [share(cnndm, lead_n), share(bbc, lead_n), "", "", ""]
    print("| Lead-3 / Lead-N | " + " | ".join(cells) + " |")
    for label, strategy in (("off (before)", "off"), ("defer", "defer"), ("include", "include")):
        cells = [
            share(cnndm, lambda c, s=strategy: choose(c, s, False)),
            share(bbc, lambda c, s=strategy: choose(c, s, False)),
            share(cnndm, lambda c, s=strategy: choose_auto(c, s)),
            share(bbc, lambda c, s=strategy: choose_auto(c, s)),
            share(german, lambda c, s=strategy: choose_auto(c, s, "de"), "de"),
        ]
        print(f"| News, {label} | " + " | ".join(cells) + " |")

    print(
        "\nOther summary lengths, to tell the strategies apart (ROUGE-2 F x 100, then the share "
        "of sentences that dangle); bbc at 3 sentences is in the summary regime; at 4 and 5 "
        "sentences the shortest cnndm stories become digests, which the step leaves as they are:"
    )
    print("| set, sentences | Lead-N | off (before) | defer | include |")
    print("|---|---:|---:|---:|---:|")
    for name, group, size in (
        ("cnndm", cnndm, 2),
        ("cnndm", cnndm, 4),
        ("cnndm", cnndm, 5),
        ("bbc", bbc, 3),
    ):
        resized = [replace(c, size=size, cache={}) for c in group]
        cells = [f"{100 * statistics.mean(rouge(c, lead_n(c))[1] for c in resized):.2f}"]
        for strategy in ("off", "defer", "include"):
            r2 = statistics.mean(rouge(c, choose(c, strategy, False))[1] for c in resized)
            dangle = share(resized, lambda c, s=strategy: choose(c, s, False)).split(";")[0]
            cells.append(f"{100 * r2:.2f}, {dangle}")
        print(f"| {name}, {size} | " + " | ".join(cells) + " |")

    print("\nThe detector on our blind sets:")
    blind_sets()
    for name, group, language in (
        ("cnndm", cnndm, "en"),
        ("bbc", bbc, "en"),
        ("german", german, "de"),
    ):
        found = reasons_on(group, language)
        total = sum(found.values())
        flagged = total - found["None"]
        detail = ", ".join(f"{k} {v}" for k, v in found.most_common() if k != "None")
        print(f"  {name}: {flagged} of {total} eligible sentences depend on the one before")
        print(f"    ({detail})")
    timing(cnndm + bbc)
    if "--show" in sys.argv:
        show(cnndm + bbc)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
