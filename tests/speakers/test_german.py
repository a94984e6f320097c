"""German attributions: subjects anywhere in the verb's clause, roles after the verb."""

from __future__ import annotations

from .helpers import names_of


def test_participle_and_verb_final_clauses() -> None:
    text = (
        "Der Verteidiger Jonas Albrecht kam spät. Bereits im Mai hatte er gegenüber der "
        "Zeitung betont: Wir gewinnen. Die Lage sei ernst, wie Bürgermeisterin Eva Lindner "
        "vor Journalisten sagte."
    )
    assert names_of(text, "de") == ["Jonas Albrecht", "Eva Lindner"]


def test_a_role_or_nationality_after_the_verb_means_the_person_just_named() -> None:
    text = (
        "Trainer Paul Maric verlor. Wir waren schlecht, meinte der ehemalige Porto-Coach. "
        "Der Schwede Lars Holm gewann. Es war schwer, sagte der Schwede."
    )
    assert names_of(text, "de") == ["Paul Maric", "Lars Holm"]


def test_bare_names_where_german_puts_a_speaker() -> None:
    text = "Die Preise steigen, so Kowalczyk. Laut Brenner fällt der Zins nicht."
    assert names_of(text, "de") == ["Kowalczyk", "Brenner"]


def test_nouns_in_those_places_are_no_names() -> None:
    text = (
        "Laut Medienberichten steigen die Preise. Die Gewerkschaft kündigte Widerstand an. "
        "Der Widerstand wächst."
    )
    assert names_of(text, "de") == []


def _statements(text: str) -> list[tuple[str, str, str]]:
    from reader.speakers import who_said_what

    found = who_said_what(text, "de")
    return [
        (s.name, st.kind, text[st.span[0] : st.span[1]])
        for s in found.speakers
        for st in s.statements
    ]


def test_a_separable_speech_verb_with_its_particle_at_the_clause_end() -> None:
    text = "Die Preise seien zu hoch, gab Finanzminister Hans Eichel am Montag in Bonn zu bedenken."
    assert _statements(text) == [("Hans Eichel", "indirect", "Die Preise seien zu hoch")]
    assert names_of("Es gab Hans Eichel am Montag ein Buch.", "de") == []


def test_what_follows_a_german_speech_verb_without_a_comma_is_no_statement() -> None:
    # "warnte am Montag vor steigenden Preisen": adjuncts and objects of the verb's own clause
    text = "Hans Eichel warnte am Montag vor steigenden Preisen. Die Inflation sei zu hoch."
    assert _statements(text) == [("Hans Eichel", "indirect", "Die Inflation sei zu hoch.")]
    text = "Hans Eichel sagte am Montag in Bonn, die Preise würden steigen."
    assert _statements(text) == [("Hans Eichel", "indirect", "die Preise würden steigen")]


def test_reported_speech_runs_on_past_one_sentence_of_the_reporters_own() -> None:
    text = (
        "Hans Eichel sagte, die Preise würden steigen. Das Amt legte am Montag Zahlen vor. "
        "Die Inflation sei zu hoch. Der Euro fiel. Das Wetter war gut. Man müsse handeln."
    )
    said = [st for _, _, st in _statements(text)]
    assert said == ["die Preise würden steigen", "Die Inflation sei zu hoch."]


def test_a_name_after_a_preposition_is_not_the_speaker_after_the_verb() -> None:
    text = "Die Lage sei ernst, sagt der von Anna Berger verteidigte Angeklagte."
    assert names_of(text, "de") == []


def test_a_name_before_a_colon_in_running_text_is_the_speaker() -> None:
    text = "Das verwundert Anwältin Eva Lindner: Woher wissen Sie das? Der Zeuge schweigt."
    assert _statements(text) == [("Eva Lindner", "direct", "Woher wissen Sie das?")]
    assert names_of("Eva Lindner: Wir bauen eine Schule.", "de") == []  # a label (.labels)


def test_reported_speech_stops_at_a_sentence_where_someone_else_speaks() -> None:
    text = (
        "Hans Eichel sagte, die Preise würden steigen. Die Zeugin erzählt etwas anderes. "
        "Sie sei nicht dort gewesen."
    )
    assert [st for _, _, st in _statements(text)] == ["die Preise würden steigen"]
