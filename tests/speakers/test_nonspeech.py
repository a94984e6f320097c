"""Speech verbs used for something other than a statement."""

from __future__ import annotations

from reader.speakers.nonspeech import adds_a_thing, is_journalism, writes_a_work
from reader.speakers.text import tokenize


def _at(text: str, word: str) -> tuple[list, int]:
    tokens = tokenize(text)
    return tokens, [t.text for t in tokens].index(word)


def test_a_reporters_beat_is_journalism_but_a_report_that_is_not() -> None:
    assert is_journalism(*_at("Jane Okoro reported from Kyiv.", "reported"))
    assert is_journalism(*_at("This story was written by Jane Okoro.", "written"))
    assert not is_journalism(*_at("Jane Okoro reported that the files were lost.", "reported"))
    assert not is_journalism(*_at("The letter was written by Jane Okoro.", "written"))


def test_adding_a_goal_and_writing_a_novel_are_no_statements() -> None:
    assert adds_a_thing(*_at("Nunez added a second goal.", "added"))
    assert not adds_a_thing(*_at("Nunez added that he was tired.", "added"))
    assert writes_a_work(*_at("She wrote a novel about the war.", "wrote"))
    assert not writes_a_work(*_at("She wrote that the war was lost.", "wrote"))
