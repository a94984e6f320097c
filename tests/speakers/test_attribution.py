"""Attribution patterns found by find_attributions (before grouping and coreference)."""

from __future__ import annotations

from reader.speakers.attribution import Attribution, find_attributions
from reader.speakers.mentions import group_people, is_person
from reader.speakers.names import find_name_mentions
from reader.speakers.text import Index


def attributions(text: str, language: str = "en") -> list[tuple[str, str]]:
    """(kind, subject) pairs: the name as written, or the pronoun / role word."""
    index = Index(text)
    found_mentions = find_name_mentions(index, language)
    people, owner = group_people(found_mentions)
    usable = {
        i for i, o in enumerate(owner) if o >= 0 and is_person(people[o], found_mentions, language)
    }
    result = []
    for a in find_attributions(index, found_mentions, language, usable):
        result.append((a.kind, _subject(text, a, found_mentions)))
    return result


def _subject(text: str, a: Attribution, found_mentions: list) -> str:
    if a.kind == "name":
        m = found_mentions[a.mention]
        return text[m.start : m.end]
    return a.word


def test_name_then_verb_with_adverbs_and_auxiliaries() -> None:
    text = "Health Minister Jane Doyle arrived. Doyle has also insisted the plan works."
    assert attributions(text) == [("name", "Doyle")]


def test_quote_then_inverted_verb_and_title() -> None:
    text = 'Officials met Tom Hale. "It works," said spokesman Tom Hale.'
    assert attributions(text) == [("name", "Tom Hale")]


def test_appositive_between_name_and_verb() -> None:
    text = "Marco Villa, the company's chief operating officer, said it would grow."
    assert attributions(text) == [("name", "Marco Villa")]
    text = "Anna Berg, who spoke with Premier Carl Ohm at a forum, said talks went well."
    assert attributions(text) == [("name", "Anna Berg")]


def test_according_to_and_passive_by() -> None:
    text = (
        "Dr Ruth Kemp arrived. According to Dr Kemp, cases fell. The plan was announced by Dr Kemp."
    )
    assert attributions(text) == [("name", "Kemp"), ("name", "Kemp")]


def test_pronoun_and_role_subjects() -> None:
    text = 'Governor Ann Pike arrived. "We are ready," she said. The governor told reporters more.'
    assert attributions(text) == [("pronoun", "she"), ("role", "governor")]


def test_indefinite_role_and_possessive_owner_are_no_subjects() -> None:
    text = "Governor Ann Pike arrived. A spokesman said no. Pike's lawyer said yes."
    assert attributions(text) == []


def test_participle_takes_the_sentence_subject() -> None:
    text = "Coach Bruce Dale backed the winger, saying he was fearless."
    assert attributions(text) == [("name", "Bruce Dale")]


def test_gerund_without_auxiliary_is_not_speech_by_the_object() -> None:
    text = "Leader Mike Howe has written to Premier Tony Blake demanding an explanation."
    assert attributions(text) == [("name", "Mike Howe")]


def test_person_of_organisation_and_person_comma_organisation() -> None:
    text = "Analyst Mike Pole of Dresdner Kleinwort says rates will rise."
    assert attributions(text) == [("name", "Mike Pole")]
    text = "Manager Colin Ash, Blackpool Hotel Association said rooms were full."
    assert attributions(text) == [("name", "Colin Ash")]


def test_coordinated_subjects_both_speak() -> None:
    text = "Senator Ann Pike and Senator Tom Reyes said the bill was dead."
    assert sorted(attributions(text)) == [("name", "Ann Pike"), ("name", "Tom Reyes")]


def test_verbs_inside_long_quotes_are_ignored() -> None:
    text = 'Mayor Ann Pike arrived. "When Tom Reyes said that, we all laughed at him," Pike said.'
    assert attributions(text) == [("name", "Pike")]


def test_organisation_subject_is_ignored() -> None:
    assert attributions("Microsoft said profits rose. Tehran has rejected the claim.") == []


def test_german_patterns() -> None:
    text = (
        "Ministerin Eva Roth kam an. Eva Roth zufolge sinken die Kosten. "
        "Laut Ministerin Eva Roth steigen die Löhne. Das sei gut, sagte Ministerin Eva Roth."
    )
    assert attributions(text, "de") == [("name", "Eva Roth")] * 3


def test_name_as_the_appositive_of_a_role() -> None:
    text = "The company's founder, John Doe, said sales were up."
    assert attributions(text) == [("name", "John Doe")]


def test_negated_and_passive_speech_have_no_speaking_subject() -> None:
    text = (
        "Senator Ann Pike has not said whether she will run. "
        "Governor Tom Reyes was asked about the vote. "
        "Mayor Lee Moss was told by Judge Rita Vale that the case was closed."
    )
    assert attributions(text) == [("name", "Rita Vale")]


def test_continued_only_next_to_a_quote() -> None:
    text = (
        'Coach Dana Reyes arrived. "It was hard," Reyes continued. '
        "Coach Lee Moss continued to train the side."
    )
    assert attributions(text) == [("name", "Reyes")]


def test_dash_appositive_and_german_inverted_pronoun() -> None:
    text = "Senator Ann Pike – who chairs the panel – said the vote would wait."
    assert attributions(text) == [("name", "Ann Pike")]
    text = "Ministerin Eva Roth kam an. „Das ist gut“, sagte er."
    assert attributions(text, "de") == [("pronoun", "er")]


def test_name_after_a_preposition_is_not_the_subject() -> None:
    text = (
        "A spokesman for Prime Minister Boris Jonson said the claims were false. "
        "A source close to Senator Ann Pike told the paper she would run."
    )
    assert attributions(text) == []


def test_preposition_before_a_day_name_does_not_hide_the_subject() -> None:
    text = "Mayor Ann Pike arrived. At the meeting on Tuesday Pike said taxes would fall."
    assert attributions(text) == [("name", "Pike")]


def test_inverted_verb_before_an_unnamed_role_for_a_named_person() -> None:
    text = '"The claims are false," said a spokesman for Prime Minister Boris Jonson.'
    assert attributions(text) == []


def test_appositive_and_participle_after_a_named_object_of_a_preposition() -> None:
    text = (
        "A lawyer for Senator Ann Pike, speaking outside court, said she was innocent. "
        "A friend of Senator Ann Pike wrote to the court, saying she was kind."
    )
    assert attributions(text) == []
