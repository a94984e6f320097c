"""Reader: a calm desktop reader for saved news articles.

>>> from pathlib import Path
>>> from reader import analyze
>>> result = analyze(Path("article.txt"))          # doctest: +SKIP
>>> result.to_dict()["summary"]                     # doctest: +SKIP
"""

from __future__ import annotations

from reader.errors import ReaderError
from reader.pipeline import analyze, resummarize
from reader.result import Analysis, Metadata, Speaker, Summary

__all__ = [
    "Analysis",
    "Metadata",
    "ReaderError",
    "Speaker",
    "Summary",
    "analyze",
    "resummarize",
]
__version__ = "0.1.0"
