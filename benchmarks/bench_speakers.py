"""Named-speaker accuracy on ``../shared/corpus/speakers-dev.jsonl`` and warm timing on the seed.

Scoring follows the corpus README ("How the held-out scores are computed" -> Speakers): per
article, a predicted speaker matches a gold speaker when its name, titles removed, has the gold
name's surname (last token; generational suffixes such as "Jr." are not surnames); each gold
speaker matches at most once; gold speakers marked ``doubtful`` are optional. Micro precision,
recall and F1 over all articles, then per-article misses and false alarms.

A second section scores the team's own held-out-style set, ``tests/_files/speakers/heldout/``
(articles written for this project, headline line included, gold in ``gold.jsonl``), which the
rules were not tuned on when it was written. Later sets follow, each in its own folder
``tests/_files/speakers/heldout<N>/`` and each scored blind once before any rule was changed
for it: ``heldout2`` (15 articles; blind P 0.974 R 0.915), ``heldout3`` (5 articles written
after the heldout2 fixes; blind P 0.963 R 0.963), ``heldout4`` (5 more; blind P 1.000
R 0.969), ``heldout5`` (5 more; blind P 0.958 R 0.920), ``heldout6`` (5 more; blind P 0.960
R 0.960), ``heldout7`` (5 more; blind P 1.000 R 0.923), ``heldout8`` (5 more; blind P 0.958
R 0.852), ``heldout9`` (5 more; blind P 0.957 R 0.957), ``heldout10`` (5 more; blind P 0.952
R 0.833), ``heldout11`` (5 more; blind P 0.909 R 0.909), ``heldout12`` (5 more; blind P 1.000
R 0.897), ``heldout13`` (15 more; blind P 0.973 R 0.890), ``heldout14`` (5 more, written after the
heldout13 fixes; blind P 1.000 R 0.880), ``heldout15`` (5 more, written after the
heldout14 fixes; blind P 1.000 R 0.917), ``heldout16`` (5 more, after the heldout15
fixes; blind P 1.000 R 0.900), ``heldout17`` (5 more, after the heldout16 fixes; blind
P 1.000 R 0.917), ``heldout18`` (3 more; blind P 1.000 R 0.933), ``heldout19`` (3 more;
blind P 0.923 R 0.800), ``heldout20`` (4 more; blind P 1.000 R 1.000), ``heldout21`` (5 more; blind
P 1.000 R 0.870).

Usage: ``python benchmarks/bench_speakers.py [--analyze] [--own]`` (``--analyze`` runs the whole
``reader.analyze`` pipeline instead of ``find_speakers`` on ``split_sentences`` spans; ``--own``
prints only the own sets, which need no shared corpus).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
OWN = ROOT / "tests" / "_files" / "speakers" / "heldout"
# later own sets: heldout2, heldout3, ... (each scored blind once, before rules were changed)
OWN_LATER = sorted(
    (p for p in OWN.parent.glob("heldout?*") if p != OWN and p.is_dir()),
    key=lambda p: int(p.name.removeprefix("heldout")),
)
sys.path.insert(0, str(ROOT))

TARGET_F1 = 0.90
TARGET_PRECISION = 0.92
_TITLES = {
    *("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "president"),
    *("senator", "sen", "rep", "gov", "governor", "general", "gen", "secretary", "minister"),
    *("prince", "princess", "crown", "king", "queen", "judge", "mayor", "chancellor"),
}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def article_text(corpus: Path, article_id: str, html_truth: dict[str, dict[str, str]]) -> str:
    """The displayed text of a dev article id (see the corpus README)."""
    if article_id == "seed":
        lines = (corpus / "teasers" / "seed-us-iran.txt").read_text(encoding="utf-8").splitlines()
        return "\n".join(lines[:-6])
    if article_id.startswith("html/"):
        prefix = article_id.split("/", 1)[1]
        (sha,) = [k for k in html_truth if k.startswith(prefix)]
        return html_truth[sha]["articleBody"]
    if article_id.startswith("bbc/"):
        path = corpus / "bbc" / "article" / article_id.split("/", 1)[1]
        lines = path.read_text(encoding="utf-8").splitlines()
        return "\n".join(lines[1:]).strip("\n")
    if article_id.startswith("german/"):
        path = corpus / "german" / article_id.split("/", 1)[1]
        return path.read_text(encoding="utf-8").strip("\n")
    raise ValueError(f"unknown article id {article_id!r}")


def surname(name: str) -> str:
    """Last token of a name without titles, suffixes and trailing punctuation, lower case."""
    words = [w.strip(".,").lower() for w in name.replace("’", "'").split()]
    words = [w for w in words if w and w not in _TITLES and w not in _SUFFIXES]
    return words[-1] if words else ""


def score_article(predicted: list[str], gold: list[dict]) -> tuple[int, list[str], list[str]]:
    """(true positives, missed gold names, false-alarm predicted names) for one article."""
    required = [g for g in gold if not g.get("doubtful")]
    optional = [g for g in gold if g.get("doubtful")]
    unmatched = list(predicted)
    tp = 0
    misses = []
    for g in required:
        hit = next((p for p in unmatched if surname(p) == surname(g["name"])), None)
        if hit is None:
            misses.append(g["name"])
        else:
            unmatched.remove(hit)
            tp += 1
    for g in optional:
        hit = next((p for p in unmatched if surname(p) == surname(g["name"])), None)
        if hit is not None:
            unmatched.remove(hit)
    return tp, misses, unmatched


def load_cases(corpus: Path, german: bool = False) -> list[tuple[str, str, list[dict]]]:
    """The dev cases: English ones, or with ``german`` the German ones."""
    truth = json.loads((corpus / "html" / "ground-truth.json").read_text(encoding="utf-8"))
    cases = []
    for line in (corpus / "speakers-dev.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            if item["id"].startswith("german/") != german:
                continue
            cases.append((item["id"], article_text(corpus, item["id"], truth), item["speakers"]))
    return cases


def load_own_cases(folder: Path = OWN) -> list[tuple[str, str, list[dict]]]:
    """The own held-out-style set: ``<id>.txt`` articles with gold in ``gold.jsonl``."""
    cases = []
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            text = (folder / f"{item['id']}.txt").read_text(encoding="utf-8")
            cases.append((item["id"], text, item["speakers"]))
    return cases


def predict(text: str, full_pipeline: bool) -> list[str]:
    if full_pipeline:
        import reader

        return [s.name for s in reader.analyze(text).speakers]
    from reader.sentences import split_sentences
    from reader.speakers import find_speakers

    return [s.name for s in find_speakers(text, split_sentences(text, "en"), "en")]


def evaluate(corpus: Path, full_pipeline: bool = False) -> dict:
    """Micro scores and per-article errors over the dev set."""
    return score_cases(load_cases(corpus), full_pipeline)


def score_cases(cases: list[tuple[str, str, list[dict]]], full_pipeline: bool = False) -> dict:
    """Micro scores and per-article errors over ``(id, text, gold speakers)`` cases."""
    tp = fp = fn = 0
    errors = []
    for article_id, text, gold in cases:
        predicted = predict(text, full_pipeline)
        hits, misses, alarms = score_article(predicted, gold)
        tp, fp, fn = tp + hits, fp + len(alarms), fn + len(misses)
        if misses or alarms:
            errors.append((article_id, misses, alarms))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "errors": errors,
    }


def seed_timing(corpus: Path, runs: int = 21) -> float:
    """Median warm time (ms) of find_speakers on the seed article."""
    from reader.sentences import split_sentences
    from reader.speakers import find_speakers

    text = article_text(corpus, "seed", {})
    sentences = split_sentences(text, "en")
    find_speakers(text, sentences, "en")  # warm-up: imports
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        find_speakers(text, sentences, "en")
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def report(title: str, result: dict) -> bool:
    """Print one set's scores and errors; whether it meets the targets."""
    print(title)
    print(f"  TP {result['tp']}  FP {result['fp']}  FN {result['fn']}")
    print(
        f"  precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
        f"F1 {result['f1']:.3f}  (target F1 >= {TARGET_F1}, precision >= {TARGET_PRECISION})"
    )
    for article_id, misses, alarms in result["errors"]:
        print(f"  {article_id}: misses {misses}  false alarms {alarms}")
    return result["f1"] >= TARGET_F1 and result["precision"] >= TARGET_PRECISION


def main() -> int:
    full = "--analyze" in sys.argv
    how = "reader.analyze" if full else "find_speakers"
    ok = True
    if "--own" not in sys.argv:
        if not (CORPUS / "speakers-dev.jsonl").is_file():
            print(f"The shared corpus is not at {CORPUS}; skipping the dev set.")
        else:
            ok = report(f"Named speakers on speakers-dev.jsonl ({how})", evaluate(CORPUS, full))
            ms = seed_timing(CORPUS)
            print(f"  seed warm time: {ms:.2f} ms (median of 21 runs; target < 50 ms)")
    own = score_cases(load_own_cases(), full)
    ok = report(f"Named speakers on the own held-out-style set ({how})", own) and ok
    for folder in OWN_LATER:
        later = score_cases(load_own_cases(folder), full)
        ok = report(f"Named speakers on the own set {folder.name} ({how})", later) and ok
    print("  targets met" if ok else "  TARGET NOT MET")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
