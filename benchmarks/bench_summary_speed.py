"""Speed of every summariser, sumy versus Reader, on synthetic 50, 400, 800 and 5,000-sentence
texts.

Reader summarises texts of up to ``PLAIN_LIMIT`` (400) sentences in pure Python and longer ones
with numpy and scipy.sparse (reader/summary/plain_counts.py): 50 and 400 show the first, 400 at
its limit, 800 and 5,000 the second. Reader's own News summariser has no sumy counterpart; its
time is also given as a ratio to Reduction's in the same run (News reads Reduction's ratings).

The texts are built from real sentences (the BBC and German articles of ../shared/corpus when
present, the summary test fixtures otherwise), each copy varied by swapping one word so that
no sentence repeats, in paragraphs of four sentences. Both sides get the same sentence spans,
words, stemmer and stop words and start from raw text (tokenising and stemming included).

sumy runs in a subprocess stopped after SUMY_LIMIT seconds ("> N s (stopped)"); Reader runs
in-process (median of 3, cold caches). The last line is the default's peak memory on 5,000
sentences, measured in a fresh subprocess: the whole process's peak RSS (ru_maxrss) and the peak
of memory allocated during the call (tracemalloc).

    /tmp/venv/bin/python benchmarks/bench_summary_speed.py
"""

from __future__ import annotations

import atexit
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus"
FIXTURES = ROOT / "tests" / "_files" / "summary"
SIZES = (50, 400, 800, 5000)
SUMY_LIMIT = 15.0
SUMMARY_SENTENCES = 7
PER_PARAGRAPH = 4


def _pool() -> list[str]:
    """English sentences to build texts from."""
    from reader.sentences import split_sentences

    paths = sorted(CORPUS.glob("bbc/article/*/*.txt")) + sorted(CORPUS.glob("teasers/*.txt"))
    if not paths:
        paths = sorted(p for p in FIXTURES.glob("*.txt") if p.name != "stadtbibliothek.txt")
    sentences: list[str] = []
    for path in paths:
        body = path.read_text(encoding="utf-8").strip().partition("\n\n")[2]
        for start, end in split_sentences(body, "en"):
            sentence = body[start:end].strip()
            if len(sentence.split()) >= 4:
                sentences.append(sentence)
    return sentences


def synthetic_text(size: int, pool: list[str], seed: int = 1) -> tuple[str, list[list[int]]]:
    """A text of ``size`` sentences and their spans."""
    rng = random.Random(seed)
    vocabulary = sorted({w for s in pool for w in s.split() if w.isalpha() and len(w) > 3})
    parts: list[str] = []
    spans: list[list[int]] = []
    position = 0
    for i in range(size):
        words = pool[i % len(pool)].split()
        if i >= len(pool):  # a later copy: swap one word for a random one
            words[rng.randrange(len(words))] = rng.choice(vocabulary)
        sentence = " ".join(words)
        separator = "" if i == 0 else ("\n\n" if i % PER_PARAGRAPH == 0 else " ")
        position += len(separator)
        parts.append(separator + sentence)
        spans.append([position, position + len(sentence)])
        position += len(sentence)
    return "".join(parts), spans


def _worker(mode: str, algorithm: str, path: str) -> None:
    """Subprocess entry: time sumy (``sumy``) or measure Reader's memory (``memory``)."""
    import resource

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    text, spans = data["text"], [tuple(s) for s in data["spans"]]
    if mode == "sumy":
        from reader.summary.language_support import language_tools
        from reader.summary.sumy_reference import sumy_summary

        language_tools("en").stem("warming")  # imports done before the clock starts
        sumy_summary(algorithm, "Warm up. A short text.", [(0, 8), (9, 22)], "en", 1)
        start = time.perf_counter()
        sumy_summary(algorithm, text, spans, "en", SUMMARY_SENTENCES)
        print(json.dumps({"seconds": time.perf_counter() - start}))
    else:
        from reader.summary import summarize

        summarize("Warm up. A short text.", ((0, 8), (9, 22)), "en")
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        summarize(text, tuple(spans), "en", algorithm=algorithm)
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        import tracemalloc

        from reader.summary import prepared

        prepared._prepare.cache_clear()
        tracemalloc.start()
        summarize(text, tuple(spans), "en", algorithm=algorithm)
        traced = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(
            json.dumps(
                {
                    "seconds": seconds,
                    "peak_kb": after,
                    "growth_kb": after - before,
                    "traced_kb": traced / 1024,
                }
            )
        )


def _run_worker(mode: str, algorithm: str, path: Path, limit: float | None) -> dict | None:
    command = [sys.executable, __file__, "--worker", mode, algorithm, str(path)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=limit, check=True)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def _reader_seconds(algorithm: str, text: str, spans: tuple) -> float:
    from reader.summary import prepared, summarize

    times = []
    for _ in range(3):
        prepared._prepare.cache_clear()
        start = time.perf_counter()
        summarize(text, spans, "en", algorithm=algorithm, count=SUMMARY_SENTENCES)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    from reader.summary import ALGORITHM_LABELS, ALGORITHMS, DEFAULT_ALGORITHM, summarize
    from reader.summary.sumy_reference import SUMY_ALGORITHMS

    pool = _pool()
    summarize("Warm up. A short text.", ((0, 8), (9, 22)), "en")  # imports
    workdir = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    atexit.register(shutil.rmtree, workdir, ignore_errors=True)
    files: dict[int, Path] = {}
    texts: dict[int, tuple[str, tuple]] = {}
    for size in SIZES:
        text, spans = synthetic_text(size, pool)
        files[size] = workdir / f"text-{size}.json"
        files[size].write_text(json.dumps({"text": text, "spans": spans}), encoding="utf-8")
        texts[size] = (text, tuple(tuple(s) for s in spans))
    print(f"Summary of {SUMMARY_SENTENCES} sentences; sumy stopped after {SUMY_LIMIT:.0f} s.")
    header = " | ".join(f"{n} sumy | {n} Reader | {n} ratio" for n in SIZES)
    print(f"| algorithm | {header} |")
    print("|---" + "|---:" * (3 * len(SIZES)) + "|")
    reader_times: dict[tuple[str, int], float] = {}
    for algorithm in ALGORITHMS:
        cells = []
        for size in SIZES:
            ours = reader_times[algorithm, size] = _reader_seconds(algorithm, *texts[size])
            if algorithm in SUMY_ALGORITHMS:
                result = _run_worker("sumy", algorithm, files[size], SUMY_LIMIT)
                if result is None:
                    cells += [
                        f"> {SUMY_LIMIT:.0f} s (stopped)",
                        f"{ours:.3f} s",
                        f"> {SUMY_LIMIT / ours:.0f}x",
                    ]
                else:
                    theirs = result["seconds"]
                    cells += [f"{theirs:.3f} s", f"{ours:.3f} s", f"{theirs / ours:.1f}x"]
            else:
                cells += ["-", f"{ours:.3f} s", "-"]
        mark = " (default)" if algorithm == DEFAULT_ALGORITHM else ""
        print(f"| {ALGORITHM_LABELS[algorithm]}{mark} | " + " | ".join(cells) + " |")
    if "news" in ALGORITHMS:  # Reader's own: against Reduction, whose ratings it reads
        ratios = ", ".join(
            f"{size}: {reader_times['news', size] / reader_times['reduction', size]:.2f}"
            for size in SIZES
        )
        print(f"\nNews / Reduction time in this run ({ratios}).")
    memory = _run_worker("memory", DEFAULT_ALGORITHM, files[5000], None)
    assert memory is not None
    print(
        f"\nDefault ({DEFAULT_ALGORITHM}, default length) on 5,000 sentences, fresh process: "
        f"{memory['seconds']:.2f} s; process peak RSS {memory['peak_kb'] / 1024:.0f} MB "
        f"(Python, numpy and scipy loaded); "
        f"peak allocated by the call (tracemalloc) {memory['traced_kb'] / 1024:.0f} MB."
    )
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--worker":
        _worker(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        raise SystemExit(main())
