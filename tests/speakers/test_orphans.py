"""Quotations no attribution reaches go to the person the article means, or to nobody."""

from __future__ import annotations

from .helpers import speakers_of, surfaces


def test_quote_paragraphs_after_a_sentence_about_a_speaker() -> None:
    text = (
        '"I lost because of the things I did," said sprinter Mo Greer.\n'
        "Greer crossed the line in third place.\n"
        '"It really hurts to look at that medal."\n'
    )
    (greer,) = speakers_of(text)
    assert '"It really hurts to look at that medal."' in surfaces(text, greer.quotes)


def test_a_quotation_before_an_attribution_opening_with_one() -> None:
    text = (
        "Ann Vrel spoke after Bob Stone.\n"
        '"We waited." "We were patient," said Bob Stone.\n'
        '"No comment," said Ann Vrel.'
    )
    vrel, stone = speakers_of(text)
    assert '"We waited."' in surfaces(text, stone.quotes)
    assert '"We waited."' not in surfaces(text, vrel.quotes)


def test_a_quotation_between_two_speakers_far_from_both_goes_to_nobody() -> None:
    text = (
        "Ann Vrel said the dam would hold. Bob Stone said it would not.\n"
        "The river rose all week. Roads were closed. Schools shut. Trains stopped.\n"
        '"Nobody knows what comes next."\n'
    )
    vrel, stone = speakers_of(text)
    orphan = '"Nobody knows what comes next."'
    assert orphan not in surfaces(text, vrel.quotes) + surfaces(text, stone.quotes)


def test_quotations_after_a_glued_caption_go_on_with_the_speaker_before_it() -> None:
    # joined Daily Mail paragraphs: a photo caption with no full stop sits between two
    # quotation paragraphs of the same speaker; the caption is about someone else
    text = (
        "Tom Hale told the court he was innocent. Detective Ann Lee said: 'He called her "
        "every day. 'He sent letters. 'He sent texts. 'He never stopped calling her.' Hale was "
        "held at HMP Leeds (pictured) when he began calling 'This is a highly unusual case of "
        "harassment. 'He thinks he is above the law.'"
    )
    hale, lee = speakers_of(text)
    assert (hale.name, lee.name) == ("Tom Hale", "Ann Lee")
    assert surfaces(text, tuple(st.span for st in hale.statements)) == ["he was innocent"]
    quotes = surfaces(text, tuple(st.span for st in lee.statements))
    assert quotes[-2].startswith("'This is a highly unusual case")
    assert quotes[-1] == "'He thinks he is above the law.'"


def test_a_quotation_introduced_as_a_description_is_no_caption() -> None:
    text = (
        'Tim Cook said he was proud. Ann Lee introduced Cook as "someone who has redefined '
        'what it means to lead" and thanked him.'
    )
    cook = next(s for s in speakers_of(text) if s.name == "Tim Cook")
    assert all("redefined" not in text[a:b] for a, b in (st.span for st in cook.statements))


def test_quotations_after_an_organisations_statement_go_to_no_earlier_person() -> None:
    # "they said in a statement" (the company) names nobody: the quotation paragraph after it
    # is the company's, not the senator's who spoke two sentences before
    text = (
        'Senator Mary Holt said the firm "broke every promise".\n\n'
        "The firm has denied doing anything wrong.\n\n"
        '"We followed every rule," they said in a statement.\n\n'
        '"In fact, we went further than the law requires."\n'
    )
    (holt,) = speakers_of(text)
    assert not any("In fact" in s for s in surfaces(text, holt.quotes))


def test_quotations_after_an_unresolved_he_still_follow_the_last_speaker() -> None:
    # an unresolved "he wrote" is no other source: the quotations after it may still go on
    text = (
        "Researcher Martin Orr studied the paintings.\n"
        "'The colours changed slowly,' he wrote.\n"
        "'One cause could be the pigments.'\n"
    )
    (orr,) = speakers_of(text)
    assert "'One cause could be the pigments.'" in surfaces(text, orr.quotes)


def test_a_quotation_left_open_at_a_paragraph_end_goes_to_who_closes_it() -> None:
    # the quotation runs on into the next paragraph, closed there by "said Maddox": both
    # paragraphs are his, not the next paragraph's speaker's
    text = (
        "The shortlist was announced on Monday.\n\n"
        '"There is no doubt this is the best list yet.\n'
        'If anything, the choice is even wider," said Ron Maddox.\n'
        '"It was very hard to choose," said producer Ann Rossi.'
    )
    by_name = {s.name: surfaces(text, s.quotes) for s in speakers_of(text)}
    assert '"There is no doubt this is the best list yet.' in by_name["Ron Maddox"]
    assert '"There is no doubt this is the best list yet.' not in by_name["Ann Rossi"]


def test_only_a_quotation_left_open_at_a_paragraph_end_runs_on() -> None:
    from reader.speakers.orphans import _continues
    from reader.speakers.text import Index

    open_ = Index('"We are ready.\nIf anything, we are early," said Ron Maddox.')
    closed = Index('"We are ready."\nIf anything, we are early, said Ron Maddox.')
    same_line = Index('"We are ready. If anything, we are early," said Ron Maddox.')
    assert _continues(open_, 0, 1)
    assert not _continues(closed, 0, 1)
    assert len(same_line.sentences) < 2 or not _continues(same_line, 0, 1)


def test_quotation_after_a_description_doing_something_else_is_theirs() -> None:
    text = (
        'Norway\'s Anna Dahl won the final. "It was my best day," she said. Mia Lund, the '
        "Dane, said she was tired.\n\n"
        'Asked about the next race, the Norwegian smiled. "Why not? I feel strong.\n\n'
        '"I will be ready."'
    )
    said = {s.name: surfaces(text, s.quotes) for s in speakers_of(text)}
    assert '"Why not? I feel strong.' in said["Anna Dahl"]
    assert '"I will be ready."' in said["Anna Dahl"]
    assert '"I will be ready."' not in said["Mia Lund"]


def test_a_description_followed_by_a_name_is_left_to_the_name() -> None:
    text = (
        "Ann Vrel said the dam would hold. Bob Stone said it would not.\n\n"
        "The engineer Bob Stone walked to the river.\n"
        '"Nobody knows what comes next."\n'
    )
    said = {s.name: surfaces(text, s.quotes) for s in speakers_of(text)}
    assert '"Nobody knows what comes next."' in said["Bob Stone"]
