"""Published dates as ISO and in words, and authors' names as a person writes them."""

from __future__ import annotations

import pytest

from reader.readable import iso_date, readable_author, readable_date


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2019-11-19", "2019-11-19"),
        ("• 19 November 2019", "2019-11-19"),
        ("Nov. 19, 2019, 8:41 AM UTC", "2019-11-19T08:41"),
        ("November 19, 2019 / 12:21 AM / Updated 14 hours ago", "2019-11-19T00:21"),
        ("20 Nov, 2019 05:47", "2019-11-20T05:47"),
        ("Updated: Nov. 20, 2019 | 9:15 PM", "2019-11-20T21:15"),
        ("Published on March 3, 2020", "2020-03-03"),
        ("19. November 2019, 14:30 Uhr", "2019-11-19T14:30"),
        ("Stand: 19.11.2019 08:41 Uhr", "2019-11-19T08:41"),
        ("Dienstag, 19.11.2019", "2019-11-19"),
        ("Veröffentlicht am 3. März 2020", "2020-03-03"),
    ],
)
def test_dates_as_written_on_pages_become_iso(raw: str, iso: str) -> None:
    assert iso_date(raw) == iso


@pytest.mark.parametrize("raw", ["Published 3 days ago", "Nov 19", "Last Tuesday", "By Phil"])
def test_text_that_is_not_a_whole_date_is_kept(raw: str) -> None:
    assert iso_date(raw) == raw


def test_readable_dates() -> None:
    assert readable_date("2019-11-19") == "19 Nov 2019"
    assert readable_date("2019-11-09T08:41") == "9 Nov 2019, 08:41"
    assert readable_date("2019-11-19T08:00:00+00:00") == "19 Nov 2019, 08:00"
    assert readable_date("Last Tuesday") == "Last Tuesday"


def test_authors_in_capitals_read_in_title_case() -> None:
    assert readable_author("BILL HOPPE") == "Bill Hoppe"
    assert readable_author("JEAN-PAUL O'NEIL") == "Jean-Paul O'Neil"
    assert readable_author("Jean-Luc McDonald") == "Jean-Luc McDonald"
    assert readable_author("danah boyd") == "danah boyd"
