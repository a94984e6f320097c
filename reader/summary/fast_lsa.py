"""sumy's LSA ratings without the SVD's Python loops.

sumy keeps every singular dimension (``REDUCTION_RATIO = 1``), and a sentence's rank
``sqrt(sum_k sigma_k^2 v_kj^2)`` over all dimensions is exactly the Euclidean norm of its
column in the term matrix (``A^T A = V S^2 V^T``). So the rank is that norm, computed from the
sparse counts: each cell is ``0.4 + 0.6 * count / max_count`` (zeros included) for a sentence
with any dictionary word, and the column is all zero otherwise.
"""

from __future__ import annotations

from typing import Any

from reader.summary.prepared import Prepared, count_matrix

SMOOTH = 0.4


def lsa_scores(prepared: Prepared) -> Any:
    """sumy's LSA rating of every sentence."""
    import numpy as np

    # The dictionary: stems of the non-stop words; the counts: every word whose stem is in it
    # (sumy counts stop words too when their stem is a dictionary stem).
    vocabulary: dict[str, int] = {}
    for stems in prepared.content:
        for stem in stems:
            vocabulary.setdefault(stem, len(vocabulary))
    n = prepared.size
    if not vocabulary:
        return np.zeros(n)
    counts = count_matrix(prepared.stems, vocabulary, grow=False)
    maxima = counts.max(axis=1).toarray().ravel()
    rows = np.repeat(np.arange(n), np.diff(counts.indptr))
    cells = SMOOTH + (1.0 - SMOOTH) * counts.data / maxima[rows]
    extra = np.bincount(rows, weights=cells**2 - SMOOTH**2, minlength=n)
    squared = len(vocabulary) * SMOOTH**2 + extra
    return np.where(maxima > 0, np.sqrt(squared), 0.0)
