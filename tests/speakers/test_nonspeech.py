"""Speech verbs used for something other than a statement."""

from __future__ import annotations

from reader.speakers.nonspeech import adds_a_thing, is_journalism, writes_a_work
from reader.speakers.text import tokenize
from tests.speakers.helpers import names_of, speakers_of


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


def test_bylines_are_never_speakers() -> None:
    assert names_of("Written by Jane Okoro, Reuters\n\nThe vote was close.") == []
    assert names_of("Reported by Jane Okoro and Tim Vale\n\nThe vote was close.") == []
    assert names_of("The vote was close.\n\n(Reporting by Jane Okoro; Editing by Tim Vale)") == []


def test_a_caption_saying_someone_speaks_is_no_statement() -> None:
    text = "Senator Jane Okoro speaks to reporters at the Capitol on Friday. Tim Vale/AP"
    assert names_of(text) == []


def test_reporters_credit_lines_are_no_statements() -> None:
    assert names_of("Jane Okoro reported from Kyiv. Tim Vale reported this story.") == []
    assert names_of("Jane Okoro is a reporter at Reuters. She writes about energy.") == []
    assert names_of("This article was written by Jane Okoro and edited by Tim Vale.") == []
    assert names_of("Jane Okoro has covered the courts and previously reported on crime.") == []


def test_a_person_reporting_or_writing_a_statement_still_speaks() -> None:
    text = "Senator Jane Okoro reported that the agency had lost the files."
    assert names_of(text) == ["Jane Okoro"]
    text = "The letter, written by Senator Jane Okoro, urged the agency to act."
    assert names_of(text) == ["Jane Okoro"]


def test_testifying_before_a_committee_is_no_statement() -> None:
    text = (
        "Kurt Gale, the former envoy, and Tom Morrow testified side-by-side before the House "
        "Intelligence Committee on Tuesday about the events at the centre of the inquiry."
    )
    assert all(not s.statements for s in speakers_of(text))
    text = "Ann Vrel spoke at the rally in Leeds about jobs and housing. She left at noon."
    assert all(not s.statements for s in speakers_of(text))


def test_a_clause_after_testified_is_a_statement() -> None:
    for text, said in (
        ("Tom Morrow testified that he had not been told.", "he had not been told"),
        ("Tom Morrow testified he had not been told.", "he had not been told"),
        ("Tom Morrow testified Gale had become frustrated.", "Gale had become frustrated"),
    ):
        (speaker,) = speakers_of(text)
        assert [text[a:b] for a, b in (st.span for st in speaker.statements)] == [said]
