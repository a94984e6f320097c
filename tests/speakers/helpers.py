"""Small helpers shared by the speaker tests."""

from __future__ import annotations

from pathlib import Path

from reader.result import Speaker
from reader.speakers import find_speakers

FILES = Path(__file__).resolve().parents[1] / "_files" / "speakers"


def fixture_text(name: str) -> str:
    return (FILES / name).read_text(encoding="utf-8")


def speakers_of(text: str, language: str = "en") -> tuple[Speaker, ...]:
    return find_speakers(text, (), language)


def names_of(text: str, language: str = "en") -> list[str]:
    return [s.name for s in speakers_of(text, language)]


def surfaces(text: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [text[a:b] for a, b in spans]
