"""Pronoun and role resolution."""

from __future__ import annotations

from .helpers import names_of, speakers_of, surfaces


def test_he_goes_to_the_previous_sentence_subject_not_its_object() -> None:
    text = (
        "Talent manager Scooter Brand has worked with Taylor Swann. "
        "He has consistently denied being unfair."
    )
    assert names_of(text) == ["Scooter Brand"]


def test_pronoun_chain_reaches_back_through_earlier_pronouns() -> None:
    text = (
        "Farmer Paul Carl Dunmore faces a fine. He was arrested for a call to the office of "
        "Mayor Ilse Orwin. During the call, he asked about the budget and said the mayor "
        "was a thief."
    )
    assert names_of(text) == ["Paul Carl Dunmore"]


def test_gender_from_honorific_skips_the_nearer_person() -> None:
    text = "Ms Quill met Mr Rowe on Monday. She said the deal was done."
    assert names_of(text) == ["Quill"]


def test_pronoun_without_any_named_person_is_dropped() -> None:
    assert names_of('"We are ready," he said. Officials agreed.') == []


def test_role_goes_to_the_most_recently_mentioned_person_with_that_role() -> None:
    text = (
        "Republican Gov. Eric Hale met teachers. Kentucky Gov. Matt Bevan lost his race. "
        "Teachers did not see Hale on Tuesday. The governor said he was travelling."
    )
    (speaker,) = speakers_of(text)
    assert speaker.name == "Eric Hale"
    assert surfaces(text, speaker.quotes) == ["he was travelling"]


def test_they_needs_coordinated_named_people() -> None:
    text = "The label, Big Mill, owns her songs. They said in a statement that the row was over."
    assert names_of(text) == []


def test_role_nobody_was_described_with_goes_to_the_person_who_just_spoke() -> None:
    text = 'Arsenal\'s Thierry Henri, 27, said he was happy. "I love this club," the striker added.'
    (henri,) = speakers_of(text)
    assert henri.name == "Thierry Henri"
    assert '"I love this club,"' in surfaces(text, henri.quotes)


def test_unnamed_role_after_a_sentence_about_someone_else_stays_unnamed() -> None:
    text = "Farmer Tom Reyes was arrested on Monday. The spokesman said inquiries continue."
    assert names_of(text) == []
