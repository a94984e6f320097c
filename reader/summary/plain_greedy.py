"""KL-Sum and SumBasic in pure Python, for texts of up to
:data:`~reader.summary.plain_counts.PLAIN_LIMIT` sentences.

The same greedy choices as :mod:`reader.summary.fast_greedy` (and sumy), computed the same way
on :mod:`~reader.summary.plain_counts` rows; ties within :data:`TIE_TOLERANCE` go to the
earliest sentence, as there.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reader.summary.plain_counts import Row, content_rows, count_rows, pairwise_sum
from reader.summary.prepared import Prepared

#: Values this close (relative) are ties, resolved like sumy: the earliest sentence wins. sumy
#: sums word by word, Reader in another order; exact ties must not become coin flips.
TIE_TOLERANCE = 1e-10


def first_best(values: Sequence[float], *, lowest: bool = False) -> int:
    """The index of the earliest value within :data:`TIE_TOLERANCE` of the best one."""
    finite = [v for v in values if math.isfinite(v)]
    best = min(finite) if lowest else max(finite)
    slack = TIE_TOLERANCE * max(1.0, abs(best))
    if lowest:
        return next(i for i, v in enumerate(values) if v <= best + slack)
    return next(i for i, v in enumerate(values) if v >= best - slack)


def _available(prepared: Prepared) -> list[bool]:
    return [i not in prepared.excluded for i in range(prepared.size)]


def sumbasic_order(prepared: Prepared, count: int) -> list[int]:
    """The first ``count`` sentences sumy's SumBasic picks, in the order chosen.

    Each step picks the sentence with the highest mean word probability (ties: the earliest),
    then squares the probability of each of its words once per occurrence.
    """
    n = prepared.size
    if n == 0 or count <= 0:
        return []
    rows = content_rows(prepared)
    columns: dict[int, float] = {}
    for row in rows:
        for column, times in row:
            columns[column] = columns.get(column, 0.0) + times
    total = sum(columns.values()) or 1.0
    probability = {column: times / total for column, times in columns.items()}
    lengths = [sum(times for _, times in row) for row in rows]
    available = _available(prepared)
    chosen: list[int] = []
    while len(chosen) < count and any(available):
        mean = [-math.inf] * n
        for i, row in enumerate(rows):
            if available[i]:
                sums = 0.0
                for column, times in row:
                    sums += times * probability[column]
                mean[i] = sums / lengths[i] if lengths[i] > 0 else 0.0
        best = first_best(mean)
        chosen.append(best)
        available[best] = False
        for column, times in rows[best]:
            for _ in range(int(times)):
                probability[column] *= probability[column]
    return chosen


def _kl_inputs(prepared: Prepared) -> tuple[list[float], list[Row], list[Row], list[float]]:
    """What KL-Sum needs, built once per text (the word views of
    :func:`reader.summary.fast_greedy.kl_order`): the document distribution, the candidates'
    and the as-written counts, and the candidates' lengths."""
    stop = prepared.tools.stop_words
    doc_words = [[w.lower() for w in ws if w not in stop] for ws in prepared.words]
    vocabulary: dict[str, int] = {}
    doc = count_rows(doc_words, vocabulary)
    columns = [0.0] * len(vocabulary)
    for row in doc:
        for column, times in row:
            columns[column] += times
    total = sum(columns) or 1.0
    doc_freq = [times / total for times in columns]
    candidates = count_rows(
        [[w.lower() for w in ws if w.lower() not in stop] for ws in prepared.words],
        vocabulary,
        grow=False,
    )
    as_written = count_rows(prepared.words, vocabulary, grow=False)
    candidate_lengths = [sum(times for _, times in row) for row in candidates]
    return doc_freq, candidates, as_written, candidate_lengths


def kl_order(prepared: Prepared, count: int) -> list[int]:
    """The first ``count`` sentences sumy's KL-Sum adds to its summary, in the order chosen.

    Each step adds the sentence minimising sumy's divergence
    ``sum_w P_doc(w) log(P_doc(w) / P_joint(w))`` over the words of the candidate plus the
    summary so far (ties: the earliest sentence).
    """
    n = prepared.size
    if n == 0 or count <= 0:
        return []
    doc_freq, candidates, as_written, candidate_lengths = prepared.cached(
        "plain_kl", lambda: _kl_inputs(prepared)
    )
    log_doc = [math.log(d) if d > 0 else 0.0 for d in doc_freq]
    summary = [0.0] * len(doc_freq)
    summary_length = 0.0
    available = _available(prepared)
    chosen: list[int] = []
    while len(chosen) < count and any(available):
        base_terms = [
            d * (log_doc[k] - math.log(s)) if s > 0 and d > 0 else 0.0
            for k, (d, s) in enumerate(zip(doc_freq, summary, strict=True))
        ]
        base = pairwise_sum(base_terms)
        mass = pairwise_sum([d for d, s in zip(doc_freq, summary, strict=True) if s > 0])
        divergence = [math.inf] * n
        for i, row in enumerate(candidates):
            if not available[i]:
                continue
            per_sentence = 0.0
            per_mass = 0.0
            for column, value in row:
                d, s = doc_freq[column], summary[column]
                if s > 0:
                    per_sentence += d * (math.log(s) - math.log(s + value))
                    per_mass += 0.0
                else:
                    per_sentence += d * (log_doc[column] - math.log(value))
                    per_mass += d
            length = candidate_lengths[i] + summary_length
            log_length = math.log(length) if length > 0 else 0.0
            divergence[i] = base + per_sentence + log_length * (mass + per_mass)
        best = first_best(divergence, lowest=True)
        chosen.append(best)
        available[best] = False
        for column, value in as_written[best]:
            summary[column] += value
        summary_length += len(prepared.words[best])
    return chosen
