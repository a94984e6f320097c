"""Named speakers and what they said: the people an article quotes or reports as saying
something, each with their statements, and the statements of unnamed sources.

Rule-based and fast (no model): :mod:`.names` finds candidate names, :mod:`.mentions` groups
them into people and :mod:`.people` keeps those that are people, :mod:`.attribution` finds
speech acts with name, pronoun or role subjects, :mod:`.coreference` resolves pronouns and
roles, :mod:`.unnamed` finds unnamed sources, :mod:`.statements` (with :mod:`.reported`)
collects what was said, :mod:`.finder` wires the stages. The word lists are package data
(``data/*.txt``, read by :mod:`.lexicon`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.result import Span, Speaker

if TYPE_CHECKING:
    from reader.speakers.finder import WhoSaidWhat


def find_speakers(text: str, sentences: tuple[Span, ...], language: str) -> tuple[Speaker, ...]:
    """Speakers ordered by first mention, every span an offset pair into ``text``.

    ``sentences`` (the display segmentation) is accepted for the pipeline's contract; the
    finder uses its own abbreviation-aware sentence scan so it does not depend on it.
    """
    return who_said_what(text, language).speakers


def who_said_what(text: str, language: str) -> WhoSaidWhat:
    """The speakers of ``text`` with their statements, and the statements of unnamed sources."""
    from reader.speakers.finder import who_said_what as _find

    return _find(text, language)
