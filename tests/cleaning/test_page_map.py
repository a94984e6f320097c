"""The page map's unmarked lists (a printed page's lists lose their bullets)."""

from __future__ import annotations

from reader.cleaning.page_map import PageMap, is_list_number

# a "most read" box as a printed page gives it: each headline wrapped to the sidebar's width,
# its number on a line of its own after it
BOX = [
    "Police chief asks for money",
    "for new cameras, but council",
    "unmoved",
    "1.",
    "Rents are on the rise. These",
    "maps show where and by",
    "how much.",
    "2.",
    "Card skimmer found at petrol",
    "station on the bypass",
    "3.",
]


def test_list_numbers_standing_alone_are_recognised() -> None:
    assert all(is_list_number(text) for text in ("1.", "12", " 3) "))
    assert not any(is_list_number(text) for text in ("1.2 million", "No. 5", "2024."))


def test_a_numbered_box_with_wrapped_headlines_is_one_list_run() -> None:
    page = PageMap("\n\n".join(BOX), unmarked_lists=True)
    # numbers and the item's wrapped last line ("how much.", a sentence end) do not break it
    assert page.list_runs == [list(range(len(BOX)))]


def test_only_a_printed_page_looks_for_unmarked_lists() -> None:
    assert PageMap("\n\n".join(BOX)).list_runs == []


def test_a_list_run_costs_one_block_in_a_gap() -> None:
    page = PageMap("\n\n".join(BOX), unmarked_lists=True)
    plain = sum(page.cost(i) for i in range(len(BOX)))
    assert page.gap_cost(range(len(BOX))) < plain / 4


def test_an_advertisement_slot_is_a_cheap_interruption() -> None:
    # what sites put inside articles costs little in a gap; a menu item of the same length
    # does not
    page = PageMap("\n\n".join(["Advertisement", "Continue reading the main story", "• Sport"]))
    assert page.cost(0) < page.cost(2) / 2
    assert page.cost(1) < 0.75 * page.cost(2)  # five words: about what five words cost
