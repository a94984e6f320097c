"""Attribution patterns found by find_attributions (before grouping and coreference)."""

from __future__ import annotations

from reader.speakers.attribution import Attribution, attributions_by_group, find_attributions
from reader.speakers.mentions import group_people, is_person
from reader.speakers.names import find_name_mentions
from reader.speakers.text import Index
from tests.speakers.helpers import names_of


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


def test_clause_after_a_comma_is_no_appositive() -> None:
    text = (
        "Rick Gerard, co-creator of the show with Stephen Merton, was named best actor. "
        "Accepting the award, he joked that he was surprised."
    )
    assert names_of(text) == ["Rick Gerard"]


def test_a_name_between_commas_after_an_opening_role_phrase() -> None:
    text = "The mayor of the harbour town, Olek Strand, said the ferry would run again."
    assert names_of(text) == ["Olek Strand"]


def test_an_opening_phrase_without_a_role_gives_none() -> None:
    text = "The day after the storm, Olek Strand said the ferry would run again."
    assert names_of(text) == []


def test_of_inside_a_capitalised_title_is_no_object() -> None:
    text = "Lords of the Sea star Alan Pike said the sequel was already written."
    assert names_of(text) == ["Alan Pike"]
    # the widow's own words, not her late husband's
    text = "The widow of union leader Alan Pike said the fight would go on."
    assert names_of(text) == []


def test_a_possessive_noun_phrase_before_a_name_keeps_it_a_subject() -> None:
    text = (
        "The party's election co-ordinator Peter Hamlin defended the plan to use Mr Oates in "
        'the adverts. Asked about the polls, he replied: "We are not complacent."'
    )
    assert names_of(text) == ["Peter Hamlin"]


def test_according_to_a_statement_from_a_person() -> None:
    text = "The mill will close in May, according to a statement from chief executive Ian Brodie."
    assert names_of(text) == ["Ian Brodie"]
    text = "The mill will close in May, according to a statement from Brodie Holdings."
    assert names_of(text) == []


def test_a_full_name_between_a_quotation_and_said_is_a_person() -> None:
    assert names_of('"We waited all night," Oyelaran Adebisi said.') == ["Oyelaran Adebisi"]
    assert names_of('"We waited," Oyelaran Adebisi told reporters.') == ["Oyelaran Adebisi"]


def test_said_in_a_statement_after_a_quotation_is_no_person_evidence() -> None:
    # organisations speak in statements; two capitalised words alone prove nothing
    assert names_of('"We are cooperating," Brightwell Kenmore said in a statement.') == []


def test_said_before_a_possessive_opens_a_reported_clause() -> None:
    text = "Ann Vrel, commentating for the BBC, said Henley's serve would decide it."
    assert names_of(text) == ["Ann Vrel"]
    text = '"He is moving well," said Henley\'s coach, Paul Annacone.'
    assert names_of(text) == ["Paul Annacone"]


def test_a_name_right_before_said_is_a_subject_whatever_precedes_it() -> None:
    text = (
        "Coach Duncan Flint backs the side. Former England wicketkeeper Alec Stewin said the "
        'keeper must improve. "You cannot drop catches. If you do, they punish you," he told '
        "the BBC."
    )
    assert names_of(text) == ["Alec Stewin"]


def test_a_name_after_said_followed_by_a_past_verb_is_the_clause_subject() -> None:
    text = "Sir Peter Hallam, who ran the theatre for years, said Spacey deserved more time."
    assert names_of(text) == ["Peter Hallam"]


def test_a_role_phrase_before_a_name_keeps_it_a_subject() -> None:
    text = 'France coach Bernard Lebrun was furious. "We stopped playing," he said.'
    assert names_of(text) == ["Bernard Lebrun"]
    text = 'In the Montrose area, resident Kevin Tay was sweeping glass. "It was loud," he said.'
    assert names_of(text) == ["Kevin Tay"]


def test_congratulated_and_thanked_are_speech_but_thanks_to_is_not() -> None:
    text = 'President Ann Voss congratulated the winner on a "free and fair" vote.'
    assert names_of(text) == ["Ann Voss"]
    text = "Coach Tim Rudd thanked the fans. Striker Joe Mabb, thanks to a late goal, won it."
    assert names_of(text) == ["Tim Rudd"]


def test_an_appositive_noun_phrase_ending_in_a_name_names_the_speaker() -> None:
    text = "Her boyfriend, Kansas City Chiefs tight end Travis Kell, told reporters she was fine."
    assert names_of(text) == ["Travis Kell"]
    text = "Mr Tom Sand, like Mr Bob Jonas, said the plan was bad."
    assert names_of(text) == ["Tom Sand"]


def test_a_name_inside_a_role_phrase_after_of_is_no_subject() -> None:
    text = "The widow of Russian opposition leader Alexei Varnov said she would carry on."
    assert names_of(text) == []
    text = 'Party spokeswoman for women Sandra Gidding said: "This money is misdirected."'
    assert names_of(text) == ["Sandra Gidding"]


def test_appealed_is_speech() -> None:
    text = "In a video, Lyudmila Orlova appealed directly to the president to release the body."
    assert names_of(text) == ["Lyudmila Orlova"]


def test_who_after_an_appositive_goes_to_the_name_before_it() -> None:
    text = (
        "The lone vote against came from Dr. Pablo Sanz, a pediatrician at a state "
        "university, who said the data for children was less clear."
    )
    assert names_of(text) == ["Pablo Sanz"]
    text = "A teacher from Bradford, who asked not to be named, said the plan was bad."
    assert names_of(text) == []


def test_a_name_of_a_place_between_commas_is_the_speaker() -> None:
    text = "Her great rival, Maria Mutolo of Mozambique, has also said she will race."
    assert names_of(text) == ["Maria Mutolo"]


def _said(text: str) -> list[tuple[str, str]]:
    from reader.speakers import who_said_what

    found = who_said_what(text, "en")
    return [(s.name, text[st.span[0] : st.span[1]]) for s in found.speakers for st in s.statements]


def test_a_name_with_a_court_role_before_said_is_the_speaker() -> None:
    # "X, defending, said Y ...": Y opens the reported clause, X speaks
    text = (
        "Mark Dent was jailed. Ruth Bell, defending, said Dent, who had no previous "
        "convictions, regretted his actions."
    )
    assert _said(text) == [
        ("Ruth Bell", "Dent, who had no previous convictions, regretted his actions")
    ]
    # an inverted subject after a comma still speaks: "..., said Ruth Bell."
    assert names_of("The case was closed, said Ruth Bell, 52.") == ["Ruth Bell"]


def test_a_speech_participle_after_a_dash_takes_the_sentence_subject() -> None:
    text = "Mark Dent phoned the woman 40 times - telling her she would regret it."
    assert _said(text) == [("Mark Dent", "she would regret it")]


def test_a_role_described_with_an_age_is_a_subject() -> None:
    # "the 52-year-old (Labour) councillor said": the age belongs to the description
    text = (
        "Councillor Jan Pryce arrived. The 52-year-old councillor said no. "
        "The 52-year-old Labour councillor told reporters more. A 52-year-old councillor said."
    )
    assert attributions(text) == [("role", "councillor"), ("role", "councillor")]


def test_a_hearsay_frame_keeps_the_name_before_it_the_subject() -> None:
    # "is alleged to have told": reported to have spoken; "is expected to say" is no speech
    text = (
        "Teacher Nancy Peel is alleged to have told pupils that the vote was rigged. "
        "Tom Reed was said to have told friends he was leaving. Ann Vale is expected to say more."
    )
    assert attributions(text) == [("name", "Nancy Peel"), ("name", "Tom Reed")]


def test_a_person_joined_to_an_unnamed_group_is_a_subject() -> None:
    # the group stays unnamed; the person named at the clause's start speaks
    text = (
        "Governor Ann Pike and Labour council leaders touted the plan as a success. "
        "Tom Reed and two officials said the bridge was safe."
    )
    assert attributions(text) == [("name", "Ann Pike"), ("name", "Tom Reed")]


def test_a_person_and_a_group_after_a_verb_is_no_subject() -> None:
    text = "Police met Tom Reed and two officials said the bridge was safe."
    assert ("name", "Tom Reed") not in attributions(text)


def test_attributions_by_group_are_those_found_for_each_group_alone() -> None:
    # people, an organisation and a place as subjects; a pronoun and a role for both groups
    text = (
        "Ann Vale met officials of Northgrid. Northgrid said prices would rise. "
        '"We are ready," said Ann Vale. Dublin said no. She told reporters it was fine. '
        "The minister said talks went on."
    )
    index = Index(text)
    found_mentions = find_name_mentions(index)
    people, owner = group_people(found_mentions)
    usable = {i for i, o in enumerate(owner) if o >= 0 and is_person(people[o], found_mentions)}
    others = set(range(len(found_mentions))) - usable
    assert usable and others
    together = attributions_by_group(index, found_mentions, "en", [usable, others])
    alone = [find_attributions(Index(text), found_mentions, "en", g) for g in (usable, others)]
    assert together == alone
    assert together[0] != together[1]  # the groups name different subjects
