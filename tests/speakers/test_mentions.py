"""Grouping name variants into people, person evidence, names and mention spans."""

from __future__ import annotations

from reader.speakers.mentions import display_name, group_people, is_person, mention_spans
from reader.speakers.names import find_name_mentions
from reader.speakers.text import Index
from tests.speakers.helpers import names_of


def people_of(text: str, language: str = "en"):
    index = Index(text)
    mentions = find_name_mentions(index, language)
    people, owner = group_people(mentions, index)
    return mentions, people, owner


def test_a_surname_two_people_share_goes_to_neither_when_both_were_just_named() -> None:
    text = "Joe Biden met Hunter Biden. Later Biden left. Joe Biden stayed."
    mentions, people, owner = people_of(text)
    names = [display_name(p, mentions, text) for p in people]
    assert names == ["Joe Biden", "Hunter Biden"]
    assert owner == [0, 1, -1, 0]


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


def test_a_prefixed_given_name_makes_a_person() -> None:
    text = 'DeShawn Tillery, watching from the stands, posted on X: "That was special."'
    assert names_of(text) == ["DeShawn Tillery"]
    # a place built the same way is no person
    assert names_of("DeKalb County officials said the roads were closed.") == []


def test_a_married_couple_both_speak_under_the_shared_surname() -> None:
    text = (
        "The charity opened a new shelter. Tom and Anne Pickard, who raised the money, "
        "said the town had been generous."
    )
    assert sorted(names_of(text)) == ["Anne Pickard", "Tom Pickard"]


def test_two_full_names_joined_by_and_keep_their_own_surnames() -> None:
    text = "Talks ended. Tom Reed and Anne Pickard said the deal was close."
    assert "Tom Pickard" not in names_of(text)


def test_a_bare_surname_is_the_principal_not_the_relative_named_later() -> None:
    text = (
        "Ray Dunmore, the boxing trainer, has died aged 80. His death was confirmed by his "
        "daughter, Jill Dunmore, who said he died peacefully. Dunmore trained three champions. "
        '"I only ever wanted them to be safe," Dunmore told the BBC in 2010.'
    )
    assert sorted(names_of(text)) == ["Jill Dunmore", "Ray Dunmore"]


def test_the_head_of_an_appositive_speaks_not_the_relative_inside_it() -> None:
    text = (
        "Four protesters were charged. Nina Castell, the daughter of novelist Hugo Castell, "
        "who has campaigned on the issue for years, said she had no regrets."
    )
    assert names_of(text) == ["Nina Castell"]


def test_a_family_name_written_first_joins_its_full_name() -> None:
    text = (
        "President Tsai Mei-ling flew to Manila on Monday. Tsai, who took office in May, "
        'told reporters the visit was "routine". She said more visits would follow.'
    )
    assert names_of(text) == ["Tsai Mei-ling"]
    text = 'Premier Hu Zhenwei arrived late. "We are ready," Hu said.'
    assert names_of(text) == ["Hu Zhenwei"]


def test_a_first_word_shared_by_two_people_stays_unattached() -> None:
    text = (
        "Premier Hu Zhenwei met Governor Hu Lanfang on Monday. Their talks ended early. "
        '"We are ready," Hu said.'
    )
    assert names_of(text) == []


def test_the_same_name_without_a_company_is_still_a_person() -> None:
    text = "Harold Bream, the retailer's founder, said sales were strong."
    assert names_of(text) == ["Harold Bream"]


def test_a_person_named_once_with_a_common_given_name_is_found() -> None:
    text = "Rashida Okafor, of the Clean Rivers Campaign, said the water was unsafe."
    assert names_of(text) == ["Rashida Okafor"]
    text = '"It is dry," said Kiran Dobbs, a forecaster in the north.'
    assert names_of(text) == ["Kiran Dobbs"]


def test_a_person_who_shares_a_view_is_still_a_person() -> None:
    text = "Mr Tom Dorsey said the plan was sound. Tom Dorsey shares the view of his party."
    assert names_of(text) == ["Tom Dorsey"]
    text = "Tom Dorsey shares the view of his party, he said."
    assert names_of(text) == ["Tom Dorsey"]


def test_a_name_before_a_particle_is_that_persons_short_name() -> None:
    text = (
        "Loro wins vote\n\nFormer president Otávio Loro da Cunha won the runoff on Sunday. "
        '"Today the people won," Loro told supporters.'
    )
    assert names_of(text) == ["Loro da Cunha"]  # one person; at most three name words


def test_sir_and_a_given_name_is_the_knight_named_before() -> None:
    text = (
        "The show has music by Sir Elwyn Jonas. Sir Elwyn, who was not there, said in a "
        'statement that it had been "a great joy".'
    )
    assert names_of(text) == ["Elwyn Jonas"]
