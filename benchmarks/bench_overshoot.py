"""Copies that run past the article: is what Reader displays the article, all of it, and no more?

On ``../shared/corpus/overshoot`` (10 copies with ``expected.json``) and, with ``--own DIR``, on
our own copies (``NAME.copy.txt`` built by ``benchmarks/own_pages.py``; ``dev`` and ``blind``
sites scored apart), this prints per case and in total:

* cases clean: no ``trailing`` line and every ``article`` line among the displayed lines
  (compared after lower-casing and collapsing punctuation and spaces, as the corpus README says);
* trailing lines removed: share of the ``trailing`` lines not displayed;
* article lines lost: share of the ``article`` lines not displayed.

The same figures for the file as it is (nothing removed) are the baseline. Also: the 21 teaser
cases (``bench_teasers.py`` has the details) and the lines of the ``bbc/`` articles and the seed
that Reader removes (must be none).

With ``--fit`` it refits the weights of ``reader/cleaning/tail_signals.py`` (:func:`fit_tail`)
on the corpus copies and the ``fit`` split of ``--own`` (our DEV templates around many corpus
articles, ``own_pages.py --sets fit``) and prints them; no blind set is ever used.

Run: ``python benchmarks/bench_overshoot.py [--own /tmp/own_pages] [--only blind3] [--fit]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))

_PUNCT = re.compile(r"[\W_]+")


def norm(line: str) -> str:
    return _PUNCT.sub(" ", line.lower()).strip()


def displayed_lines(text: str) -> set[str]:
    return {norm(line) for line in text.splitlines() if line.strip()}


class Tally:
    def __init__(self) -> None:
        self.cases = self.clean = self.trailing = self.trailing_removed = 0
        self.article = self.article_lost = 0

    def add(
        self, shown: set[str], trailing: list[str], article: list[str]
    ) -> tuple[bool, int, int]:
        kept_trailing = [t for t in trailing if norm(t) in shown]
        lost = [a for a in article if norm(a) not in shown]
        clean = not kept_trailing and not lost
        self.cases += 1
        self.clean += clean
        self.trailing += len(trailing)
        self.trailing_removed += len(trailing) - len(kept_trailing)
        self.article += len(article)
        self.article_lost += len(lost)
        return clean, len(trailing) - len(kept_trailing), len(lost)

    def line(self, label: str) -> str:
        return (
            f"{label:<26} cases clean {self.clean}/{self.cases} "
            f"({100 * self.clean / max(self.cases, 1):.0f} %)   trailing removed "
            f"{self.trailing_removed}/{self.trailing} "
            f"({100 * self.trailing_removed / max(self.trailing, 1):.0f} %)   article lines lost "
            f"{self.article_lost}/{self.article} "
            f"({100 * self.article_lost / max(self.article, 1):.2f} %)"
        )


def reader_text(path: Path) -> str:
    from reader import analyze
    from reader.errors import ReaderError

    try:
        return analyze(path).text
    except ReaderError:
        return ""


def score(
    cases: list[tuple[str, Path, list[str], list[str]]],
    system: Callable[[Path], str],
    verbose: bool,
) -> Tally:
    tally = Tally()
    for name, path, trailing, article in cases:
        clean, removed, lost = tally.add(displayed_lines(system(path)), trailing, article)
        if verbose:
            print(
                f"  {name:<24} {'clean' if clean else 'NOT clean':<10} trailing removed "
                f"{removed}/{len(trailing)}  article lines lost {lost}/{len(article)}"
            )
    return tally


def corpus_cases() -> list[tuple[str, Path, list[str], list[str]]]:
    folder = CORPUS / "overshoot"
    expected = json.loads((folder / "expected.json").read_text("utf-8"))
    return [
        (name, folder / f"{name}.txt", truth["trailing"], truth["article"])
        for name, truth in sorted(expected.items())
    ]


def own_cases(folder: Path, split: str) -> list[tuple[str, Path, list[str], list[str]]]:
    truth = json.loads((folder / "truth.json").read_text("utf-8"))
    return [
        (name, folder / f"{name}.copy.txt", entry["trailing"], entry["article"])
        for name, entry in sorted(truth.items())
        if entry["split"] == split and (folder / f"{name}.copy.txt").is_file()
    ]


#: Prior weights the fit is drawn towards (a ridge penalty on the distance from them, not from
#: zero): signs of the page that the rules were written for but that our templates show rarely
#: keep a weight of the sign the rule gives them.
TAIL_PRIOR = {
    "call_to_action": -2.0,
    "label_start": -2.0,
    "link_like": -1.0,
    "furniture": -1.0,
    "placeholder": -1.0,
    "meta": -1.0,
    "bullet": -1.0,
    "end_mark": -1.0,
    "labelled_link": -1.0,
    "glued": -2.0,
    "signoff": 2.0,
    "quoted": 1.0,
    "continues": 1.0,
    "names_topical": 1.0,
}
#: The corpus copies are real pages: each of their blocks counts this many times.
CORPUS_WEIGHT = 5.0
TAIL_RIDGE = 0.003
#: The article's last lines of each copy taken as examples of the article (with the page's
#: lines under it and the page lines between them).
LAST_LINES = 5


def tail_rows(
    path: Path, trailing: list[str], article: list[str]
) -> list[tuple[dict[str, float], float]]:
    """The blocks of a copy from its article's first block down, as (tail values, label): the
    ``trailing`` lines (0), the last :data:`LAST_LINES` ``article`` lines (1) and the page's
    lines among them (0)."""
    from reader.cleaning.page_map import PageMap
    from reader.cleaning.tail_signals import TailContext, tail_values
    from reader.cleaning.teasers import remove_teasers
    from reader.loading import load_document

    document = load_document(path)
    source = document.raw_text if document.raw_text is not None else document.text
    page = PageMap(remove_teasers(source)[0])
    found = page.article_range
    if found is None:
        return []
    page_lines = {norm(line) for line in trailing}
    article_lines = [norm(line) for line in article]
    last_lines = set(article_lines[-LAST_LINES:])
    context = TailContext(page, found[0])
    rows: list[tuple[dict[str, float], float]] = []
    in_tail = False
    for index in range(found[0], len(page)):
        line = norm(page.blocks[index].text)
        values = tail_values(context, index)
        in_tail = in_tail or line in last_lines
        if line in page_lines:
            rows.append((values, 0.0))
        elif line in last_lines:
            rows.append((values, 1.0))
        elif in_tail and line not in article_lines:
            rows.append((values, 0.0))
    return rows


def fit_tail(folder: Path) -> None:
    """Refit :data:`~reader.cleaning.tail_signals.TAIL_WEIGHTS`: a class-balanced logistic
    regression, ridge-penalised towards :data:`TAIL_PRIOR`, of the corpus copies' blocks (each
    :data:`CORPUS_WEIGHT` times) and those of the ``fit`` split in ``folder``; prints them."""
    import numpy as np

    cases = [(path, t, a, CORPUS_WEIGHT) for _, path, t, a in corpus_cases()]
    cases += [(path, t, a, 1.0) for _, path, t, a in own_cases(folder, "fit")]
    rows: list[tuple[dict[str, float], float, float]] = []
    for path, trailing, article, weight in cases:
        rows += [(values, label, weight) for values, label in tail_rows(path, trailing, article)]
    names = list(rows[0][0])
    x = np.array([[values[n] for n in names] + [1.0] for values, _, _ in rows])
    y = np.array([label for _, label, _ in rows])
    weights = np.array([weight for _, _, weight in rows])
    prior = np.array([TAIL_PRIOR.get(n, 0.0) for n in names] + [0.0])
    share = (y * weights).sum() / weights.sum()
    balance = np.where(y == 1, 0.5 / share, 0.5 / (1 - share)) * weights / weights.mean()
    w = prior.copy()
    for _ in range(6000):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ ((p - y) * balance) / len(y) + TAIL_RIDGE * np.r_[(w - prior)[:-1], 0]
        w -= 0.5 * gradient
    predicted = (1 / (1 + np.exp(-x @ w))) > 0.5
    accuracy = (predicted == y).mean()
    print(f"  {len(y)} blocks, {int(y.sum())} of the article's; accuracy {accuracy:.3f}")
    for name, weight in zip(names, w[:-1], strict=True):
        print(f'    "{name}": {weight:.2f},')
    print(f"TAIL_BIAS = {w[-1]:.2f}")


def own_splits(folder: Path, only: str | None) -> list[str]:
    """The splits of the own pages in ``folder`` (``dev``, ``blind``, ``blind2``, ``blind3``,
    ``dev3``; not ``fit``, which only fits), or the comma-separated ones of ``only``."""
    truth = json.loads((folder / "truth.json").read_text("utf-8"))
    found = sorted({str(entry["split"]) for entry in truth.values()})
    if only is None:
        return [s for s in found if s != "fit"]
    return [s for s in found if s in only.split(",")]


def clean_articles_lose_nothing() -> tuple[int, int]:
    """(lines removed, lines in all) over the ``bbc/`` articles and the seed's article part."""
    from reader import analyze

    lost = total = 0
    paths = sorted((CORPUS / "bbc" / "article").glob("*/*.txt"))
    for path in paths:
        shown = displayed_lines(analyze(path).text)
        lines = [line for line in path.read_text("utf-8").splitlines() if line.strip()]
        total += len(lines)
        lost += sum(norm(line) not in shown for line in lines)
    seed = CORPUS / "teasers" / "seed-us-iran.txt"
    lines = [line for line in seed.read_text("utf-8").splitlines() if line.strip()][:-6]
    shown = displayed_lines(analyze(seed).text)
    total += len(lines)
    lost += sum(norm(line) not in shown for line in lines)
    return lost, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--own", type=Path, help="folder built by benchmarks/own_pages.py")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every case")
    parser.add_argument("--only", help="own splits to score, comma-separated (default: all)")
    parser.add_argument("--fit", action="store_true", help="refit the tail weights (see doc)")
    args = parser.parse_args()
    if not (CORPUS / "overshoot" / "expected.json").is_file():
        print(f"The corpus is not present at {CORPUS}; nothing to measure.")
        return 0
    if args.fit:
        if not args.own:
            parser.error("--fit needs --own (a folder with the fit split)")
        fit_tail(args.own)
        return 0
    sets = [("corpus overshoot/", corpus_cases())]
    if args.own and (args.own / "truth.json").is_file():
        for split in own_splits(args.own, args.only):
            label = split.upper() if split.startswith("blind") else split
            sets += [(f"own copies, {label}", own_cases(args.own, split))]
    for label, cases in sets:
        print(label)
        as_is = score(cases, lambda path: path.read_text("utf-8"), False)
        reader = score(cases, reader_text, args.verbose)
        print("  " + as_is.line("file as it is"))
        print("  " + reader.line("Reader"))
    lost, total = clean_articles_lose_nothing()
    print(f"\nbbc/ articles and the seed: {lost} of {total} lines removed (must be 0)")
    passed, total = teaser_cases_passed()
    print(f"teaser cases passed through analyze(): {passed}/{total}")
    return 0


def teaser_cases_passed() -> tuple[int, int]:
    from bench_teasers import case_passes

    from reader import analyze

    folder = CORPUS / "teasers"
    expected = json.loads((folder / "expected.json").read_text("utf-8"))
    passed = 0
    for case, truth in expected.items():
        path = folder / f"{case}.txt"
        analysis = analyze(path)
        text = path.read_text("utf-8")
        passed += case_passes(text, analysis.text, analysis.removed_lines, truth["removed"])
    return passed, len(expected)


if __name__ == "__main__":
    raise SystemExit(main())
