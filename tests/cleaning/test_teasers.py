"""Teaser removal: our own fixtures of every kind, the shared corpus, and properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.cleaning.teasers import (
    SINGLE_LINE_WEIGHTS,
    belongs_to_article,
    ends_with_ellipsis,
    is_cut_off,
    is_unrelated_line,
    remove_teasers,
    single_line_features,
    starts_like_continuation,
)

FIXTURES = Path(__file__).parents[1] / "_files" / "teasers"
EXPECTED: dict[str, list[str]] = json.loads((FIXTURES / "expected.json").read_text("utf-8"))


def _read(name: str) -> str:
    return (FIXTURES / f"{name}.txt").read_text("utf-8")


def _without_title(text: str) -> str:
    """The body as the loader hands it over: headline line and blank line removed."""
    return text.split("\n", 2)[2]


def _assert_kept(original: str, displayed: str, removed: tuple[str, ...]) -> None:
    """Every non-empty line not removed is displayed, and displayed text is a prefix."""
    assert original.startswith(displayed)
    for line in original.splitlines():
        if line.strip() and line.strip() not in removed:
            assert line in displayed


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_kinds(name: str) -> None:
    text = _read(name)
    displayed, removed = remove_teasers(text)
    assert list(removed) == EXPECTED[name]
    _assert_kept(text, displayed, removed)
    assert displayed == displayed.rstrip("\n")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_same_result_without_the_title(name: str) -> None:
    body = _without_title(_read(name))
    displayed, removed = remove_teasers(body)
    assert list(removed) == EXPECTED[name]
    _assert_kept(body, displayed, removed)


def test_windows_line_endings_are_handled() -> None:
    text = _read("block").replace("\n", "\r\n")
    displayed, removed = remove_teasers(text)
    assert list(removed) == EXPECTED["block"]
    assert displayed.endswith("by April.")
    assert text.startswith(displayed)


def test_kept_lines_are_byte_for_byte_and_trailing_blank_lines_go() -> None:
    text = "Line one stays.  \n\n  Indented line stays.\t\n\n\n   \n"
    displayed, removed = remove_teasers(text)
    assert removed == ()
    assert displayed == "Line one stays.  \n\n  Indented line stays.\t"


def test_clean_article_loses_nothing_but_trailing_blank_lines() -> None:
    text = _read("clean")
    displayed, removed = remove_teasers(text + "\n\n")
    assert removed == ()
    assert displayed == text.rstrip("\n")


def test_empty_and_blank_text() -> None:
    assert remove_teasers("") == ("", ())
    assert remove_teasers("\n \n") == ("", ())


def test_a_lone_ellipsis_line_is_the_article() -> None:
    assert remove_teasers("Wait for it...") == ("Wait for it...", ())


def test_a_file_of_teasers_only_is_emptied() -> None:
    text = "Scientists have found a new species of frog in…\nThe prime minister has said that…\n"
    displayed, removed = remove_teasers(text)
    assert displayed == ""
    assert len(removed) == 2


def test_ellipsis_above_the_last_line_is_not_trailing() -> None:
    text = _read("mid_ellipsis")
    assert "…" in text
    assert remove_teasers(text)[1] == ()


def test_header_without_teasers_below_stays() -> None:
    text = "The report was published on Monday.\nRelated stories:\nNothing else here."
    assert remove_teasers(text) == (text, ())


def test_block_top_line_continuing_the_article_stays() -> None:
    body = (
        "The committee met on Tuesday to discuss the harbour wall repairs.\n"
        "Engineers told the committee the harbour wall could fail within five years.\n"
    )
    own = "And the harbour wall repairs, the committee said, could not wait..."
    teasers = (
        "A singer from Cardiff has won a national talent contest with a song about…\n"
        "Train fares are to rise by 4% in January, the transport secretary has…\n"
    )
    displayed, removed = remove_teasers(body + own + "\n" + teasers)
    assert displayed.endswith(own)
    assert len(removed) == 2


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Cut off mid…", True),
        ("Cut off mid...", True),
        ("Cut off mid. . .", True),
        ('He said "and then…"', True),
        ("A finished sentence.", False),
        ("An ellipsis… in the middle.", False),
    ],
)
def test_ends_with_ellipsis(line: str, expected: bool) -> None:
    assert ends_with_ellipsis(line) is expected


def test_cut_off_after_a_function_word() -> None:
    assert is_cut_off("The minister has announced plans to…")
    assert is_cut_off("Prices rose sharply in the...")
    assert not is_cut_off("Prices rose sharply in the capital…")


def test_sentence_complete_before_the_ellipsis_stays() -> None:
    text = _read("clean") + "Scientists found a new species of frog in Peru. …"
    assert remove_teasers(text)[1] == ()


def test_continuation_starts() -> None:
    assert starts_like_continuation('"We will be back," she said…')
    assert starts_like_continuation("He later sold the farm…")
    assert starts_like_continuation("But the plan failed…")
    assert starts_like_continuation("the rest, she said, was history...")
    assert not starts_like_continuation("Voters in the city of Marlow will choose…")


def test_relatedness_separates_own_line_from_other_story() -> None:
    body = _without_title(_read("clean"))
    own = "Librarian Maya Okonkwo hopes the ferry library will stay moored beside the market…"
    other = "Astronomers have spotted a comet that will be visible to the naked eye in…"
    assert not is_unrelated_line(own, body)
    assert is_unrelated_line(other, body)


@pytest.mark.parametrize(
    "lead",
    [
        "There are fears that thousands of jobs could go at the car maker Rovex after…",
        "It is unlikely that the central bank will raise interest rates before the…",
        "(Reuters) - Oil prices rose on Tuesday after a pipeline in Texas was…",
    ],
)
def test_leads_opening_like_a_continuation_are_still_teasers(lead: str) -> None:
    text = _read("clean") + lead
    assert remove_teasers(text)[1] == (lead,)


def test_every_weight_names_a_feature_and_every_feature_is_weighed() -> None:
    features = single_line_features("The museum will reopen in…", "The museum closed.")
    assert set(features) == set(SINGLE_LINE_WEIGHTS)


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("Other schools in the county are expected to follow…", True),
        ("Both clubs have appealed against the fine…", True),
        ("Officials in the county are expected to follow…", False),
    ],
)
def test_openers_that_presuppose_what_came_before(line: str, opens: bool) -> None:
    features = single_line_features(line, "A school in the county has banned phones.")
    assert features["opens_referring"] == float(opens)


_EARLY_TOPIC = "The council has approved a new cycle lane along the river embankment."
_OTHER_LINES = [
    "Councillors also voted to keep the library open on Sundays.",
    "A new bus timetable will start in May.",
    "Parking fees in the town centre will not change this year.",
]
_TAIL_LINE = "Work on the river embankment cycle lane will begin after the summer floods…"


def test_words_of_the_last_paragraphs_count_for_the_line() -> None:
    """The same words weigh more for the line when the article ends on them than when it only
    opened with them: an article's own last line goes on from where the article stands."""
    topic_last = "\n".join([*_OTHER_LINES, _EARLY_TOPIC])
    topic_first = "\n".join([_EARLY_TOPIC, *_OTHER_LINES])
    assert single_line_features(_TAIL_LINE, topic_last)["tail_share"] >= 0.5
    assert single_line_features(_TAIL_LINE, topic_first)["tail_share"] == 0
    assert belongs_to_article(_TAIL_LINE, topic_last) > belongs_to_article(_TAIL_LINE, topic_first)


@pytest.mark.parametrize("through_analyze", [False, True], ids=["remove_teasers", "analyze"])
def test_all_corpus_cases_pass(corpus: Path, through_analyze: bool) -> None:
    """Scored as the corpus README says; through analyze() the displayed text is the JSON
    ``text`` field alone (no title added), so a file's headline must be part of it."""
    from reader import analyze

    folder = corpus / "teasers"
    expected = json.loads((folder / "expected.json").read_text("utf-8"))
    failures = []
    for case, truth in expected.items():
        text = (folder / f"{case}.txt").read_text("utf-8")
        if through_analyze:
            result = analyze(folder / f"{case}.txt")
            displayed, removed = result.text, result.removed_lines
        else:
            displayed, removed = remove_teasers(text)
        want = [line.strip() for line in truth["removed"]]
        kept_ok = all(
            line.strip() in displayed
            for line in text.splitlines()
            if line.strip() and line.strip() not in want
        )
        if [r.strip() for r in removed] != want or not kept_ok:
            failures.append(case)
    assert failures == []


_LINE = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n"), max_size=40),
    st.sampled_from(["", "  ", "A new study says that…", "And then... we'll see...", "Done."]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINE, max_size=12), st.sampled_from(["\n", "\r\n"]))
def test_every_line_is_displayed_or_removed(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    displayed, removed = remove_teasers(text)
    assert text.startswith(displayed)
    assert displayed == "" or displayed[-1] not in "\r\n"
    shown = len(displayed.split("\n")) if displayed else 0
    after = [line.strip() for line in text.split("\n")[shown:] if line.strip()]
    assert list(removed) == after
