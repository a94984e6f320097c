"""News: Reader's summariser for news stories, and its default.

News stories are written as an inverted pyramid: the first sentences carry what a reader must
know, later ones add detail, background and quotes. Against highlights written by journalists
(CNN/DailyMail), simply taking the first three sentences (Lead-3) beats every classic
centrality summariser, because centrality ignores that order. News keeps Reduction's sentence
graph (an edge is the stems two sentences share over the sum of their log lengths) and reads
it in one of two ways, depending on how much of the article the summary keeps.

**A summary** (at most :data:`DIGEST_SHARE` of the eligible sentences, as for "three sentences
of a news story"): position-aware directed centrality, after PacSum (Zheng and Lapata, 2019).
A sentence scores what the sentences *after* it share with it (the story goes on to elaborate
it) minus what the sentences *before* it share with it (it repeats what was already said),
times an inverted-pyramid prior ``2 ** -r`` on its rank ``r`` among the article's sentences
(:data:`PRIOR_RATIO`: each sentence weighs half the one before). Statements come before
quotations and questions (a sentence that opens with a quotation mark or asks something): a
summary reports what happened; a direct quotation or a rhetorical question rarely says it.

**A digest** (more than :data:`DIGEST_SHARE` of the article): a summary that long must stand
for the whole article, where a position prior says little, so sentences are ranked by their
undirected centrality in the same graph: Reduction's ratings.

Page furniture, the headline and repeated sentences are never chosen
(:mod:`reader.summary.furniture`, :mod:`reader.summary.prepared`), but furniture stays in the
graph: a caption repeats what the editors found worth a picture. Why these choices and not
others (MMR, length normalisation, first-sentence overlap were measured and left out): see
docs/summaries.md and ``benchmarks/bench_summary_quality.py``.
"""

from __future__ import annotations

from typing import Any

from reader.summary.fast_graph import edge_blocks, reduction_scores
from reader.summary.prepared import Prepared

#: The inverted-pyramid prior: the article's sentence ``r`` (0 = the first, not counting
#: furniture) is weighed by ``PRIOR_RATIO ** r``. The prior does not depend on the summary's
#: length, so in this regime a longer summary keeps the sentences of a shorter one.
PRIOR_RATIO = 0.5
#: A summary keeping more than this share of the article's eligible sentences is a digest.
DIGEST_SHARE = 1 / 3
#: Only the first ``count + LEAD_WINDOW`` eligible sentences are scored in the summary regime:
#: past them the prior is below ``PRIOR_RATIO ** LEAD_WINDOW`` (1e-12), and they follow in
#: document order.
LEAD_WINDOW = 40
#: Backward edges weigh this much against forward ones (PacSum's lambda_1; -1: what a sentence
#: repeats from earlier text counts as much against it as what later text elaborates counts for).
BACKWARD_WEIGHT = -1.0

_OPENING_QUOTES = frozenset("\"'“‘„‚«‹「『")
_CLOSING = "\"'”’»›」』)] "


def is_quotation_or_question(sentence: str) -> bool:
    """Whether ``sentence`` opens with a quotation mark or is a question."""
    text = sentence.strip()
    return bool(text) and (text[0] in _OPENING_QUOTES or text.rstrip(_CLOSING).endswith("?"))


def is_digest(prepared: Prepared, count: int) -> bool:
    """Whether a summary of ``count`` sentences keeps more than :data:`DIGEST_SHARE` of the
    sentences it may choose from."""
    eligible = prepared.size - len(prepared.excluded)
    return eligible > 0 and count > DIGEST_SHARE * eligible


def directed_centrality(prepared: Prepared, rows: int) -> Any:
    """For each of the first ``rows`` sentences: the weight of its edges to later sentences
    plus :data:`BACKWARD_WEIGHT` times the weight of its edges to earlier ones."""
    import numpy as np

    scores = np.zeros(rows)
    for block, weights in edge_blocks(prepared, diagonal=False, single_word_pairs=False):
        if block.start >= rows:
            break
        coo = weights.tocoo()
        row = coo.row + block.start
        keep = row < rows
        sign = np.where(coo.col[keep] > row[keep], 1.0, BACKWARD_WEIGHT)
        scores += np.bincount(row[keep], weights=sign * coo.data[keep], minlength=rows)[:rows]
    return scores


def news_order(prepared: Prepared, count: int) -> list[int]:
    """Every eligible sentence, the best first, for a summary of ``count`` sentences."""
    import numpy as np

    n = prepared.size
    eligible = [i for i in range(n) if i not in prepared.excluded]
    if not eligible or count <= 0:
        return []
    if is_digest(prepared, count):
        ratings = np.asarray(reduction_scores(prepared), dtype=np.float64)
        return sorted(eligible, key=lambda i: (-ratings[i], i))
    window = eligible[: count + LEAD_WINDOW]
    rows = window[-1] + 1
    centrality = np.maximum(directed_centrality(prepared, rows), 0.0)
    texts = prepared.sentence_texts

    def key(rank: int) -> tuple[bool, float, int]:
        i = window[rank]
        score = float(centrality[i]) * PRIOR_RATIO**rank
        return (is_quotation_or_question(texts[i]), -score, rank)

    ranked = [window[r] for r in sorted(range(len(window)), key=key)]
    return ranked + eligible[len(window) :]
