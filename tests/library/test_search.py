"""Full-text search: what people type, bm25 ranking, snippets, filters."""

from __future__ import annotations

from pathlib import Path

import pytest
from library_helpers import made_analysis, made_record

from reader.library.filters import Filters
from reader.library.indexing import index
from reader.library.search import count_matches, fts_query, parse_snippet, search, snippets
from reader.library.store import Library


@pytest.mark.parametrize(
    ("typed", "prefix", "query"),
    [
        ("drone attack", False, '"drone" "attack"'),
        ("drone att", True, '"drone" "att"*'),
        ("drone attack ", True, '"drone" "attack"'),
        ('"drone attack" jordan', False, '"drone attack" "jordan"'),
        ('"drone attack', True, '"drone attack"'),
        ("kirby OR blinken", False, '"kirby" OR "blinken"'),
        ("drone -iran", False, '("drone") NOT "iran"'),
        ('say "it" NEAR(x)', False, '"say" "it" "NEAR(x)"'),
        ("-only", False, ""),
        ('  ?! "" ', True, ""),
        ("OR", False, ""),
        ('a"b', False, '"a""b"'),
        ("drone a", True, '"drone"'),  # one letter: wait for the next
        ("d", True, ""),
        ("vitamin a", False, '"vitamin" "a"'),
        ("drone -x", True, '("drone") NOT "x"'),
        ("kirby OR b", True, '"kirby"'),
        ("kirby OR bl", True, '"kirby" OR "bl"*'),
    ],
)
def test_fts_query(typed: str, prefix: bool, query: str) -> None:
    assert fts_query(typed, prefix_last=prefix) == query


def test_parse_snippet() -> None:
    assert parse_snippet("…the \x02drone\x03 \x02attack\x03 on\n…") == (
        "…the drone attack on …",
        ((5, 10), (11, 17)),
    )
    assert parse_snippet("") == ("", ())


@pytest.fixture
def indexed(library: Library, articles: Path) -> Library:
    index(library, [articles], jobs=1)
    return library


def _titles(hits) -> list[str]:
    return [h.article.title.split()[0] for h in hits]


def test_words_in_any_form_are_found(indexed: Library) -> None:
    assert _titles(search(indexed, "ferries strand commuter")) == ["Ferry"]  # stems
    assert _titles(search(indexed, "fruhjahr")) == ["Stadtrat"]  # accents ignored
    assert _titles(search(indexed, "FERRY")) == ["Ferry"]
    assert search(indexed, "volcano") == []


def test_a_phrase_must_match_in_order(indexed: Library) -> None:
    assert _titles(search(indexed, '"night rota"')) == ["Ferry"]
    assert search(indexed, '"rota night"') == []


def test_prefix_while_typing(indexed: Library) -> None:
    assert search(indexed, "warehou") == []
    assert _titles(search(indexed, "warehou", prefix_last=True)) == ["A"]


def test_exclusion_and_or(indexed: Library) -> None:
    assert set(_titles(search(indexed, "okafor"))) == {"Ferry", "A"}
    assert _titles(search(indexed, "okafor -grandmother")) == ["Ferry"]
    assert set(_titles(search(indexed, "radwege OR airfield"))) == {"Stadtrat", "Valley"}


def test_title_words_rank_first(library: Library, tmp_path: Path) -> None:
    body = "The bridge was discussed. " * 3
    library.save(
        made_record(tmp_path / "a.txt", made_analysis("a", "Council news", body=body + "bridge"))
    )
    library.save(
        made_record(tmp_path / "b.txt", made_analysis("b", "New bridge opens", body="Opened."))
    )
    hits = search(library, "bridge")
    assert [h.article.title for h in hits] == ["New bridge opens", "Council news"]
    assert hits[0].score < hits[1].score


def test_snippets_show_the_matched_words(indexed: Library) -> None:
    (hit,) = search(indexed, "sheep graze")
    assert "sheep" in hit.snippet and len(hit.matches) == 2
    assert [hit.snippet[a:b].lower() for a, b in hit.matches] == ["sheep", "graze"]
    assert hit.to_dict()["path"] == hit.article.path


def test_summaries_are_searched(library: Library, tmp_path: Path) -> None:
    analysis = made_analysis("a", "Plain title", body="Alpha beta gamma.")
    library.save(made_record(tmp_path / "a.txt", analysis))
    library.conn.execute("UPDATE texts SET summary = 'zeppelin'")  # only in the summary
    library.conn.execute("INSERT INTO search (search) VALUES ('rebuild')")
    assert [h.article.title for h in search(library, "zeppelin")] == ["Plain title"]


def test_search_with_filters_and_sort(indexed: Library) -> None:
    assert _titles(search(indexed, "sagte", Filters(language="de"))) == ["Stadtrat"]
    assert search(indexed, "sagte", Filters(language="en")) == []
    assert _titles(search(indexed, "said", Filters(site="Valley Courier"))) == ["Valley"]
    every = search(indexed, "sagte OR said", sort="title")
    assert _titles(every) == ["A", "Ferry", "Stadtrat", "Valley"]
    assert count_matches(indexed, "sagte OR said") == 4
    assert len(search(indexed, "sagte OR said", limit=2)) == 2


def test_nonsense_finds_nothing(indexed: Library) -> None:
    for typed in ("", "   ", '"', "***", "(", "-x", "OR", '""', "- -"):
        assert search(indexed, typed, prefix_last=True) == []


def test_snippets_are_made_apart_for_the_rows_shown(indexed: Library) -> None:
    every = search(indexed, "sagte OR said OR okafor")
    ranked = search(indexed, "sagte OR said OR okafor", with_snippets=False)
    assert [h.article.id for h in ranked] == [h.article.id for h in every]
    assert [h.score for h in ranked] == [h.score for h in every]
    assert all(h.snippet == "" and h.matches == () for h in ranked)
    query = fts_query("sagte OR said OR okafor")
    shown = [h.article.id for h in ranked[:2]]
    made = snippets(indexed, query, shown)
    assert set(made) == set(shown)  # only the rows asked for
    assert made == {h.article.id: (h.snippet, h.matches) for h in every[:2]}
    assert snippets(indexed, query, []) == {}


def test_ranking_is_the_same_with_a_filter_that_keeps_everything(indexed: Library) -> None:
    # without a filter the ranking reads the index alone; with one it joins the articles
    plain = search(indexed, "said OR sagte OR council")
    read_or_not = search(indexed, "said OR sagte OR council", Filters(read=False))
    assert [h.article.id for h in read_or_not] == [h.article.id for h in plain]
    assert [h.score for h in read_or_not] == pytest.approx([h.score for h in plain])
    assert [h.snippet for h in read_or_not] == [h.snippet for h in plain]
