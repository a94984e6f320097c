"""The argument types both command lines share."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from reader.arguments import whole_number


def test_a_whole_number_at_or_above_the_least_is_taken() -> None:
    parse = whole_number("too few", least=2)
    assert parse("2") == 2
    assert parse(" 7 ") == 7


@pytest.mark.parametrize(("value", "message"), [("1", "too few"), ("x", "'x' is not a whole")])
def test_other_values_get_a_message_a_person_reads(value: str, message: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match=message):
        whole_number("too few", least=2)(value)


def test_an_output_folder_is_made_or_its_problem_said(tmp_path: Path) -> None:
    from reader.arguments import output_folder_problem

    made = tmp_path / "new" / "deeper"
    assert output_folder_problem(made) is None and made.is_dir()
    assert output_folder_problem(made) is None  # there already
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x", encoding="utf-8")
    assert output_folder_problem(a_file) == f"{a_file} is a file, not a folder."
    assert (
        output_folder_problem(a_file / "below")
        == f"could not create the folder {a_file / 'below'}."
    )
