"""The settings table: every setting declared once, with a default its own rules accept."""

from __future__ import annotations

import pytest

from reader.export import FORMATS
from reader.gui.settings import Field, Settings, checked_value
from reader.gui.settings_table import KINDS, SAVE_FORMAT, SETTINGS, Setting
from reader.summary import ALGORITHMS


def test_keys_are_unique_and_grouped() -> None:
    keys = [setting.key for setting in SETTINGS]
    assert len(keys) == len(set(keys))
    assert all(key.count("/") == 1 and key == key.lower() for key in keys)


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.key)
def test_each_setting_is_complete(setting: Setting[object]) -> None:
    assert setting.kind in KINDS
    assert setting.description.endswith(".")
    if setting.kind == "int":
        assert setting.low is not None and setting.high is not None
        assert setting.low <= setting.default <= setting.high
    if setting.kind == "choice":
        assert setting.default in setting.allowed_choices()
    if setting.kind in ("paths", "sizes"):
        assert setting.limit
    if setting.default not in (None, ()):  # a default (not "nothing") passes its own rules
        assert checked_value(setting, setting.default) == setting.default


def test_choices_owned_elsewhere_are_read_from_their_owner() -> None:
    assert SAVE_FORMAT.allowed_choices() == FORMATS
    algorithm = next(s for s in SETTINGS if s.key == "summary/algorithm")
    assert algorithm.allowed_choices() == ALGORITHMS


def test_every_field_of_settings_is_a_table_entry() -> None:
    fields = [v.setting for v in vars(Settings).values() if isinstance(v, Field)]
    assert fields and all(setting in SETTINGS for setting in fields)


@pytest.mark.parametrize(
    ("key", "raw", "value"),
    [
        ("view/zoom", "4", 4),
        ("view/zoom", "-5", -5),
        ("view/zoom", "11", None),
        ("view/zoom", "2.5", None),
        ("view/zoom", True, None),
        ("view/tint_summary", "false", False),
        ("view/tint_summary", "true", True),
        ("view/tint_summary", "maybe", None),
        ("view/theme", "dark", "dark"),
        ("view/theme", "Dark", None),
        ("files/recent", "/a.txt", ("/a.txt",)),
        ("files/recent", ["/a.txt", "", 3, "/b.txt"], ("/a.txt", "/b.txt")),
        ("files/recent", [f"/{i}.txt" for i in range(12)], tuple(f"/{i}.txt" for i in range(10))),
        ("window/side_sizes", ["800", "300"], (800, 300)),
        ("window/side_sizes", [800], None),
        ("window/side_sizes", [800, -1], None),
    ],
)
def test_stored_values_are_checked_against_the_table(key: str, raw: object, value: object) -> None:
    setting = next(s for s in SETTINGS if s.key == key)
    assert checked_value(setting, raw) == value
