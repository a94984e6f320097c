"""Candidate person names: titles stripped, organisations and places rejected."""

from __future__ import annotations

from reader.speakers.names import NameMention, _runs, find_name_mentions, role_of
from reader.speakers.text import Index
from tests.speakers.helpers import names_of


def mentions(text: str, language: str = "en") -> list[NameMention]:
    return find_name_mentions(Index(text), language)


def words(text: str, language: str = "en") -> list[tuple[str, ...]]:
    return [m.words for m in mentions(text, language)]


def test_titles_before_a_name_become_roles() -> None:
    (m,) = mentions("Yesterday US Secretary of State Antony Blinken spoke.")
    assert m.words == ("Antony", "Blinken")
    assert "secretary" in m.roles


def test_honorific_is_recorded_with_its_offset() -> None:
    text = "Later Ms Hewitt spoke."
    (m,) = mentions(text)
    assert m.words == ("Hewitt",)
    assert m.honorific == "ms"
    assert text[m.honorific_start : m.end] == "Ms Hewitt"


def test_initials_particles_and_suffixes_stay_in_the_name() -> None:
    text = "Then Patrick W. Carlineo Jr. and Nick Van den Brul of BNP Paribas met."
    found = mentions(text)
    assert [text[m.start : m.end] for m in found][:2] == [
        "Patrick W. Carlineo Jr.",
        "Nick Van den Brul",
    ]
    assert found[0].surname == "Carlineo"
    assert found[1].surname == "Brul"


def test_organisation_and_place_runs_are_no_names() -> None:
    found = words("Prices at Dick Clark Productions rose in New York.")
    assert not any({"Clark", "Productions", "York"} & set(w) for w in found)
    assert words("The Swedish Prosecution Authority met.") == []


def test_month_after_a_given_name_is_a_surname_but_not_alone() -> None:
    assert ("Theresa", "May") in words("In March Theresa May spoke.")
    assert words("The law changes in May, officials said.") in ([], [("May",)])


def test_common_word_capitalised_at_sentence_start_is_dropped() -> None:
    text = "Teachers said they were tired. Many teachers agreed."
    assert words(text) == []


def test_gerund_opening_a_sentence_is_not_a_given_name() -> None:
    assert words("Hosting Cook at the event was a coup.") == [("Cook",)]


def test_role_before_a_name_and_in_an_appositive() -> None:
    a = mentions("Commerzbank analyst Carsten Fritsch spoke.")[-1]
    assert a.words == ("Carsten", "Fritsch") and "analyst" in a.roles
    (b,) = mentions("Marco Villa, the company's chief operating officer, spoke.")
    assert {"chief", "officer"} <= b.roles


def test_role_does_not_leak_across_a_preposition_or_a_relative_clause() -> None:
    found = mentions("Stephen Toulouse, a security manager at Vantrel, spoke.")
    by_name = {m.words: m for m in found}
    assert "manager" in by_name[("Stephen", "Toulouse")].roles
    assert not by_name[("Vantrel",)].roles
    (blinken, stoltenberg) = mentions(
        "Blinken, who was speaking with NATO Secretary General Jens Stoltenberg, spoke."
    )
    assert not blinken.roles and blinken.who_follows
    assert "secretary" in stoltenberg.roles


def test_contractions_and_lower_case_compounds_are_no_names() -> None:
    assert words("We're told Iran-backed groups moved.") == []


def test_german_compound_roles_and_no_particle_after_a_noun() -> None:
    m = mentions("Gestern erklärte Verkehrsplaner Jonas Albrecht alles.", "de")[-1]
    assert m.words == ("Jonas", "Albrecht") and "planer" in m.roles
    assert role_of("Regierungssprecher") == "sprecher"
    assert all(w != "von" for ws in words("Der Betrieb von Wendelstein läuft.", "de") for w in ws)


def test_business_noun_before_a_name_makes_it_an_organisation() -> None:
    text = "Bookmaker William Hale said it had cut odds. Analyst Joan Perry said prices rose."
    assert names_of(text) == ["Joan Perry"]
    text = "Handset maker Nokia Ericsen said sales rose, added analyst Tom Baird."
    assert names_of(text) == ["Tom Baird"]


def test_ampersand_joins_a_company_name() -> None:
    text = "Shares in Dorling & Pryce fell. Dorling & Pryce said trading was weak."
    assert names_of(text) == []


def test_inverted_scan_crosses_an_organisation_name() -> None:
    text = '"Every plane grounded helps," said Friends of the Earth campaigner Tony Bosk.'
    assert names_of(text) == ["Tony Bosk"]


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


def test_speaking_in_a_place_gives_it_no_role() -> None:
    text = (
        "Tony Blair has insisted pensions are safe. "
        "Speaking in Gateshead, the prime minister said poverty had fallen."
    )
    assert names_of(text) == ["Tony Blair"]


def test_whose_with_a_relative_makes_a_person() -> None:
    text = '"We are still waiting," said Ilse Varnok, whose daughter was hurt in the fire.'
    assert names_of(text) == ["Ilse Varnok"]
    text = "Tomas Ekvall, whose father ran the mill, said the town had changed."
    assert names_of(text) == ["Tomas Ekvall"]


def test_whose_with_a_thing_is_no_person_evidence() -> None:
    # companies have shares and profits, not sons
    text = "Brightwell Kenmore, whose shares fell 5%, said demand was weak."
    assert names_of(text) == []


def test_a_single_name_after_chief_of_is_the_organisation() -> None:
    text = "Mara Quist, CEO of Vantrel, spoke in Oslo. Vantrel said prices would fall."
    assert names_of(text) == []


def test_a_regulator_in_an_appositive_is_no_person() -> None:
    text = "Ofwex, the energy regulator, welcomed the plan on Monday."
    assert names_of(text) == []


def test_a_long_name_after_a_title_is_kept_whole() -> None:
    text = "Chilean President Mateo Andrés Ruiz Cortázar said the border would stay open."
    assert names_of(text) == ["Mateo Andrés Ruiz Cortázar"]
    text = "Sheikh Hamad bin Khalid bin Saif Al Nuaimi told reporters talks would go on."
    assert names_of(text) == ["Hamad bin Khalid bin Saif Al Nuaimi"]


def test_a_long_capitalised_run_without_a_title_stays_short() -> None:
    # no title opens the run: the name is the usual two-word tail
    text = "Cardiff Blues Arms Park Dylan Hartley said the pitch was fine."
    assert names_of(text) == ["Dylan Hartley"]


def test_a_title_word_after_a_given_name_is_a_surname() -> None:
    text = 'Chief executive Justin Bishop said sales fell. "It was hard," Mr Bishop told us.'
    assert names_of(text) == ["Justin Bishop"]
    # a title before a name is still a title
    assert names_of("The Judge said the trial would go on.") == []


def test_a_name_with_a_lower_case_arabic_particle_is_a_name() -> None:
    text = "Foreign Minister Khalid al-Rumaihi said the talks would resume."
    assert names_of(text) == ["Khalid al-Rumaihi"]
    # a lower-case compound is still no name
    assert names_of("The Iran-backed group said it fired the rockets.") == []


def test_ordinary_people_in_an_appositive_are_people() -> None:
    text = "Lin Yu-chun, a 58-year-old fisherman in Chenggong, said he had tied his boat twice."
    assert names_of(text) == ["Lin Yu-chun"]
    text = "Odette Marchal, a retiree from Lyon, said the pension cut was unfair."
    assert names_of(text) == ["Odette Marchal"]


def test_a_name_with_two_particles_is_whole() -> None:
    text = "Commission President Ursula von der Brandt said she would act."
    assert names_of(text) == ["Ursula von der Brandt"]


def test_a_team_written_with_digits_before_a_role_keeps_the_name_a_subject() -> None:
    text = (
        "Reid said he was staying. 76ers coach Kyle Shanlon lost his second final. "
        '"It is a tough one," he said.'
    )
    assert names_of(text) == ["Kyle Shanlon"]


def test_a_place_after_a_known_given_name_is_a_surname() -> None:
    assert names_of("Airline chief Bob Jordan told analysts he was disappointed.") == ["Bob Jordan"]
    assert names_of("Protesters in New Jersey said the plan was unfair.") == []


def test_title_word_after_an_unlisted_given_name_is_a_surname() -> None:
    text = "Rates were held. Governor Mervyn King said the economy was growing at its trend rate."
    assert names_of(text) == ["Mervyn King"]


def test_title_word_after_a_common_word_is_no_surname() -> None:
    text = "Sales of burger meals rose. Burger King said its profits had doubled this year."
    assert names_of(text) == []


def test_hyphenated_romanised_given_names_are_name_words() -> None:
    text = "Premier Kuo Ming-hsu said talks would resume. A Kremlin-backed group said nothing."
    mentions = find_name_mentions(Index(text))
    assert [m.words for m in mentions if "Kuo" in m.words] == [("Kuo", "Ming-hsu")]
    assert not any("Kremlin-backed" in m.words for m in mentions)
    assert names_of(text) == ["Kuo Ming-hsu"]


def test_a_company_named_after_its_founder_is_no_person() -> None:
    text = (
        "Harold Bream Partnership reported higher sales on Monday. Later, Harold Bream said it "
        "would hire 2,000 staff. Analyst Jo Finch said the figures were strong."
    )
    assert names_of(text) == ["Jo Finch"]


def test_a_name_of_the_modified_organisation_is_the_subject() -> None:
    text = "Pierre Lamotte of the more militant FSU said the strike would go on."
    assert names_of(text) == ["Pierre Lamotte"]
    text = "Supporters of the hard-line AKP said nothing. Fans of the club sang."
    assert names_of(text) == []


def test_new_role_nouns_in_appositives_make_a_person() -> None:
    text = '"It is a signal," said Wen-Li Tsao, a fellow at the Lowell Institute.'
    assert names_of(text) == ["Wen-Li Tsao"]
    text = '"Humidity is low," said Orrin Hale, a meteorologist with the weather service.'
    assert names_of(text) == ["Orrin Hale"]


def test_a_name_whose_shares_trade_is_a_company() -> None:
    text = (
        "Thomas Brack said its summer bookings were up 5%. Shares in Thomas Brack rose 3p. "
        "Analyst Ruth Imber said the figures were strong."
    )
    assert names_of(text) == ["Ruth Imber"]
    text = "Laura Hallam said trading was tough. Laura Hallam shares fell 2% on Monday."
    assert names_of(text) == []


def test_a_member_of_parliament_before_a_name_is_a_role() -> None:
    text = "Veteran Labour MP Tavish Dorrell wrote to the prime minister asking for a vote."
    assert names_of(text) == ["Tavish Dorrell"]


def test_a_broker_named_like_a_person_is_a_company() -> None:
    text = (
        "Howard Pryce analyst Dan Kell said the shares were cheap. Howard Pryce said in a "
        "note that the bank was undervalued."
    )
    assert names_of(text) == ["Dan Kell"]
    text = "Analysts at Charles Stanhope said the figures were weak. Charles Stanhope said so."
    assert names_of(text) == []


def test_an_assistant_before_a_name_is_a_role() -> None:
    text = "Wenger's assistant Pat Rhys said the team was ready."
    assert names_of(text) == ["Pat Rhys"]


def test_a_club_or_brand_shortened_to_its_first_word_is_no_person() -> None:
    text = "Real Madrid beat Barcelona 2-1. Real said the coach would stay."
    assert names_of(text) == []
    text = "Sony Music reported higher sales. Sony said it would cut jobs."
    assert names_of(text) == []


def test_a_compass_word_after_a_known_given_name_is_a_surname() -> None:
    text = '"It matters," said Sarah Myers West, managing director of a research institute.'
    assert names_of(text) == ["Sarah Myers West"]
    text = "North Korea said the test was a success. South Africa said it would not attend."
    assert names_of(text) == []


def test_a_dj_before_a_name_is_a_role() -> None:
    text = 'Radio DJ Zak Lowry, an early fan, described the album as "the best debut in years".'
    assert names_of(text) == ["Zak Lowry"]


def test_initials_of_a_state_tag_are_no_name() -> None:
    text = (
        'Rep. Patrick McHale, R-N.C., the committee\'s chairman, called the rules "deeply flawed."'
    )
    assert names_of(text) == ["Patrick McHale"]


def test_a_title_with_to_keeps_its_role() -> None:
    text = "U.S. Ambassador to Japan Rahm Emmel praised the outgoing leader in a statement."
    assert names_of(text) == ["Rahm Emmel"]


def test_a_nationality_is_no_name() -> None:
    text = (
        "Colin Montrose wants the captaincy. The 41-year-old Scot, who has been second five "
        'times, said: "Not yet."'
    )
    assert names_of(text) == ["Colin Montrose"]


def test_a_run_after_the_without_a_title_is_an_organisation() -> None:
    text = "The Halden Otters said the deal was done. According to the Marlow Examiner, it was."
    assert names_of(text) == []
    # a title keeps the person in the run, and so does a full name inside it
    text = "Chief Secretary to the Treasury Paul Brannick said the sums did not add up."
    assert names_of(text) == ["Paul Brannick"]


def test_a_german_noun_ending_ends_a_name() -> None:
    from reader.speakers.names import find_name_mentions
    from reader.speakers.text import Index

    text = "Später hat Kowalczyk Entwarnung gegeben. Dann kam Emil Hartung."
    words = [m.words for m in find_name_mentions(Index(text), "de")]
    assert ("Kowalczyk",) in words and ("Emil", "Hartung") in words
    assert not any("Entwarnung" in w and len(w) > 1 for w in words)


def test_an_initial_closing_a_name_is_its_surname() -> None:
    # court reports keep people anonymous: "Jana P.", then "P." or "Frau P." alone
    text = "Die Zeugin Jana P. kam spät. Frau P. war ruhig. Dann sprach P. lange."
    found = mentions(text, "de")
    assert [m.words for m in found] == [("Jana", "P"), ("P",), ("P",)]
    assert found[0].main_words == ("Jana", "P")
    assert text[found[0].start : found[0].end] == "Jana P."
    assert found[1].honorific == "frau"
    # an initial inside a name is no surname; an initial nobody carries is no mention
    assert words("George W. Bush spoke. Then Q. came.") == [("George", "W", "Bush")]


def test_a_german_role_noun_or_nationality_opens_no_name() -> None:
    assert words("Sein Landsmann Willian kam.", "de") == [("Willian",)]
    assert words("Der Polizist Bernd K. kam.", "de") == [("Bernd", "K")]
    assert words("Der Brasilianer Tiquinho traf.", "de") == [("Tiquinho",)]


def test_an_elided_french_article_opens_no_name() -> None:
    # "L'Equipe", also with its apostrophe lost: a newspaper, not a person
    assert words("Wie LEquipe anmerkte, war es knapp.", "de") == []
    assert words("L'Oreal said sales rose.") == []
    assert words("LeBron James scored.") == [("LeBron", "James")]


def test_a_given_name_that_abbreviates_a_month_before_a_surname() -> None:
    assert words("Sportdirektor Jan Wendt kam.", "de") == [("Jan", "Wendt")]


def test_a_picture_credit_names_no_person() -> None:
    # a caption's credit line: the photographer before "/ agency", or after "Photo:"
    text = (
        "Senator Ann Vrel speaks in Albany on May 2, 2021.Mark J. Bell / AP file\n\n"
        "Photo: Tom Reed\n\nLisa Crane/Getty Images\n\nCarl Ossian, 41, was held."
    )
    found = words(text)
    assert ("Ossian",) in found or ("Carl", "Ossian") in found
    assert not any(w[-1] in ("Bell", "Reed", "Crane") for w in found)


def test_runs_take_particles_and_initials_and_end_at_any_other_token() -> None:
    text = "Ursula von der Leyen met George W. Bush, Ann Ⅻ Vale and Kim of Leeds in Den Haag."
    index = Index(text)
    runs = [" ".join(index.tokens[i].text for i in run) for run in _runs(index, "en")]
    assert runs == [
        *("Ursula von der Leyen", "George W . Bush", "Ann", "Vale", "Kim", "Leeds"),
        "Den Haag",
    ]
