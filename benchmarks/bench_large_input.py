"""Time and peak memory of ``analyze()`` on 1, 10 and 50 MB articles, against just reading them.

Usage: ``python benchmarks/bench_large_input.py [--html] [SIZE_MB ...]`` (default: 1 10 50;
``--html`` measures web pages instead of plain text).

Each measurement runs in a fresh child process: the baseline reads the file and decodes it as
UTF-8; the analysis first warms up on a short article (so imports are not counted) and then runs
``reader.analyze(path)``. Peak memory is the child's own high-water mark (``VmHWM`` on Linux,
``ru_maxrss`` elsewhere). Printed: seconds, peak MB, and the ratios analysis / baseline. A
refusal (the file or text is above Reader's limits) is shown with its message.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TIMEOUT = 900

_PEAK = """
def peak_mb():
    try:
        with open("/proc/self/status") as fh:
            return next(int(l.split()[1]) for l in fh if l.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        import resource, sys
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return rss / (1024 * 1024 if sys.platform == "darwin" else 1024)
"""

BASELINE = (
    _PEAK
    + """
import json, sys, time
start = time.perf_counter()
with open(sys.argv[1], "rb") as fh:
    text = fh.read().decode("utf-8")
print(json.dumps({"seconds": time.perf_counter() - start, "peak_mb": peak_mb()}))
"""
)

ANALYSIS = (
    _PEAK
    + """
import json, sys, time
from pathlib import Path
from reader import analyze
from reader.errors import ReaderError
analyze("Warm up\\n\\nThe board met on Monday. Ann Lee said it went well. Work starts soon.")
before = peak_mb()
start = time.perf_counter()
try:
    result = analyze(Path(sys.argv[1]))
    outcome = {"sentences": len(result.sentences)}
except ReaderError as exc:
    outcome = {"refused": str(exc)}
outcome.update(seconds=time.perf_counter() - start, peak_mb=peak_mb(), warm_mb=before)
print(json.dumps(outcome))
"""
)

WORDS = [
    "council",
    "board",
    "minister",
    "company",
    "market",
    "price",
    "rate",
    "bank",
    "government",
    "plan",
    "report",
    "week",
    "year",
    "people",
    "city",
    "school",
    "hospital",
    "team",
    "club",
    "police",
    "court",
    "election",
    "vote",
    "tax",
    "budget",
    "energy",
    "water",
    "road",
    "bridge",
    "river",
    "station",
    "airport",
    "project",
    "study",
    "survey",
    "growth",
    "figure",
    "share",
    "profit",
    "loss",
    "meeting",
    "decision",
    "statement",
    "interview",
    "evidence",
    "community",
    "service",
    "worker",
    "family",
    "student",
]
VERBS = "said announced reported rejected approved expected warned promised denied confirmed"
NAMES = ["Mara Olsen", "Tom Reyes", "Priya Nair", "Alan Hughes", "Lena Brunner", "Li Wei"]


def make_article(path: Path, size_mb: int, seed: int = 7, html: bool = False) -> None:
    """Write a news-like text of about ``size_mb`` MB: varied sentences in paragraphs.

    With ``html`` the paragraphs are ``<p>`` elements of one ``<article>`` in a web page.
    """
    rng = random.Random(seed)
    verbs = VERBS.split()
    paragraphs = []
    for _ in range(400):
        sentences = []
        for _ in range(rng.randint(2, 5)):
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20)))
            if rng.random() < 0.3:
                sentences.append(
                    f'"{words.capitalize()}," {rng.choice(NAMES)} {rng.choice(verbs)}.'
                )
            else:
                sentences.append(f"The {words} {rng.choice(verbs)} {rng.randint(2, 90)} percent.")
        paragraphs.append(" ".join(sentences))
    if html:
        block = "".join(f"<p>{p}</p>\n" for p in paragraphs).encode("utf-8")
        head = b"<!DOCTYPE html><html><head><title>Report</title></head><body><article>\n"
        head += b"<h1>A long report on the state of the town</h1>\n"
        tail = b"</article></body></html>\n"
    else:
        block = ("\n\n".join(paragraphs) + "\n\n").encode("utf-8")
        head, tail = b"A long report on the state of the town\n\n", b""
    target = size_mb * 1024 * 1024
    with path.open("wb") as fh:
        fh.write(head)
        written = 0
        while written < target:
            fh.write(block)
            written += len(block)
        fh.write(tail)


def run(code: str, path: Path) -> dict:
    try:
        proc = subprocess.run(
            [sys.executable, "-c", code, str(path)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            cwd=REPO,
            env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
        )
    except subprocess.TimeoutExpired:
        return {"error": f"no answer within {TIMEOUT} s"}
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr else "crashed"}
    return json.loads(proc.stdout)


def main(argv: list[str]) -> int:
    html = "--html" in argv
    sizes = [int(a) for a in argv if a != "--html"] or [1, 10, 50]
    print(f"{'web pages' if html else 'plain text'} of {', '.join(map(str, sizes))} MB")
    print(
        f"{'size':>6} {'read s':>8} {'read MB':>8} {'analyze s':>10} {'peak MB':>8} "
        f"{'time x':>8} {'mem x':>7}  outcome"
    )
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as folder:
        for size in sizes:
            path = Path(folder) / f"article-{size}mb.{'html' if html else 'txt'}"
            make_article(path, size, html=html)
            base, done = run(BASELINE, path), run(ANALYSIS, path)
            if "error" in base or "error" in done:
                print(f"{size:>4}MB  failed: {base.get('error') or done.get('error')}")
                continue
            if "refused" in done:
                outcome = "refused: " + textwrap.shorten(done["refused"], 70)
            else:
                outcome = f"{done['sentences']} sentences"
            print(
                f"{size:>4}MB {base['seconds']:>8.3f} {base['peak_mb']:>8.0f} "
                f"{done['seconds']:>10.2f} {done['peak_mb']:>8.0f} "
                f"{done['seconds'] / max(base['seconds'], 1e-6):>8.0f} "
                f"{done['peak_mb'] / base['peak_mb']:>7.1f}  {outcome}"
                f" (peak above warm start: {done['peak_mb'] - done['warm_mb']:.0f} MB)"
            )
            path.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
