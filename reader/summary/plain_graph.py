"""LexRank, TextRank and Reduction in pure Python, for texts of up to
:data:`~reader.summary.plain_counts.PLAIN_LIMIT` sentences.

The same ratings as :mod:`reader.summary.fast_graph` (and sumy), computed the same way on
:mod:`~reader.summary.plain_counts` rows: the sentence graph's edges come from an inverted index
(only pairs of sentences that share a stem are visited), and the power iterations sum each
sentence's incoming weights in the order scipy's transposed matrices do.
"""

from __future__ import annotations

import math

from reader.summary.plain_counts import Row, content_rows, pairwise_sum, postings
from reader.summary.prepared import Prepared

LEXRANK_THRESHOLD = 0.1
LEXRANK_EPSILON = 0.1
TEXTRANK_EPSILON = 1e-4
TEXTRANK_DAMPING = 0.85
#: TextRank's pairs of one-word sentences: an edge whose denominator is this close to 0 keeps
#: the raw overlap (``numpy.isclose(norm, 0.0)`` in sumy).
ONE_WORD_NORM = 1e-8


def _norm(values: list[float]) -> float:
    """The Euclidean norm (``numpy.linalg.norm`` of a vector, up to its summation order)."""
    return math.sqrt(sum(v * v for v in values))


def _overlaps(rows: list[Row]) -> list[dict[int, float]]:
    """``sum_w c_iw c_jw`` for every pair of sentences sharing a stem (``i`` itself included)."""
    index = postings(rows)
    overlaps: list[dict[int, float]] = []
    for row in rows:
        shared: dict[int, float] = {}
        for column, count in row:
            for other, other_count in index[column]:
                shared[other] = shared.get(other, 0.0) + count * other_count
        overlaps.append(shared)
    return overlaps


def lexrank_scores(prepared: Prepared) -> list[float]:
    """sumy's LexRank ratings: power iteration on the thresholded idf-cosine graph."""
    n = prepared.size
    rows = content_rows(prepared)
    frequency: dict[int, int] = {}
    for row in rows:
        for column, _ in row:
            frequency[column] = frequency.get(column, 0) + 1
    idf = {column: math.log(n / (1.0 + float(df))) for column, df in frequency.items()}
    weighted: list[Row] = []
    inverse: list[float] = []
    for row in rows:
        top = max((count for _, count in row), default=0.0) or 1.0
        scale = 1.0 / top
        weights = [(column, scale * count * idf[column]) for column, count in row]
        weighted.append(weights)
        size = math.sqrt(sum(w * w for _, w in weights))
        inverse.append(1.0 / size if size > 0 else 0.0)
    index = postings(weighted)
    neighbours: list[list[int]] = []
    for i, row in enumerate(weighted):
        dots: dict[int, float] = {}
        for column, weight in row:
            for j, other in index[column]:
                dots[j] = dots.get(j, 0.0) + weight * other
        own = inverse[i]
        neighbours.append(
            sorted(j for j, dot in dots.items() if dot * own * inverse[j] > LEXRANK_THRESHOLD)
        )
    shares = [1.0 / (len(edges) or 1.0) for edges in neighbours]
    p = [1.0 / n] * n
    change = 1.0
    while change > LEXRANK_EPSILON:
        following = [0.0] * n
        for i, edges in enumerate(neighbours):
            flow = shares[i] * p[i]
            for j in edges:
                following[j] += flow
        size = _norm(following)
        if size == 0:  # no sentence shares a weighted word with any other: nothing to rank
            return [0.0] * n
        following = [value / size for value in following]
        change = _norm([a - b for a, b in zip(following, p, strict=True)])
        p = following
    return p


def _edges(prepared: Prepared, *, diagonal: bool, single_word_pairs: bool) -> list[Row]:
    """TextRank/Reduction edges of each sentence: shared stem occurrences over
    ``log len_i + log len_j`` (see :func:`reader.summary.fast_graph.edge_blocks`)."""
    logs = [math.log(len(c)) if c else -math.inf for c in prepared.content]
    edges: list[Row] = []
    for i, shared in enumerate(_overlaps(content_rows(prepared))):
        row: Row = []
        for j, value in sorted(shared.items()):
            if value <= 0 or (not diagonal and i == j):
                continue
            norm = logs[i] + logs[j]
            if single_word_pairs:
                weight = value if abs(norm) <= ONE_WORD_NORM else value / norm
            else:
                weight = 0.0 if norm == 0.0 else value / norm
            row.append((j, weight))
        edges.append(row)
    return edges


def textrank_scores(prepared: Prepared) -> list[float]:
    """sumy's TextRank ratings: damped PageRank on the overlap graph."""
    n = prepared.size
    edges = _edges(prepared, diagonal=True, single_word_pairs=True)
    scales = [1.0 / (sum(w for _, w in row) + 1e-7) for row in edges]
    jump = (1.0 - TEXTRANK_DAMPING) / n
    p = [1.0 / n] * n
    change = 1.0
    while change > TEXTRANK_EPSILON:
        flows = [0.0] * n
        for i, row in enumerate(edges):
            scale, mass = scales[i], p[i]
            for j, weight in row:
                flows[j] += scale * weight * mass
        base = jump * pairwise_sum(p)
        following = [base + TEXTRANK_DAMPING * flow for flow in flows]
        change = _norm([a - b for a, b in zip(following, p, strict=True)])
        p = following
    return p


def reduction_scores(prepared: Prepared) -> list[float]:
    """sumy's Reduction ratings: the sum of a sentence's edge weights to every other one."""
    edges = _edges(prepared, diagonal=False, single_word_pairs=False)
    return [sum(w for _, w in row) for row in edges]
