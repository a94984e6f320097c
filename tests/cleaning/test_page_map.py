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


def _random_texts(count: int, seed: int) -> list[str]:
    """Texts of our own from many scripts, with apostrophes, numbers, line breaks and the
    letters lower() treats apart ("İ", "Σ")."""
    import random

    rng = random.Random(seed)
    alphabet = [chr(c) for c in (*range(0x20, 0x250), *range(0x370, 0x500), *range(0x1E00, 0x1F10))]
    alphabet += [*"’''’  \n\n....ⒶⅫǅẞİΣ²٣", "rock'n'roll", "ΟΔΟΣ’Α", "it’s", "1990s"]
    texts = [
        "The ferry returned to the harbour on Monday; it's full.\nRock'n'roll’s 1990s’ ΟΔΟΣ.",
        "İstanbul'da bir gün.\n\nΟΔΟΣ ΑΘΗΝΑΣ, Ⓐ Ⅻ ǅ ß ẞ 2024 km² o'clock d’Artagnan’s",
    ]
    texts += [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(count)
    ]
    return texts


def test_the_blocks_words_are_the_words_the_language_is_guessed_from() -> None:
    """The page's language is guessed from its blocks' tokens: the words stopwords.words()
    finds in the whole text (numbers left out, "’" kept, a word of three parts split)."""
    from reader.cleaning.page_map import _language_words
    from reader.cleaning.stopwords import words

    texts = _random_texts(3000, 7)
    for text in texts:
        page = PageMap(text, "en")
        assert _language_words([b.text for b in page.blocks], page._words) == words(text), text
    assert any("rock'n'roll" in t for t in texts) and any("’" in t for t in texts)


def test_the_blocks_content_words_are_those_found_in_the_lower_cased_text() -> None:
    """A block's content words come from its tokens: the same as the runs of three letters or
    more in its text lower-cased, on texts with "İ", "Σ", apostrophes and numbers."""
    from reader.cleaning.page_map import _CONTENT, _content_words
    from reader.cleaning.signals import words_of

    texts = _random_texts(3000, 11)
    for text in texts:
        assert _content_words(text, words_of(text)[1]) == _CONTENT.findall(text.lower()), text
    assert any("İ" in t for t in texts) and any("Σ" in t for t in texts)


def test_a_blocks_lower_case_tokens_are_its_tokens_each_lower_cased() -> None:
    from reader.cleaning.signals import _WORDS, words_of

    for text in _random_texts(3000, 13):
        expected = [w.lower().replace("’", "'") for w in _WORDS.findall(text)]
        assert words_of(text) == (_WORDS.findall(text), expected), text


def test_a_blocks_content_stems_are_the_stems_of_its_content_words_not_stop_words() -> None:
    """The stems are taken from a block's distinct tokens without the stop words: the same as
    from its content words one by one (random texts with "İ", "Σ", apostrophes, numbers, and
    English stop words)."""
    from reader.cleaning.page_map import _CONTENT

    texts = _random_texts(2000, 17)
    texts += [t + " the and of The Of which" for t in texts[:500]]
    for text in texts:
        page = PageMap(text, "en")
        for index, block in enumerate(page.blocks):
            words = _CONTENT.findall(block.text.lower())
            expected = {w[:6] for w in words if w not in page.stops}
            assert page.content_stems(index) == expected, block.text


def test_a_pages_picture_lines_are_those_the_rule_finds() -> None:
    from reader.cleaning.lead_lines import is_picture_line, page_line_kind

    text = (
        "The ferry returned on Monday.\n\nImage caption The harbour at dawn\n\n"
        "Crowds gathered at the quay. (AP Photo/Jane Doe)\n\nBy Ann Reed\n\nThe ferry left."
    )
    page = PageMap(text, "en")
    found = [page.is_picture_line(i) for i in range(len(page))]
    assert found == [bool(is_picture_line(b.text)) for b in page.blocks]
    assert found == [False, True, True, False, False]
    kinds = [page_line_kind(b.text, page.is_picture_text) for b in page.blocks]
    assert kinds == [page_line_kind(b.text) for b in page.blocks]
    assert kinds == ["", "caption", "caption", "byline", ""]
