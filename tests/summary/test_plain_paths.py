"""The pure-Python path (articles) and the numpy/scipy path (long texts) give the same ratings
and choose the same sentences; the size decides which runs; the helpers match numpy exactly."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from reader.summary import fast_graph, fast_greedy, plain_counts, plain_graph, plain_greedy
from reader.summary.engine import order, ranking
from reader.summary.plain_counts import PLAIN_LIMIT, count_rows, is_plain, pairwise_sum
from reader.summary.prepared import content_counts, count_matrix, prepare

GRAPH = {
    "lexrank": (plain_graph.lexrank_scores, fast_graph.lexrank_scores_sparse),
    "textrank": (plain_graph.textrank_scores, fast_graph.textrank_scores_sparse),
    "reduction": (plain_graph.reduction_scores, fast_graph.reduction_scores_by_graph),
}
GREEDY = {
    "kl": (plain_greedy.kl_order, fast_greedy.kl_order_sparse),
    "sumbasic": (plain_greedy.sumbasic_order, fast_greedy.sumbasic_order_sparse),
}


def _prepared(article):
    return prepare(article.body, article.spans, article.language, article.title)


def _long_text(articles, sentences: int) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``sentences`` sentences from ``articles``, each copy with one word swapped, in paragraphs."""
    pool = [a.body[s:e] for a in articles for s, e in a.spans]
    vocabulary = sorted({w for s in pool for w in s.split() if w.isalpha()})
    rng = random.Random(7)
    parts, spans, position = [], [], 0
    for i in range(sentences):
        words = pool[i % len(pool)].split()
        if i >= len(pool):
            words[rng.randrange(len(words))] = rng.choice(vocabulary)
        sentence = " ".join(words)
        separator = "" if i == 0 else ("\n\n" if i % 4 == 0 else " ")
        position += len(separator)
        parts.append(separator + sentence)
        spans.append((position, position + len(sentence)))
        position += len(sentence)
    return "".join(parts), tuple(spans)


def _same_ratings_and_choices(prepared) -> None:
    for name, (plain, sparse) in GRAPH.items():
        ours, theirs = plain(prepared), sparse(prepared)
        assert isinstance(ours, list) and len(ours) == prepared.size
        assert ours == pytest.approx(theirs.tolist(), rel=1e-12, abs=1e-15), name
        assert order(ours, prepared.excluded) == order(theirs, prepared.excluded), name
    for name, (plain, sparse) in GREEDY.items():
        count = min(10, prepared.size)
        assert plain(prepared, count) == sparse(prepared, count), name


def test_both_paths_agree_on_our_articles(own_articles):
    for article in own_articles:
        _same_ratings_and_choices(_prepared(article))


def test_both_paths_agree_on_the_bbc_articles(bbc_articles):
    for article in bbc_articles:
        _same_ratings_and_choices(_prepared(article))


def test_both_paths_agree_on_a_long_text(own_articles):
    text, spans = _long_text(own_articles, 300)
    prepared = prepare(text, spans, "en")
    assert any(fast_graph.reduction_scores_by_graph(prepared))  # the graph has edges
    _same_ratings_and_choices(prepared)


def test_degenerate_texts_agree():
    texts = {
        "one sentence": ("Bridges close.", ((0, 14),)),
        "no content words": ("It is. It was.", ((0, 6), (7, 14))),
        "one-word sentences": ("Bridges. Bridges. Rain.", ((0, 8), (9, 17), (18, 23))),
        "unrelated": ("Apples grow. Submarines dive.", ((0, 12), (13, 29))),
    }
    for name, (text, spans) in texts.items():
        prepared = prepare(text, spans, "en")
        for plain, sparse in GRAPH.values():
            assert plain(prepared) == pytest.approx(sparse(prepared).tolist()), name
        for plain, sparse in GREEDY.values():
            assert plain(prepared, 3) == sparse(prepared, 3), name


def test_the_size_decides_the_path(monkeypatch, english_article):
    prepared = _prepared(english_article)
    assert is_plain(prepared)

    def forbidden(*args, **kwargs):
        raise AssertionError("the other path ran")

    for name in ("lexrank_scores_sparse", "textrank_scores_sparse", "reduction_scores_by_graph"):
        monkeypatch.setattr(fast_graph, name, forbidden)
    for name in ("kl_order_sparse", "sumbasic_order_sparse"):
        monkeypatch.setattr(fast_greedy, name, forbidden)
    for name in ("lexrank", "textrank", "reduction", "kl", "sumbasic", "news"):
        assert ranking(name)(prepared, 3)
    monkeypatch.undo()

    monkeypatch.setattr(plain_counts, "PLAIN_LIMIT", prepared.size - 1)
    assert not is_plain(prepared)
    for name in ("lexrank_scores", "textrank_scores", "reduction_scores"):
        monkeypatch.setattr(plain_graph, name, forbidden)
    for name in ("kl_order", "sumbasic_order"):
        monkeypatch.setattr(plain_greedy, name, forbidden)
    for name in ("lexrank", "textrank", "reduction", "kl", "sumbasic", "news"):
        assert ranking(name)(prepared, 3)


def test_articles_are_well_below_the_limit(bbc_articles):
    assert max(len(a.spans) for a in bbc_articles) < PLAIN_LIMIT / 4


def test_count_rows_are_the_count_matrix_rows():
    rows = [["a", "b", "a"], [], ["c", "a", "c", "c"]]
    vocabulary: dict[str, int] = {}
    matrix = count_matrix(rows, dict(vocabulary))
    plain = count_rows(rows, vocabulary)
    for i, row in enumerate(plain):
        start, end = matrix.indptr[i], matrix.indptr[i + 1]
        columns, counts = matrix.indices[start:end].tolist(), matrix.data[start:end].tolist()
        assert row == list(zip(columns, counts, strict=True))
    assert count_rows([["a", "z"]], vocabulary, grow=False) == [[(0, 1.0)]]
    assert "z" not in vocabulary


def test_content_rows_are_cached_with_the_text(english_article):
    prepared = _prepared(english_article)
    assert plain_counts.content_rows(prepared) is plain_counts.content_rows(prepared)
    assert len(plain_counts.content_rows(prepared)) == content_counts(prepared).shape[0]


@pytest.mark.parametrize("size", [0, 1, 7, 8, 9, 15, 16, 17, 127, 128, 129, 255, 1000, 5003])
def test_pairwise_sum_is_numpys_sum_to_the_last_bit(size):
    rng = random.Random(size)
    values = [rng.uniform(-1, 1) * 10 ** rng.randint(-6, 6) for _ in range(size)]
    assert pairwise_sum(values) == float(np.asarray(values).sum())
    assert math.fsum(values) == pytest.approx(pairwise_sum(values), rel=1e-9, abs=1e-9)


def _numpy_order(scores, excluded=frozenset()):
    """The ordering as it was written with numpy (the reference for :func:`order`)."""
    values = np.asarray(scores, dtype=np.float64).copy()
    values[np.isnan(values)] = -np.inf
    finite = np.isfinite(values)
    if finite.any():
        scale = max(float(np.abs(values[finite]).max()), 1e-300)
        values[finite] = np.round(values[finite] / scale, 10)
    ranked = np.argsort(-values, kind="stable")
    return [int(i) for i in ranked if int(i) not in excluded]


def test_order_is_the_numpy_ordering():
    rng = random.Random(3)
    for trial in range(300):
        size = rng.randint(0, 40)
        pool = [0.0, -0.0, 1.0, 0.5, 1e-12, math.inf, -math.inf, math.nan, 1 / 3, 2 / 3]
        scores = [
            rng.choice(pool) if rng.random() < 0.3 else rng.uniform(-2, 2) for _ in range(size)
        ]
        if trial % 3 == 0:  # near-ties below the rounding
            scores = [s * (1 + rng.choice([0, 1e-14, -1e-14])) for s in scores]
        excluded = frozenset(i for i in range(size) if rng.random() < 0.2)
        assert order(scores, excluded) == _numpy_order(scores, excluded), scores
