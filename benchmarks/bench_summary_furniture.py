"""The page-furniture rules on a blind set and on the corpus.

* The blind set (``tests/_files/summary/furniture/blind.tsv``) was written after the rules and
  never used to change them: furniture caught (recall) and prose kept (every prose line wrongly
  left out is listed).
* On ``../shared/corpus`` (when present): how many sentences the rules leave out of summaries
  in cnndm/ and bbc/ articles, with every cnndm/ one listed for inspection.

    .venv/bin/python benchmarks/bench_summary_furniture.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus"
BLIND = ROOT / "tests" / "_files" / "summary" / "furniture" / "blind.tsv"


def blind() -> None:
    from reader.summary.furniture import is_furniture

    caught = kept = furniture = prose = 0
    for line in BLIND.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, sentence = line.split("\t", 1)
        found = is_furniture(sentence, own_line=label.endswith(" own"))
        if label.startswith("furniture"):
            furniture += 1
            caught += found
            if not found:
                print(f"  missed furniture: {sentence}")
        else:
            prose += 1
            kept += not found
            if found:
                print(f"  PROSE LEFT OUT: {sentence}")
    print(f"Blind set: furniture caught {caught}/{furniture}, prose kept {kept}/{prose}.")


def corpus() -> None:
    from reader.sentences import split_sentences
    from reader.summary.furniture import furniture

    for folder in ("cnndm/article/*.txt", "bbc/article/*/*.txt"):
        total = flagged = 0
        for path in sorted(CORPUS.glob(folder)):
            text = path.read_text(encoding="utf-8")
            if folder.startswith("bbc"):
                text = text.strip("\n").partition("\n\n")[2]
            spans = split_sentences(text, "en")
            found = furniture(text, spans)
            total += len(spans)
            flagged += len(found)
            if folder.startswith("cnndm"):
                for i in sorted(found):
                    print(f"  {path.stem} {i}: {text[spans[i][0] : spans[i][1]][:100]}")
        print(f"{folder.split('/')[0]}/: {flagged} of {total} sentences are furniture.")


if __name__ == "__main__":
    blind()
    if CORPUS.is_dir():
        corpus()
