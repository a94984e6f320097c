"""Whole-page text and PDF: how close is what Reader displays to the article a person marked?

For the 12 pages of ``../shared/corpus/saved`` (``NAME.txt``: the whole page as a text browser
renders it; ``NAME.pdf``: the page printed by Chromium) this prints the 4-gram shingle precision,
recall and F1 against ``html/ground-truth.json`` (the scorer of ``benchmarks/bench_html.py``), per
page and averaged, of:

* ``txt raw``: the text file as it is; ``txt reader``: the text ``reader.analyze`` displays;
* ``pdf raw``: the PDF's text as pypdfium2 extracts it (``get_text_range`` page by page);
  ``pdf reader``: what Reader displays;
* ``html reader``: what Reader displays for the same page's HTML (the bar: each saved form should
  be within 0.05 of it).

With ``--own DIR`` the same for our own pages (built by ``benchmarks/own_pages.py``: ``dev``
sites, which rules may have been looked at against, and ``blind`` sites, only ever scored).

With ``--titles`` also how many pages of each form get the article's headline as their title
(the corpus has no headline truth: the title Reader reads from the same page's HTML stands in).

Also the speed of each form: cleaning a 1 MB whole-page text (made of the 12 pages repeated)
against reading it as plain text, and opening a 100-page PDF (made by repeating a saved PDF's
pages) against the bare pypdfium2 text extraction of the same file.

Run: ``python benchmarks/bench_saved.py [--own /tmp/own_pages]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_html import f1, precision_recall  # noqa: E402
from bench_overshoot import own_splits  # noqa: E402


def pdf_raw_text(path: Path) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def reader_text(path: Path) -> str:
    from reader import analyze
    from reader.errors import ReaderError

    try:
        return analyze(path).text
    except ReaderError:
        return ""


class Scores:
    def __init__(self) -> None:
        self.pairs: list[tuple[float, float]] = []

    def add(self, predicted: str, reference: str) -> tuple[float, float]:
        pair = precision_recall(predicted, reference)
        self.pairs.append(pair)
        return pair

    def summary(self) -> tuple[float, float, float]:
        if not self.pairs:
            return 0.0, 0.0, 0.0
        p = sum(p for p, _ in self.pairs) / len(self.pairs)
        r = sum(r for _, r in self.pairs) / len(self.pairs)
        return p, r, f1(p, r)


def evaluate(
    pages: list[tuple[str, dict[str, Path], str]],
    systems: dict[str, tuple[str, Callable[[Path], str]]],
    verbose: bool,
) -> dict[str, Scores]:
    """``pages``: (name, {form: path}, reference); ``systems``: label -> (form, function)."""
    scores = {label: Scores() for label in systems}
    if verbose:
        print(f"  {'page':<18}" + "".join(f"{label:>14}" for label in systems))
    for name, forms, reference in pages:
        row = f"  {name:<18}"
        for label, (form, system) in systems.items():
            path = forms.get(form)
            if path is None or not path.is_file():
                row += f"{'-':>14}"
                continue
            p, r = scores[label].add(system(path), reference)
            row += f"{f1(p, r):>14.3f}"
        if verbose:
            print(row)
    for label, score in scores.items():
        p, r, f = score.summary()
        print(f"  {label:<14} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   ({len(score.pairs)} pages)")
    return scores


SYSTEMS: dict[str, tuple[str, Callable[[Path], str]]] = {
    "txt raw": ("txt", lambda path: path.read_text("utf-8", errors="replace")),
    "txt reader": ("txt", reader_text),
    "pdf raw": ("pdf", pdf_raw_text),
    "pdf reader": ("pdf", reader_text),
    "html reader": ("html", reader_text),
}


def corpus_pages(folder: Path) -> list[tuple[str, dict[str, Path], str]]:
    truth = json.loads((CORPUS / "html" / "ground-truth.json").read_text("utf-8"))
    pages = []
    for page_id, entry in sorted(truth.items()):
        name = page_id[:16]
        html = folder / f"{name}.html"
        html.write_bytes(gzip.decompress((CORPUS / "html" / f"{page_id}.html.gz").read_bytes()))
        forms = {
            "txt": CORPUS / "saved" / f"{name}.txt",
            "pdf": CORPUS / "saved" / f"{name}.pdf",
            "html": html,
        }
        pages.append((name, forms, entry["articleBody"]))
    return pages


def own_pages(folder: Path, split: str) -> list[tuple[str, dict[str, Path], str]]:
    truth = json.loads((folder / "truth.json").read_text("utf-8"))
    return [
        (
            name,
            {form: folder / f"{name}.{form}" for form in ("txt", "pdf", "html")},
            str(entry["body"]),
        )
        for name, entry in sorted(truth.items())
        if entry["split"] == split
    ]


def _title_key(title: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in title.lower()).split())


def titles_right(
    pages: list[tuple[str, dict[str, Path], str]], headlines: dict[str, str], verbose: bool
) -> None:
    """How many whole-page texts and PDFs get the article's headline as their title (the tab's
    title and the name Save proposes): ``headlines`` by page, else the title of the page's
    HTML as Reader reads it (the corpus has no headline truth)."""
    from reader import analyze
    from reader.errors import ReaderError

    right = {"txt": 0, "pdf": 0}
    for name, forms, _ in pages:
        reference = headlines.get(name) or analyze(forms["html"]).title
        for form in right:
            try:
                title = analyze(forms[form]).title
            except ReaderError:
                title = ""
            good = _title_key(title) == _title_key(reference)
            right[form] += good
            if verbose and not good:
                print(f"  {name}.{form}: {title!r} (not {reference!r})")
    print(f"  titles right: txt {right['txt']}/{len(pages)}, pdf {right['pdf']}/{len(pages)}")


def summary_page_lines(pages: list[tuple[str, dict[str, Path], str]]) -> None:
    """How many summary sentences of the whole-page texts and PDFs are not the article's: a
    sentence is the article's when most of its 4-grams are in the article body (or, too short
    for a 4-gram, its words are)."""
    from bench_html import shingles
    from bench_overshoot import norm

    from reader import analyze

    outside = total = 0
    for name, forms, reference in pages:
        reference_shingles = shingles(reference)
        reference_words = f" {norm(reference)} "
        for form in ("txt", "pdf"):
            path = forms.get(form)
            if path is None or not path.is_file():
                continue
            result = analyze(path)
            for index in result.summary.sentences:
                start, end = result.sentences[index]
                sentence = result.text[start:end]
                grams = shingles(sentence)
                ours = (
                    len(grams & reference_shingles) >= 0.5 * len(grams)
                    if grams
                    else f" {norm(sentence)} " in reference_words
                )
                total += 1
                if not ours:
                    outside += 1
                    print(f"    {name}.{form}: {sentence[:100]}")
    print(f"  summary sentences that are not the article's: {outside} of {total}")


#: Timed runs of each speed figure (the best and the median are printed).
RUNS = 5


def speed(pages: list[tuple[str, dict[str, Path], str]], folder: Path) -> None:
    """1 MB of whole-page text (the 12 pages repeated) and 1 MB of article text (the cnndm/
    stories, no page around them) through the cleaning, beside reading the same file; a
    100-page PDF opened, beside the bare pypdfium2 extraction."""
    from reader.cleaning import clean_document
    from reader.loading import load_document

    texts = [forms["txt"].read_text("utf-8") for _, forms, _ in pages]
    prose = [path.read_text("utf-8") for path in sorted(CORPUS.glob("cnndm/article/*.txt"))]
    clean_document(load_document(pages[0][1]["txt"]))  # compiles the word lists once
    for label, parts in (("whole-page text", texts), ("article text (no page)", prose)):
        big, index = "", 0
        while len(big.encode("utf-8")) < 1024 * 1024:
            big += parts[index % len(parts)] + "\n\n"
            index += 1
        big_path = folder / "big.txt"
        big_path.write_text(big, "utf-8")
        reads: list[float] = []
        cleanings: list[float] = []
        for _ in range(RUNS):  # read and clean in turn, so that both see the same load
            started = time.perf_counter()
            document = load_document(big_path)
            reads.append(time.perf_counter() - started)
            started = time.perf_counter()
            clean_document(document)
            cleanings.append(time.perf_counter() - started)
        best, middle = min(cleanings), sorted(cleanings)[RUNS // 2]
        print(
            f"  1 MB {label} ({RUNS} runs): cleaning best {best:.3f} s, median {middle:.3f} s;"
            f" reading it as plain text (load_document) best {min(reads):.3f} s; ratio of the"
            f" bests {best / min(reads):.1f}x (target: cleaning <= 0.5 s)"
        )

    import pypdfium2 as pdfium

    source = max((forms["pdf"] for _, forms, _ in pages), key=lambda p: p.stat().st_size)
    merged = pdfium.PdfDocument.new()
    original = pdfium.PdfDocument(str(source))
    while len(merged) < 100:
        count = min(len(original), 100 - len(merged))
        merged.import_pages(original, list(range(count)))
    pdf_path = folder / "hundred-pages.pdf"
    merged.save(str(pdf_path))
    merged.close()
    original.close()
    started = time.perf_counter()
    pdf_raw_text(pdf_path)
    bare = time.perf_counter() - started
    started = time.perf_counter()
    opened = load_document(pdf_path)
    reader = time.perf_counter() - started
    started = time.perf_counter()
    clean_document(opened)
    cleaning = time.perf_counter() - started
    print(
        f"  100-page PDF: Reader opens it in {reader:.3f} s (+ cleaning {cleaning:.3f} s); bare "
        f"pypdfium2 text extraction {bare:.3f} s; ratio {(reader + cleaning) / bare:.1f}x "
        "(target: <= 3 s)"
    )


def fit(pages: list[tuple[str, dict[str, Path], str]]) -> None:
    """Refit the block weights of reader/cleaning/signals.py (a class-balanced logistic
    regression with a ridge penalty) on the whole-page texts of ``pages`` and print them.

    A block is the article's when at least half of its 4-grams are in the article body; a
    block too short for a 4-gram counts as page clutter when its words are not in the body,
    and is left out otherwise."""
    import numpy as np
    from bench_html import shingles

    from reader.cleaning.page_map import PageMap
    from reader.cleaning.signals import feature_values, normalized

    rows: list[list[float]] = []
    labels: list[float] = []
    names: list[str] = []
    for _, forms, reference in pages:
        reference_shingles = shingles(reference)
        reference_words = f" {normalized(reference)} "
        page = PageMap(forms["txt"].read_text("utf-8"))
        for index, block in enumerate(page.blocks):
            grams = shingles(block.text)
            if grams:
                label = float(len(grams & reference_shingles) / len(grams) >= 0.5)
            elif f" {normalized(block.text)} " in reference_words:
                continue
            else:
                label = 0.0
            values = feature_values(page.full_features(index), page.prose_stop)
            names = list(values)
            rows.append([values[n] for n in names] + [1.0])
            labels.append(label)
    x, y = np.array(rows), np.array(labels)
    weights = np.zeros(x.shape[1])
    share = y.mean()
    balance = np.where(y == 1, 0.5 / share, 0.5 / (1 - share))
    for _ in range(6000):
        p = 1 / (1 + np.exp(-x @ weights))
        gradient = x.T @ ((p - y) * balance) / len(y) + 0.01 * np.r_[weights[:-1], 0.0]
        weights -= 0.5 * gradient
    predicted = (1 / (1 + np.exp(-x @ weights))) > 0.5
    print(f"  {len(y)} blocks, {int(y.sum())} of the article's")
    for name, weight in zip([*names, "BIAS"], weights, strict=True):
        print(f"  {name:<20} {weight:6.2f}")
    print(f"  accuracy {float((predicted == y).mean()):.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--own", type=Path, help="folder built by benchmarks/own_pages.py")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every page")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed figures")
    parser.add_argument("--only", help="own splits to score, comma-separated (default: all)")
    parser.add_argument(
        "--summaries", action="store_true", help="count summary sentences that are page lines"
    )
    parser.add_argument(
        "--fit", action="store_true", help="refit the block weights (saved/ and own dev pages)"
    )
    parser.add_argument(
        "--titles", action="store_true", help="count pages whose title is the headline"
    )
    args = parser.parse_args()
    if not (CORPUS / "html" / "ground-truth.json").is_file():
        print(f"The corpus is not present at {CORPUS}; nothing to measure.")
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        pages = corpus_pages(folder)
        if args.fit:
            extra = own_pages(args.own, "dev") if args.own else []
            print(f"block weights refitted on {len(pages) + len(extra)} whole-page texts")
            fit(pages + extra)
            return 0
        print("corpus saved/ (12 pages; F1 against html/ground-truth.json)")
        evaluate(pages, SYSTEMS, args.verbose)
        if args.titles:
            titles_right(pages, {}, args.verbose)
        if args.own and (args.own / "truth.json").is_file():
            truth = json.loads((args.own / "truth.json").read_text("utf-8"))
            headlines = {name: str(entry["headline"]) for name, entry in truth.items()}
            for split in own_splits(args.own, args.only):
                print(f"own pages, {split.upper() if split.startswith('blind') else split}")
                evaluate(own_pages(args.own, split), SYSTEMS, args.verbose)
                if args.titles:
                    titles_right(own_pages(args.own, split), headlines, args.verbose)
        if args.summaries:
            print("summaries of whole-page texts and PDFs (corpus and --own pages)")
            extra = [
                page
                for split in (own_splits(args.own, args.only) if args.own else [])
                for page in own_pages(args.own, split)
            ]
            summary_page_lines(pages + extra)
        if not args.no_speed:
            print("speed")
            speed(pages, folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
