"""HTML extraction fidelity: Reader's displayed text vs the human-marked article body.

On ``../shared/corpus/html`` (12 saved news pages with ``ground-truth.json``) this prints, per page
and averaged, the 4-gram shingle precision, recall and F1 (tokens are ``\\w+`` runs; shingles are
sets of 4-token tuples; precision and recall are averaged over pages and F1 is taken from the
averages, as in the corpus README) of:

* ``reader``: the text ``reader.analyze(Path(page))`` displays (title excluded, teasers removed);
* ``reader+title``: the same with the title line in front;
* ``loader``: ``load_document`` alone (before teaser removal);
* ``trafilatura``: plain ``trafilatura.extract(html)``, the baseline measured in the same run.

Also the load time per page, beside plain ``trafilatura.extract`` timed in the same run.
Run: ``python benchmarks/bench_html.py``.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "html"
sys.path.insert(0, str(ROOT))

_TOKEN = re.compile(r"\w+")


def shingles(text: str, size: int = 4) -> set[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def precision_recall(predicted: str, reference: str) -> tuple[float, float]:
    pred, ref = shingles(predicted), shingles(reference)
    if not pred and not ref:
        return 1.0, 1.0
    if not pred or not ref:
        return 0.0, 0.0
    common = len(pred & ref)
    return common / len(pred), common / len(ref)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main() -> int:
    if not (CORPUS / "ground-truth.json").is_file():
        print(f"The HTML corpus is not present at {CORPUS}; nothing to measure.")
        return 0
    import trafilatura

    from reader import analyze
    from reader.loading import load_document

    truth = json.loads((CORPUS / "ground-truth.json").read_text(encoding="utf-8"))
    systems: dict[str, Callable[[Path, str], str]] = {
        "reader": lambda path, html: analyze(path).text,
        "reader+title": lambda path, html: _with_title(analyze(path)),
        "loader": lambda path, html: load_document(path).text,
        "trafilatura": lambda path, html: trafilatura.extract(html) or "",
    }
    scores: dict[str, list[tuple[float, float]]] = {name: [] for name in systems}
    load_times: list[float] = []
    baseline_times: list[float] = []
    print(f"{'page':10s}" + "".join(f"{name:>22s}" for name in systems))
    with tempfile.TemporaryDirectory() as folder:
        for page_id, entry in sorted(truth.items()):
            gz = CORPUS / f"{page_id}.html.gz"
            if not gz.is_file():
                continue
            raw = gzip.decompress(gz.read_bytes())
            path = Path(folder) / f"{page_id[:8]}.html"
            path.write_bytes(raw)
            html = raw.decode("utf-8", errors="replace")
            started = time.perf_counter()
            load_document(path)
            load_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            trafilatura.extract(html)
            baseline_times.append(time.perf_counter() - started)
            row = f"{page_id[:8]:10s}"
            for name, system in systems.items():
                p, r = precision_recall(system(path, html), entry["articleBody"])
                scores[name].append((p, r))
                row += f"   P {p:.2f} R {r:.2f} F {f1(p, r):.2f}"
            print(row)
    print()
    print(f"{'average':14s}{'precision':>10s}{'recall':>10s}{'F1':>10s}")
    for name, pairs in scores.items():
        precision = sum(p for p, _ in pairs) / len(pairs)
        recall = sum(r for _, r in pairs) / len(pairs)
        print(f"{name:14s}{precision:10.4f}{recall:10.4f}{f1(precision, recall):10.4f}")
    mean_load = sum(load_times) / len(load_times)
    mean_baseline = sum(baseline_times) / len(baseline_times)
    print(
        f"\nload_document per page: mean {1000 * mean_load:.0f} ms, "
        f"worst {1000 * max(load_times):.0f} ms; plain trafilatura.extract: mean "
        f"{1000 * mean_baseline:.0f} ms (ratio {mean_load / mean_baseline:.1f}x, for metadata, "
        "decoding and checks). trafilatura was imported before timing."
    )
    return 0


def _with_title(analysis: object) -> str:
    return f"{analysis.title}\n\n{analysis.text}"  # type: ignore[attr-defined]


if __name__ == "__main__":
    raise SystemExit(main())
