"""LexRank, TextRank and Reduction: pure Python for articles, numpy/scipy for long texts.

Each computes exactly the ratings sumy computes (same similarity, same threshold, same power
iteration and stopping rule). Up to :data:`~reader.summary.plain_counts.PLAIN_LIMIT` sentences
:mod:`reader.summary.plain_graph` does it without numpy or scipy (nothing heavy to import); above
that the ``*_sparse`` functions here build the sentence graph in row blocks of sparse products,
so 5,000 sentences fit in memory and run in seconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reader.summary import plain_graph
from reader.summary.plain_counts import is_plain
from reader.summary.plain_graph import (
    LEXRANK_EPSILON,
    LEXRANK_THRESHOLD,
    ONE_WORD_NORM,
    TEXTRANK_DAMPING,
    TEXTRANK_EPSILON,
)
from reader.summary.prepared import Prepared, content_counts

_BLOCK = 512  # rows of the sentence graph computed at a time (memory ~ BLOCK x n floats)


def _blocks(n: int) -> Iterator[slice]:
    for start in range(0, n, _BLOCK):
        yield slice(start, min(n, start + _BLOCK))


def lexrank_scores(prepared: Prepared) -> Any:
    """sumy's LexRank ratings: power iteration on the thresholded idf-cosine graph."""
    if is_plain(prepared):
        return plain_graph.lexrank_scores(prepared)
    return lexrank_scores_sparse(prepared)


def lexrank_scores_sparse(prepared: Prepared) -> Any:
    """:func:`lexrank_scores` with numpy and scipy.sparse (any length)."""
    import numpy as np
    from scipy.sparse import csr_matrix, diags

    n = prepared.size
    counts = content_counts(prepared)
    row_max = counts.max(axis=1).toarray().ravel()
    row_max[row_max == 0] = 1.0
    tf = diags(1.0 / row_max) @ counts
    df = np.bincount(counts.indices, minlength=counts.shape[1]).astype(np.float64)
    idf = np.log(n / (1.0 + df))
    weighted = (tf @ diags(idf)).tocsr()
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    inverse = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    transposed = weighted.T.tocsr()
    rows: list[Any] = []
    cols: list[Any] = []
    for block in _blocks(n):
        dots = (weighted[block] @ transposed).toarray()
        similarity = dots * inverse[block, None] * inverse[None, :]
        r, c = np.nonzero(similarity > LEXRANK_THRESHOLD)
        rows.append(r + block.start)
        cols.append(c)
    r = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    c = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
    adjacency = csr_matrix((np.ones(len(r)), (r, c)), shape=(n, n))
    degrees = np.asarray(adjacency.sum(axis=1)).ravel()
    degrees[degrees == 0] = 1.0
    transition_t = (diags(1.0 / degrees) @ adjacency).T.tocsr()
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > LEXRANK_EPSILON:
        following = transition_t @ p
        size = float(np.linalg.norm(following))
        if size == 0:  # no sentence shares a weighted word with any other: nothing to rank
            return np.zeros(n)
        following /= size
        change = float(np.linalg.norm(following - p))
        p = following
    return p


def edge_blocks(
    prepared: Prepared, *, diagonal: bool, single_word_pairs: bool
) -> Iterator[tuple[slice, Any]]:
    """TextRank/Reduction edges, a block of rows at a time: shared stem occurrences
    (``sum_w c_iw c_jw``) over ``log len_i + log len_j``, as a sparse block.

    ``single_word_pairs``: whether a pair of one-word sentences keeps its raw overlap (TextRank)
    or gets 0 (Reduction).
    """
    import numpy as np
    from scipy.sparse import coo_matrix

    counts = content_counts(prepared)
    transposed = counts.T.tocsr()
    lengths = np.asarray([len(c) for c in prepared.content], dtype=np.float64)
    with np.errstate(divide="ignore"):
        logs = np.log(lengths)
    n = prepared.size
    for block in _blocks(n):
        coo = (counts[block] @ transposed).tocoo()
        r, c, v = coo.row, coo.col, coo.data
        keep = v > 0
        if not diagonal:
            keep &= r + block.start != c
        r, c, v = r[keep], c[keep], v[keep]
        norm = logs[r + block.start] + logs[c]
        if single_word_pairs:
            zero = np.abs(norm) <= ONE_WORD_NORM
            weight = np.where(zero, v, v / np.where(zero, 1.0, norm))
        else:
            zero = norm == 0.0
            weight = np.where(zero, 0.0, v / np.where(zero, 1.0, norm))
        yield block, coo_matrix((weight, (r, c)), shape=(block.stop - block.start, n)).tocsr()


def textrank_scores(prepared: Prepared) -> Any:
    """sumy's TextRank ratings: damped PageRank on the overlap graph."""
    if is_plain(prepared):
        return plain_graph.textrank_scores(prepared)
    return textrank_scores_sparse(prepared)


def textrank_scores_sparse(prepared: Prepared) -> Any:
    """:func:`textrank_scores` with numpy and scipy.sparse (any length)."""
    import numpy as np
    from scipy.sparse import diags, vstack

    n = prepared.size

    blocks = edge_blocks(prepared, diagonal=True, single_word_pairs=True)
    weights = vstack([b for _, b in blocks]).tocsr()
    row_sums = np.asarray(weights.sum(axis=1)).ravel() + 1e-7
    weights_t = (diags(1.0 / row_sums) @ weights).T.tocsr()
    jump = (1.0 - TEXTRANK_DAMPING) / n
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > TEXTRANK_EPSILON:
        following = jump * p.sum() + TEXTRANK_DAMPING * (weights_t @ p)
        change = float(np.linalg.norm(following - p))
        p = following
    return p


#: Above this many sentences Reduction sums its edges by sentence length (linear) instead of
#: building the sentence graph (quadratic); both give sumy's ratings (see reduction_scores).
REDUCTION_GRAPH_LIMIT = 1500


def reduction_scores(prepared: Prepared) -> Any:
    """sumy's Reduction ratings: the sum of a sentence's edge weights to every other one."""
    if is_plain(prepared):
        return plain_graph.reduction_scores(prepared)
    if prepared.size > REDUCTION_GRAPH_LIMIT:
        return reduction_scores_by_length(prepared)
    return reduction_scores_by_graph(prepared)


def reduction_scores_by_graph(prepared: Prepared) -> Any:
    """Reduction ratings from the sentence graph, a block of rows at a time (O(n²) pairs)."""
    import numpy as np

    ratings = np.zeros(prepared.size)
    for block, weights in edge_blocks(prepared, diagonal=False, single_word_pairs=False):
        ratings[block] = np.asarray(weights.sum(axis=1)).ravel()
    return ratings


def reduction_scores_by_length(prepared: Prepared) -> Any:
    """The same ratings without the graph, in time linear in the text.

    An edge is ``c_i · c_j / (log n_i + log n_j)`` (0 when both sentences have one content
    word), and its denominator depends on ``j`` only through the length ``n_j``. Grouping the
    other sentences by length ``L``, ``rating_i = sum_L (c_i · S_L) / (log n_i + log L)``
    where ``S_L`` sums the count vectors of the sentences of length ``L``, minus the edge of
    ``i`` to itself. A news text has a few dozen distinct lengths, so this costs a few sparse
    products however many sentences there are.
    """
    import numpy as np
    from scipy.sparse import csr_matrix

    counts = content_counts(prepared)
    n = prepared.size
    lengths = np.asarray([len(c) for c in prepared.content], dtype=np.int64)
    distinct, group = np.unique(lengths, return_inverse=True)
    membership = csr_matrix((np.ones(n), (np.arange(n), group)), shape=(n, len(distinct)))
    per_length = (counts.T @ membership).tocsr()  # stems x lengths
    dots = np.asarray((counts @ per_length).todense())  # sentences x lengths
    with np.errstate(divide="ignore"):
        own_log = np.log(lengths.astype(np.float64))
        group_log = np.log(distinct.astype(np.float64))
    norm = own_log[:, None] + group_log[None, :]
    usable = np.isfinite(norm) & (norm != 0.0)  # empty sentences, or both of one word: 0
    ratings = np.where(usable, dots / np.where(usable, norm, 1.0), 0.0).sum(axis=1)
    self_dot = np.asarray(counts.multiply(counts).sum(axis=1)).ravel()
    self_norm = 2.0 * own_log
    self_usable = np.isfinite(self_norm) & (self_norm != 0.0)
    ratings -= np.where(self_usable, self_dot / np.where(self_usable, self_norm, 1.0), 0.0)
    return np.maximum(ratings, 0.0)
