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


def test_pronoun_after_an_attributed_sentence_is_its_speaker() -> None:
    text = (
        "Tyler Morrow was arrested in Aurora, Police Chief Ron Tomas told reporters. "
        "Officers found a handgun, he said."
    )
    assert names_of(text) == ["Ron Tomas"]


def test_a_name_after_was_is_a_referent_for_she() -> None:
    text = (
        "Among those at the vigil was Ottilie Brandauer, 71, whose grandson is missing. "
        '"I just want him home," she told reporters.'
    )
    assert names_of(text) == ["Ottilie Brandauer"]


def test_both_leaders_said_names_the_two_people_just_named() -> None:
    text = "Ruth Kessel met Omar Lindqvist in Bern. Both leaders said the talks were useful."
    assert names_of(text) == ["Ruth Kessel", "Omar Lindqvist"]
    text = "Ruth Kessel and Omar Lindqvist met in Bern. The two men said the talks were useful."
    assert names_of(text) == ["Ruth Kessel", "Omar Lindqvist"]
    text = "Ruth Kessel and Omar Lindqvist met in Bern. They both said the talks were useful."
    assert names_of(text) == ["Ruth Kessel", "Omar Lindqvist"]


def test_both_said_with_three_people_named_is_too_unsure() -> None:
    text = (
        "Ruth Kessel, Omar Lindqvist and Paul Weir met in Bern. "
        "Both leaders said the talks were useful."
    )
    assert names_of(text) == []


def test_the_two_men_inside_a_reported_clause_are_no_speakers() -> None:
    text = (
        "Ruth Kessel met Omar Lindqvist on Monday. A spokesman for Ms Kessel said the "
        "two men told each other everything."
    )
    assert names_of(text) == []


def test_a_role_after_a_quotation_of_several_sentences_looks_back_from_its_start() -> None:
    text = (
        "Coach Frank Rijkmans would not be drawn. "
        '"I will not talk about referees. My team played well and we deserved it," '
        "the Dutchman said."
    )
    assert names_of(text) == ["Frank Rijkmans"]


def test_a_players_position_names_the_player_just_written_about() -> None:
    text = (
        "Andrew Strell, who made 656 runs, was named man of the series. "
        'The Middlesex opener said the win was "the best feeling I have had".'
    )
    assert names_of(text) == ["Andrew Strell"]


def test_an_unnamed_role_after_someone_else_stays_unnamed() -> None:
    text = "Andrew Strell was named man of the series. The spokesman said tickets were sold out."
    assert names_of(text) == []


def test_an_age_then_an_appositive_before_said() -> None:
    text = "Wendy Hollis, 52, a nurse from Summerville, said she voted for change."
    assert names_of(text) == ["Wendy Hollis"]


def test_a_club_name_before_a_role_noun_is_no_referent_for_the_nationality() -> None:
    text = (
        "Fulchester Rovers lost at home. Rovers boss Danny Keogh felt his side deserved more. "
        '"We were the better team," the Irishman said.'
    )
    assert names_of(text) == ["Danny Keogh"]


def test_he_after_an_unnamed_speaker_is_that_speaker() -> None:
    text = (
        "The firm was founded by Walter Brinks in 1921. A company spokesman said sales were up. "
        '"We are proud of our history," he said.'
    )
    assert names_of(text) == []
    text = 'Walter Brinks founded the firm in 1921. "We are proud of our history," he said.'
    assert names_of(text) == ["Walter Brinks"]


def test_a_pronoun_skipping_the_person_who_just_spoke_names_nobody() -> None:
    # the speaker's given name is listed as female; "he" must not jump back to someone else
    text = (
        "The club said Tomas Brandt was fit again. Former striker Gloria Penn said the side "
        'were "still favourites". "They look strong at the back," he added.'
    )
    assert names_of(text) == ["Gloria Penn"]


def test_she_after_a_speaker_with_a_son_is_not_the_son() -> None:
    # "Odile Vrancx" has no title, role or known given name, but ", whose son" makes her a
    # person; her son, named with a kin noun, must not inherit her words
    text = (
        "Relatives held a vigil on Saturday. Odile Vrancx, whose son Tobin is missing, told "
        'the crowd that time was short. "Every day counts," she said.'
    )
    assert names_of(text) == ["Odile Vrancx"]


def test_he_never_means_a_name_in_object_position() -> None:
    text = 'Officers arrested Mark Dunn at his home. "This was a cowardly attack," he said.'
    assert names_of(text) == []
    text = 'Police said Tom Reed, 45, was held overnight. "We need witnesses," he said.'
    assert names_of(text) == []


def test_he_skips_an_object_for_the_subject_of_the_same_sentence() -> None:
    text = 'Asked about Paul Jones, coach Steve Ince praised him. "He will be back," he added.'
    assert names_of(text) == ["Steve Ince"]


def test_a_pronoun_after_a_speech_verb_is_no_sentence_subject() -> None:
    text = (
        "Lena Voss, 22, died last week. Her family says she was beaten; the police deny this "
        "and say she had a heart attack."
    )
    assert names_of(text) == []


def test_he_after_a_possessive_role_means_the_role_not_the_possessor() -> None:
    text = (
        "Chelsea want striker Didier Drogue. Drogue's agent, Thierno Seydou, confirmed the "
        'talks. "He dreams of London," he said.'
    )
    assert names_of(text) == ["Thierno Seydou"]


def test_a_german_role_reaches_past_a_quotation_that_lost_its_marks() -> None:
    # the quotation between the name and "ließ der Spieler verlauten" is a sentence of its own
    text = (
        "Später hat Marko Kovac Entwarnung gegeben. Nichts Schlimmes. Hoffentlich bin ich "
        "bald fit, ließ der ÖFB-Teamspieler auf Facebook verlauten."
    )
    assert names_of(text, "de") == ["Marko Kovac"]
    # English keeps to this sentence and the one before
    text = "Mark Cole arrived. The ship sank. Nobody knew why. It was bad, the captain said."
    assert names_of(text) == []


# -- gendered descriptions (gendered-role-nouns.txt) ----------------------------------------
def test_a_gendered_description_skips_a_nearer_person_of_no_known_gender() -> None:
    # "Halloran's winner" is nearer, but "the Frenchwoman" is the woman named before it
    text = (
        "Visiting coach Ines Morel was left to rue her chances. Her side hit the post before "
        'Kian Halloway\'s winner.\n\n"We should have won by half-time," the Frenchwoman said.'
    )
    (morel,) = speakers_of(text)
    assert morel.name == "Ines Morel"
    assert surfaces(text, morel.quotes) == ['"We should have won by half-time,"']


def test_a_gendered_role_is_not_a_person_of_the_other_gender() -> None:
    # "the spokeswoman" after a man spoke is not him; the woman described so before is meant
    text = (
        "Council spokeswoman Ada Brook said the road would reopen. Engineer Tom Reyes said "
        'the bridge was safe. "We expect traffic by Friday," the spokeswoman added.'
    )
    by_name = {s.name: surfaces(text, s.quotes) for s in speakers_of(text)}
    assert '"We expect traffic by Friday,"' in by_name["Ada Brook"]
    assert '"We expect traffic by Friday,"' not in by_name["Tom Reyes"]


# -- pronouns after an inverted speaker and past "he wrote" ---------------------------------
def test_a_name_after_an_inverted_verb_is_a_referent_for_he() -> None:
    # "'...,' said Martin Bell, a student" names the speaker, not an object of "said"
    text = (
        "'I made a chart of colours,' said Martin Bell, a student who made the graph. "
        "To do this, he wrote software to fetch the images. Then the software plots them. "
        "'The changes might have many causes,' he wrote."
    )
    (bell,) = speakers_of(text)
    assert "'The changes might have many causes,'" in surfaces(text, bell.quotes)


def test_a_name_opening_a_reported_clause_is_still_no_referent() -> None:
    # "Police said Tom Reed, 45, was held": Reed is the object of what was said
    text = (
        "Police said Tom Reed, 45, was held on Monday. 'We are looking for a second man,' he said."
    )
    assert "Tom Reed" not in [s.name for s in speakers_of(text)]


def test_a_pronoun_speaker_does_not_stop_a_later_pronoun() -> None:
    # "he wrote" is no unnamed speaker: the "he" after it still reaches Vos
    text = (
        "Union leader Marta Vos spoke to members on Friday. She wrote to the company. "
        "The letter was long. The port stayed shut. "
        "She said the union would ballot its members."
    )
    (vos,) = speakers_of(text)
    assert "the union would ballot its members" in surfaces(text, vos.quotes)


def _statements_of(text: str) -> dict[str, list[str]]:
    return {s.name: surfaces(text, s.quotes) for s in speakers_of(text)}


def test_a_descriptive_noun_no_list_holds_makes_no_object_of_the_name() -> None:
    # "the Dutch volcanologist Pieter Smit": a description, not a verb and its object
    text = (
        'Team leader Ann Holt said the crater was stable. "We are safe," she said.\n\n'
        "Among those on the rim was the Dutch volcanologist Pieter Smit, who has climbed it "
        "ten times. The veteran said the lava lake had risen since June."
    )
    said = _statements_of(text)
    assert "the lava lake had risen since June" in said["Pieter Smit"]
    assert "the lava lake had risen since June" not in said["Ann Holt"]


def test_a_described_name_after_a_verb_is_still_its_object() -> None:
    # "met the Dutch volcanologist Pieter Smit": past the description stands a verb
    text = (
        "Mayor Tom Reed met the Dutch volcanologist Pieter Smit on Sunday.\n"
        "He said the town was calm."
    )
    said = _statements_of(text)
    assert "the town was calm" in said["Tom Reed"]
    assert "Pieter Smit" not in said


def test_a_new_role_describes_the_person_just_introduced_in_its_paragraph() -> None:
    text = (
        'Councillor Neil Vane said the council had failed. "It is a scandal," he said.\n\n'
        "A shopkeeper on the high street, Joan Pell, 67, lost a week of trade. "
        '"I have never seen water like it," the former nurse said.'
    )
    said = _statements_of(text)
    assert '"I have never seen water like it,"' in said["Joan Pell"]
    assert '"I have never seen water like it,"' not in said["Neil Vane"]


def test_a_role_after_a_person_named_without_description_stays_with_the_speaker() -> None:
    # nothing introduces Mark Dunn as the one described: "the spokesman" is the last speaker
    text = (
        "Police spokesman Tom Reed said the road was closed.\n\n"
        'Mark Dunn was arrested on Sunday. "He will appear in court," the spokesman said.'
    )
    said = _statements_of(text)
    assert "Mark Dunn" not in said


def test_a_role_in_the_lead_means_the_person_later_named_with_it() -> None:
    text = (
        "Minister attacks Railco over delays\n\n"
        "The transport minister has accused the operator Railco of misleading passengers.\n\n"
        '"This cannot go on," said Transport Minister Ann Holt.\n\n'
        "Railco's chief executive, Sam Orr, said the trains were improving."
    )
    said = _statements_of(text)
    assert "Railco" not in said  # a headline's "Minister" describes nobody
    assert any(s.startswith("the operator Railco of misleading") for s in said["Ann Holt"])


def test_a_lead_role_with_other_words_is_not_someone_with_the_role_alone() -> None:
    # "the central bank head" is not "Tom Reed, head of research at a bank"
    text = (
        "Pound rises\n\n"
        "The pound rose after the central bank head said inflation had peaked.\n\n"
        '"It is a relief," said Tom Reed, head of research at Alder Bank.'
    )
    said = _statements_of(text)
    assert "inflation had peaked" not in said.get("Tom Reed", [])


def test_a_new_description_after_an_unknown_name_spoken_of_names_no_one() -> None:
    # "Pelezinho" may be a person the description introduces: not the coach for sure
    text = (
        'Coach Ian Moss praised his side. "We were brave," Moss told reporters.\n\n'
        "Moss said Pelezinho had been ill all week.\n\n"
        "The 22-year-old Brazilian, who arrived in May, said it was his best goal."
    )
    said = _statements_of(text)
    assert "it was his best goal" not in said["Ian Moss"]


def test_a_new_description_after_a_speaker_alone_is_still_theirs() -> None:
    text = (
        'Coach Ian Moss praised his side. "We were brave," Moss told reporters.\n\n'
        "Moss said the team had been ill all week.\n\n"
        "The 52-year-old Scot, who arrived in May, said it was his best season."
    )
    said = _statements_of(text)
    assert "it was his best season" in said["Ian Moss"]


def test_a_lead_role_nobody_holds_is_the_speaker_opening_the_next_paragraph() -> None:
    text = (
        "Shares climb\n\n"
        "Shares rose after the central bank chief said rates would fall.\n\n"
        "And Maria Lenz told MPs that inflation was under control.\n\n"
        '"It is good news," said Tom Reed, an analyst.'
    )
    said = _statements_of(text)
    assert "rates would fall" in said["Maria Lenz"]


def test_a_lead_role_is_not_the_next_paragraphs_speaker_of_another_role() -> None:
    text = (
        "Election called\n\n"
        "The prime minister has said an election will be held in May.\n\n"
        "Opposition leader Tom Reed said he welcomed the decision."
    )
    said = _statements_of(text)
    assert "an election will be held in May" not in said.get("Tom Reed", [])
