"""Extractive summaries: Reader's News summariser (the default) and every sumy summariser,
offline, language-aware and fast.

Importing this package is cheap (the GUI reads :data:`ALGORITHMS` at start-up); sumy, NLTK,
numpy and scipy load on the first :func:`summarize` call.
"""

from __future__ import annotations

from reader.result import Span, Summary
from reader.summary.catalog import ALGORITHM_LABELS, ALGORITHMS, DEFAULT_ALGORITHM, canonical_name

__all__ = ["ALGORITHMS", "ALGORITHM_LABELS", "DEFAULT_ALGORITHM", "summarize"]


def summarize(
    text: str,
    sentences: tuple[Span, ...],
    language: str,
    *,
    algorithm: str | None = None,
    count: int | None = None,
    ratio: float | None = None,
    title: str = "",
    headline: Span | None = None,
) -> Summary:
    """The extractive summary of ``text`` split into ``sentences`` (``(start, end)`` spans).

    ``algorithm`` is a name from :data:`ALGORITHMS` (any case; ``None``: the default);
    ``count`` a number of sentences, ``ratio`` a fraction of the article (neither: Auto, a
    length suited to the article, bounded in sentences and words: see
    :mod:`reader.summary.length`); ``title`` the headline, which is never a summary sentence;
    ``headline`` its span when it is part of ``text``. Page furniture (captions, bylines,
    prompts...: :mod:`reader.summary.furniture`) is never a summary sentence either. The
    result's ``sentences`` index ``sentences``, in document order; its ``notes`` tell the user
    about a language fallback. Raises ``ValueError`` for an unknown algorithm or an invalid
    length.
    """
    from reader.summary.engine import admits, ranking, selector
    from reader.summary.length import auto_length, fill_budget, summary_length
    from reader.summary.prepared import prepare

    name = canonical_name(algorithm)
    summary_length(len(sentences), count, ratio)  # a clear ValueError for an invalid length
    if not sentences:
        return Summary(algorithm=name)
    # the headline's sentences take no part: not chosen, and no edges in the sentence graphs
    kept = [
        i
        for i, (start, end) in enumerate(sentences)
        if headline is None or not (headline[0] <= start and end <= headline[1])
    ]
    if not kept:
        return Summary(algorithm=name)
    spans = tuple(sentences[i] for i in kept)
    prepared = prepare(text, spans, language, title, title_in_text=headline is not None)
    wanted = summary_length(len(spans), count, ratio)
    if wanted is not None:
        chosen = selector(name)(prepared, wanted)
    else:
        lengths = prepared.lengths
        article = [n for i, n in enumerate(lengths) if i not in prepared.excluded]
        limit = auto_length(len(article), sum(article))
        ranked = ranking(name)(prepared, limit.sentences)
        chosen = fill_budget(ranked, lengths, limit, admits=admits(name, prepared))
    return Summary(
        algorithm=name,
        sentences=tuple(kept[i] for i in chosen),
        notes=prepared.tools.notes,
    )
