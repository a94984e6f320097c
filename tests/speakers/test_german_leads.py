"""German reported speech led in by a sentence about its speaker, with no speech verb."""

from __future__ import annotations

from reader.speakers import who_said_what
from reader.speakers.german_leads import exchange_after, lead_subjects
from reader.speakers.people import find_people
from reader.speakers.text import Index


def _statements(text: str) -> list[tuple[str, str, str]]:
    found = who_said_what(text, "de")
    return [
        (s.name, st.kind, text[st.span[0] : st.span[1]])
        for s in found.speakers
        for st in s.statements
    ]


def test_the_subjunctive_after_a_sentence_about_a_named_person_is_theirs() -> None:
    text = (
        "Der Prozess dauert an. Sein Anwalt Lukas Ferner sieht dagegen einen Rechenfehler. "
        "Die Kanzlei sei für die Zahlen verantwortlich gewesen."
    )
    assert _statements(text) == [
        ("Lukas Ferner", "indirect", "Die Kanzlei sei für die Zahlen verantwortlich gewesen.")
    ]


def test_the_first_person_after_an_appositive_lead_is_the_persons_own_words() -> None:
    text = (
        "Milo Santner, ein früherer Mitspieler, sah die Form zurückkehren. Er will es allen "
        "zeigen. Der Klub braucht ihn, und ich bin sicher, dass er trifft."
    )
    assert _statements(text) == [
        (
            "Milo Santner",
            "direct",
            "Der Klub braucht ihn, und ich bin sicher, dass er trifft.",
        )
    ]


def test_a_writers_hypothesis_or_a_name_after_a_preposition_leads_nothing() -> None:
    # "wäre": the past subjunctive also states the writer's own hypothesis
    text = "Danach will Kanzler Ole Brandl Fachleute holen. Es wäre das erste Mal."
    assert who_said_what(text, "de").speakers == ()
    # the name is no subject: "mit Ole Brandl"
    text = "Die Partei sprach mit Ole Brandl. Die Lage sei ernst."
    assert who_said_what(text, "de").speakers == ()


def test_leads_stop_at_another_speech_verb_and_keep_out_of_interviews() -> None:
    text = "Ole Brandl hat acht Tore erzielt. Wie die Zeitung anmerkte, sei er kein Faktor."
    assert who_said_what(text, "de").speakers == ()
    text = "Frage: Frau Lenz, wie geht es weiter?\n\nLenz: Ich bleibe, das ist sicher."
    index = Index(text)
    assert lead_subjects(index, find_people(index, "de"), set()) == {}


def test_a_question_opening_dash_turns_after_a_lead_is_the_lead_persons() -> None:
    text = (
        "Der Angeklagte Rudi K. bestreitet alles. Ich war es nicht, beteuert er. "
        "Richterin Vera Aulich hält ihm die Belege vor. Wo ist das Geld? – Auf dem Konto. "
        "– Das Konto ist leer."
    )
    assert _statements(text) == [
        ("Rudi K.", "direct", "Ich war es nicht"),
        ("Rudi K.", "direct", "Auf dem Konto."),
        ("Vera Aulich", "direct", "Wo ist das Geld?"),
        ("Vera Aulich", "direct", "Das Konto ist leer."),
    ]
    index = Index(text)
    assert exchange_after(index, 2, set()) is not None
    assert exchange_after(index, 2, {3}) is None  # the sentence has an attribution


def test_what_follows_a_colon_after_a_lead_is_said_when_quoted_or_in_the_first_person() -> None:
    text = "Ministerin Petra Kahl zeigte sich zufrieden: „Das Ergebnis ist gut für alle.“"
    assert _statements(text) == [("Petra Kahl", "direct", "„Das Ergebnis ist gut für alle.“")]
    text = "Ministerin Petra Kahl zeigte sich zufrieden: Wir haben alles erreicht."
    assert _statements(text) == [("Petra Kahl", "direct", "Wir haben alles erreicht.")]
    text = "Ministerin Petra Kahl hat zwei Kinder: Anna und Paul."
    assert _statements(text) == []


def test_an_interviews_quoted_or_role_labelled_headline_is_the_answerers() -> None:
    answers = (
        "Frage: Frau Lenz, wie geht es weiter?\n\nLenz: Wir bauen neu.\n\n"
        "Frage: Wann?\n\nLenz: Im Herbst. Das Geld ist da.\n\nDas Gespräch führte Ida Roth."
    )
    text = "»Wir bleiben hier«\n\nAnke Lenz leitet den Zoo.\n\n" + answers
    found = {s.name: s for s in who_said_what(text, "de").speakers}
    assert next(text[a:b] for a, b in found["Anke Lenz"].quotes) == "»Wir bleiben hier«"
    text = "Zoodirektorin: Wir bleiben hier. Anke Lenz leitet den Zoo.\n\n" + answers
    found = {s.name: s for s in who_said_what(text, "de").speakers}
    assert next(text[a:b] for a, b in found["Anke Lenz"].quotes) == "Wir bleiben hier."
    # a headline in the third person, or no interview, gives nothing
    text = "Der Zoo bleibt\n\nAnke Lenz leitet den Zoo.\n\n" + answers
    found = {s.name: s for s in who_said_what(text, "de").speakers}
    assert next(text[a:b] for a, b in found["Anke Lenz"].quotes) == "Wir bauen neu."
    text = "»Wir bleiben hier«\n\nAnke Lenz leitet den Zoo. Sie plant einen Neubau."
    assert who_said_what(text, "de").speakers == ()


def test_a_quotation_right_after_a_lead_is_the_lead_persons() -> None:
    text = (
        "Die Firma streicht Stellen. Sachwalter Tobias Ebner zeigte sich zuversichtlich. "
        "„Das Unternehmen hat ein gutes Produkt.“ Die Börse reagierte kaum."
    )
    assert _statements(text) == [
        ("Tobias Ebner", "direct", "„Das Unternehmen hat ein gutes Produkt.“")
    ]


def test_a_quotation_in_a_new_paragraph_is_not_the_leads() -> None:
    text = (
        "Die Firma streicht Stellen. Sachwalter Tobias Ebner zeigte sich zuversichtlich.\n\n"
        "„Das Unternehmen hat ein gutes Produkt.“\n"
    )
    assert ("Tobias Ebner", "direct", "„Das Unternehmen hat ein gutes Produkt.“") not in (
        _statements(text)
    )


def test_the_head_of_an_appositive_subject_is_no_statement() -> None:
    text = (
        "Die Polizei fasste zwei Männer. Der Vorsitzende des Vereins, Dieter Kuhlmann, lobte "
        "die schnelle Festnahme. Man habe lange über Kameras nachgedacht."
    )
    assert _statements(text) == [
        ("Dieter Kuhlmann", "indirect", "Man habe lange über Kameras nachgedacht.")
    ]
