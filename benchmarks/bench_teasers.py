"""Teaser removal on the shared corpus.

1. ``../shared/corpus/teasers`` (21 cases with ``expected.json``): a case passes when the lines
   removed equal ``removed`` exactly (after trimming whitespace) and every other non-empty line
   of the file is still in the displayed text. Measured twice: ``remove_teasers`` on the file
   as it is (headline included), and the full ``reader.analyze(Path(file))``, whose ``text``
   field (no title added) must hold every kept line, the headline included. Prints per-case
   pass/fail and ``teaser cases passed: N/21``.
2. Simulated single lines on ``../shared/corpus/bbc``: for each article, the lead of every other
   article cut at a random word and ended with an ellipsis ("one": must go), and each of the
   article's own lines, cut there and ended with an ellipsis ("own": must stay). Prints the
   share decided right for each kind, beside two baselines measured in the same run: always
   remove a single trailing ellipsis line, and remove it only when cut after a function word.

Run: ``python benchmarks/bench_teasers.py``.
"""

from __future__ import annotations

import json
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))


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
    from reader.errors import ReaderError
    from reader.teasers import remove_teasers

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


def simulated_single_lines(seed: int = 7) -> None:
    from reader.teasers import is_cut_off, remove_teasers

    articles = []
    for path in sorted((CORPUS / "bbc" / "article").glob("*/*.txt")):
        lines = path.read_text("utf-8", errors="replace").split("\n")[2:]
        articles.append([line for line in lines if line.strip()])
    rng = random.Random(seed)
    cases: list[tuple[str, str, str]] = []  # (kind, body, line)
    for index, lines in enumerate(articles):
        body = "\n".join(lines)
        for other_index, other in enumerate(articles):
            if other_index == index:
                continue
            words = other[0].split()
            cut = rng.randint(3, len(words) - 1)
            cases.append(("one", body, " ".join(words[:cut]) + rng.choice(["…", "..."])))
        for position in range(3, len(lines)):
            own = re.sub(r"[.!?]?[\"”]?$", "", lines[position]) + "…"
            cases.append(("own", "\n".join(lines[:position]), own))

    def ours(body: str, line: str) -> bool:
        return bool(remove_teasers(body + "\n" + line)[1])

    deciders: dict[str, Callable[[str, str], bool]] = {
        "reader": ours,
        "always remove": lambda body, line: True,
        "cut-off only": lambda body, line: is_cut_off(line),
    }
    counts = {kind: sum(k == kind for k, _, _ in cases) for kind in ("one", "own")}
    print(f"\nsimulated single lines: {counts['one']} other-story leads, {counts['own']} own lines")
    print(f"{'decider':<16} {'one removed':>12} {'own kept':>9} {'balanced':>9}")
    for name, decide in deciders.items():
        right = {"one": 0, "own": 0}
        for kind, body, line in cases:
            removed = decide(body, line)
            right[kind] += removed if kind == "one" else not removed
        one = right["one"] / counts["one"]
        own = right["own"] / counts["own"]
        print(f"{name:<16} {one:>12.3f} {own:>9.3f} {(one + own) / 2:>9.3f}")


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
