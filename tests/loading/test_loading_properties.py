"""Whatever the bytes, loading gives a clean Document or a ReaderError, never a crash."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.errors import ReaderError
from reader.loading import document_from_bytes, document_from_text

LOADING = Path(__file__).parents[1] / "_files" / "loading"
SEEDS = [
    (LOADING / name).read_bytes()
    for name in ("article.html", "article.mhtml", "article.md", "headline.txt")
]
UNCLEAN = re.compile("[\r\x00\ud800-\udfff]")


def _check(load) -> None:
    try:
        document = load()
    except ReaderError as exc:
        assert str(exc).strip()
        return
    assert document.text.strip()
    assert not UNCLEAN.search(document.text)
    assert document.title
    assert document.format in ("txt", "html", "mhtml", "md")


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    data = data[: draw(st.integers(0, len(data)))]
    for _ in range(draw(st.integers(0, 8))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=damaged(), name=st.sampled_from(["a.txt", "a.html", "a.md", "a.mhtml", "a"]))
def test_damaged_files(data: bytes, name: str) -> None:
    _check(lambda: document_from_bytes(data, name=name))


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=300))
def test_random_bytes(data: bytes) -> None:
    _check(lambda: document_from_bytes(data, name="x.txt"))


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=300), prefix=st.sampled_from(["", "# ", "<p>", "---\n"]))
def test_random_text(text: str, prefix: str) -> None:
    _check(lambda: document_from_text(prefix + text))
