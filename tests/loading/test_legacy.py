"""Guessing legacy encodings: Windows-1252 first, others only on clear evidence, and a note.

The texts are our own (short notes and longer multi-paragraph stories); the files in
tests/_files/loading/encodings are a tester's own samples, saved as Windows-1252 and Latin-1.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from reader.loading import load_document
from reader.loading.decoding import decode_bytes
from reader.loading.legacy import candidates, guess_encoding

FILES = Path(__file__).resolve().parents[1] / "_files" / "loading" / "encodings"

SHORT = {
    "en": "Café in Zürich\n\nThe owner said “prices will rise” next year. Anna Müller, the mayor, "
    "said the city would help. € 5 is the price of a coffee now.\n",
    "de": "Größere Märkte\n\nDie Bürgermeisterin sagte: „Wir schaffen das.“ Ein Kaffee kostet "
    "jetzt 5 €, für Schüler die Hälfte.\n",
    "fr": "Le maire a déclaré que l’économie était « très forte » malgré la crise. Où va-t-on ?\n",
    "es": "El señor García dijo: “¿Dónde está el niño?” La reunión costó 12 € y duró una hora.\n",
    "ru": "Президент заявил, что экономика страны растёт, несмотря на санкции.\n",
    "cs": "Předseda vlády řekl, že ceny porostou. Město pomůže občanům s účty za energii.\n",
    "pl": "Prezydent powiedział, że gospodarka rośnie. Zażółć gęślą jaźń w Łodzi.\n",
    "el": "Ο πρωθυπουργός δήλωσε ότι η οικονομία της χώρας αναπτύσσεται γρήγορα.\n",
    "he": "ראש הממשלה אמר כי הכלכלה צומחת מהר.\n",
    "ja": "日本の首相は、来年の経済成長について「物価は上がる」と述べた。東京では雨が降った。\n",
    "zh": "中国政府表示，明年经济将继续增长。北京市长说，城市将帮助居民。\n",
    "zh-hant": "台灣政府表示，明年經濟將繼續增長。台北市長說，城市將幫助居民。\n",
    "ko": "대통령은 내년 경제가 성장할 것이라고 말했다. "
    "서울 시장은 도시가 주민을 도울 것이라고 밝혔다.\n",
}

LONG = {
    "en": (
        "Harbour café reopens after the storm\n\n"
        "The little café on the pier reopened on Saturday, five weeks after the storm tore off "
        "its roof. “We thought we’d lost the whole season,” said the owner, Zoë Brontë, who "
        "runs it with her brother.\n\n"
        "Insurers paid most of the €40,000 repair bill; the council waived the rent until "
        "spring. Regulars queued before eight for the first crème brûlée – and the naïve "
        "optimism of the menu’s new “storm special”.\n\n"
        "Prices stay the same, Brontë said: a coffee still costs €2.50, a slice of cake €3.\n"
    ),
    "de": (
        "Stadtrat beschließt günstigere Busfahrten\n\n"
        "Der Stadtrat hat am Montag beschlossen, die Preise für Busfahrten im nächsten Jahr zu "
        "senken. „Wir wollen, dass mehr Menschen das Auto stehen lassen“, sagte Bürgermeisterin "
        "Jürgen Möller-Weiß vor Journalisten.\n\n"
        "Eine Monatskarte kostet künftig 29 € statt 49 €; Schüler und Rentner zahlen die "
        "Hälfte. Die Grünen begrüßten den Beschluss, die Opposition sprach von "
        "„Geldverschwendung“.\n\n"
        "Über die Finanzierung wird im März entschieden. Die Straßenbahn soll ab Mai öfter "
        "fahren.\n"
    ),
    "fr": (
        "La mairie rénove l’école du quartier\n\n"
        "Les travaux de rénovation de l’école élémentaire commenceront en été, a annoncé jeudi "
        "la maire. « Nos élèves méritent des salles de classe dignes de ce nom », a-t-elle "
        "déclaré devant les parents réunis au gymnase.\n\n"
        "Le coût total s’élève à 2,3 millions d’euros, dont un tiers payé par la région. "
        "Pendant les travaux, les cours auront lieu dans des bâtiments préfabriqués.\n\n"
        "Les associations de parents ont salué une « très bonne nouvelle » mais réclament "
        "davantage de concertation sur le calendrier.\n"
    ),
    "es": (
        "El ayuntamiento amplía el horario de las bibliotecas\n\n"
        "Las bibliotecas municipales abrirán también los domingos a partir de enero, anunció "
        "el alcalde el miércoles. “Queremos que los jóvenes tengan dónde estudiar”, explicó "
        "José Martínez Núñez durante la presentación.\n\n"
        "La medida costará unos 300.000 € al año. Según la concejala de Cultura, la demanda de "
        "plazas de estudio creció un 40 % en los últimos años.\n\n"
        "Los sindicatos pidieron más personal: “Sin contrataciones, esto no será posible”.\n"
    ),
}


def _decoded(text: str, encoding: str) -> str:
    return decode_bytes(text.encode(encoding)).text


@pytest.mark.parametrize("size", ["short", "long"])
@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
@pytest.mark.parametrize("encoding", ["cp1252", "mac-roman"])
def test_western_texts(language: str, size: str, encoding: str) -> None:
    text = (SHORT if size == "short" else LONG)[language]
    assert _decoded(text, encoding) == text.rstrip("\n") + "\n"


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_latin1_texts_without_windows_punctuation(language: str) -> None:
    text = LONG[language]
    for curly, straight in (("“", '"'), ("”", '"'), ("„", '"'), ("’", "'"), ("–", "-")):
        text = text.replace(curly, straight)
    text = text.replace("€", "EUR")
    assert _decoded(text, "latin-1") == text


@pytest.mark.parametrize(
    ("language", "encodings"),
    [
        ("ru", ["cp1251", "koi8-r", "iso-8859-5", "cp866"]),
        ("cs", ["cp1250", "iso-8859-2"]),
        ("pl", ["cp1250", "iso-8859-2"]),
        ("el", ["cp1253", "iso-8859-7"]),
        ("he", ["cp1255"]),
        ("ja", ["shift_jis", "cp932", "euc-jp"]),
        ("zh", ["gb18030", "gbk", "gb2312"]),
        ("zh-hant", ["big5", "cp950"]),
        ("ko", ["euc-kr", "cp949"]),
    ],
)
def test_other_scripts_in_their_code_pages(language: str, encodings: list[str]) -> None:
    for encoding in encodings:
        for repeat in (1, 12):  # a line, and a page of it
            text = SHORT[language] * repeat
            assert _decoded(text, encoding) == text, encoding


@pytest.mark.parametrize("text", [*SHORT.values(), *LONG.values()])
def test_utf8_is_unchanged_and_carries_no_note(text: str) -> None:
    decoded = decode_bytes(text.encode("utf-8"))
    assert decoded.text == text
    assert decoded.encoding == "utf-8"
    assert decoded.notes == ()


def test_the_trial_note_is_not_read_as_baltic() -> None:
    """The bug: a short Windows-1252 note came out as cp775 ("Cafķ in Z³rich"), with no note."""
    data = (FILES / "cp1252-0.txt").read_bytes()
    decoded = decode_bytes(data)
    assert decoded.encoding == "cp1252"
    assert decoded.text.startswith("Café in Zürich\n")
    assert "“prices will rise”" in decoded.text and "Anna Müller" in decoded.text
    assert "€ 5 is the price" in decoded.text
    assert decoded.notes and "Windows-1252 (Western European)" in decoded.notes[0]


@pytest.mark.parametrize("path", sorted(FILES.glob("*.txt")), ids=lambda path: path.name)
def test_the_trial_samples(path: Path) -> None:
    data = path.read_bytes()
    decoded = decode_bytes(data).text
    # every sample is Western text: Windows-1252 is right for both kinds (a superset of Latin-1)
    assert decoded == data.decode("cp1252")
    assert not set(decoded) & set("ķ³ōöĆ")  # none of the cp775 misreading's letters


def test_a_guessed_encoding_is_named_in_a_note_a_person_understands(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(SHORT["ru"].encode("cp1251") * 3)
    document = load_document(path)
    assert document.text.startswith("Президент заявил")
    (note,) = document.notes
    assert "Windows-1251 (Cyrillic)" in note
    assert "If letters look wrong" in note and "UTF-8" in note


def test_a_declared_charset_is_no_guess_and_gets_no_note() -> None:
    html = f'<html><head><meta charset="windows-1251"></head><body><p>{SHORT["ru"]}</p>'
    decoded = decode_bytes(html.encode("cp1251"), declared="windows-1251")
    assert SHORT["ru"].strip() in decoded.text
    assert decoded.notes == ()


def test_windows_1252_wins_when_the_evidence_is_equal() -> None:
    # "é" is the same byte and letter in most Latin code pages: nothing prefers another one
    assert guess_encoding("Un café, s'il vous plaît.".encode("cp1252")).codec == "cp1252"


def test_the_candidate_list_is_data_with_windows_1252_first() -> None:
    listed = candidates()
    assert listed[0].codec == "cp1252" and listed[0].prior == 0
    assert all(candidate.prior > 0 for candidate in listed[1:])
    for candidate in listed:
        assert codecs.lookup(candidate.codec)  # a codec Python has
        assert "(" in candidate.name  # the name a person reads says what it is for
    assert len({codecs.lookup(c.codec).name for c in listed}) == len(listed)
