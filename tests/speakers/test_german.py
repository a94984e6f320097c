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
    # "sagte am Montag in Bonn": adjuncts and objects of the verb's own clause
    text = "Hans Eichel sagte am Montag in Bonn nichts. Die Inflation sei zu hoch."
    assert _statements(text) == [("Hans Eichel", "indirect", "Die Inflation sei zu hoch.")]


def test_a_prepositional_object_of_warnen_or_sprechen_is_what_was_said() -> None:
    # data/german-content-prepositions.txt: "warnte vor", "spricht von"
    text = "Hans Eichel warnte am Montag vor steigenden Preisen. Die Inflation sei zu hoch."
    assert _statements(text) == [
        ("Hans Eichel", "indirect", "vor steigenden Preisen"),
        ("Hans Eichel", "indirect", "Die Inflation sei zu hoch."),
    ]
    text = "Anwalt Jonas Pilz spricht von einem Irrtum, was niemanden wundert."
    assert _statements(text) == [("Jonas Pilz", "indirect", "von einem Irrtum")]
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


def test_a_role_noun_after_the_verb_may_carry_an_age() -> None:
    # "meinte der 69-jährige Niederländer": the age comes before the role noun
    text = "Trainer Piet Maas verlor. Wir spielten schlecht, meinte der 58-jährige Niederländer."
    assert _statements(text) == [("Piet Maas", "direct", "Wir spielten schlecht")]


def test_passive_and_negated_speech_verbs_attribute_nothing() -> None:
    # "sei gefordert" is a passive; "kann nicht sagen" says that nothing was said
    text = "Ministerin Ute Brand kam. Die Ministerin sei gefordert, das Geld freizugeben."
    assert names_of(text, "de") == []
    text = "Der Beamte Olaf Brenner kam. Wie es geschah, kann er aber nicht sagen."
    assert names_of(text, "de") == []


def test_a_particle_can_make_a_speech_verb_another_verb() -> None:
    # "spricht H. frei" acquits, "sagte ... ab" cancels: data/german-not-speech-separables.txt
    text = "Richterin Ida Rauch tagte. Sie spricht den Angeklagten Jan Pohl frei."
    assert names_of(text, "de") == []
    text = "Der Sänger Tom Weber sagte das Konzert in Graz ab."
    assert names_of(text, "de") == []
    assert names_of("Die Lage sei ernst, sagte Tom Weber am Montag.", "de") == ["Tom Weber"]


def test_coordinated_german_subjects_both_speak() -> None:
    text = (
        "Wobei sowohl Richterin Anna Roth als auch Anwalt Peter Kurz anmerken, dass die "
        "Zeugen sich widersprechen."
    )
    assert names_of(text, "de") == ["Anna Roth", "Peter Kurz"]
    text = "Die Ärztin Eva Lind und der Pfleger Max Ott erklärten, die Station sei voll."
    assert names_of(text, "de") == ["Eva Lind", "Max Ott"]


def test_a_speech_verb_in_a_relative_clause_after_a_name() -> None:
    text = (
        "Gefragt ist der Gutachter Karl Weiß, der erklären soll, wie der Unfall geschah. "
        "Der Fahrer sei zu schnell gewesen."
    )
    assert _statements(text) == [
        ("Karl Weiß", "direct", "wie der Unfall geschah"),
        ("Karl Weiß", "indirect", "Der Fahrer sei zu schnell gewesen."),
    ]


def test_laut_and_zufolge_inside_a_clause_report_the_clause_around_them() -> None:
    text = "Die Mieten sollten laut Verbandschefin Rita Sommer nur langsam steigen."
    assert _statements(text) == [
        ("Rita Sommer", "direct", "Die Mieten sollten"),
        ("Rita Sommer", "direct", "nur langsam steigen"),
    ]
    text = "Ein guter Anfang ist Rita Sommer zufolge das neue Gesetz."
    assert [s[2] for s in _statements(text)] == ["Ein guter Anfang ist", "das neue Gesetz"]
    text = "Laut Rita Sommer steigen die Mieten."
    assert _statements(text) == [("Rita Sommer", "direct", "steigen die Mieten")]


def test_laut_and_a_role_mean_the_person_last_described_so() -> None:
    text = (
        "Verbandschef Otto Lenz stellte die Zahlen vor. Die Mieten steigen. Auch die Kosten "
        "wachsen. Die Löhne sollten laut dem Verbandschef schneller steigen."
    )
    assert ("Otto Lenz", "direct", "Die Löhne sollten") in _statements(text)


def test_reported_speech_stops_at_a_sentence_opening_with_another_name() -> None:
    text = (
        "Staatsanwalt Jens Kohl sprach von Betrug. Der Schaden sei hoch. Anwältin Mia Roth, "
        "die für ihre Mandantin spricht, ist überzeugt, dass alles korrekt gewesen sei."
    )
    statements = _statements(text)
    assert ("Jens Kohl", "indirect", "Der Schaden sei hoch.") in statements
    assert not any("überzeugt" in st[2] for st in statements if st[0] == "Jens Kohl")


def test_first_person_sentences_after_an_attribution_go_on_with_its_speaker() -> None:
    # German pages that lost their quotation marks: "Wir haben keine andere Wahl." is the
    # speaker's own sentence; a sentence of the reporter's own in the third person is not
    text = (
        "Die Lage sei schlecht, sagte Vorstandschef Ulf Reiter. Wir haben keine andere Wahl. "
        "Die Aktie fiel um drei Prozent."
    )
    assert _statements(text) == [
        ("Ulf Reiter", "indirect", "Die Lage sei schlecht"),
        ("Ulf Reiter", "direct", "Wir haben keine andere Wahl."),
    ]


def test_nach_angaben_von_attributes_the_clause_around_it() -> None:
    # "nach Angaben/Einschätzung/Ansicht von X" is used as "laut X" (german-source-nouns.txt)
    text = (
        "Nach Angaben von Feuerwehrsprecher Uwe Brandt ist die Lage ernst. "
        "Die Straße bleibt nach Einschätzung von Ärztin Jana Roth gesperrt."
    )
    found = [(name, said) for name, _, said in _statements(text)]
    assert found == [("Uwe Brandt", "ist die Lage ernst"), ("Jana Roth", "Die Straße bleibt")]
    laut = "Laut Sprecher Uwe Brandt ist die Lage ernst."
    assert [kind for _, kind, _ in _statements(laut)] == [_statements(text)[0][1]]
    # no "von" and a person: nobody ("nach Angaben der Polizei", "nach Angaben von Medien")
    assert names_of("Nach Angaben der Polizei Köln ist die Lage ernst.", "de") == []


def test_zufolge_after_an_appositive_names_the_appositive() -> None:
    text = "Dem Vorsitzenden des Verbands, Uwe Brandt, zufolge fehlen 2.000 Lehrkräfte."
    assert [(name, said) for name, _, said in _statements(text)] == [
        ("Uwe Brandt", "fehlen 2.000 Lehrkräfte")
    ]


def test_an_age_with_a_definite_article_opening_the_clause_is_the_person_just_named() -> None:
    text = (
        "Die Polizei nahm Anna Krüger am Montag fest. Die 37-Jährige sagte, sie habe nichts "
        "getan. Trainer Olaf Berg war enttäuscht. Der 59-jährige Coach erklärte, das Team sei "
        "müde."
    )
    assert _statements(text) == [
        ("Anna Krüger", "indirect", "sie habe nichts getan"),
        ("Olaf Berg", "indirect", "das Team sei müde"),
    ]


def test_an_indefinite_age_or_an_age_the_lead_gave_to_nobody_is_not_the_last_person() -> None:
    # "eine 84-jährige Zeugin" is someone new; "Die 42-Jährige" is the lead's "einer
    # 42-Jährigen", not Lena Wolf who was just named
    new = "Richterin Lena Wolf hörte zu. Eine 84-jährige Zeugin schilderte, wie es war."
    assert _statements(new) == []
    lead = (
        "Ein Polizist soll einer 42-Jährigen den Arm gebrochen haben. Richterin Lena Wolf "
        "hörte zu. Die 42-Jährige erzählte, sie sei gestoßen worden."
    )
    assert _statements(lead) == []


def test_laut_an_inflected_role_and_its_appositive_name() -> None:
    text = "Laut dem Vorsitzenden des Verbands, Uwe Brandt, fehlen 2.000 Lehrkräfte."
    assert [name for name, _, _ in _statements(text)] == ["Uwe Brandt"]


def test_an_age_description_keeps_its_articles_gender() -> None:
    # "Die 61-Jährige" is no man: not Tom Lau who spoke last, but Eva Stein
    text = (
        "Die Kanzlerin Eva Stein reiste ab. „Wir sind fertig“, sagte die Regierungschefin. "
        "Ihr Sprecher Tom Lau ergänzte, man sei zufrieden. Die 61-Jährige sagte, sie komme "
        "wieder."
    )
    assert ("Eva Stein", "indirect", "sie komme wieder") in _statements(text)
    assert ("Tom Lau", "indirect", "sie komme wieder") not in _statements(text)


def test_a_negation_after_the_verb_in_its_own_clause_says_nothing_was_said() -> None:
    text = "Staatssekretärin Ilka Brandt äußerte sich zunächst nicht zu dem Streit."
    assert names_of(text, "de") == []
    text = "Ilka Brandt sagte dazu nichts."
    assert names_of(text, "de") == []
    # "nicht nur" negates nothing said; a negation in the reported clause is its own
    text = "Das betonte nicht nur Ilka Brandt. Anton Weil sagte, er sei nicht zufrieden."
    assert names_of(text, "de") == ["Ilka Brandt", "Anton Weil"]


def test_a_participle_phrase_with_a_dash_parenthesis_before_the_age() -> None:
    text = (
        "Angeklagt ist der Pfleger Reto F. aus Graz. Er habe sie nicht gesehen, sagt der von Ida "
        "Wolff – die schon viele solche Fälle geführt hat – verteidigte 52-Jährige."
    )
    assert _statements(text) == [("Reto F.", "indirect", "Er habe sie nicht gesehen")]
    assert "Ida Wolff" not in names_of(text, "de")


def test_a_person_noun_after_the_verb_keeps_the_articles_gender() -> None:
    text = (
        "Kapitän Jonas Reif haderte mit dem Pfiff. Trainerin Maren Holt blieb ruhig. "
        "Der Pfiff kam zu früh, meinte der Kreisläufer."
    )
    assert _statements(text) == [("Jonas Reif", "direct", "Der Pfiff kam zu früh")]


def test_quotations_in_reversed_guillemets_are_direct_statements() -> None:
    text = "»Wir sind zufrieden«, sagt Trainerin Ute Sommer. »Das war stark.«"
    assert _statements(text) == [
        ("Ute Sommer", "direct", "»Wir sind zufrieden«"),
        ("Ute Sommer", "direct", "»Das war stark.«"),
    ]


def test_a_dative_pronoun_before_zufolge_means_the_person_just_named() -> None:
    text = "Geschäftsführer Udo Kramm sieht Probleme. Ihm zufolge fehlen 200 Fachkräfte."
    assert _statements(text) == [("Udo Kramm", "direct", "fehlen 200 Fachkräfte")]
    text = "Ministerin Eva Ruh kam spät. Ihr zufolge ist alles gut."
    assert names_of(text, "de") == ["Eva Ruh"]


def test_so_x_with_an_adverb_of_going_on() -> None:
    text = "Sprecherin Lea Dorn war in Bonn. Die Kosten steigen, so Dorn weiter."
    assert _statements(text) == [("Lea Dorn", "direct", "Die Kosten steigen")]


# -- seventh round: press conventions ---------------------------------------------------------
def _said(text: str) -> list[tuple[str, str]]:
    from reader.speakers import who_said_what

    found = who_said_what(text, "de")
    return [(s.name, text[st.span[0] : st.span[1]]) for s in found.speakers for st in s.statements]


def test_hiess_es_von_a_person_names_the_speaker_but_an_organisation_no_one() -> None:
    text = "Der Markt wird saniert. Man sei zuversichtlich, hieß es von Stadträtin Maren Obst."
    assert _said(text) == [("Maren Obst", "Man sei zuversichtlich")]
    text = "Der Markt wird saniert. Man sei zuversichtlich, hieß es beim Verband Pro Markt."
    assert _said(text) == []


def test_a_reflexive_verb_of_feeling_after_a_quotation_reports_it() -> None:
    text = "Die Gäste verloren. „Das war zu wenig“, ärgerte sich Trainer Ole Brandt."
    assert _said(text) == [("Ole Brandt", "„Das war zu wenig“")]
    text = "Die Gäste verloren. „Das war stark“, freute sich die Ministerin Hilde Rausch."
    assert names_of(text, "de") == ["Hilde Rausch"]


def test_a_reflexive_verb_without_a_quotation_before_it_says_nothing() -> None:
    text = "Die Gäste verloren deutlich. Das ärgerte Trainer Ole Brandt sehr."
    assert names_of(text, "de") == []


def test_a_party_member_after_the_verb_refers_back_to_the_politician() -> None:
    text = (
        "Sozialministerin Petra Lindl legte den Plan vor. Wir wollen eine Lösung, die hilft, "
        "sagte die Grüne. Der Landtag berät im Mai."
    )
    assert names_of(text, "de") == ["Petra Lindl"]


def test_a_name_particle_before_the_surname_is_no_preposition() -> None:
    text = (
        "Friedrich von Albrecht leitet das Amt. Die Kosten seien zu hoch, sagte von Albrecht. "
        "Ein Sprecher von Mertens schwieg."
    )
    assert _said(text) == [("Friedrich von Albrecht", "Die Kosten seien zu hoch")]


def test_a_speech_verb_after_von_and_a_name_the_text_never_gives_in_full_stays_governed() -> None:
    text = "Das Gutachten sagt der von Anna Berger beauftragte Prüfer voraus. Es sei alles gut."
    assert "Anna Berger" not in names_of(text, "de")


def test_a_separable_verb_of_objecting_reports_its_clause() -> None:
    text = (
        "Der Prozess geht weiter. Verteidigerin Simone Alber hielt dagegen, ihr Mandant sei "
        "unschuldig."
    )
    assert _said(text) == [("Simone Alber", "ihr Mandant sei unschuldig")]


def test_a_name_before_a_colon_that_opens_a_quotation_is_its_speaker() -> None:
    text = "Die Stadt plant ein Bad.\n\nKiels Trainer Mats Lindholm: „Wir bleiben geduldig.“\n"
    assert _said(text) == [("Mats Lindholm", "„Wir bleiben geduldig.“")]
    text = "Die Stadt plant ein Bad. Bürgermeister Tobias Kranz: „Wir bauen das jetzt.“"
    assert _said(text) == [("Tobias Kranz", "„Wir bauen das jetzt.“")]
