"""Lines to blocks: a wrapped text's paragraphs are joined, a copy's lines are not."""

from __future__ import annotations

import textwrap

from reader.cleaning.blocks import split_blocks, split_lines, wrap_width

PARAGRAPH = (
    "The small ferry that links the old harbour with the island of Skerry returned to service "
    "on Monday after four months in the boatyard, where engineers replaced both engines."
)


def blocks_of(text: str) -> list[str]:
    lines = split_lines(text)
    return [b.text for b in split_blocks(lines, wrap_width(lines))]


def test_a_text_wrapped_at_72_columns_is_recognised_and_joined() -> None:
    wrapped = "\n\n".join(textwrap.fill(PARAGRAPH, 72) for _ in range(3))
    lines = split_lines(wrapped)
    assert 60 <= (wrap_width(lines) or 0) <= 72
    assert blocks_of(wrapped) == [PARAGRAPH] * 3


def test_a_copy_with_one_line_a_paragraph_is_not_wrapped() -> None:
    copy = "\n".join([PARAGRAPH, "Short line.", PARAGRAPH[:120], "Another one.", PARAGRAPH])
    assert wrap_width(split_lines(copy)) is None
    assert len(blocks_of(copy)) == 5


def test_lines_under_each_other_that_are_not_wrapped_stay_apart() -> None:
    text = (
        textwrap.fill(PARAGRAPH, 80)
        + "\nSUBSCRIBE\nBy Ellen Marsh\n\n"
        + textwrap.fill(PARAGRAPH, 80)
    )
    assert blocks_of(text) == [PARAGRAPH, "SUBSCRIBE", "By Ellen Marsh", PARAGRAPH]


def test_a_wrapped_bullet_item_continues_but_the_next_bullet_does_not() -> None:
    item = "• " + PARAGRAPH
    text = "\n".join(textwrap.wrap(item, 80, subsequent_indent="  ")) + "\n• Second item"
    text += "\n\n" + textwrap.fill(PARAGRAPH, 80)
    assert blocks_of(text)[:2] == [item, "• Second item"]


def test_line_offsets_skip_carriage_returns() -> None:
    lines = split_lines("one\r\ntwo\n\nthree")
    assert [(line.text, line.blank) for line in lines] == [
        ("one", False),
        ("two", False),
        ("", True),
        ("three", False),
    ]
    assert "one\r\ntwo\n\nthree"[lines[1].start : lines[1].end] == "two"


def test_list_items_of_every_length_do_not_hide_the_wrap_width() -> None:
    # two wrapped paragraphs under a numbered list whose items are long lines other lines
    # follow: the items ended where the next item starts, they say nothing about the margin
    items = [
        " 1. Police chief asks for money for new cameras, but council unmoved",
        " 2. The county show will be free to visit from next summer",
        " 3. Rents are on the rise. These maps show where and by how much.",
        " 4. Card skimmer found at petrol station on the bypass",
    ]
    paragraphs = [
        "The town's ice rink reopened on Saturday, fourteen months after part of its roof gave "
        "way under heavy snow, and the first skaters were on the ice by nine.",
        "Ada Kowal, who coaches the junior hockey team, said the children had been training two "
        "towns away since last winter and were glad to be back home at last.",
    ]
    wrapped = ["\n".join(textwrap.wrap(p, 100)) for p in paragraphs]
    text = "\n".join(items) + "\n\n" + "\n\n".join(wrapped)
    lines = split_lines(text)
    width = wrap_width(lines)
    assert width is not None and 90 <= width <= 100
    blocks = [block.text for block in split_blocks(lines, width)]
    assert blocks[-2:] == paragraphs
