"""Named speakers: the people an article quotes or reports as saying something.

Rule-based and fast (no model): :mod:`.names` finds candidate names, :mod:`.mentions` groups
them into people, :mod:`.attribution` finds speech acts with name, pronoun or role subjects,
:mod:`.coreference` resolves pronouns and roles, :mod:`.quotes` collects what was said.
"""

from __future__ import annotations

from reader.result import Span, Speaker


def find_speakers(text: str, sentences: tuple[Span, ...], language: str) -> tuple[Speaker, ...]:
    """Speakers ordered by first mention, every span an offset pair into ``text``.

    ``sentences`` (the display segmentation) is accepted for the pipeline's contract; the
    finder uses its own abbreviation-aware sentence scan so it does not depend on it.
    """
    from reader.speakers.finder import speakers_in

    return speakers_in(text, language)
