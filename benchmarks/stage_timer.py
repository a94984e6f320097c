"""The timed stages of the pipeline, shared by ``bench_speed.py`` and ``bench_stages.py``.

Importing this module has no side effect: it neither imports ``reader`` nor touches
``sys.path``, so a probe process that measures another checkout (``PYTHONPATH`` set to that
tree) can import it and still time that tree's ``reader`` package.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# (label, module, function): each function is wrapped where the pipeline looks it up.
STAGES: tuple[tuple[str, str, str], ...] = (
    ("load", "reader.pipeline", "load"),
    ("cleaning", "reader.cleaning", "clean_document"),
    ("language", "reader.language", "detect_language"),
    ("sentences", "reader.sentences", "split_sentences"),
    ("summary", "reader.pipeline", "resummarize"),
    ("speakers", "reader.pipeline", "find_speakers"),
)


def bbc_articles(corpus: Path) -> list[Path]:
    """The BBC-sized articles of the corpus the warm figures are taken over."""
    return sorted(corpus.glob("bbc/article/*/*.txt")) + sorted(corpus.glob("teasers/*.txt"))


def stage_timer() -> tuple[dict[str, list[float]], Callable[[], None]]:
    """Wrap the pipeline's stage functions to time them in CPU time; returns the figures (seconds
    per call, by stage label) and a function that undoes the wrapping."""
    stages: dict[str, list[float]] = {}
    originals: list[tuple[Any, str, Any]] = []
    for label, module_name, name in STAGES:
        module = importlib.import_module(module_name)
        original = getattr(module, name)
        originals.append((module, name, original))

        def timed(*args: Any, _f: Any = original, _label: str = label, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return _f(*args, **kwargs)
            finally:
                stages.setdefault(_label, []).append(time.process_time() - start)

        setattr(module, name, timed)

    def undo() -> None:
        for module, name, original in originals:
            setattr(module, name, original)

    return stages, undo
