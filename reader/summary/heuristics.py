"""Luhn, Edmundson and Lead: linear-time ratings (sumy's Luhn and Edmundson, same results).

These were never slow in sumy, but re-implementing them on the prepared (cached) words spares
building sumy's document model and stemming every word again on each re-summary.
"""

from __future__ import annotations

from collections import Counter

from reader.summary.prepared import Prepared

LUHN_MAX_GAP = 4
EDMUNDSON_FALLBACK_BONUS_WORDS = 10


def luhn_scores(prepared: Prepared) -> list[float]:
    """sumy's Luhn rating: the best cluster of significant words (stems seen twice or more)."""
    frequency = Counter(stem for stems in prepared.content for stem in stems)
    significant = {stem for stem, times in frequency.items() if times > 1}
    return [_luhn_rating(stems, significant) for stems in prepared.stems]


def _luhn_rating(stems: list[str], significant: set[str]) -> float:
    chunks: list[list[int]] = []
    in_chunk = False
    gap = [0] * LUHN_MAX_GAP
    for stem in stems:
        if stem in significant and not in_chunk:
            in_chunk = True
            chunks.append([1])
        elif in_chunk:
            chunks[-1].append(int(stem in significant))
        if chunks and chunks[-1][-LUHN_MAX_GAP:] == gap:
            in_chunk = False
    best = 0.0
    for chunk in chunks:
        while chunk and chunk[-1] == 0:
            chunk.pop()
        hits = sum(chunk)
        rating = 0.0 if hits == 1 else hits**2 / len(chunk)
        best = max(best, rating)
    return best


def edmundson_bonus_words(prepared: Prepared) -> list[str]:
    """Edmundson's cue (bonus) words: the headline's content words, or, without a headline,
    the article's most frequent content words."""
    stop = prepared.tools.stop_words
    words = [w for w in prepared.title_words if w.lower() not in stop]
    if words:
        return words
    frequency = Counter(stem for stems in prepared.content for stem in stems)
    return [stem for stem, _ in frequency.most_common(EDMUNDSON_FALLBACK_BONUS_WORDS)]


def edmundson_scores(prepared: Prepared) -> list[float]:
    """sumy's Edmundson rating with cue, title and location methods (weights 1, key 0).

    Bonus words: :func:`edmundson_bonus_words`; no stigma words; null words: the stop words;
    the headline is the heading; a line break starts a paragraph.
    """
    stem = prepared.tools.stem
    bonus = {stem(w.lower()) for w in edmundson_bonus_words(prepared)}
    null = {stem(w) for w in prepared.tools.stop_words}
    heading = {stem(w.lower()) for w in prepared.title_words} - null
    paragraphs = prepared.paragraph
    last_paragraph = paragraphs[-1] if paragraphs else 0
    scores: list[float] = []
    for i, stems in enumerate(prepared.stems):
        cue = sum(s in bonus for s in stems)
        title = sum(s in heading for s in stems)
        location = title
        if paragraphs[i] == 0 or paragraphs[i] == last_paragraph:
            location += 1
        first = i == 0 or paragraphs[i - 1] != paragraphs[i]
        last = i == len(paragraphs) - 1 or paragraphs[i + 1] != paragraphs[i]
        if first or last:
            location += 1
        scores.append(float(cue + title + location))
    return scores


def lead_scores(prepared: Prepared) -> list[float]:
    """Earlier is better: the first sentences of the article."""
    return [float(-i) for i in range(prepared.size)]
