"""People who share a surname: relatives, spouses and namesakes stay apart, and a surname alone
goes to one of them only when a title, a gender, kinship or the nearest mention says which."""

from __future__ import annotations

from reader.result import Speaker
from reader.speakers.families import Profile, find_families, title_class, two_given_names
from reader.speakers.names import find_name_mentions
from reader.speakers.text import Index
from tests.speakers.helpers import speakers_of, surfaces


def said(text: str) -> dict[str, list[str]]:
    """Speaker name -> the texts of their statements."""
    return {s.name: _texts(text, s) for s in speakers_of(text)}


def _texts(text: str, speaker: Speaker) -> list[str]:
    return [text[a:b] for a, b in (st.span for st in speaker.statements)]


def test_a_peer_and_his_son_are_two_people() -> None:
    text = (
        "Lord Harwell said he would fight the ruling. Lord Harwell's eldest son is a "
        "barrister. Thomas Harwell told reporters the family was relieved. Mr Harwell said "
        "the case was closed."
    )
    found = said(text)
    assert found["Harwell"] == ["he would fight the ruling"]
    assert found["Thomas Harwell"] == ["the family was relieved", "the case was closed"]


def test_a_son_introduced_by_kinship_does_not_take_his_fathers_name() -> None:
    text = (
        "Lord Harwell was too ill to attend. His son, Thomas Harwell, said the family was "
        "relieved. Lord Harwell said in a letter that he wished to remain a peer."
    )
    found = said(text)
    assert found["Thomas Harwell"] == ["the family was relieved"]
    assert found["Harwell"] == ["he wished to remain a peer"]


def test_a_peer_is_not_a_barrister_of_his_surname() -> None:
    text = (
        "Lord Harwell said he would appeal. Thomas Harwell QC said the ruling was fair. "
        "Lord Harwell said he was disappointed."
    )
    found = said(text)
    assert found["Harwell"] == ["he would appeal", "he was disappointed"]
    assert found["Thomas Harwell"] == ["the ruling was fair"]


def test_a_barrister_is_mr_after_his_letters() -> None:
    text = "Richard Latham QC, prosecuting, told the jury. Mr Latham said the plan had failed."
    assert [s.name for s in speakers_of(text)] == ["Richard Latham"]


def test_spouses_mr_and_mrs_are_told_apart_by_gender() -> None:
    text = (
        "John Pelham, 64, was released on Friday. Mrs Pelham said she had never doubted him. "
        "Mr Pelham said he wanted to rest."
    )
    found = said(text)
    assert found["John Pelham"] == ["he wanted to rest"]
    assert found["Pelham"] == ["she had never doubted him"]


def test_a_couple_named_together_leaves_a_bare_surname_to_nobody() -> None:
    text = (
        "Mr and Mrs Corbin run the bakery. Mrs Corbin said sales were up. Mr Corbin said "
        "costs were rising, and Mrs Corbin nodded. Corbin said the shop would stay open."
    )
    speakers = speakers_of(text)
    assert len(speakers) == 2
    statements = [t for s in speakers for t in _texts(text, s)]
    assert "sales were up" in statements
    assert not any("stay open" in t for t in statements)


def test_sisters_named_together_leave_a_bare_surname_to_nobody() -> None:
    text = (
        "Maria Castell and Elena Castell reached the final on Sunday. Castell said the crowd "
        "had carried them."
    )
    assert said(text) == {}


def test_a_bare_surname_goes_to_the_sister_just_named() -> None:
    text = (
        "The Castell sisters reached the final on Sunday. Maria Castell said she was tired. "
        "Elena Castell was beaten in the semi-final last year. Castell said the crowd had "
        "carried them."
    )
    found = said(text)
    assert found["Elena Castell"] == ["the crowd had carried them"]
    assert found["Maria Castell"] == ["she was tired"]


def test_a_title_picks_the_person_who_holds_it() -> None:
    text = (
        "Mayor Ruth Dalby met her brother Simon Dalby on Monday. The talks lasted an hour. "
        "Mayor Dalby said the meeting had gone well."
    )
    assert said(text)["Ruth Dalby"] == ["the meeting had gone well"]


def test_one_person_with_title_variants_is_still_one_person() -> None:
    text = (
        "Lord Harwell said he would appeal. Geoffrey Harwell, 86, was a minister for ten "
        "years. Harwell said the ruling was wrong."
    )
    assert said(text) == {"Geoffrey Harwell": ["he would appeal", "the ruling was wrong"]}
    text = "President Biden said the talks had failed. Joe Biden, 81, flew home. Biden said so."
    (speaker,) = speakers_of(text)
    assert speaker.name == "Joe Biden"
    assert surfaces(text, speaker.mentions) == ["Biden", "Joe Biden", "Biden"]
    text = "Ms Hewitt said the plan would work. Patricia Hewitt later said it had."
    (speaker,) = speakers_of(text)
    assert speaker.name == "Patricia Hewitt"
    assert len(speaker.statements) == 2


def test_families_finds_couples_families_and_kinship_phrases() -> None:
    text = "Mr and Mrs Corbin came. The Okafor brothers won. Lord Harwell's son came."
    index = Index(text)
    mentions = find_name_mentions(index)
    families = find_families(mentions, index)
    assert families.shared == {"Corbin", "Okafor"}
    assert [mentions[i].words for i in families.kin_of] == [("Harwell",)]


def test_kinship_before_a_name_makes_a_relative() -> None:
    text = "Stan Ferris died. His son and daughter, Daniel and Dana Ferris, were with him."
    index = Index(text)
    mentions = find_name_mentions(index)
    families = find_families(mentions, index)
    assert [mentions[i].words for i in sorted(families.relatives)] == [
        ("Daniel", "Ferris"),
        ("Dana", "Ferris"),
    ]


def test_two_given_names_and_title_classes() -> None:
    assert two_given_names(("Joe", "Biden"), ("Hunter", "Biden"))
    assert not two_given_names(("Christian", "Andersen"), ("Hans", "Christian", "Andersen"))
    assert not two_given_names(("Headingley", "Sinfield"), ("Kevin", "Sinfield"))
    index = Index("Lord Harwell, Mr Harwell, Tom Harwell QC and Dr Harwell met.")
    classes = [title_class(m) for m in find_name_mentions(index)]
    assert classes == ["peer", "commoner", "commoner", ""]


def test_a_profile_excludes_another_gender_or_class() -> None:
    mentions = find_name_mentions(
        Index("Lord Harwell met Mrs Harwell, Mr Harwell and Tom Harwell.")
    )
    peer = Profile()
    peer.add(mentions[0])
    assert [peer.excludes(m) for m in mentions[1:]] == [True, True, False]
