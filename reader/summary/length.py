"""How many sentences a summary gets.

* ``count=N``: N sentences (at most the article's).
* ``ratio=r`` (0 < r <= 1): ``round(r * sentences)``, at least :data:`RATIO_MIN` and at most
  :data:`RATIO_MAX` sentences (never more than the article has).
* neither: the news default, :data:`DEFAULT_RATIO` of the article clamped to
  :data:`DEFAULT_MIN`..:data:`DEFAULT_MAX` sentences: a short article gets its 3 key sentences,
  a long feature no more than 7, which still reads in well under a minute.
"""

from __future__ import annotations

DEFAULT_RATIO = 0.2
DEFAULT_MIN = 3
DEFAULT_MAX = 7
RATIO_MIN = 1
RATIO_MAX = 50


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


def summary_length(total: int, count: int | None = None, ratio: float | None = None) -> int:
    """The number of summary sentences for an article of ``total`` sentences.

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
    return min(_clamp(round(DEFAULT_RATIO * total), DEFAULT_MIN, DEFAULT_MAX), total)
