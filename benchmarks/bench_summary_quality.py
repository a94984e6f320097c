"""ROUGE of every summariser against the BBC reference summaries (../shared/corpus/bbc).

Each article (headline line, blank line, paragraphs) is split by Reader's own sentence
splitter; each algorithm picks as many sentences as the reference summary has, and
ROUGE-1/2/L F (rouge-score, stemming on) compares them with the reference. Baselines: Lead-N
(the first N sentences) and random N sentences (mean of 50 draws per article).

To guard against a default fitted to these 20 articles, the table also reports each score on
two halves (articles 001-002 and 003-004 of every category) separately: a method that wins on
one half only is not a robust choice.

    /tmp/venv/bin/python benchmarks/bench_summary_quality.py
"""

from __future__ import annotations

import random
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"
RANDOM_DRAWS = 50


def load_articles() -> list[tuple[str, str, str, list[str]]]:
    """(id, title, body, reference sentences) for every BBC article."""
    articles = []
    for path in sorted((CORPUS / "article").glob("*/*.txt")):
        raw = path.read_text(encoding="utf-8")
        title, _, body = raw.strip("\n").partition("\n\n")
        reference_path = CORPUS / "summary" / path.parent.name / path.name
        reference = [
            line.strip()
            for line in reference_path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        articles.append((f"{path.parent.name}/{path.stem}", title.strip(), body, reference))
    return articles


def main() -> int:
    if not CORPUS.is_dir():
        print(f"The BBC corpus is not present ({CORPUS}); nothing to measure.")
        return 0
    from rouge_score import rouge_scorer

    from reader.sentences import split_sentences
    from reader.summary import ALGORITHM_LABELS, ALGORITHMS, DEFAULT_ALGORITHM, summarize

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    articles = load_articles()
    methods = [*ALGORITHMS, "random"]
    # scores[method] = list of (article id, r1, r2, rL)
    scores: dict[str, list[tuple[str, float, float, float]]] = {m: [] for m in methods}
    for article_id, title, body, reference in articles:
        spans = tuple(split_sentences(body, "en"))
        k = len(reference)
        target = "\n".join(reference)

        def rouge(
            indices: list[int] | tuple[int, ...],
            target: str = target,
            body: str = body,
            spans: tuple = spans,
        ) -> tuple[float, ...]:
            text = "\n".join(body[spans[i][0] : spans[i][1]] for i in indices)
            result = scorer.score(target, text)
            return tuple(result[key].fmeasure for key in ("rouge1", "rouge2", "rougeL"))

        for name in ALGORITHMS:
            summary = summarize(body, spans, "en", algorithm=name, count=k, title=title)
            scores[name].append((article_id, *rouge(summary.sentences)))
        rng = random.Random(article_id)
        draws = [
            rouge(sorted(rng.sample(range(len(spans)), min(k, len(spans)))))
            for _ in range(RANDOM_DRAWS)
        ]
        scores["random"].append(
            (article_id, *(statistics.mean(d[j] for d in draws) for j in range(3)))
        )

    def mean(rows: list[tuple[str, float, float, float]], column: int) -> float:
        return 100 * statistics.mean(r[column] for r in rows)

    def half(rows: list[tuple[str, float, float, float]], first: bool) -> list:
        return [r for r in rows if (r[0].split("/")[1] in ("001", "002")) == first]

    labels = {**ALGORITHM_LABELS, "random": f"Random (mean of {RANDOM_DRAWS})"}
    print(f"ROUGE F x 100 on {len(articles)} BBC articles, at each reference's sentence count")
    print("| algorithm | ROUGE-1 | ROUGE-2 | ROUGE-L | R-2 half A | R-2 half B |")
    print("|---|---:|---:|---:|---:|---:|")
    ranked = sorted(methods, key=lambda m: -mean(scores[m], 2))
    for m in ranked:
        rows = scores[m]
        mark = " (default)" if m == DEFAULT_ALGORITHM else ""
        print(
            f"| {labels[m]}{mark} | {mean(rows, 1):.1f} | {mean(rows, 2):.1f} | "
            f"{mean(rows, 3):.1f} | {mean(half(rows, True), 2):.1f} | "
            f"{mean(half(rows, False), 2):.1f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
