"""Identical output: record what ``analyze()`` returns for every article there is, compare later.

A speed change must not change a result. ``--snapshot FILE`` writes, for every file of
``../shared/corpus`` (text, PDF, the gzipped web pages, and each web page's ground-truth
article body given as text) and every article-like file of ``tests/_files``, the whole
``Analysis.to_dict()`` (cleaned text, removed and clutter lines, title, language, sentences,
summary, speakers, notes), the summary of every other algorithm, and the language detected for
each paragraph of the cleaned text on its own (short texts, where detection is most fragile).
A file ``analyze()`` refuses is recorded by its error class and message. ``--compare FILE``
computes the same again and prints every key that differs (exit status 1 if any does).

    .venv/bin/python benchmarks/bench_identity.py --snapshot /tmp/before.json
    ... change the code ...
    .venv/bin/python benchmarks/bench_identity.py --compare /tmp/before.json

``--tree DIR`` analyses with the ``reader`` package of another checkout DIR instead (e.g. a
``git archive`` of main), so a snapshot of "before" can be taken at any time.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
#: Extensions of the files of tests/_files that are articles (not JSON gold or SQL schemas).
ARTICLE_SUFFIXES = {".txt", ".html", ".htm", ".mhtml", ".mht", ".md", ".pdf"}


def sources(temporary: Path) -> Iterator[tuple[str, Path | str]]:
    """``(key, path or text)`` of every article to check, in a stable order."""
    if CORPUS.is_dir():
        for path in sorted(CORPUS.rglob("*")):
            key = f"corpus/{path.relative_to(CORPUS)}"
            if path.name.endswith(".html.gz"):  # the loader reads the page, not the archive
                page = temporary / path.name.removesuffix(".gz")
                page.write_bytes(gzip.decompress(path.read_bytes()))
                yield key, page
            elif path.suffix in {".txt", ".pdf"}:
                yield key, path
        truth_file = CORPUS / "html" / "ground-truth.json"
        if truth_file.is_file():
            truth = json.loads(truth_file.read_text(encoding="utf-8"))
            for sha, item in sorted(truth.items()):
                yield f"corpus/html/{sha[:16]}:articleBody", str(item["articleBody"])
    for path in sorted((ROOT / "tests" / "_files").rglob("*")):
        if path.is_file() and path.suffix in ARTICLE_SUFFIXES:
            yield str(path.relative_to(ROOT)), path


def output(source: Path | str) -> dict[str, Any]:
    """Everything ``analyze()`` says about ``source``, as plain JSON data."""
    from reader.errors import ReaderError
    from reader.language import detect_language
    from reader.pipeline import analyze, resummarize
    from reader.summary.catalog import ALGORITHMS

    try:
        analysis = analyze(source)
    except ReaderError as exc:
        return {"error": type(exc).__name__, "message": str(exc)}
    data: dict[str, Any] = analysis.to_dict()
    data.pop("source")  # the temporary folder of a decompressed page
    data["summaries"] = {
        name: list(resummarize(analysis, algorithm=name).summary.sentences) for name in ALGORITHMS
    }
    data["paragraph_languages"] = [
        detect_language(paragraph)[0]
        for paragraph in analysis.text.split("\n")
        if paragraph.strip()
    ]
    return data


def snapshot() -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="reader-identity-") as folder:
        return {key: output(source) for key, source in sources(Path(folder))}


def compare(path: Path) -> int:
    """Print the keys whose output differs from the snapshot at ``path``; 1 if any does."""
    before = json.loads(path.read_text(encoding="utf-8"))
    now = json.loads(json.dumps(snapshot()))  # tuples and lists alike
    differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for key in differ:
        old, new = before.get(key) or {}, now.get(key) or {}
        fields = sorted(f for f in old.keys() | new.keys() if old.get(f) != new.get(f))
        print(f"  differs: {key}: {', '.join(fields) or 'missing'}")
    print(f"{len(now)} articles compared, {len(differ)} differ")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--snapshot", type=Path, metavar="FILE", help="write the outputs")
    group.add_argument("--compare", type=Path, metavar="FILE", help="compare with FILE")
    parser.add_argument("--tree", type=Path, metavar="DIR", help="use DIR's reader package")
    args = parser.parse_args()
    sys.path.insert(0, str((args.tree or ROOT).resolve()))
    if args.compare:
        return compare(args.compare)
    data = snapshot()
    args.snapshot.write_text(json.dumps(data, sort_keys=True, ensure_ascii=False), "utf-8")
    print(f"{args.snapshot}: the output for {len(data)} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
