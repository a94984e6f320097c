"""Term counts as plain Python rows: the summarisers' path for articles, without numpy or scipy.

Importing numpy and scipy.sparse costs a fresh process more than everything else a one-file
``reader summarize`` does (about 0.4 s of CPU, ``python -X importtime``), and on an article of a
few dozen sentences scipy's per-operation overhead also outweighs its speed. So up to
:data:`PLAIN_LIMIT` sentences every summariser computes with the structures here: a sentence is a
*row*, its ``(column, count)`` pairs in ascending column order, columns numbered in the order
terms first appear, which is exactly the layout of :func:`reader.summary.prepared.count_matrix`'s
CSR rows. The arithmetic then follows the numpy/scipy code operation for operation (sums of a
row in column order, :func:`pairwise_sum` where numpy sums a dense array), so both paths give the
same ratings up to the order scipy adds a sparse product's terms in, and the same summaries
(tests/summary/test_plain_paths.py compares them). Longer texts take the numpy/scipy path, where
the graph algorithms' quadratic work is vectorised.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.summary.prepared import Prepared

#: Texts of at most this many sentences are summarised in pure Python; longer ones with numpy
#: and scipy.sparse. At 400 sentences the slowest pure-Python summaries (TextRank, KL-Sum:
#: 35-40 ms) cost at most about two and a half times the numpy/scipy ones warm, and far less
#: than importing numpy and scipy.sparse (0.36-0.5 s of CPU) in a fresh process; news articles
#: are well below it (BBC: 10-60 sentences, a long read 200-300). Measured: docs/benchmarks.md.
PLAIN_LIMIT = 400

#: One sentence's counts: ``(column, count)``, columns ascending.
Row = list[tuple[int, float]]

#: numpy's pairwise summation: below this many values a plain loop, up to ``_PW_BLOCK`` eight
#: interleaved partial sums, above that two halves recursively (numpy/_core/src/umath/loops).
_PW_UNROLL = 8
_PW_BLOCK = 128


def is_plain(prepared: Prepared) -> bool:
    """Whether ``prepared`` is summarised in pure Python (at most :data:`PLAIN_LIMIT`
    sentences)."""
    return prepared.size <= PLAIN_LIMIT


def count_rows(
    rows: Sequence[Sequence[str]], vocabulary: dict[str, int] | None = None, *, grow: bool = True
) -> list[Row]:
    """The counts of each token list (see :data:`Row`), columns from ``vocabulary``.

    New terms are added to ``vocabulary`` when ``grow``, skipped otherwise (as
    :func:`~reader.summary.prepared.count_matrix` does).
    """
    vocab: dict[str, int] = {} if vocabulary is None else vocabulary
    result: list[Row] = []
    for tokens in rows:
        counts: dict[int, float] = {}
        for token in tokens:
            column = vocab.get(token)
            if column is None:
                if not grow:
                    continue
                column = vocab[token] = len(vocab)
            counts[column] = counts.get(column, 0.0) + 1.0
        result.append(sorted(counts.items()))
    return result


def content_rows(prepared: Prepared) -> list[Row]:
    """Counts of content stems per sentence (cached): the rows of
    :func:`~reader.summary.prepared.content_counts`."""
    rows: list[Row] = prepared.cached("content_rows", lambda: count_rows(prepared.content))
    return rows


def postings(rows: Sequence[Row]) -> dict[int, list[tuple[int, float]]]:
    """For each column, the ``(row, count)`` pairs that have it, rows ascending."""
    index: dict[int, list[tuple[int, float]]] = {}
    for number, row in enumerate(rows):
        for column, value in row:
            index.setdefault(column, []).append((number, value))
    return index


def pairwise_sum(values: Sequence[float]) -> float:
    """``numpy.sum`` of a float64 array, bit for bit: numpy's pairwise summation order."""
    n = len(values)
    if n < _PW_UNROLL:
        total = 0.0
        for value in values:
            total += value
        return total
    if n <= _PW_BLOCK:
        partial = list(values[:_PW_UNROLL])
        stop = n - n % _PW_UNROLL
        for start in range(_PW_UNROLL, stop, _PW_UNROLL):
            for k in range(_PW_UNROLL):
                partial[k] += values[start + k]
        total = ((partial[0] + partial[1]) + (partial[2] + partial[3])) + (
            (partial[4] + partial[5]) + (partial[6] + partial[7])
        )
        for value in values[stop:]:
            total += value
        return total
    half = n // 2
    half -= half % _PW_UNROLL
    return pairwise_sum(values[:half]) + pairwise_sum(values[half:])
