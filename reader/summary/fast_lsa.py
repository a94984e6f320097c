"""sumy's LSA ratings without the SVD, in pure Python.

sumy keeps every singular dimension (``REDUCTION_RATIO = 1``), and a sentence's rank
``sqrt(sum_k sigma_k^2 v_kj^2)`` over all dimensions is exactly the Euclidean norm of its
column in the term matrix (``A^T A = V S^2 V^T``). So the rank is that norm, computed from the
counts: each cell is ``0.4 + 0.6 * count / max_count`` (zeros included) for a sentence with any
dictionary word, and the column is all zero otherwise. That is linear in the text, so no numpy
is needed at any length; the sums run in the order the earlier numpy version summed them (a
sentence's words in dictionary order), so the ratings are the same to the last bit.
"""

from __future__ import annotations

import math

from reader.summary.plain_counts import count_rows
from reader.summary.prepared import Prepared

SMOOTH = 0.4


def lsa_scores(prepared: Prepared) -> list[float]:
    """sumy's LSA rating of every sentence."""
    # The dictionary: stems of the non-stop words; the counts: every word whose stem is in it
    # (sumy counts stop words too when their stem is a dictionary stem).
    vocabulary: dict[str, int] = {}
    for stems in prepared.content:
        for stem in stems:
            vocabulary.setdefault(stem, len(vocabulary))
    if not vocabulary:
        return [0.0] * prepared.size
    empty = len(vocabulary) * SMOOTH**2  # a column's cells when no word is there
    scores: list[float] = []
    for row in count_rows(prepared.stems, vocabulary, grow=False):
        if not row:
            scores.append(0.0)
            continue
        top = max(count for _, count in row)
        extra = 0.0
        for _, count in row:
            cell = SMOOTH + (1.0 - SMOOTH) * count / top
            extra += cell * cell - SMOOTH**2
        scores.append(math.sqrt(empty + extra))
    return scores
