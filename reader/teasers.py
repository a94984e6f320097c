"""Kept for code that imports ``reader.teasers``: teaser removal lives in
:mod:`reader.cleaning.teasers` now, beside the other cleaning rules."""

from reader.cleaning.teasers import *  # noqa: F403
from reader.cleaning.teasers import remove_teasers

__all__ = ["remove_teasers"]
