"""The remains of embedded social-media posts inside an article's text (our own examples)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cleaning import clean_document
from reader.cleaning.clean import Cleaned
from reader.cleaning.embeds import embed_spans, strip_embeds
from reader.loading import document_from_text

FILES = Path(__file__).parents[1] / "_files" / "cleaning" / "inline"


@pytest.mark.parametrize(
    ("line", "removed"),
    [
        (
            "The dome opened. First light at Vik https://t.co/Ab12Cd34Ef (jr) #Vik "
            "pic.twitter.com/Gh56Ij78Kl It cost a lot.",
            ["First light at Vik https://t.co/Ab12Cd34Ef (jr) #Vik pic.twitter.com/Gh56Ij78Kl"],
        ),
        ("— Vik Observatory (@VikObservatory) November 12, 2025", None),
        ("A post shared by Jane Roe (@jane.roe) on Dec 3, 2019 at 5:02pm PST", None),
        ("View this post on Instagram", None),
        (
            "See https://twitter.com/vikobs/status/12345678 for more.",
            ["See https://twitter.com/vikobs/status/12345678"],
        ),
        # the post's words end like a sentence: only its links go
        ("We did it! https://t.co/Ab12Cd34Ef", ["https://t.co/Ab12Cd34Ef"]),
    ],
)
def test_embed_spans(line: str, removed: list[str] | None) -> None:
    found = [line[start:end] for start, end in embed_spans(line)]
    assert found == (removed if removed is not None else [line])


@pytest.mark.parametrize(
    "line",
    [
        "He wrote on Twitter (@someone) that he would stay.",
        "The agency's site, www.example.com/status/1, lists the closures.",
        "Shares of X.com rose 4 per cent on Monday.",
    ],
)
def test_article_lines_hold_no_embed(line: str) -> None:
    assert embed_spans(line) == []


def test_a_posts_remains_go_and_the_paragraph_around_them_stays() -> None:
    text = (FILES / "embedded-post.txt").read_text("utf-8")
    cleaned = clean_document(document_from_text(text, "embedded-post.txt"))
    assert "t.co" not in cleaned.text and "(@" not in cleaned.text
    assert "First light at Vik" not in cleaned.text
    assert (
        "a view of a spiral galaxy that took six hours to expose. The telescope cost"
        in cleaned.text
    )
    assert "Clear skies at last over the dome tonight https://t.co/Zz99Yy88Xx" in (
        cleaned.clutter_lines
    )
    shown = [line for line in cleaned.text.split("\n") if line.strip()]
    assert len(shown) == 3


def test_a_text_without_embeds_is_returned_as_it_is() -> None:
    cleaned = Cleaned("A plain text.\n\nAnother paragraph.", clutter_lines=("x",))
    assert strip_embeds(cleaned) is cleaned
