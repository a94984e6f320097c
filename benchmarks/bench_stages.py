"""Warm time per stage, this tree against another checkout, in alternating processes.

``bench_speed.py --before DIR`` times the two trees one after the other, so their figures also
differ by the machine's drifting load. Here each of ``--processes`` rounds runs one process of
each tree, in turn (the order swapped every round); each process analyses the BBC-sized
articles of the corpus (as ``bench_speed.py`` part 2 picks them) once to warm up, then
``--rounds`` times, timing the whole pipeline and each stage in CPU time. Printed: the median
over the processes of each process's median, per stage, for both trees, and before / after.

    .venv/bin/python benchmarks/bench_stages.py --before /tmp/main-archive [--processes 6]
        [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import stage_timer  # beside this script; importing it has no side effect

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
STAGES = ("whole", *(label for label, _, _ in stage_timer.STAGES))

_PROBE = """
import json, statistics, sys, time
from pathlib import Path
sys.path.append(sys.argv[3])  # stage_timer; ``reader`` still comes from the measured tree
from stage_timer import stage_timer
from reader import pipeline
paths = [Path(p) for p in json.loads(sys.argv[1])]
stages, _undo = stage_timer()
for path in paths:
    pipeline.analyze(path)
stages.clear()
for _ in range(int(sys.argv[2])):
    for path in paths:
        start = time.process_time()
        pipeline.analyze(path)
        stages.setdefault("whole", []).append(time.process_time() - start)
print(json.dumps({k: statistics.median(v) * 1e3 for k, v in stages.items()}))
"""


def probe(tree: Path, paths: list[Path], rounds: int) -> dict[str, float]:
    """Stage medians (ms) of one warm process of the ``reader`` package in ``tree``."""
    argv = [sys.executable, "-c", _PROBE, json.dumps([str(p) for p in paths]), str(rounds)]
    argv.append(str(ROOT / "benchmarks"))
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run(argv, env=env, cwd=tree, capture_output=True, text=True, check=True)
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, metavar="DIR")
    parser.add_argument("--processes", type=int, default=6, help="processes per tree")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the articles each")
    args = parser.parse_args()
    paths = stage_timer.bbc_articles(CORPUS)
    if not paths:
        print("skipped: ../shared/corpus is absent")
        return 0
    trees = {"before": args.before.resolve(), "after": ROOT}
    runs: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
    for k in range(args.processes):
        order = ["before", "after"] if k % 2 == 0 else ["after", "before"]
        for name in order:
            runs[name].append(probe(trees[name], paths, args.rounds))
    print(
        f"Warm per stage, {len(paths)} BBC articles, {args.processes} alternating processes "
        f"per tree, {args.rounds} rounds each (median of the processes' medians, CPU ms)"
    )
    print(f"   {'stage':<10} {'before':>8} {'after':>8} {'before / after':>15}")
    for stage in STAGES:
        then = statistics.median(r[stage] for r in runs["before"])
        now = statistics.median(r[stage] for r in runs["after"])
        print(f"   {stage:<10} {then:8.2f} {now:8.2f} {then / now:14.2f}x")
    print(f"   before: {trees['before']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
