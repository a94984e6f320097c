"""The index of langdetect's profiles: the same counts as the files, written once, rebuilt when
the files change, never in the way (damaged, unwritable, turned off)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from reader import language_profiles
from reader.language_profiles import (
    IndexedProfiles,
    ParsedProfiles,
    cache_folder,
    load_profiles,
    profile_files,
)


@pytest.fixture
def profiles_folder(tmp_path: Path) -> str:
    """A copy of five of langdetect's profiles (their files are not ours to touch)."""
    from langdetect.detector_factory import PROFILES_DIRECTORY

    folder = tmp_path / "profiles"
    folder.mkdir()
    for name in ("de", "en", "fr", "ru", "zh-cn"):
        shutil.copy2(os.path.join(PROFILES_DIRECTORY, name), folder / name)
    return str(folder)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("READER_CACHE_DIR", str(folder))
    return folder


def _grams(profiles: ParsedProfiles) -> list[str]:
    """Every n-gram of the profiles, and some no profile has."""
    return [*sorted(profiles.all_counts()), "qqq", "\x00", "☃☃", "Зzx"]


def test_the_first_load_writes_the_index_and_the_next_reads_it(profiles_folder, cache):
    names = profile_files(profiles_folder)
    parsed = load_profiles(profiles_folder, names)
    assert isinstance(parsed, ParsedProfiles)
    written = list(cache.glob("langdetect-profiles-*.sqlite3"))
    assert len(written) == 1
    assert [p.name for p in cache.iterdir()] == [written[0].name]  # no temporary file left
    indexed = load_profiles(profiles_folder, names)
    assert isinstance(indexed, IndexedProfiles)
    assert sorted(parsed.languages) == ["de", "en", "fr", "ru", "zh-cn"]
    assert indexed.languages == parsed.languages
    assert indexed.n_words == parsed.n_words
    grams = _grams(parsed)
    assert len(grams) > 8_000
    assert indexed.lookup(grams) == parsed.lookup(grams)


def test_files_listed_in_another_order_get_their_own_numbers(profiles_folder, cache):
    names = profile_files(profiles_folder)
    parsed = load_profiles(profiles_folder, names)
    other_order = list(reversed(names))
    indexed = load_profiles(profiles_folder, other_order)
    assert isinstance(indexed, IndexedProfiles)
    assert indexed.languages == list(reversed(parsed.languages))
    for gram in ("e", "th", "der", "ст", "的"):
        ours = dict(indexed.lookup([gram])[gram])
        theirs = dict(parsed.lookup([gram])[gram])
        assert {other_order[i]: c for i, c in ours.items()} == {
            names[i]: c for i, c in theirs.items()
        }


def test_a_changed_profile_file_is_read_again(profiles_folder, cache):
    names = profile_files(profiles_folder)
    load_profiles(profiles_folder, names)
    assert isinstance(load_profiles(profiles_folder, names), IndexedProfiles)
    changed = os.path.join(profiles_folder, "en")
    status = os.stat(changed)
    os.utime(changed, ns=(status.st_atime_ns, status.st_mtime_ns + 10**9))
    assert isinstance(load_profiles(profiles_folder, names), ParsedProfiles)
    assert len(list(cache.glob("langdetect-profiles-*.sqlite3"))) == 2  # one per version
    assert isinstance(load_profiles(profiles_folder, names), IndexedProfiles)


def test_a_damaged_index_is_replaced(profiles_folder, cache):
    names = profile_files(profiles_folder)
    load_profiles(profiles_folder, names)
    (index,) = cache.glob("langdetect-profiles-*.sqlite3")
    index.write_bytes(b"not a database" * 100)
    parsed = load_profiles(profiles_folder, names)
    assert isinstance(parsed, ParsedProfiles)
    indexed = load_profiles(profiles_folder, names)
    assert isinstance(indexed, IndexedProfiles)
    assert indexed.lookup(["the", "ing"]) == parsed.lookup(["the", "ing"])


def test_an_index_of_other_files_is_not_used(profiles_folder, cache):
    names = profile_files(profiles_folder)
    load_profiles(profiles_folder, names)
    (index,) = cache.glob("langdetect-profiles-*.sqlite3")
    with sqlite3.connect(index) as connection:
        connection.execute("UPDATE meta SET value = 'other' WHERE key = 'signature'")
    connection.close()
    assert isinstance(load_profiles(profiles_folder, names), ParsedProfiles)


def test_an_unwritable_cache_folder_only_costs_the_parse(profiles_folder, tmp_path, monkeypatch):
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("READER_CACHE_DIR", str(blocker / "cache"))
    names = profile_files(profiles_folder)
    assert isinstance(load_profiles(profiles_folder, names), ParsedProfiles)
    assert isinstance(load_profiles(profiles_folder, names), ParsedProfiles)


def test_an_empty_cache_setting_turns_the_index_off(profiles_folder, monkeypatch):
    monkeypatch.setenv("READER_CACHE_DIR", "")
    assert cache_folder() is None
    loaded = load_profiles(profiles_folder, profile_files(profiles_folder))
    assert isinstance(loaded, ParsedProfiles)


def test_without_sqlite3_the_files_are_parsed(profiles_folder, cache, monkeypatch):
    import sys

    names = profile_files(profiles_folder)
    load_profiles(profiles_folder, names)
    monkeypatch.setitem(sys.modules, "sqlite3", None)  # import sqlite3 raises ImportError
    assert isinstance(load_profiles(profiles_folder, names), ParsedProfiles)


@pytest.mark.parametrize(
    ("platform", "environment", "expected"),
    [
        ("linux", {"XDG_CACHE_HOME": "/var/cache/me"}, Path("/var/cache/me/reader")),
        ("linux", {"XDG_CACHE_HOME": "relative"}, Path.home() / ".cache" / "reader"),
        ("linux", {}, Path.home() / ".cache" / "reader"),
        ("darwin", {}, Path.home() / "Library" / "Caches" / "Reader"),
        ("win32", {"LOCALAPPDATA": "C:/Users/me/AppData/Local"}, None),
        ("win32", {}, None),
    ],
)
def test_the_platforms_cache_folder(platform, environment, expected, monkeypatch):
    monkeypatch.delenv("READER_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    for key, value in environment.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(language_profiles.sys, "platform", platform)
    if platform == "win32" and environment:
        expected = Path(environment["LOCALAPPDATA"], "Reader", "Cache")
    assert cache_folder() == expected
