"""The summariser catalogue: names, display labels and the default.

This module is imported by the GUI at start-up, so it holds constants only (no sumy, nltk or
numpy import).
"""

from __future__ import annotations

# Menu order: Reader's News summariser, sumy's algorithms, then the simple Lead baseline. The
# default is News: above Lead-3 against journalists' highlights (CNN/DailyMail) and equal to
# Reduction, the best sumy algorithm, against the BBC reference summaries
# (benchmarks/bench_summary_quality.py, docs/summaries.md).
ALGORITHMS: tuple[str, ...] = (
    "news",
    "lexrank",
    "lsa",
    "luhn",
    "textrank",
    "sumbasic",
    "kl",
    "reduction",
    "edmundson",
    "lead",
)

ALGORITHM_LABELS: dict[str, str] = {
    "news": "News (lead-aware)",
    "lexrank": "LexRank",
    "lsa": "LSA",
    "luhn": "Luhn",
    "textrank": "TextRank",
    "sumbasic": "SumBasic",
    "kl": "KL-Sum",
    "reduction": "Reduction",
    "edmundson": "Edmundson",
    "lead": "Lead (first sentences)",
}

DEFAULT_ALGORITHM = "news"

#: Reader's own algorithms (the others are sumy's).
OWN_ALGORITHMS: tuple[str, ...] = ("news", "lead")


def canonical_name(algorithm: str | None) -> str:
    """The catalogue name for ``algorithm`` (case-insensitive); ``None`` means the default.

    Raises ``ValueError`` with the list of known names for anything else.
    """
    if algorithm is None:
        return DEFAULT_ALGORITHM
    name = str(algorithm).strip().lower().replace("-", "").replace("_", "")
    aliases = {"klsum": "kl", "lex": "lexrank", "text": "textrank"}
    name = aliases.get(name, name)
    if name not in ALGORITHMS:
        known = ", ".join(ALGORITHMS)
        raise ValueError(f"Unknown summary algorithm {algorithm!r}. Choose one of: {known}.")
    return name
