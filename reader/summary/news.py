"""News: Reader's summariser for news stories, and its default.

News stories are written as an inverted pyramid: the first sentences carry what a reader must
know, later ones add detail, background and quotes. Against highlights written by journalists
(CNN/DailyMail), simply taking the first three sentences (Lead-3) beats every classic
centrality summariser, because centrality ignores that order; against extractive BBC reference
summaries that keep some 40% of each story, Reduction's centrality is best and Lead far behind.
News reads Reduction's ratings (how much a sentence shares with all the others) in one of two
ways, depending on how much of the article the summary keeps.

**A summary** (at most :data:`DIGEST_SHARE` of the sentences it may choose from, as for "three
sentences of a news story"): the rating, plus the article's mean rating, times an
inverted-pyramid prior ``2 ** -r`` on the sentence's rank ``r`` among the article's sentences
(:data:`PRIOR_RATIO`: each sentence weighs half the one before it). The mean added to every
rating keeps a lead sentence that shares no word with the rest (a new fact, stated once) from
scoring zero: centrality adjusts the lead's order, it does not overrule it on no evidence.
Statements come before quotations and questions (a sentence that opens with a quotation mark
or asks something): a summary reports what happened; a direct quotation or a rhetorical
question rarely says it. A sentence that nearly repeats one ranked above it (sharing
:data:`NEAR_REPEAT` of the content words of the shorter of the two: a lead restated in a
standfirst or a caption-like line) goes to the end of the ranking: it would say nothing new.

**A digest** (more than :data:`DIGEST_SHARE` of the article): a summary that long stands for
the whole article, where position says little, so sentences are ranked by their rating alone:
Reduction's choice.

Page furniture, the headline and repeated sentences are never chosen
(:mod:`reader.summary.furniture`, :mod:`reader.summary.prepared`), but furniture stays in the
graph: a caption repeats what the editors found worth a picture. What was measured and left out
(PacSum's directed centrality, MMR, length normalisation, overlap with the first sentence):
docs/summaries.md and ``benchmarks/bench_summary_ablation.py``.
"""

from __future__ import annotations

import math

from reader.summary.engine import order
from reader.summary.fast_graph import reduction_scores
from reader.summary.plain_counts import pairwise_sum
from reader.summary.prepared import Prepared

#: The inverted-pyramid prior: the article's sentence ``r`` (0 = the first, not counting
#: furniture) is weighed by ``PRIOR_RATIO ** r``. The prior does not depend on the summary's
#: length, so in each regime a longer summary keeps the sentences of a shorter one.
PRIOR_RATIO = 0.5
#: A summary keeping more than this share of the article's eligible sentences is a digest.
DIGEST_SHARE = 1 / 3
#: Two sentences sharing this share of the distinct content stems of the shorter one say the
#: same thing; the lower-ranked one is put last (summary regime).
NEAR_REPEAT = 0.8
#: The near-repeat check runs over the first ``REPEAT_DEPTH x count`` sentences of the ranking.
REPEAT_DEPTH = 4

_OPENING_QUOTES = frozenset("\"'“‘„‚«‹「『")
_CLOSING = "\"'”’»›」』)] "


def is_quotation_or_question(sentence: str) -> bool:
    """Whether ``sentence`` opens with a quotation mark or is a question."""
    text = sentence.strip()
    return bool(text) and (text[0] in _OPENING_QUOTES or text.rstrip(_CLOSING).endswith("?"))


def is_digest(prepared: Prepared, count: int) -> bool:
    """Whether a summary of ``count`` sentences keeps more than :data:`DIGEST_SHARE` of the
    sentences it may choose from."""
    eligible = prepared.size - len(prepared.excluded)
    return eligible > 0 and count > DIGEST_SHARE * eligible


def summary_scores(prepared: Prepared) -> list[float]:
    """Each sentence's score in the summary regime (``-inf`` for excluded sentences): its
    Reduction rating plus the mean rating of the eligible sentences, times the prior
    ``PRIOR_RATIO ** rank`` on its rank among them."""
    ratings = reduction_scores(prepared)
    ratings = ratings.tolist() if hasattr(ratings, "tolist") else ratings
    scores = [-math.inf] * prepared.size
    eligible = [i for i in range(prepared.size) if i not in prepared.excluded]
    if eligible:
        own = [float(ratings[i]) for i in eligible]
        mean = pairwise_sum(own) / len(own)  # numpy's mean, to the last bit
        # ranks past ~1,070 underflow the prior to 0.0: those sentences keep document order
        for rank, (index, rating) in enumerate(zip(eligible, own, strict=True)):
            scores[index] = (rating + mean) * PRIOR_RATIO**rank
    return scores


def news_order(prepared: Prepared, count: int) -> list[int]:
    """Every eligible sentence, the best first, for a summary of ``count`` sentences."""
    eligible = [i for i in range(prepared.size) if i not in prepared.excluded]
    if not eligible or count <= 0:
        return []
    if is_digest(prepared, count):  # exactly Reduction's ranking, ties included
        return order(reduction_scores(prepared), prepared.excluded)
    scores = summary_scores(prepared)
    texts = prepared.sentence_texts
    ranked = sorted(
        eligible, key=lambda i: (is_quotation_or_question(texts[i]), -float(scores[i]), i)
    )
    return without_near_repeats(prepared, ranked, REPEAT_DEPTH * count)


def without_near_repeats(prepared: Prepared, ranked: list[int], depth: int) -> list[int]:
    """``ranked`` with each of its first ``depth`` sentences that nearly repeats one kept before
    it (:data:`NEAR_REPEAT`) moved to the end."""
    kept: list[int] = []
    repeats: list[int] = []
    seen: list[tuple[frozenset[str], int]] = []  # the stems of each kept sentence, and how many
    for index in ranked[:depth]:
        stems = frozenset(prepared.content[index])
        size = len(stems)
        if size and _repeats_one(stems, size, seen):
            repeats.append(index)
            continue
        kept.append(index)
        seen.append((stems, size))
    return kept + ranked[depth:] + repeats


def _repeats_one(stems: frozenset[str], size: int, seen: list[tuple[frozenset[str], int]]) -> bool:
    """Whether ``stems`` (``size`` of them) share :data:`NEAR_REPEAT` of the shorter list's
    with one of ``seen`` (stem sets, with their sizes)."""
    for other, other_size in seen:
        if len(stems & other) >= NEAR_REPEAT * min(size, other_size):
            return True
    return False
