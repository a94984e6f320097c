"""Any text, any spans, any algorithm: a valid summary, never an exception."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.summary import ALGORITHMS, summarize

WORDS = st.sampled_from(
    ["the", "bridge", "Bridge", "closed", "ferry", "42", "Über", "é", "-", "it's", "!", "\n", "."]
)


@st.composite
def articles(draw):
    text = " ".join(draw(st.lists(WORDS, min_size=0, max_size=60)))
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=12))) | {0, len(text)})
    spans = tuple((a, b) for a, b in itertools.pairwise(cuts) if b > a)
    return text, spans


@settings(max_examples=60, deadline=None)
@given(
    article=articles(),
    algorithm=st.sampled_from(ALGORITHMS),
    count=st.integers(1, 6),
    language=st.sampled_from(["en", "de", "xx"]),
    title=st.sampled_from(["", "the bridge", "Bridge closed"]),
)
def test_summary_is_always_valid(article, algorithm, count, language, title):
    text, spans = article
    summary = summarize(text, spans, language, algorithm=algorithm, count=count, title=title)
    chosen = list(summary.sentences)
    assert chosen == sorted(set(chosen))
    assert all(0 <= i < len(spans) for i in chosen)
    assert len(chosen) <= min(count, len(spans))
    if spans:
        # every eligible sentence (not the headline, a repeat or page furniture) can be chosen,
        # and the summary has as many as asked for when there are that many
        from reader.summary.prepared import prepare

        prepared = prepare(text, spans, language, title)
        eligible = set(range(len(spans))) - prepared.excluded
        assert set(chosen) <= eligible
        assert len(chosen) == min(count, len(eligible))
