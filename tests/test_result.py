"""The immutable :class:`Analysis` and its JSON form (the command line's contract)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from reader.result import Analysis, Metadata, Speaker, Statement, Summary

TEXT = "Rain fell. Mara Olsen said it would stop. It did not."


def make() -> Analysis:
    return Analysis(
        source="rain.txt",
        format="txt",
        title="Rain",
        text=TEXT,
        removed_lines=("Other story…",),
        clutter_lines=("Home", "© 2024 The Courier"),
        sentences=((0, 10), (11, 41), (42, 53)),
        summary=Summary("lead", (0, 2)),
        speakers=(
            Speaker(
                "Mara Olsen",
                ((11, 21),),
                ((27, 40),),
                (Statement((27, 40), "indirect", (22, 26)),),
            ),
        ),
        metadata=Metadata(author="A. Writer", url=""),
        notes=("note",),
    )


def test_summary_texts_follow_the_summary_indices() -> None:
    a = make()
    assert a.summary_texts == ["Rain fell.", "It did not."]
    assert a.sentence_text(1) == "Mara Olsen said it would stop."


def test_the_result_is_immutable() -> None:
    a = make()
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.text = "changed"  # type: ignore[misc]


def test_with_changes_copies() -> None:
    a = make()
    b = a.with_changes(summary=Summary("lsa", (1,)))
    assert a.summary.algorithm == "lead" and b.summary.algorithm == "lsa"
    assert b.text is a.text


def test_with_changes_is_dataclasses_replace() -> None:
    a = make()
    for name, value in [("title", "Snow"), ("language", "de"), ("title_span", (0, 4))]:
        assert a.with_changes(**{name: value}) == dataclasses.replace(a, **{name: value})
    assert a.with_changes() == a and a.with_changes() is not a
    with pytest.raises(TypeError):
        a.with_changes(colour="red")


def test_to_dict_is_the_json_contract() -> None:
    d = json.loads(json.dumps(make().to_dict()))
    assert d["source"] == "rain.txt" and d["format"] == "txt" and d["title"] == "Rain"
    assert d["language"] == "en" and d["text"] == TEXT
    assert d["removed_lines"] == ["Other story…"]
    assert d["clutter_lines"] == ["Home", "© 2024 The Courier"]
    assert d["sentences"] == [[0, 10], [11, 41], [42, 53]]
    assert d["summary"] == {"algorithm": "lead", "sentences": [0, 2]}
    assert d["speakers"] == [
        {
            "name": "Mara Olsen",
            "mentions": [[11, 21]],
            "quotes": [[27, 40]],
            "statements": [{"span": [27, 40], "kind": "indirect", "cue": [22, 26]}],
        }
    ]
    assert d["metadata"] == {"author": "A. Writer"}
    assert d["notes"] == ["note"]


def test_title_span_is_null_or_a_pair() -> None:
    assert make().to_dict()["title_span"] is None
    with_title = make().with_changes(text="Rain\n\n" + TEXT, title_span=(0, 4))
    assert with_title.to_dict()["title_span"] == [0, 4]


def test_summary_notes_appear_only_when_present() -> None:
    assert "notes" not in Summary("lead", (0,)).to_dict()
    assert Summary("lead", (0,), ("fell back",)).to_dict()["notes"] == ["fell back"]


def test_statement_subjects_and_unnamed_statements_in_the_json() -> None:
    unnamed = Statement((42, 53), "indirect", (30, 34), (11, 21))
    d = json.loads(json.dumps(make().with_changes(unnamed_statements=(unnamed,)).to_dict()))
    assert d["unnamed_statements"] == [
        {"span": [42, 53], "kind": "indirect", "cue": [30, 34], "subject": [11, 21]}
    ]
    assert make().to_dict()["unnamed_statements"] == []
