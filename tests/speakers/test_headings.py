"""Quoted headings are no statements: a short line that is only a quotation, perhaps numbered."""

from __future__ import annotations

from reader.speakers.headings import quoted_heading
from reader.speakers.text import Index
from tests.speakers.helpers import speakers_of


def _region(text: str, quoted: str) -> tuple[int, int]:
    start = text.index(quoted)
    return (start, start + len(quoted))


def test_a_numbered_or_bare_quotation_alone_on_its_line_is_a_heading() -> None:
    for line in ('6. "The Harbour problem"', '"Not some back channel"', '• "Three amigos"'):
        text = f"The hearing ran long.\n\n{line}\n\nGale said the talks would go on."
        assert quoted_heading(text, _region(text, line[line.index('"') :]))


def test_speech_quoted_alone_on_its_line_is_no_heading() -> None:
    text = 'Gale said the talks would go on.\n\n"We will not back down."\n\nThe vote is today.'
    assert not quoted_heading(text, _region(text, '"We will not back down."'))
    text = 'The hearing ran long.\n\n"The Harbour problem" was his phrase for it.\n'
    assert not quoted_heading(text, _region(text, '"The Harbour problem"'))
    long = '"' + " ".join(["word"] * 14) + '"'
    text = f"The hearing ran long.\n\n{long}\n"
    assert not quoted_heading(text, _region(text, long))


def test_a_quoted_heading_is_no_speech_quotation() -> None:
    text = 'The hearing ran long.\n\n6. "The Harbour problem"\n\nGale said the talks went on.'
    index = Index(text)
    assert not index.in_speech_quote(text.index("Harbour"))


def test_a_quoted_heading_is_nobodys_statement() -> None:
    text = (
        '"Nobody told me the plan had changed," Kurt Gale said.\n\n'
        '6. "The Harbour problem"\n\n'
        "Tom Morrow said his predecessor had called it a problem.\n\n"
        '7. "The Ferris problem"\n\n'
        '"That\'s correct," Gale said.'
    )
    statements = [text[a:b] for s in speakers_of(text) for a, b in (st.span for st in s.statements)]
    assert not any('problem"' in t and t.startswith('"The') for t in statements)
    assert '"That\'s correct,"' in statements
    assert "his predecessor had called it a problem" in statements
