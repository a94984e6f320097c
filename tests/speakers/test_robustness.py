"""find_speakers never fails and keeps its spans sound on arbitrary text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.speakers import find_speakers

_PIECES = [
    "Kirby",
    "John",
    "Ms",
    "Mr.",
    "Dr.",
    "W.",
    "Jr.",
    "said",
    "told",
    "he",
    "she",
    "they",
    "the",
    "minister",
    "according",
    "to",
    "and",
    ",",
    ".",
    ":",
    '"',
    "“",
    "”",
    "„",
    "'s",
    "\n",
    "\n\n",
    "sagte",
    "zufolge",
    "laut",
    "Van",
    "den",
    "who",
    "saying",
    "by",
    "May",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=6), max_size=40), st.booleans())
def test_spans_are_sound_and_speakers_ordered(pieces: list[str], german: bool) -> None:
    text = " ".join(pieces)
    speakers = find_speakers(text, (), "de" if german else "en")
    firsts = []
    for speaker in speakers:
        assert speaker.name.strip()
        assert speaker.mentions, "a speaker is always mentioned by name"
        assert list(speaker.mentions) == sorted(speaker.mentions)
        for start, end in speaker.mentions + speaker.quotes:
            assert 0 <= start < end <= len(text)
        firsts.append(speaker.mentions[0][0])
    assert firsts == sorted(firsts)
