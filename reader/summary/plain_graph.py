"""LexRank, TextRank and Reduction in pure Python, for texts of up to
:data:`~reader.summary.plain_counts.PLAIN_LIMIT` sentences.

The same ratings as :mod:`reader.summary.fast_graph` (and sumy), computed the same way on
:mod:`~reader.summary.plain_counts` rows: the sentence graph's edges come from an inverted index
(only pairs of sentences that share a stem are visited), and the power iterations sum each
sentence's incoming weights in the order scipy's transposed matrices do.
"""

from __future__ import annotations

import math
from collections import Counter
from itertools import chain

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


def _overlaps(prepared: Prepared) -> list[Counter[int]]:
    """``sum_w c_iw c_jw`` for every pair of sentences sharing a stem (``i`` itself included):
    the pairs of equal stem occurrences, counted (in C) over each stem's occurrence list."""
    occurrences: dict[str, list[int]] = {}
    for j, stems in enumerate(prepared.content):
        for stem in stems:
            occurrences.setdefault(stem, []).append(j)
    sentences_with = occurrences.__getitem__
    return [Counter(chain.from_iterable(map(sentences_with, stems))) for stems in prepared.content]


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


def _logs(prepared: Prepared) -> list[float]:
    """``log`` of each sentence's number of content words (``-inf`` for none)."""
    return [math.log(len(c)) if c else -math.inf for c in prepared.content]


def _textrank_edges(prepared: Prepared) -> list[Row]:
    """TextRank's edges of each sentence, itself included: shared stem occurrences over
    ``log len_i + log len_j``, the raw overlap for two one-word sentences (see
    :func:`reader.summary.fast_graph.edge_blocks`)."""
    logs = _logs(prepared)
    edges: list[Row] = []
    for i, shared in enumerate(_overlaps(prepared)):
        own = logs[i]
        row: Row = []
        for j in sorted(shared):
            value, norm = shared[j], own + logs[j]
            row.append((j, value if abs(norm) <= ONE_WORD_NORM else value / norm))
        edges.append(row)
    return edges


def textrank_scores(prepared: Prepared) -> list[float]:
    """sumy's TextRank ratings: damped PageRank on the overlap graph."""
    n = prepared.size
    edges = _textrank_edges(prepared)
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
    """sumy's Reduction ratings: the sum of a sentence's edge weights to every other one, an
    edge being the shared stem occurrences over ``log len_i + log len_j`` (0 when both
    sentences have one content word)."""
    logs = _logs(prepared)
    ratings: list[float] = []
    for i, shared in enumerate(_overlaps(prepared)):
        own = logs[i]
        total = 0.0
        for j in sorted(shared):
            norm = own + logs[j]
            if j != i and norm != 0.0:
                total += shared[j] / norm
        ratings.append(total)
    return ratings
