"""KL-Sum and SumBasic: the same greedy choices as sumy, stopped after ``count``.

sumy ranks every sentence by running its greedy loop to the end, recomputing each candidate
word by word (cubic for KL-Sum). The summary only needs the first ``count`` choices. Up to
:data:`~reader.summary.plain_counts.PLAIN_LIMIT` sentences :mod:`reader.summary.plain_greedy`
makes them in pure Python (nothing heavy to import); above that each choice is a handful of
sparse-vector operations here (the ``*_sparse`` functions, numpy and scipy.sparse).
"""

from __future__ import annotations

from typing import Any

from reader.summary import plain_greedy
from reader.summary.plain_counts import is_plain
from reader.summary.plain_greedy import TIE_TOLERANCE
from reader.summary.prepared import Prepared, content_counts, count_matrix


def first_best(values: Any, *, lowest: bool = False) -> int:
    """The index of the earliest value within :data:`TIE_TOLERANCE` of the best one."""
    import numpy as np

    finite = values[np.isfinite(values)]
    best = finite.min() if lowest else finite.max()
    slack = TIE_TOLERANCE * max(1.0, abs(best))
    hits = values <= best + slack if lowest else values >= best - slack
    return int(np.argmax(hits))


def _kl_inputs(prepared: Prepared) -> tuple[Any, ...]:
    """What KL-Sum needs, built once per text (see :func:`kl_order` for the word views)."""
    import numpy as np

    stop = prepared.tools.stop_words
    # The document distribution: words not in the stop list *as written*, then lower-cased
    # (so "The" counts as "the"); candidates: lower-cased words not in the stop list; the
    # summary so far: its words as written (only lower-case ones can match the document).
    doc_words = [[w.lower() for w in ws if w not in stop] for ws in prepared.words]
    vocabulary: dict[str, int] = {}
    doc = count_matrix(doc_words, vocabulary)
    total = doc.sum()
    doc_freq = np.asarray(doc.sum(axis=0)).ravel() / (total if total else 1.0)
    candidates = count_matrix(
        [[w.lower() for w in ws if w.lower() not in stop] for ws in prepared.words],
        vocabulary,
        grow=False,
    )
    as_written = count_matrix(prepared.words, vocabulary, grow=False)
    written_lengths = np.asarray([len(ws) for ws in prepared.words], dtype=np.float64)
    candidate_lengths = np.asarray(candidates.sum(axis=1)).ravel()
    return doc_freq, candidates, as_written, written_lengths, candidate_lengths


def kl_order(prepared: Prepared, count: int) -> list[int]:
    """The first ``count`` sentences sumy's KL-Sum adds to its summary, in the order chosen.

    Each step adds the sentence minimising sumy's divergence
    ``sum_w P_doc(w) log(P_doc(w) / P_joint(w))`` over the words of the candidate plus the
    summary so far (ties: the earliest sentence).
    """
    if is_plain(prepared):
        return plain_greedy.kl_order(prepared, count)
    return kl_order_sparse(prepared, count)


def kl_order_sparse(prepared: Prepared, count: int) -> list[int]:
    """:func:`kl_order` with numpy and scipy.sparse (any length)."""
    import numpy as np

    n = prepared.size
    if n == 0 or count <= 0:
        return []
    doc_freq, candidates, as_written, written_lengths, candidate_lengths = prepared.cached(
        "kl", lambda: _kl_inputs(prepared)
    )
    with np.errstate(divide="ignore"):
        log_doc = np.where(doc_freq > 0, np.log(np.where(doc_freq > 0, doc_freq, 1.0)), 0.0)
    rows = np.repeat(np.arange(n), np.diff(candidates.indptr))
    cols = candidates.indices
    values = candidates.data
    d = doc_freq[cols]
    summary = np.zeros(len(doc_freq))
    summary_length = 0.0
    available = np.ones(n, dtype=bool)
    for index in prepared.excluded:
        available[index] = False
    chosen: list[int] = []
    while len(chosen) < count and available.any():
        in_summary = summary > 0
        with np.errstate(divide="ignore", invalid="ignore"):
            log_summary = np.where(in_summary, np.log(np.where(in_summary, summary, 1.0)), 0.0)
        base_terms = np.where(in_summary & (doc_freq > 0), doc_freq * (log_doc - log_summary), 0)
        base = base_terms.sum()
        mass = doc_freq[in_summary].sum()
        s = summary[cols]
        shared = s > 0
        correction = np.where(
            shared,
            d * (np.log(np.where(shared, s, 1.0)) - np.log(s + values)),
            d * (log_doc[cols] - np.log(values)),
        )
        extra_mass = np.where(shared, 0.0, d)
        per_sentence = np.bincount(rows, weights=correction, minlength=n)
        per_mass = np.bincount(rows, weights=extra_mass, minlength=n)
        length = candidate_lengths + summary_length
        with np.errstate(divide="ignore", invalid="ignore"):
            log_length = np.log(np.where(length > 0, length, 1.0))
        divergence = base + per_sentence + log_length * (mass + per_mass)
        divergence[~available] = np.inf
        best = first_best(divergence, lowest=True)
        chosen.append(best)
        available[best] = False
        start, end = as_written.indptr[best], as_written.indptr[best + 1]
        np.add.at(summary, as_written.indices[start:end], as_written.data[start:end])
        summary_length += written_lengths[best]
    return chosen


def sumbasic_order(prepared: Prepared, count: int) -> list[int]:
    """The first ``count`` sentences sumy's SumBasic picks, in the order chosen.

    Each step picks the sentence with the highest mean word probability (ties: the earliest),
    then squares the probability of each of its words once per occurrence.
    """
    if is_plain(prepared):
        return plain_greedy.sumbasic_order(prepared, count)
    return sumbasic_order_sparse(prepared, count)


def sumbasic_order_sparse(prepared: Prepared, count: int) -> list[int]:
    """:func:`sumbasic_order` with numpy and scipy.sparse (any length)."""
    import numpy as np

    n = prepared.size
    if n == 0 or count <= 0:
        return []
    counts = content_counts(prepared)
    total = counts.sum()
    probability = np.asarray(counts.sum(axis=0)).ravel() / (total if total else 1.0)
    lengths = np.asarray(counts.sum(axis=1)).ravel()
    available = np.ones(n, dtype=bool)
    for index in prepared.excluded:
        available[index] = False
    chosen: list[int] = []
    while len(chosen) < count and available.any():
        sums = counts @ probability
        mean = np.divide(sums, lengths, out=np.zeros(n), where=lengths > 0)
        mean[~available] = -np.inf
        best = first_best(mean)
        chosen.append(best)
        available[best] = False
        start, end = counts.indptr[best], counts.indptr[best + 1]
        for column, times in zip(counts.indices[start:end], counts.data[start:end], strict=True):
            for _ in range(int(times)):
                probability[column] *= probability[column]
    return chosen
