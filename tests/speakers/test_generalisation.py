"""Rules added for unseen news: organisations, clause subjects, anaphoric roles, appositives.

Each test uses short sentences written for this file; the own held-out-style set in
``tests/_files/speakers/heldout/`` is scored as a whole at the end.
"""

from __future__ import annotations

from tests.speakers.helpers import names_of


def test_business_noun_before_a_name_makes_it_an_organisation() -> None:
    text = "Bookmaker William Hale said it had cut odds. Analyst Joan Perry said prices rose."
    assert names_of(text) == ["Joan Perry"]
    text = "Handset maker Nokia Ericsen said sales rose, added analyst Tom Baird."
    assert names_of(text) == ["Tom Baird"]


def test_ampersand_joins_a_company_name() -> None:
    text = "Shares in Dorling & Pryce fell. Dorling & Pryce said trading was weak."
    assert names_of(text) == []


def test_roles_never_come_from_the_headline_or_sentence_before() -> None:
    text = "Rival boss attacks charges\n\nCorvair said fees were too high. Ms Ann Lee agreed."
    assert "Corvair" not in names_of(text)


def test_inverted_subject_followed_by_a_verb_opens_a_reported_clause() -> None:
    text = "Ryan Hale runs Skylane. Tom Rudd, an analyst at Brack Bank, said Hale was frugal."
    assert names_of(text) == ["Tom Rudd"]
    text = 'A Pentagon spokesman, Sean Pardo, said Hegan had "total confidence" in him.'
    assert names_of(text) == ["Sean Pardo"]


def test_future_tense_is_not_yet_speech() -> None:
    assert names_of("Mary Bowden, the vice chair, will testify next week.") == []
    assert names_of("Mary Bowden, the vice chair, testified last week.") == ["Mary Bowden"]


def test_but_said_and_who_said_take_the_person_before() -> None:
    text = "Rep. Rosa Delano accepted the deal but said it avoided pain."
    assert names_of(text) == ["Rosa Delano"]
    text = "The death was confirmed by a friend, Carl Benning, who said he died at home."
    assert names_of(text) == ["Carl Benning"]
    text = "He works with Steve Braun, who wrote the musical Spend It All."
    assert names_of(text) == []


def test_inverted_scan_crosses_an_organisation_name() -> None:
    text = '"Every plane grounded helps," said Friends of the Earth campaigner Tony Bosk.'
    assert names_of(text) == ["Tony Bosk"]


def test_the_age_or_nationality_of_the_person_just_named() -> None:
    text = (
        "Hilda Swann, who won in 2000, is nominated again. "
        '"I never dreamed of this," the 30-year-old told reporters.'
    )
    assert names_of(text) == ["Hilda Swann"]
    text = (
        "Ivo Ljubic won in two sets. Ljubic will play Roger Fenn next. The Croat, who reached the "
        'final last week, said he was in form. "My serve works," he told reporters.'
    )
    assert names_of(text) == ["Ivo Ljubic"]


def test_the_club_boss_is_the_person_named_with_the_club() -> None:
    text = (
        "Bolton counterpart Sam Allard was happier. Kevin Dane scored late. "
        '"We stuck to the plan," the Bolton boss told BBC Sport.'
    )
    assert names_of(text) == ["Sam Allard"]
    text = 'Arsenal manager Arne Wenzel was upset. "We should have won," said the Arsenal boss.'
    assert names_of(text) == ["Arne Wenzel"]


def test_a_single_word_after_an_article_is_no_name() -> None:
    text = "The Croat, who reached the final, said he was ready."
    assert names_of(text) == []


def test_team_who_are_is_no_person() -> None:
    text = "Chelsea, who are nine points clear, said the forward would be fit."
    assert names_of(text) == []


def test_role_before_a_comma_describes_the_name() -> None:
    text = 'said Vodaline\'s content director, Graeme Ellsworth. "Music sells," Mr Ellsworth said.'
    assert "Graeme Ellsworth" in names_of(text)
    text = "Its chief executive, Jensen Hwa, has repeatedly said software matters most."
    assert names_of(text) == ["Jensen Hwa"]


def test_place_after_a_preposition_is_not_the_subject() -> None:
    text = "A teacher from Bradford, who did not want to be named, told the BBC she was hit."
    assert names_of(text) == []


def test_person_of_a_place_owns_the_appositive() -> None:
    text = "Sen. Ed Marley of Massachusetts, who wrote the law, said Congress should act."
    assert names_of(text) == ["Ed Marley"]
    text = "Sen. Roger Wicks, R-Miss., the committee chairman, said he was satisfied."
    assert names_of(text) == ["Roger Wicks"]


def test_statement_saying_takes_the_sentence_subject() -> None:
    text = "Commissioner Melissa Holt voted yes but issued a statement saying rules should change."
    assert names_of(text) == ["Melissa Holt"]


def test_speaking_in_a_place_gives_it_no_role() -> None:
    text = (
        "Tony Blair has insisted pensions are safe. "
        "Speaking in Gateshead, the prime minister said poverty had fallen."
    )
    assert names_of(text) == ["Tony Blair"]


def test_clause_after_a_comma_is_no_appositive() -> None:
    text = (
        "Rick Gerard, co-creator of the show with Stephen Merton, was named best actor. "
        "Accepting the award, he joked that he was surprised."
    )
    assert names_of(text) == ["Rick Gerard"]


def test_pronoun_after_an_attributed_sentence_is_its_speaker() -> None:
    text = (
        "Tyler Morrow was arrested in Aurora, Police Chief Ron Tomas told reporters. "
        "Officers found a handgun, he said."
    )
    assert names_of(text) == ["Ron Tomas"]
