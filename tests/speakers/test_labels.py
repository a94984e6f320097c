"""Line-start speaker labels: interview transcripts and headline attributions."""

from __future__ import annotations

from reader.speakers.labels import find_labels, is_transcript
from reader.speakers.text import Index
from tests.speakers.helpers import names_of, speakers_of, surfaces

TRANSCRIPT = """Minister defends rail plan

Transport minister Clara Oduya was interviewed by presenter Tom Reece on Sunday.

REECE: Minister, the trains are late. Why should anyone believe you?

CLARA ODUYA: Because the money is already committed. We signed the contracts last week.

REECE: But the unions say the timetable is impossible.

ODUYA: With respect, the unions have not seen the new figures.
"""


def test_transcript_labels_make_each_label_a_speaker() -> None:
    assert names_of(TRANSCRIPT) == ["Clara Oduya", "Tom Reece"]


def test_transcript_label_lines_are_the_speakers_statements() -> None:
    (oduya,) = [s for s in speakers_of(TRANSCRIPT) if s.name == "Clara Oduya"]
    said = surfaces(TRANSCRIPT, oduya.quotes)
    assert "Because the money is already committed. We signed the contracts last week." in said
    assert "CLARA ODUYA" in surfaces(TRANSCRIPT, oduya.mentions)


def test_a_person_named_only_in_capital_labels_gets_a_readable_name() -> None:
    text = TRANSCRIPT.replace("presenter Tom Reece", "the presenter").replace(
        "REECE: Minister", "TOM REECE: Minister", 1
    )
    assert names_of(text) == ["Clara Oduya", "Tom Reece"]


def test_a_one_word_label_with_no_full_name_is_nobody() -> None:
    text = TRANSCRIPT.replace("presenter Tom Reece", "the presenter")
    assert names_of(text) == ["Clara Oduya"]


def test_two_label_lines_are_no_transcript() -> None:
    text = "Notes from the hearing\n\nBrandt: The meeting was long.\n\nBrandt: It ended at six.\n"
    index = Index(text)
    assert not is_transcript(find_labels(index))
    assert names_of(text) == []


def test_headline_label_with_a_quotation_attributes_it() -> None:
    text = (
        "Varga: 'We will win this seat'\n\n"
        "Opposition leader Imre Varga visited the town on Friday and met local farmers.\n"
    )
    assert names_of(text) == ["Imre Varga"]


def test_headline_label_after_a_possessor_attributes_it() -> None:
    text = (
        "Kestrel's Dunmore: 'Prices will fall'\n\n"
        "Kestrel chief executive Paul Dunmore unveiled the firm's new phone on Monday.\n"
    )
    assert names_of(text) == ["Paul Dunmore"]


def test_a_label_without_a_quotation_outside_a_transcript_is_no_speech() -> None:
    text = (
        "Varga: the man behind the campaign\n\n"
        "Opposition leader Imre Varga visited the town on Friday and met local farmers.\n"
    )
    assert names_of(text) == []


def test_caption_and_read_more_lines_are_no_labels() -> None:
    text = (
        "Photo: Firefighters at the scene on Tuesday. Jon Hale/AP\n"
        "Read more: What the storm means for you\n"
        "Editor's note: This story has been updated.\n"
    )
    assert names_of(text) == []


def test_a_label_inside_a_quotation_is_ignored() -> None:
    text = '"Varga: We will win," the poster read.\n\nImre Varga, the candidate, smiled.\n'
    assert find_labels(Index(text)) == []


def test_repeated_caption_credits_are_no_transcript_speakers() -> None:
    text = (
        "Storm batters coast\n\n"
        "AP Photo: Waves crash over the sea wall.\n"
        "The storm brought winds of 90mph.\n"
        "AP Photo: A tree blocks a road.\n"
        "Getty Images: A man walks his dog.\n"
        "Getty Images: Sandbags line the promenade.\n"
        "Related Coverage: What to do in a storm\n"
    )
    assert is_transcript(find_labels(Index(text)))
    assert names_of(text) == []


def test_a_headline_labelled_with_a_role_is_the_statement_of_that_role() -> None:
    from reader.speakers import who_said_what

    text = (
        "Klimaforscherin: Der Winter war zu warm. Die Klimaforscherin Eva Roth erklärt, "
        "warum Skigebiete umdenken müssen."
    )
    (roth,) = who_said_what(text, "de").speakers
    assert roth.name == "Eva Roth"
    assert "Der Winter war zu warm." in [text[a:b] for a, b in roth.quotes]
    # two people with that role: too unsure; a label inside the text is no headline
    text = (
        "Forscherin: Der Winter war zu warm. Die Forscherin Eva Roth und die Forscherin Ina "
        "Berg sprachen."
    )
    assert all(
        "Winter" not in text[a:b] for s in who_said_what(text, "de").speakers for a, b in s.quotes
    )
