"""Argument types shared by the command lines (``reader summarize`` and ``reader library``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable


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
