"""Markdown articles as readable plain text, with their title."""

from __future__ import annotations

from reader.loading.markdown_text import read_markdown


def test_fixture_article(files) -> None:
    article = read_markdown((files / "loading" / "article.md").read_text(encoding="utf-8"))
    assert article.title == "Allotment waiting list reaches record length"
    assert article.fields["author"] == "Priya Nair"
    text = article.text
    assert "Allotment waiting list reaches record length" not in text
    assert text.startswith(
        "The town's allotment waiting list now has more than 600 names, according to "
        "figures released by the council on Monday."
    )
    assert "\n\nWhy demand has grown\n\n" in text
    assert "• food prices have risen sharply;\n• more people work from home;" in text
    assert '"We could fill another site tomorrow," said' in text
    assert "could open in 2026." in text
    for markup in ("**", "](", "![", "plots.jpg", "# ", "> ", "`", "---"):
        assert markup not in text


def test_title_from_front_matter_when_no_heading() -> None:
    article = read_markdown("---\ntitle: 'Quiet night'\n---\nNothing happened.\n")
    assert (article.title, article.text) == ("Quiet night", "Nothing happened.")


def test_setext_heading_title_and_later_h1_kept_in_body() -> None:
    article = read_markdown("Big win\n=======\n\nThe team won.\n\n# Reaction\n\nFans cheered.")
    assert article.title == "Big win"
    assert article.text == "The team won.\n\nReaction\n\nFans cheered."


def test_first_h1_is_title_even_after_an_intro_but_stays_in_body() -> None:
    article = read_markdown("An intro line.\n\n# Main story\n\nBody.")
    assert article.title == "Main story"
    assert "Main story" in article.text


def test_inline_markup() -> None:
    source = (
        "A *soft* and __strong__ claim, ~~struck~~, a [ref link][1], <https://x.org>, "
        "snake_case_name, 2*3*4, \\*escaped\\* and `a*b`.\n\n[1]: https://example.org\n"
    )
    text = read_markdown(source).text
    assert text == (
        "A soft and strong claim, struck, a ref link, https://x.org, "
        "snake_case_name, 2*3*4, *escaped* and a*b."
    )


def test_paragraph_lines_are_joined_unless_hard_break() -> None:
    text = read_markdown("one\ntwo  \nthree\n\nfour").text
    assert text == "one two\nthree\n\nfour"


def test_code_block_and_table() -> None:
    source = "```\nkeep *this* as is\n```\n\n| Year | Cost |\n|---|---|\n| 2024 | £10m |\n"
    assert read_markdown(source).text == "keep *this* as is\n\nYear | Cost\n2024 | £10m"


def test_images_are_dropped() -> None:
    assert read_markdown("Before ![alt text](a.png) after.").text == "Before after."


def test_quoted_heading_and_front_matter_source() -> None:
    source = (
        "---\nsource: https://example.org/story\n---\n\n# Flood wall finished\n\n"
        "> ## Excerpt\n> The wall protects 400 homes.\n\n---\nThe wall was finished early.\n"
    )
    article = read_markdown(source)
    assert article.title == "Flood wall finished"
    assert article.fields["source"] == "https://example.org/story"
    assert article.text == "Excerpt\n\nThe wall protects 400 homes.\n\nThe wall was finished early."
