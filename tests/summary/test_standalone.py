"""Summary sentences that make sense on their own (reader/summary/standalone.py): keeping a
sentence that depends on the one before out of a summary that lacks it, in News and the Auto
length. Every example is our own."""

from __future__ import annotations

import random

import numpy as np
import pytest

from reader.sentences import split_sentences
from reader.summary import news as news_module
from reader.summary import standalone, summarize
from reader.summary.engine import ranking
from reader.summary.news import is_digest, news_order
from reader.summary.prepared import prepare
from reader.summary.standalone import (
    STRATEGIES,
    antecedent,
    antecedents,
    reason,
    standalone_order,
    stands,
)

# 0 and 1 stand alone; 2 depends on 1; 3 stands alone; 4 depends on 3; 5 depends on 4.
STORY = (
    "The harbour board approved a new pier for Kirkby on Monday.\n"
    "Fishermen have asked for a longer pier for ten years.\n"
    "But the board says the money will only stretch to sixty metres.\n"
    "Work on the pier starts in April and should end by October.\n"
    "It will be the first new pier on the coast since 1974.\n"
    "This makes the pier a symbol for the whole region, the mayor said.\n"
    "The old pier, built of timber in 1890, will be taken down."
)


# The same with three more sentences that stand alone: three summary sentences are not a digest.
LONGER_STORY = (
    STORY + "\n"
    "Ferries to the islands will use the harbour's north quay while the work goes on.\n"
    "The county will pay a third of the cost, the harbour board two thirds.\n"
    "A public meeting on the plans is set for 12 February at the town hall."
)


def story(text: str = STORY, language: str = "en"):
    spans = split_sentences(text, language)
    return text, spans, prepare(text, spans, language)


def test_dependence_and_antecedents_in_a_story():
    _, spans, prepared = story()
    assert len(spans) == 7
    assert [reason(prepared, i) for i in range(7)] == [
        None,
        None,
        "connective",
        None,
        "pronoun",
        "demonstrative",
        None,
    ]
    assert antecedent(prepared, 0) is None and antecedent(prepared, 3) == 2
    assert stands(prepared, 2, {0, 1}) and not stands(prepared, 2, {0, 3})
    assert stands(prepared, 0, set()) and stands(prepared, 6, {0})


def test_defer_passes_a_dependent_sentence_over_until_its_antecedent_comes():
    _, _, prepared = story()
    ranked = [0, 2, 3, 1, 4, 5, 6]
    # 2 waits for 1; 3 takes its place; when 1 comes, 2 follows it
    assert standalone_order(prepared, ranked, 3, "defer")[:4] == [0, 3, 1, 2]
    assert sorted(standalone_order(prepared, ranked, 3, "defer")[:3]) == [0, 1, 3]


def test_include_brings_the_antecedent_when_the_summary_has_room():
    _, _, prepared = story()
    ranked = [0, 2, 3, 1, 4, 5, 6]
    assert standalone_order(prepared, ranked, 3, "include")[:3] == [0, 1, 2]
    # no room for two more: the dependent sentence waits, as with "defer"
    assert standalone_order(prepared, [0, 6, 2, 3, 1, 4, 5], 3, "include")[:3] == [0, 6, 3]


def test_include_brings_a_chain_of_antecedents_within_the_budget():
    _, _, prepared = story()
    ranked = [5, 0, 1, 2, 3, 4, 6]  # 5 needs 4, which needs 3
    assert standalone_order(prepared, ranked, 3, "include")[:3] == [3, 4, 5]
    assert standalone_order(prepared, ranked, 2, "include")[:2] == [0, 1]


def test_off_and_an_unknown_strategy():
    _, _, prepared = story()
    ranked = [0, 2, 3, 1, 4, 5, 6]
    assert standalone_order(prepared, ranked, 3, "off") == ranked
    assert set(STRATEGIES) == {"off", "defer", "include"}
    with pytest.raises(ValueError, match="strategy"):
        standalone_order(prepared, ranked, 3, "sometimes")


def test_every_strategy_keeps_every_sentence_once():
    _, _, prepared = story()
    ranked = [5, 2, 4, 0, 6, 1, 3]
    for strategy in STRATEGIES:
        for count in range(1, 8):
            result = standalone_order(prepared, ranked, count, strategy)
            assert sorted(result) == sorted(ranked), (strategy, count)


def test_with_defer_a_longer_summary_keeps_the_shorter_one():
    """Deferring reorders a ranking the same way whatever the summary's length, so News keeps
    its property that a longer summary holds the sentences of a shorter one ("include" does
    not: room for an antecedent depends on the length)."""
    _, _, prepared = story()
    rng = random.Random(7)
    for _ in range(200):
        ranked = rng.sample(range(7), 7)
        previous: set[int] = set()
        for count in range(1, 8):
            chosen = set(standalone_order(prepared, ranked, count, "defer")[:count])
            assert previous <= chosen, (ranked, count)
            assert all(stands(prepared, i, chosen) for i in chosen)
            previous = chosen


def test_a_ranking_in_the_articles_order_costs_no_detection():
    text = STORY.replace("Kirkby", "Kirkby Bay")  # a fresh prepared text, with an empty memo
    _, _, prepared = story(text)
    assert standalone_order(prepared, [0, 1, 2, 3, 4, 5, 6], 3, "defer")[:3] == [0, 1, 2]
    assert prepared.cached("standalone", dict) == {}


def test_narrative_context_reaches_back_over_a_quotation():
    text = (
        "The coastguard rescued four sailors off Kirkby on Sunday.\n"
        '"The sea was very rough and the boat had lost its mast," a spokesman said.\n'
        "It did not name the sailors."
    )
    _, _, prepared = story(text)
    assert reason(prepared, 2) == "pronoun"
    assert antecedents(prepared, 2) == [1, 0]
    assert stands(prepared, 2, {0}) and not stands(prepared, 2, set())
    assert standalone_order(prepared, [0, 2, 1], 2, "defer")[:2] == [0, 2]


def test_a_sentence_closing_a_quotation_needs_the_one_before():
    text = (
        "The skipper described the rescue.\n"
        '"We had water up to our knees.\n'
        'Then the helicopter came," he said.'
    )
    _, _, prepared = story(text)
    assert reason(prepared, 2) == "quotation"
    assert antecedents(prepared, 2) == [1]


def test_a_text_in_a_language_without_word_lists_keeps_its_ranking():
    text = "Le port ferme lundi.\nMais il rouvrira en mai.\nLa ville paiera les travaux."
    _, _, prepared = story(text, "fr")
    assert standalone_order(prepared, [1, 2, 0], 2, "defer") == [1, 2, 0]


# --- the News summariser -------------------------------------------------------------------


def test_news_summaries_leave_out_a_sentence_whose_antecedent_they_lack(monkeypatch):
    text, spans, prepared = story(LONGER_STORY)
    ratings = np.ones(prepared.size)
    ratings[2] = 6.0  # "But the board says ..." outweighs the prior for rank 2 and beats 1
    monkeypatch.setattr(news_module, "reduction_scores", lambda p: ratings)
    assert news_order(prepared, 2)[:2] == [0, 2]  # News alone would open with a dangling "But"
    assert not is_digest(prepared, 3)
    chosen = summarize(text, spans, "en", algorithm="news", count=2).sentences
    assert chosen == (0, 1)
    chosen = summarize(text, spans, "en", algorithm="news", count=3).sentences
    assert chosen == (0, 1, 2)  # with its antecedent it is back, in context
    auto = summarize(text, spans, "en", algorithm="news").sentences
    assert all(stands(prepared, i, auto) for i in auto)


def test_the_auto_length_checks_each_sentence_it_takes(monkeypatch):
    """Past the reordered part of the ranking (or should the reordering miss one), the Auto
    fill itself refuses a sentence whose antecedent it has not taken."""
    text, spans, prepared = story(LONGER_STORY)
    ratings = np.ones(prepared.size)
    ratings[1] = 0.0
    ratings[2] = 6.0
    monkeypatch.setattr(news_module, "reduction_scores", lambda p: ratings)
    monkeypatch.setattr(standalone, "standalone_order", lambda p, ranked, count: list(ranked))
    assert not is_digest(prepared, 3)
    assert news_order(prepared, 3)[:3] == [0, 2, 1]
    auto = summarize(text, spans, "en", algorithm="news").sentences
    assert auto == (0, 1, 3)  # 2 refused until 1 is taken; then 3 is next
    assert all(stands(prepared, i, auto) for i in auto)
    monkeypatch.setattr(standalone, "STRATEGY", "off")
    assert summarize(text, spans, "en", algorithm="news").sentences == (0, 1, 2)


def test_the_strategy_off_gives_news_as_before(monkeypatch):
    text, spans, prepared = story()
    ratings = np.ones(prepared.size)
    ratings[2] = 6.0
    monkeypatch.setattr(news_module, "reduction_scores", lambda p: ratings)
    monkeypatch.setattr(standalone, "STRATEGY", "off")
    assert summarize(text, spans, "en", algorithm="news", count=2).sentences == (0, 2)
    assert ranking("news")(prepared, 2) == news_order(prepared, 2)


def test_digests_keep_reductions_choice():
    _, _, prepared = story()
    assert is_digest(prepared, 4)
    assert ranking("news")(prepared, 4) == news_order(prepared, 4)


def test_other_algorithms_are_left_as_they_are(monkeypatch):
    _, _, prepared = story()
    ranked = ranking("lead")(prepared, 3)
    monkeypatch.setattr(standalone, "STRATEGY", "include")
    assert ranking("lead")(prepared, 3) == ranked
