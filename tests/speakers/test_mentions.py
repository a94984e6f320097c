"""Grouping name variants into people, person evidence, names and mention spans."""

from __future__ import annotations

from reader.speakers.mentions import display_name, group_people, is_person, mention_spans
from reader.speakers.names import find_name_mentions
from reader.speakers.text import Index


def people_of(text: str, language: str = "en"):
    mentions = find_name_mentions(Index(text), language)
    people, owner = group_people(mentions)
    return mentions, people, owner


def test_surname_joins_the_last_person_named_with_it() -> None:
    text = "Joe Biden met Hunter Biden. Later Biden left. Joe Biden stayed."
    mentions, people, owner = people_of(text)
    names = [display_name(p, mentions, text) for p in people]
    assert names == ["Joe Biden", "Hunter Biden"]
    assert owner == [0, 1, 1, 0]


def test_surname_first_then_full_name_is_one_person() -> None:
    text = "Kirby spoke first. Then John Kirby left."
    mentions, people, _ = people_of(text)
    assert len(people) == 1
    assert display_name(people[0], mentions, text) == "John Kirby"


def test_two_word_surname() -> None:
    text = "Joel Eriksson Ek scored. Eriksson Ek was pleased."
    mentions, people, _ = people_of(text)
    assert [display_name(p, mentions, text) for p in people] == ["Joel Eriksson Ek"]
    assert [text[a:b] for a, b in mention_spans(people[0], mentions)] == [
        "Joel Eriksson Ek",
        "Eriksson Ek",
    ]


def test_personal_honorific_is_inside_the_span_but_not_in_the_name() -> None:
    text = "Patricia Hewitt spoke. Ms Hewitt left. President Hewitt returned."
    mentions, people, _ = people_of(text)
    (person,) = people
    assert display_name(person, mentions, text) == "Patricia Hewitt"
    assert [text[a:b] for a, b in mention_spans(person, mentions)] == [
        "Patricia Hewitt",
        "Ms Hewitt",
        "Hewitt",
    ]


def test_person_evidence() -> None:
    text = (
        "Big Mill owns the songs. Big Mill said no. Kurt Volmar spoke. Volmar left. "
        "Jane Ode arrived. Lars Quist, who runs a shop, came too."
    )
    mentions, people, _ = people_of(text)
    verdict = {display_name(p, mentions, text): is_person(p, mentions) for p in people}
    assert verdict == {
        "Big Mill": False,  # never shortened, no title, role or known given name
        "Kurt Volmar": True,  # shortened to the surname
        "Jane Ode": True,  # known given name
        "Lars Quist": True,  # ", who"
    }


def test_german_nouns_are_not_people_by_reuse() -> None:
    text = "Kritische Stimmen gab es. Die Stimmen wurden lauter."
    mentions, people, _ = people_of(text, "de")
    assert not any(is_person(p, mentions, "de") for p in people)


def test_german_surname_after_a_speech_verb_proves_a_person() -> None:
    from reader.speakers import find_speakers

    text = "Chelsea spielt unter Guus Hiddink stark. Wir sind bereit, erklärte Hiddink."
    assert [s.name for s in find_speakers(text, (), "de")] == ["Guus Hiddink"]
