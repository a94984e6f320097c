"""Objects that are statements: "denied the allegations", "described X as Y"."""

from __future__ import annotations

from reader.speakers.objects import STATEMENT_OBJECT_VERBS, object_end, statement_object
from reader.speakers.text import Index
from reader.speakers.verbs import SPEECH_FORMS


def _object(sentence: str, verb: str) -> bool:
    """Whether the words after the first form of ``verb`` in ``sentence`` (up to the end of
    the object) are a statement object of ``verb``."""
    index = Index(sentence)
    k = next(j for j, t in enumerate(index.tokens) if SPEECH_FORMS.get(t.lower) == verb) + 1
    last = len(index.tokens)
    return statement_object(index, verb, k, object_end(index, k, last))


def test_the_table_reads_verbs_and_completing_words() -> None:
    assert STATEMENT_OBJECT_VERBS["describe"] == (frozenset({"as"}), False)
    assert STATEMENT_OBJECT_VERBS["deny"] == (frozenset(), True)
    completing, plain = STATEMENT_OBJECT_VERBS["criticise"]
    assert "for" in completing and plain


def test_a_claim_denied_is_a_statement() -> None:
    assert _object("She denied the allegations.", "deny")
    assert _object("She denied any wrongdoing.", "deny")
    assert _object("He disputed the figures in the report.", "dispute")


def test_a_person_place_or_thing_refused_is_not() -> None:
    assert not _object("The judge denied him bail.", "deny")
    assert not _object("Officials denied entry to the ship.", "deny")
    assert not _object("He dismissed the case against them.", "dismiss")
    assert not _object("She criticised Mr Berg.", "criticise")
    assert not _object("She criticised the minister.", "criticise")
    assert not _object("He condemned Russia.", "condemn")


def test_completing_words_make_a_person_object_a_statement() -> None:
    assert _object("She accused him of lying.", "accuse")
    assert _object("He criticised the minister for the delay.", "criticise")
    assert not _object("She accused him.", "accuse")


def test_describe_needs_as() -> None:
    assert _object("He described the result as a disaster.", "describe")
    assert not _object("He described the water rising.", "describe")


def test_verbs_outside_the_table_take_no_statement_object() -> None:
    assert not _object("She thanked the volunteers.", "thank")
    assert not _object("He wrote the letter himself.", "write")


def test_the_object_ends_at_punctuation_outside_quotations() -> None:
    index = Index('She denied the claim, "a lie, frankly", and left.')
    k = 2  # "the"
    end = object_end(index, k, len(index.tokens))
    assert index.tokens[end].text == ","
    assert index.tokens[end - 1].text == "claim"


def test_touted_needs_as() -> None:
    # "touted the scheme as the largest ..." says something; "touted the fair" does not
    assert _object("She touted the scheme as the largest in the county.", "tout")
    assert not _object("She touted the fair on Sunday.", "tout")
