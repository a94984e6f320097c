"""Phrase lists matched fast: spelled-out wordings, expressions, and phrases without a word."""

from __future__ import annotations

from reader.cleaning.phrases import PhraseMatcher, split_top, tokens, wordings


def test_wordings_spell_out_groups_and_optional_letters() -> None:
    assert sorted(wordings("sign (up|in)")) == ["sign in", "sign up"]
    assert sorted(wordings("newsletters?")) == ["newsletter", "newsletters"]
    assert sorted(wordings("don'?t miss")) == ["don't miss", "dont miss"]
    assert wordings(r"follow @?\w+ on") is None  # open-ended: stays an expression


def test_top_level_bars_split_but_not_inside_groups() -> None:
    assert split_top("a|b (c|d)|e") == ["a", "b (c|d)", "e"]


def test_bars_and_brackets_inside_a_character_class_do_not_split() -> None:
    assert split_top(r"a[^|/]b|c[)|]d|[]|]e|f\[|g") == [r"a[^|/]b", "c[)|]d", "[]|]e", "f\\[", "g"]


def test_matching_is_whole_word_case_insensitive_and_tagged() -> None:
    matcher = PhraseMatcher(
        [
            ("strong", ["sign (up|in)", "all rights reserved", r"follow @?\w+ on", "©"]),
            ("weak", ["share", "more"]),
        ]
    )
    found = matcher.find("SIGN UP for more. All Rights Reserved © 2024. Follow us on X.")
    assert found.counts == {"strong": 4, "weak": 1}
    assert matcher.find("Signing updates, shareholders, moreover").counts == {}


def test_tokens_are_lower_case_words_and_numbers() -> None:
    assert tokens("Don’t miss 24 Stories!") == ["don't", "miss", "24", "stories"]


def test_any_of_says_what_one_alternation_says() -> None:
    import re

    from reader.cleaning.phrases import AnyOf, read_alternatives

    alternatives = [
        r"^\W*(tags|topics)\b",
        r"\b(\d+ )?comments?\b",
        r"\bshare this (story|article)\b",
        r"©\s*(\d{4}|[A-Z])",
        r"\((ap|afp) (photo|images)[^)]*\)\s*$|^\W*\+\d+\W*$",  # a bar outside the groups
        r"^x|story\b",  # "^" on its first branch only
        r"\bend$|^start",
    ]
    texts = [
        "Tags: Transport",
        "12 Comments",
        "no comment here",
        "Share this story",
        "© 2024 The Courier",
        "A photo (AP Photo/Jane Doe)",
        "+12",
        "a +12 b",
        "the story so far",
        "x marks",
        "the end",
        "it is the end of it",
        "start here",
        "we start here",
        "Nothing at all.",
        "TAGS",
        "",
    ]
    for data in ("article-end.txt", "inside-article.txt"):
        alternatives += read_alternatives(data)
    texts += [line for kind in ("Advertisement", "Story continues below") for line in (kind,)]
    one = re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)
    fast = AnyOf(alternatives)
    for text in texts:
        assert fast.search(text) == bool(one.search(text)), text
    for alternative in alternatives:  # each alone, too
        alone = AnyOf([alternative])
        pattern = re.compile(alternative, re.IGNORECASE)
        for text in texts:
            assert alone.search(text) == bool(pattern.search(text)), (alternative, text)
