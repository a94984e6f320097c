"""How long a summary is.

* ``count=N``: N sentences (at most the article's).
* ``ratio=r`` (0 < r <= 1): ``round(r * sentences)``, at least :data:`RATIO_MIN` and at most
  :data:`RATIO_MAX` sentences (never more than the article has).
* neither: **Auto**, a length suited to the article (:func:`auto_length`): three sentences for a
  news story of under :data:`AUTO_SHORT_WORDS` words, four from there, and one more each time
  the article's length doubles, at most :data:`AUTO_MAX`; never more than a third of the
  article's sentences (at least one); and at most :data:`AUTO_WORDS_PER_SENTENCE` words per
  summary sentence in all. A 600-word story gets 3 sentences and at most 90 words, a
  3,000-word feature 5 sentences and at most 150 words, a 12,000-word report 7 and at most
  210: each reads in under a minute. The summariser fills the word budget with its best
  sentences that fit (:func:`fill_budget`), so one very long sentence does not crowd out the
  rest.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

RATIO_MIN = 1
RATIO_MAX = 50

AUTO_MIN = 3
AUTO_MAX = 7
#: Below this many words (a news story) Auto gives AUTO_MIN sentences; from here one more, and
#: one more again each time the article's length doubles.
AUTO_SHORT_WORDS = 1500
#: The word budget per summary sentence (news sentences average 20-25 words).
AUTO_WORDS_PER_SENTENCE = 30
#: Auto keeps at most this share of the article's sentences.
AUTO_MAX_SHARE = 1 / 3


@dataclass(frozen=True)
class AutoLength:
    """The automatic length: at most ``sentences`` sentences and ``words`` words."""

    sentences: int
    words: int


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


def auto_length(total_sentences: int, total_words: int) -> AutoLength:
    """The Auto length for an article of ``total_sentences`` sentences and ``total_words``
    words (see the module doc)."""
    sentences = AUTO_MIN
    if total_words >= AUTO_SHORT_WORDS:
        sentences += 1 + math.floor(math.log2(total_words / AUTO_SHORT_WORDS))
    sentences = min(sentences, AUTO_MAX)
    share = max(1, math.ceil(AUTO_MAX_SHARE * total_sentences))
    sentences = max(0, min(sentences, share, total_sentences))
    return AutoLength(sentences, sentences * AUTO_WORDS_PER_SENTENCE)


def fill_budget(
    ranked: Sequence[int],
    lengths: Sequence[int],
    limit: AutoLength,
    admits: Callable[[int, Collection[int]], bool] | None = None,
) -> list[int]:
    """Sentences from ``ranked`` (best first) while they fit ``limit``, in document order.

    A sentence that would overrun the word budget is passed over for the next one that fits;
    the best sentence is taken even when it alone is over the budget and nothing else fits.
    ``lengths[i]`` is the word count of sentence ``i``. ``admits(i, chosen)``, when given,
    says whether sentence ``i`` may join those chosen so far (whether it makes sense beside
    them: :mod:`reader.summary.standalone`); one it refuses is passed over.
    """
    chosen: list[int] = []
    words = 0
    for index in ranked:
        if len(chosen) >= limit.sentences:
            break
        if admits is not None and not admits(index, chosen):
            continue
        if words + lengths[index] <= limit.words:
            chosen.append(index)
            words += lengths[index]
    if not chosen and ranked and limit.sentences > 0:
        chosen.append(ranked[0])
    return sorted(chosen)


def summary_length(total: int, count: int | None = None, ratio: float | None = None) -> int | None:
    """The number of summary sentences for an article of ``total`` sentences, or ``None`` for
    Auto (neither ``count`` nor ``ratio``: see :func:`auto_length`).

    Raises ``ValueError`` for a count below 1, a ratio outside (0, 1], or both given.
    """
    if count is not None and ratio is not None:
        raise ValueError("Give either a number of sentences or a ratio, not both.")
    if count is not None:
        if isinstance(count, bool) or int(count) != count or count < 1:
            raise ValueError(
                f"The summary length must be a whole number of at least 1, not {count!r}."
            )
        return min(int(count), total)
    if ratio is not None:
        if not 0 < ratio <= 1:
            raise ValueError(f"The summary ratio must be above 0 and at most 1, not {ratio!r}.")
        wanted = _clamp(round(ratio * total), RATIO_MIN, RATIO_MAX)
        return min(wanted, total)
    return None
