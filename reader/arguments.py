"""Argument types shared by the command lines (``reader summarize`` and ``reader library``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def whole_number(too_small: str, least: int = 1) -> Callable[[str], int]:
    """An argparse ``type`` for a whole number of at least ``least``; ``too_small`` is the
    message for a smaller one (argparse shows it after the option's name)."""

    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
        if n < least:
            raise argparse.ArgumentTypeError(too_small)
        return n

    return parse


def output_folder_problem(folder: Path) -> str | None:
    """Make ``folder`` (``-o DIR``) if it is not there; what is wrong with it in words a person
    reads, or ``None`` when files can be written into it."""
    if folder.exists() and not folder.is_dir():
        return f"{folder} is a file, not a folder."
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return f"could not create the folder {folder}."
    return None
