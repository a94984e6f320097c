"""sumy runs offline on Reader's punkt tokenizer, on exactly Reader's sentences."""

from __future__ import annotations

import pytest

from reader.summary.sumy_reference import SUMY_ALGORITHMS, sumy_document, sumy_summary


def test_document_keeps_the_spans_and_paragraphs(english_article):
    article = english_article
    document = sumy_document(article.body, article.spans, "en", article.title, heading=True)
    texts = [str(s) for s in document.sentences]
    assert texts == [article.body[s:e].strip() for s, e in article.spans]
    assert [str(h) for h in document.headings] == [article.title]
    # one paragraph per line of the article body
    lines = [line for line in article.body.splitlines() if line.strip()]
    assert len(document.paragraphs) == len(lines)


@pytest.mark.parametrize("name", SUMY_ALGORITHMS)
def test_every_sumy_algorithm_runs_without_nltk_data(name, english_article, monkeypatch):
    import nltk

    def no_download(*args, **kwargs):
        raise AssertionError("NLTK data must never be downloaded")

    monkeypatch.setattr(nltk, "download", no_download)
    monkeypatch.setattr(nltk.data, "path", [])
    article = english_article
    chosen = sumy_summary(name, article.body, article.spans, "en", 3, article.title)
    assert len(chosen) == 3 and chosen == sorted(chosen)


def test_sumy_parses_plain_text_with_the_punkt_tokenizer(monkeypatch):
    import nltk
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer

    from reader.summary.tokenizer import PunktTokenizer

    monkeypatch.setattr(nltk.data, "path", [])
    text = (
        "Dr. Smith opened the new bridge on Monday. The bridge cost 5 million pounds.\n\n"
        "It is long."
    )
    document = PlaintextParser.from_string(text, PunktTokenizer("en")).document
    assert [str(s) for s in document.sentences] == [
        "Dr. Smith opened the new bridge on Monday.",
        "The bridge cost 5 million pounds.",
        "It is long.",
    ]
    assert len(LexRankSummarizer()(document, 1)) == 1


def test_empty_span_list_gives_nothing():
    assert sumy_summary("lexrank", "", (), "en", 3) == []
