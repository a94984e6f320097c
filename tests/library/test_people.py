"""The people index: speakers across the library and what they said."""

from __future__ import annotations

from pathlib import Path

from library_helpers import made_analysis, made_record

from reader.library.filters import Filters
from reader.library.people import people, quotes_of, speaker_keys
from reader.library.records import speaker_key, statements_of
from reader.library.store import Library
from reader.result import Speaker, Statement


def _fill(library: Library, tmp_path: Path) -> None:
    for name, title, speakers, lang in (
        ("a.txt", "Bridge opens", (("Ada Quist", ("We are ready", "Cars first")),), "en"),
        ("b.txt", "Bridge closes", (("ada  QUIST", ("Sorry",)), ("Bo Lind", ("Why",))), "en"),
        ("c.txt", "Brücke", (("Bo Lind", ("Gut", "Sehr gut")),), "de"),
        ("d.txt", "Quiet day", (), "en"),
    ):
        analysis = made_analysis(str(tmp_path / name), title, speakers=speakers, language=lang)
        library.save(made_record(tmp_path / name, analysis))


def test_speaker_key_ignores_case_accents_and_dots() -> None:
    assert speaker_key(" José  M. Durão ") == speaker_key("jose m durao") == "jose m durao"


def test_people_with_their_article_and_statement_counts(library: Library, tmp_path: Path) -> None:
    _fill(library, tmp_path)
    assert [(p.name, p.articles, p.statements) for p in people(library)] == [
        ("Ada Quist", 2, 3),
        ("Bo Lind", 2, 3),
    ]
    assert [p.name for p in people(library, Filters(language="de"))] == ["Bo Lind"]
    assert [p.name for p in people(library, name="quis")] == ["Ada Quist"]
    assert people(library, name="100%") == []


def test_people_quoted_in_as_many_articles_are_listed_by_name(
    library: Library, tmp_path: Path
) -> None:
    for name, speakers in (
        ("a.txt", (("Zoe Quick", ("One", "Two", "Three")),)),
        ("b.txt", (("Bruno Marsh", ("One",)), ("Zoe Quick", ("Again",)))),
        ("c.txt", (("Carla Diaz", ("One", "Two")), ("Bruno Marsh", ("More",)))),
        ("d.txt", (("Anna Berg", ("One",)),)),
    ):
        library.save(
            made_record(
                tmp_path / name, made_analysis(str(tmp_path / name), name, speakers=speakers)
            )
        )
    listed = [(p.name, p.articles) for p in people(library)]
    assert listed == [("Bruno Marsh", 2), ("Zoe Quick", 2), ("Anna Berg", 1), ("Carla Diaz", 1)]


def test_what_a_person_said_where(library: Library, tmp_path: Path) -> None:
    _fill(library, tmp_path)
    quoted = quotes_of(library, "ada quist")
    assert [q.article.title for q in quoted] == ["Bridge closes", "Bridge opens"]  # newest first
    assert [s.text for s in quoted[1].statements] == ["We are ready", "Cars first"]
    assert quoted[0].name == "ada QUIST" and quoted[0].statements[0].kind == "direct"
    analysis = library.analysis(str(tmp_path / "a.txt"))
    start, end = quoted[1].statements[0].span
    assert analysis.text[start:end] == "We are ready"


def test_names_people_type(library: Library, tmp_path: Path) -> None:
    _fill(library, tmp_path)
    assert speaker_keys(library, "Quist") == ("ada quist",)
    assert speaker_keys(library, "ADA QUIST") == ("ada quist",)
    assert speaker_keys(library, "lind bo") == ("bo lind",)
    assert speaker_keys(library, "Quisling") == () and speaker_keys(library, "  ") == ()


def test_quotes_stand_in_for_statements_of_older_analyses() -> None:
    old = Speaker("Ada Quist", quotes=((0, 4), (9, 12)))
    assert statements_of(old) == (Statement((0, 4)), Statement((9, 12)))
    new = Speaker("Ada Quist", quotes=((0, 4),), statements=(Statement((1, 3), "indirect"),))
    assert statements_of(new) == (Statement((1, 3), "indirect"),)
