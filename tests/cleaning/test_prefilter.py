"""Prefilters of regular expressions: what every match holds, and AnyOf saying exactly what one
joined expression says (the caption credits, expressions of our own, lines of our own and random
ones)."""

from __future__ import annotations

import random
import re

import pytest

from reader.cleaning.phrases import read_alternatives
from reader.cleaning.prefilter import AnyOf, needed

OWN_PATTERNS = [
    r"\((?:[^()]{0,20}\s)?(?:wire|agency)\)\s*$",
    r"\bphoto\s+credit\s*:\s*[^.]{2,30}$",
    r"(?:^|\.\s+)(?-i:[A-Z][a-z]+),\s*(?:wire service|the agency)(?:\s+(?:photo|files?))*\s*$",
    r"\[(?:file|archive)\s*:[^\]]{2,30}\]",
    r"[.!?]\s*©\s*[^©]{2,20}$",
    r"sign\s+up|subscribe",
    r"\b\d{4}$",  # needs nothing known: searched in every line
]

LINES = [
    "The ferry left the harbour at dawn, as it has done for forty years.",
    "Passengers wait on the quay in the rain (Wire)",
    "Passengers wait on the quay in the rain (Photo by Jo Vik/Agency)",
    "The old quay. Photo credit: Jo Vik",
    "Harbour master Ann Berg. Jo Vik, Wire Service photo files",
    "Jo Vik, the agency",
    "A crane lifts the last container [File: Harbour Board]",
    "The crane. © Harbour Board 2024",
    "Sign up for our newsletter",
    "SUBSCRIBE NOW",
    "Opened in 1974",
    "Opened in 1974\n",
    "Trailing spaces after the credit (wire)   \t",
    "A line with a dotless ı and a long ſ: (wıre)",
    "ſign up",
    "",
    "(",
    "Reuters/Jo Vik",
    "A boat in the bay. REUTERS/Jo Vik",
    "Rescuers at work (AP Photo/Jo Vik)",
    "Jo Vik, AP",
    "The bridge at night. Image copyright Harbour Board",
    "The bridge | Jo Vik/Agency",
]


def _joined(patterns: list[str], flags: int) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


def _random_lines(count: int) -> list[str]:
    rng = random.Random(3)
    pieces = [
        "photo", "credit", ":", "/", "(", ")", "[", "]", "©", ".", ",", " ", "  ", "\n", "Jo",
        "Vik", "wire", "Wire Service", "AP", "Reuters", "file", "agency", "sign", "up", "1974",
        "ı", "ſ", "x", "Getty Images", "|", "the associated press", "images", "…",
    ]  # fmt: skip
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(count)]


@pytest.mark.parametrize("flags", [re.IGNORECASE, 0])
def test_any_of_says_what_the_joined_expression_says(flags: int) -> None:
    lines = LINES + _random_lines(4000)
    joined, fast = _joined(OWN_PATTERNS, flags), AnyOf(OWN_PATTERNS, flags)
    found = [bool(joined.search(line)) for line in lines]
    assert [fast.search(line) for line in lines] == found
    assert 0 < sum(found) < len(lines)  # both kinds of line are there


def test_caption_credits_say_what_the_joined_credits_say() -> None:
    credits = read_alternatives("caption-credits.txt")
    lines = LINES + _random_lines(4000)
    joined, fast = _joined(credits, re.IGNORECASE), AnyOf(credits, re.IGNORECASE)
    found = [bool(joined.search(line)) for line in lines]
    assert [fast.search(line) for line in lines] == found
    assert sum(found) >= 8


def test_needs_of_an_expression() -> None:
    needs = needed(r"\((?:[^()]{0,20}\s)?(?:wire|agency)\)\s*$", re.IGNORECASE)
    assert frozenset("(") in needs.groups
    assert needs.endings == (")",)
    needs = needed(r"\bphoto\s+(?:credit|source)\s*:", re.IGNORECASE)
    assert set(needs.groups) == {frozenset([":"]), frozenset(["photo"])}
    assert needs.groups[0] == frozenset(["photo"])  # the rarer string first
    assert needs.endings is None  # not anchored at the end
    # an optional ending: the line ends with the group or with what precedes it
    assert needed(r"reuters(?:\s+photos?)?$").endings == ("photo", "reuters", "s")
    assert needed(r"\d+$") == needed(r"\d+$")  # nothing known
    assert needed(r"\d+$").groups == () and needed(r"\d+$").endings is None
    assert needed(r"abc$", re.MULTILINE).endings is None  # "$" before any newline
    assert needed(r"(?m)abc$").endings is None
    assert needed(r"(a|\d)x").groups == (frozenset("x"),)  # a branch needing nothing


def test_lines_with_unfolded_letters_are_always_searched() -> None:
    # "ı" matches "i" and "ſ" matches "s" case-insensitively, and neither lower-cases to them
    fast = AnyOf([r"wire\)$", r"sign up", r"\(in\)"], re.IGNORECASE)
    assert fast.search("(wıre)")
    assert fast.search("ſign up")
    assert fast.search("(İN)")  # "İ" matches "i" but lower-cases to "i" and a combining dot
    assert not fast.search("(wore)")


def test_only_two_letters_escape_lower_casing() -> None:
    """The module's premise, over every code point of this Python's Unicode: a character whose
    case maps to an ASCII character lower-cases to that character's lower case, except "ı",
    "ſ" and "İ" (whose lower case is two characters); and no character's case maps to a
    non-ASCII character without case (which therefore matches only itself)."""
    from reader.cleaning.prefilter import _plain

    escaping, onto_plain = set(), set()
    for code in range(0x80, 0x110000):
        char = chr(code)
        if len(char.lower()) > 1 and any(
            re.fullmatch(a, char, re.I) for a in "abcdefghijklmnopqrstuvwxyz"
        ):
            escaping.add(char)  # matches an ASCII letter, lower-cases to more than one character
        for mapped in (char.lower(), char.upper(), char.casefold()):
            if len(mapped) != 1 or mapped == char:
                continue
            if mapped.isascii() and char.lower() != mapped.lower():
                escaping.add(char)
            elif not mapped.isascii() and _plain(mapped):
                onto_plain.add(char)
    assert escaping == {"ı", "ſ", "İ"}
    assert onto_plain == set()


def _start_lines(count: int) -> list[str]:
    rng = random.Random(5)
    pieces = [
        " ", "  ", "(", "[", "-", "—", "•", "3.", "٣)", "\xa0", "Reporting", "by", "Jo", "Vik",
        "additional", "reporting", "contributed", "to", "this", "report", "(AP)", "AP", "a",
        "version", "of", "this", "story", "İ", "ı", "ſ", "\u212a", "editor's", "note", ":", ".",
        "Editor", "correction", "—", "The", "ferry", "(Reuters)", "\n", "é",
    ]  # fmt: skip
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(count)]


def test_at_start_says_what_the_joined_expression_says() -> None:
    from reader.cleaning.prefilter import ASCII_SPACE, AtStart

    own = [r"reporting by\b", r"(edited|reported) by", r".{0,40}\bcontributed", r"\(?ap\)?\s*$"]
    for prefix, skip, alternatives in [
        (r"[\s(\[]*", ASCII_SPACE + "([", read_alternatives("signoffs.txt")),
        (r"[\s(\[]*", ASCII_SPACE + "([", own),
        (r"(?:[•*-]\s*|\d{1,3}[.)]\s*)?", ASCII_SPACE + "*-0123456789.)", own),
        (r"\s*", ASCII_SPACE, read_alternatives("calls-to-action.txt")),
    ]:
        fast = AtStart(prefix, skip, alternatives, re.IGNORECASE)
        joined = re.compile(f"{prefix}(?:{'|'.join(f'(?:{a})' for a in alternatives)})", re.I)
        lines = LINES + _start_lines(4000)
        found = [joined.match(line) is not None for line in lines]
        assert [fast.match(line) for line in lines] == found
        assert 0 < sum(found) < len(lines)


def test_first_strings_of_an_expression() -> None:
    from reader.cleaning.prefilter import first_strings

    assert first_strings(r"(listen|watch) to\b") == {"listen", "watch"}  # its first group
    assert first_strings(r"\bReporting by") == {"reporting by"}  # lower case, anchors skipped
    assert first_strings(r"(additional )?reporting") == {"additional ", "reporting"}
    assert first_strings(r".{0,120}\bcontributed") is None  # it may open with anything
    assert first_strings(r"[-–]{1,2}\s*[A-Z]") == {"-", "–"}
    assert first_strings(r"\d+ min") is None
