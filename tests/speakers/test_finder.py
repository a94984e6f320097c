"""The finder end to end (reader/speakers/finder.py): short articles written for these tests
(tests/_files/speakers), the seed article, and random pieces of news text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.speakers import find_speakers

from .helpers import fixture_text, names_of, speakers_of, surfaces


def test_direct_quotes_with_speaker_after_and_before_the_quote() -> None:
    text = fixture_text("harbour.txt")
    assert names_of(text) == ["Gwen Alder", "Tobias Renn", "Priya Matharu"]


def test_titles_and_roles_are_not_part_of_the_name_but_honorifics_mark_mentions() -> None:
    text = fixture_text("harbour.txt")
    alder, renn, _ = speakers_of(text)
    assert surfaces(text, alder.mentions) == ["Gwen Alder", "Ms Alder"]
    assert surfaces(text, renn.mentions) == ["Tobias Renn", "Mr Renn"]


def test_engineer_only_mentioned_and_organisations_are_not_speakers() -> None:
    text = fixture_text("harbour.txt")
    names = names_of(text)
    assert "Arthur Pell" not in names
    assert not any("Board" in n or "Elwin" in n for n in names)


def test_quotes_hold_the_attributed_statements() -> None:
    text = fixture_text("harbour.txt")
    alder = speakers_of(text)[0]
    quoted = surfaces(text, alder.quotes)
    assert '"The timber is older than anyone working here,"' in quoted
    assert "the work would take about six weeks" in quoted


def test_reported_speech_pronoun_and_role_subjects_resolve_to_the_named_person() -> None:
    text = fixture_text("surgeons.txt")
    okafor, brandt = speakers_of(text)
    assert (okafor.name, brandt.name) == ("Daniel Okafor", "Lena Brandt")
    statements = surfaces(text, okafor.quotes)
    assert '"Nobody should wait a year in pain."' in statements  # "He told reporters: ..."
    assert "the funding was new" in statements  # "The minister insisted ..."
    assert "the first surgeons will start work in March" in statements  # "According to ..."
    assert "the money had already been announced twice" in surfaces(text, brandt.quotes)


def test_unnamed_sources_give_no_speaker() -> None:
    text = fixture_text("surgeons.txt")
    names = names_of(text)
    assert len(names) == 2
    assert not any("College" in n or "Ledger" in n for n in names)


def test_companies_countries_and_people_only_mentioned_are_not_speakers() -> None:
    assert names_of(fixture_text("northwind.txt")) == []


def test_she_skips_a_man_and_they_takes_both_coordinated_people() -> None:
    text = fixture_text("summit.txt")
    speakers = {s.name: s for s in speakers_of(text)}
    assert list(speakers) == ["Tom Reyes", "Anna Berg", "Maria Caldas", "Pedro Moreira"]
    assert "the talks had been useful but slow" in surfaces(text, speakers["Anna Berg"].quotes)
    assert "farmers needed certainty" in surfaces(text, speakers["Pedro Moreira"].quotes)


def test_german_sagte_erklaerte_zufolge_and_laut() -> None:
    text = fixture_text("buses.txt")
    speakers = speakers_of(text, "de")
    assert [s.name for s in speakers] == ["Katrin Vogel", "Jonas Albrecht", "Emil Hartung"]
    assert surfaces(text, speakers[1].mentions) == ["Jonas Albrecht", "Albrecht"]


def test_german_verbs_are_not_read_in_english_text() -> None:
    assert names_of("Der Verkehrsplaner Jonas Albrecht sagte, es gehe voran.", "en") == []


def test_speakers_are_ordered_by_first_mention_not_by_first_speech() -> None:
    text = (
        "Rosa Lind chaired the hearing. Professor Omar Haddad said the data were clear. "
        'Later Ms Lind said: "We will publish everything."'
    )
    assert names_of(text) == ["Rosa Lind", "Omar Haddad"]


def test_mention_spans_cover_exactly_the_name_without_possessive_or_title() -> None:
    text = (
        "Senator Ruth Ogden's bill passed. Ogden said she was relieved. "
        "President Ruth Ogden thanked staff."
    )
    (ogden,) = speakers_of(text)
    assert surfaces(text, ogden.mentions) == ["Ruth Ogden", "Ogden", "Ruth Ogden"]
    assert ogden.mentions == tuple(sorted(ogden.mentions))


def test_every_span_lies_inside_the_text() -> None:
    text = fixture_text("surgeons.txt")
    for speaker in speakers_of(text):
        for start, end in speaker.mentions + speaker.quotes:
            assert 0 <= start < end <= len(text)


def test_empty_and_speakerless_text() -> None:
    assert find_speakers("", (), "en") == ()
    assert find_speakers("   \n\n", (), "en") == ()
    assert find_speakers("Rain is expected across the north on Friday.", (), "en") == ()


def test_organisation_shortened_only_at_a_sentence_start_is_no_person() -> None:
    text = (
        "The label that owns her songs, Big Mill, says she may play them. "
        "Big Mill have denied any wrongdoing. Her big hits stay with them."
    )
    assert names_of(text) == []


def test_sports_report_adds_goals_and_keeps_particles_and_postnominals() -> None:
    text = (
        "Mo Salih opened the scoring and Darwin Nunes added a second after the break. "
        'Captain Virgil van Dijk said the win mattered. "We needed that," he added. '
        "Prosecutor Nick Jonson KC said the case was complex. "
        "The barrister, Ben Myres KC, said his client would appeal. "
        "Her spokesman, Raj Shaw, declined to comment."
    )
    speakers = speakers_of(text)
    assert [s.name for s in speakers] == ["Virgil van Dijk", "Nick Jonson", "Ben Myres"]
    assert surfaces(text, speakers[1].mentions) == ["Nick Jonson"]


def test_given_name_alone_is_a_mention_and_dr_stays_outside_a_full_name() -> None:
    text = (
        "Singer Tessa Quill posted a long message. Big labels said Tessa could not perform. "
        "Dr. Omar Haddad said the row was sad. Later Dr. Haddad left."
    )
    quill, haddad = speakers_of(text)
    assert surfaces(text, quill.mentions) == ["Tessa Quill", "Tessa"]
    assert surfaces(text, haddad.mentions) == ["Omar Haddad", "Dr. Haddad"]


def test_windows_line_endings_give_the_same_speakers() -> None:
    text = fixture_text("harbour.txt")
    crlf = text.replace("\n", "\r\n")
    assert names_of(crlf) == names_of(text)
    for speaker in speakers_of(crlf):
        for start, end in speaker.quotes:
            assert "\r" not in crlf[start:end]


_PIECES = [
    "Kirby",
    "John",
    "Ms",
    "Mr.",
    "Dr.",
    "W.",
    "Jr.",
    "said",
    "told",
    "he",
    "she",
    "they",
    "the",
    "minister",
    "according",
    "to",
    "and",
    ",",
    ".",
    ":",
    '"',
    "“",
    "”",
    "„",
    "'s",
    "\n",
    "\n\n",
    "sagte",
    "zufolge",
    "laut",
    "Van",
    "den",
    "who",
    "saying",
    "by",
    "May",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=6), max_size=40), st.booleans())
def test_spans_are_sound_and_speakers_ordered(pieces: list[str], german: bool) -> None:
    text = " ".join(pieces)
    speakers = find_speakers(text, (), "de" if german else "en")
    firsts = []
    for speaker in speakers:
        assert speaker.name.strip()
        assert speaker.mentions, "a speaker is always mentioned by name"
        assert list(speaker.mentions) == sorted(speaker.mentions)
        for start, end in speaker.mentions + speaker.quotes:
            assert 0 <= start < end <= len(text)
        firsts.append(speaker.mentions[0][0])
    assert firsts == sorted(firsts)


def test_seed_speakers_and_mentions(corpus) -> None:
    """The seed article's speakers, as DEVELOPERS.md names them (the teaser lines cut)."""
    lines = (corpus / "teasers" / "seed-us-iran.txt").read_text(encoding="utf-8").splitlines()
    text = "\n".join(lines[:-6])
    speakers = find_speakers(text, (), "en")
    assert [s.name for s in speakers] == ["John Kirby", "Sabrina Singh", "Antony Blinken"]
    assert {text[a:b] for a, b in speakers[0].mentions} == {"John Kirby", "Kirby"}
    assert all(s.statements for s in speakers)
