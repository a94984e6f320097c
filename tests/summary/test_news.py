"""The News summariser: position prior, its two regimes, statements first, no near repeats,
and the automatic length, on articles we wrote."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from reader.sentences import split_sentences
from reader.summary import news as news_module
from reader.summary import summarize
from reader.summary.engine import selector
from reader.summary.length import AUTO_WORDS_PER_SENTENCE
from reader.summary.news import (
    DIGEST_SHARE,
    PRIOR_RATIO,
    is_digest,
    is_quotation_or_question,
    news_order,
    summary_scores,
)
from reader.summary.prepared import prepare

# A story whose every sentence is about the harbour, so that the graph has edges everywhere.
STORY = (
    "The harbour board approved a new pier for the town on Monday.\n"
    "The pier will be built of steel and will open next summer.\n"
    "Advertisement\n"
    "Boats will moor at the pier in all weathers, the harbour master said.\n"
    "The old pier, built of timber in 1890, will be taken down.\n"
    "Fishermen welcomed the pier but asked for more moorings.\n"
    "The board will pay for the pier from harbour fees.\n"
    "Work on the pier starts in April.\n"
    "The harbour has been without a working pier since the storms of last winter.\n"
    "Ferry passengers have had to board from the beach at low tide.\n"
    "The pier's designer, Ruth Okafor, also built the marina at Kirkwall.\n"
    "The board expects the pier to bring more visitors to the town."
)


def story(text: str = STORY):
    spans = split_sentences(text, "en")
    return text, spans, prepare(text, spans, "en")


def test_the_prior_halves_the_weight_of_each_sentence_down_the_article(monkeypatch):
    _, spans, prepared = story()
    monkeypatch.setattr(news_module, "reduction_scores", lambda p: np.ones(p.size))
    scores = summary_scores(prepared)
    assert prepared.excluded == {2}  # "Advertisement" is furniture
    assert scores[2] == -np.inf
    eligible = [i for i in range(len(spans)) if i != 2]
    for before, after in itertools.pairwise(eligible):
        # the sentence after the furniture line is the article's third sentence, not its fourth
        assert scores[after] == pytest.approx(PRIOR_RATIO * scores[before])


def test_equally_central_sentences_summarise_as_the_lead(monkeypatch):
    _, _, prepared = story()
    monkeypatch.setattr(news_module, "reduction_scores", lambda p: np.ones(p.size))
    assert news_order(prepared, 3)[:3] == [0, 1, 3]


def test_centrality_moves_a_later_sentence_up_as_far_as_it_outweighs_the_prior(monkeypatch):
    _, _, prepared = story()
    ratings = np.ones(prepared.size)
    monkeypatch.setattr(news_module, "reduction_scores", lambda p: ratings)
    ratings[4] = 8.0  # rank 3, eight times as central: above rank 2, not above the lead
    assert news_order(prepared, 3)[:3] == [0, 1, 4]
    ratings[4] = 1.0
    ratings[3] = 30.0  # rank 2, thirty times as central: (30 + mean) / 4 beats 1 + mean
    assert news_order(prepared, 3)[0] == 3


def test_the_real_story_is_summarised_from_its_lead():
    text, spans, _ = story()
    chosen = summarize(text, spans, "en", algorithm="news", count=3).sentences
    assert not is_digest(prepare(text, spans, "en"), 3)
    assert 0 in chosen and 2 not in chosen
    assert max(chosen) <= 5


def test_a_longer_summary_keeps_the_shorter_one_in_the_summary_regime(files: Path):
    text = (files / "summary" / "harbour_bridge.txt").read_text(encoding="utf-8")
    body = text.partition("\n\n")[2]
    spans = split_sentences(body, "en")
    prepared = prepare(body, spans, "en")
    previous: set[int] = set()
    for count in range(1, int(DIGEST_SHARE * len(spans)) + 1):
        assert not is_digest(prepared, count)
        chosen = set(summarize(body, spans, "en", algorithm="news", count=count).sentences)
        assert previous <= chosen and len(chosen) == count
        previous = chosen


def test_a_digest_is_reductions_choice(files: Path):
    text = (files / "summary" / "wind_farm.txt").read_text(encoding="utf-8")
    body = text.partition("\n\n")[2]
    spans = split_sentences(body, "en")
    prepared = prepare(body, spans, "en")
    count = int(DIGEST_SHARE * len(spans)) + 1  # more than a third of the article
    assert is_digest(prepared, count)
    assert not is_digest(prepared, count - 1)
    news = summarize(body, spans, "en", algorithm="news", count=count).sentences
    assert list(news) == selector("reduction")(prepared, count)


def test_a_lead_sentence_sharing_no_word_with_the_rest_is_still_chosen(files: Path):
    """A new fact stated once has no centrality; the lead order keeps it."""
    text = (files / "summary" / "wind_farm.txt").read_text(encoding="utf-8")
    body = text.partition("\n\n")[2]
    spans = split_sentences(body, "en")
    prepared = prepare(body, spans, "en")
    ratings = news_module.reduction_scores(prepared)
    assert ratings[1] == 0  # "The Greystone Bank project will generate ..."
    assert 1 in summarize(body, spans, "en", algorithm="news", count=3).sentences


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"We will rebuild the pier," the mayor said.', True),
        ("“We will rebuild it,” she said.", True),
        ("‘Never again,’ he said.", True),
        ("Who will pay for the new pier?", True),
        ('Will the pier be ready by summer?"', True),
        ("The mayor said the pier would be rebuilt.", False),
        ('The mayor promised a "better pier" for the town.', False),
    ],
)
def test_quotations_and_questions(sentence, expected):
    assert is_quotation_or_question(sentence) is expected


def test_statements_come_before_quotations_and_questions():
    text = (
        "The town council voted to close the old library on Friday.\n"
        '"This is a sad day for every reader in the town," said the head librarian.\n'
        "What will happen to the library's forty thousand books?\n"
        "The books will move to a new library in the school, the council said.\n"
        "The school library will open to the public in the evenings.\n"
        "The old library building will be sold to pay for the move.\n"
        "The council said the sale would raise about two million pounds.\n"
        "Campaigners had asked the council to keep the building as a reading room.\n"
        "The library was opened in 1904 with money from a local mill owner.\n"
        "Its reading room will stay open until the end of the year."
    )
    spans = split_sentences(text, "en")
    chosen = summarize(text, spans, "en", algorithm="news", count=3).sentences
    assert chosen == (0, 3, 4)


def test_a_near_repeat_of_a_chosen_sentence_is_not_chosen():
    text = (
        "Storms closed the coast road between Alness and Tain on Sunday night.\n"
        "On Sunday night storms closed the coast road between Tain and Alness.\n"
        "Engineers will inspect the sea wall before the road reopens.\n"
        "Buses will run on the inland road until then.\n"
        "The council said repairs could take a fortnight.\n"
        "Residents said the wall had been weak for years.\n"
        "The last closure, in 2019, lasted a month.\n"
        "Drivers were told to allow an extra half hour."
    )
    # two sentences of eight: a summary, not a digest
    spans = split_sentences(text, "en")
    chosen = summarize(text, spans, "en", algorithm="news", count=2).sentences
    assert chosen == (0, 2)


PLACES = ("quay", "pier", "slipway", "marina", "lighthouse", "boathouse", "harbour", "dock")
PLACES += ("breakwater", "wharf")
THINGS = ("lamps", "benches", "railings", "cranes", "moorings", "signs", "gates", "steps")
THINGS += ("shelters",)


def article(paragraphs: int, lead_words: int = 0) -> tuple[str, tuple]:
    """A made-up council story of ``paragraphs`` five-sentence paragraphs (79 words
    each, each on other works); ``lead_words``: make the first sentence that much longer."""
    lines = []
    for n in range(paragraphs):
        work = f"the {THINGS[n % len(THINGS)]} of the {PLACES[n // len(THINGS)]}"
        lines.append(
            f"The council discussed {work} at its meeting on Monday. "
            f"Members said {work} would cost the town a great deal of money. "
            f"The harbour master asked the council to repair {work} before the summer. "
            f"Residents will be able to comment on {work} at the library until May. "
            f"A final vote on {work} is expected in the autumn, the council said."
        )
    text = "\n\n".join(lines)
    if lead_words:
        extra = " ".join(["and", "the", "pier"] * (lead_words // 3))
        text = text.replace("on Monday.", f"on Monday {extra}.", 1)
    return text, split_sentences(text, "en")


@pytest.mark.parametrize(
    ("paragraphs", "sentences"),
    [(5, 3), (12, 3), (20, 4), (40, 5), (80, 6)],  # 395, 948, 1580, 3160, 6320 words
)
def test_auto_length_grows_with_the_article_and_keeps_its_word_budget(paragraphs, sentences):
    text, spans = article(paragraphs)
    for algorithm in ("news", "reduction", "kl"):
        summary = summarize(text, spans, "en", algorithm=algorithm)
        words = sum(len(text[s:e].split()) for s, e in (spans[i] for i in summary.sentences))
        assert len(summary.sentences) == sentences, algorithm
        assert words <= AUTO_WORDS_PER_SENTENCE * sentences


def test_auto_length_passes_over_a_sentence_too_long_for_its_budget():
    text, spans = article(5, lead_words=80)
    counted = summarize(text, spans, "en", algorithm="news", count=3).sentences
    assert 0 in counted  # asked for three sentences, the long lead is one
    auto = summarize(text, spans, "en", algorithm="news").sentences
    assert 0 not in auto and len(auto) == 3
    assert sum(len(text[s:e].split()) for s, e in (spans[i] for i in auto)) <= 90
