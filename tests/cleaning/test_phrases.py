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


def _reference_find(matcher: PhraseMatcher, text: str) -> tuple[dict[str, int], int]:
    """What :meth:`PhraseMatcher.find` says, word by word and with every expression tried."""
    words = tokens(text)
    counts: dict[str, int] = {}
    letters, free, taken = 0, 0, set()
    for position in range(len(words)):
        if position < free:
            continue
        for sequence, tag in matcher.sequences.get(words[position], ()):
            if tuple(words[position : position + len(sequence)]) == sequence:
                counts[tag] = counts.get(tag, 0) + 1
                letters += sum(map(len, sequence))
                taken.update(range(position, position + len(sequence)))
                free = position + len(sequence)
                break
    for position, word in enumerate(words):
        if word in matcher.words and position not in taken:
            counts[matcher.words[word]] = counts.get(matcher.words[word], 0) + 1
            letters += len(word)
    expressions = [matcher.expressions[w] for w in set(words) if w in matcher.expressions]
    for pattern, names in [*expressions, *([matcher.rest] if matcher.rest else [])]:
        for match in pattern.finditer(text):
            tag = names[match.lastgroup or ""]
            counts[tag] = counts.get(tag, 0) + 1
            letters += sum(1 for c in match.group(0) if c.isalpha())
    return counts, letters


def test_the_furniture_matchers_shortcuts_find_what_trying_everything_finds() -> None:
    """Sequences looked for only where all their words are, each occurrence of a word counted
    at once, expressions tried only in blocks holding what they need: the same counts and
    letters as trying every phrase, on lines of our own made of furniture and prose words."""
    import random

    from reader.cleaning.signals import furniture_matcher

    matcher = furniture_matcher()
    pieces = [
        "Sign up",
        "sign",
        "up",
        "share",
        "Share this story",
        "more",
        "More from Sport",
        "read more:",
        "Read",
        "is a reporter for",
        "was an award-winning editor at",
        "is",
        "a",
        "for",
        "(c) 2021",
        "© Reuters",
        "/ AP",
        "(Photo: Jane Doe)",
        "Follow us on",
        "ſign up",
        "is a reporter wıth",
        "WAS A REPORTER WİTH",
        "the",
        "harbour",
        "ferry",
        "newsletter",
        "newsletters",
        "all rights reserved",
        "caption:",
        "video",
        "Image:",
        "on",
        ".",
        ",",
    ]
    rng = random.Random(3)
    lines = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(4000)]
    for line in lines:
        found = matcher.find(line)
        assert (found.counts, found.letters) == _reference_find(matcher, line), line
    assert sum(bool(matcher.find(line).counts) for line in lines) > 1000
    # a line that may hold no phrase of a tag holds none (and most lines of prose may not)
    prose = [*lines, "The ferry returned to the harbour.", "It was full on Monday."]
    for tag in ("strong", "weak"):
        ruled_out = [line for line in prose if not matcher.may_find(line, tokens(line), tag)]
        assert all(matcher.find(line).counts.get(tag, 0) == 0 for line in ruled_out)
        assert len(ruled_out) > 100
    # a line that may hold no phrase of any tag holds none
    ruled_out = [line for line in prose if not matcher.may_find_any(line, tokens(line))]
    assert all(not matcher.find(line).counts for line in ruled_out)
    assert len(ruled_out) > 50
    assert all(
        matcher.may_find_any(line, tokens(line)) for line in lines if matcher.find(line).counts
    )


def test_tokens_are_each_word_lower_cased() -> None:
    import random

    from reader.cleaning.phrases import _TOKEN

    rng = random.Random(4)
    alphabet = [chr(c) for c in (*range(0x20, 0x250), *range(0x370, 0x500))] + list("’'ΣİΣ  ")
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        assert tokens(text) == [t.lower().replace("’", "'") for t in _TOKEN.findall(text)], text


def test_an_ascii_text_has_the_words_and_numbers_the_unicode_pattern_finds() -> None:
    import random

    from reader.cleaning.phrases import _TOKEN, words_and_numbers

    rng = random.Random(6)
    alphabet = [chr(c) for c in range(128)] + ["it's", "rock'n'roll", "5G", "x_y", "'"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(3000)]
    for text in texts:
        assert text.isascii() and words_and_numbers(text) == _TOKEN.findall(text), text
    assert words_and_numbers("Don’t 5G") == ["Don’t", "5", "G"]  # not ASCII: the same pattern
