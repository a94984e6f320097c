"""The "Who said what" section's content (reader/who_said_what.py); test_export.py reads it
back from each saved format."""

from __future__ import annotations

from reader import who_said_what as said
from reader.result import Analysis, Speaker, Statement

TEXT = '"We are ready," said Ann Vrel.\nVrel said the team was fit.\nTwo officials said it was not.'


def analysis() -> Analysis:
    quote = (0, 15)
    clause = (TEXT.index("the team"), TEXT.index("fit") + 3)
    other = (TEXT.index("it was"), TEXT.index("not") + 3)
    vrel = Speaker(
        "Ann Vrel",
        ((21, 29), (31, 35)),
        (quote, clause),
        (Statement(clause, "indirect"), Statement(quote, "direct")),
    )
    unnamed = Statement(other, "indirect", None, (TEXT.index("Two"), TEXT.index("Two") + 13))
    return Analysis("a.txt", "txt", "A", TEXT, speakers=(vrel,), unnamed_statements=(unnamed,))


def test_entries_are_speakers_in_order_then_the_unnamed_sources() -> None:
    vrel, unnamed = said.entries(analysis())
    assert (vrel.name, vrel.mentions, vrel.unnamed) == ("Ann Vrel", 2, False)
    assert [(s.kind, s.text) for s in vrel.statements] == [
        ("direct", '"We are ready,"'),
        ("indirect", "the team was fit"),
    ]
    assert unnamed.unnamed and unnamed.name == said.UNNAMED
    assert [(s.text, s.source) for s in unnamed.statements] == [("it was not", "Two officials")]


def test_lines_mark_reported_statements_and_name_unnamed_sources() -> None:
    lines = said.text_lines(analysis())
    assert lines[:2] == ["Who said what", "-------------"]
    assert "Ann Vrel (2 mentions)" in lines
    assert '- "We are ready,"' in lines and "- reported: the team was fit" in lines
    assert "- Two officials, reported: it was not" in lines


def test_no_speakers_no_section() -> None:
    empty = Analysis("a.txt", "txt", "A", "Rain fell.")
    assert said.text_lines(empty) == said.markdown_lines(empty) == said.html_lines(empty) == []
    assert said.json_data(empty) == []
