"""The news summariser: LexRank centrality weighted by position (news puts the key facts first)."""

from __future__ import annotations

from typing import Any

from reader.summary.fast_graph import lexrank_scores
from reader.summary.prepared import Prepared

POSITION_WEIGHT = 1.0


def news_scores(prepared: Prepared) -> Any:
    """Centrality (LexRank, scaled to 0..1) plus a position prior ``1 / (1 + index)``."""
    import numpy as np

    n = prepared.size
    centrality = np.asarray(lexrank_scores(prepared), dtype=np.float64)
    top_value = centrality.max() if n else 0.0
    if top_value > 0:
        centrality = centrality / top_value
    position = 1.0 / (1.0 + np.arange(n))
    return centrality + POSITION_WEIGHT * position
