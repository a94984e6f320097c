"""sumy itself, run on exactly the sentences, words, stemmer and stop words Reader uses.

This is the reference the fast implementations are tested and benchmarked against: the same
sentence spans become a sumy document (a line break starts a paragraph; the headline is its
heading), words come from :class:`~reader.summary.tokenizer.PunktTokenizer` (no NLTK data) and
the language's stemmer and stop words from :mod:`~reader.summary.language_support`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reader.result import Span
from reader.summary.catalog import ALGORITHMS, OWN_ALGORITHMS
from reader.summary.heuristics import edmundson_bonus_words
from reader.summary.language_support import language_tools
from reader.summary.prepared import prepare
from reader.summary.tokenizer import PunktTokenizer

# every algorithm in the menu except Reader's own (News, Lead) is one of sumy's
SUMY_ALGORITHMS: tuple[str, ...] = tuple(name for name in ALGORITHMS if name not in OWN_ALGORITHMS)

# A stigma word no text contains: sumy's Edmundson insists on a non-empty list.
_NEVER = "\x00"


def sumy_document(
    text: str, spans: Sequence[Span], language: str, title: str = "", *, heading: bool = False
) -> Any:
    """The sumy document for ``spans`` of ``text`` (with ``title`` as heading if asked)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = PunktTokenizer(language)
    paragraphs: list[list[Any]] = []
    previous_end = None
    if heading and title.strip():
        paragraphs.append([Sentence(title, tokenizer, is_heading=True)])
    for start, end in spans:
        if not paragraphs or (previous_end is not None and "\n" in text[previous_end:start]):
            paragraphs.append([])
        paragraphs[-1].append(Sentence(text[start:end], tokenizer))
        previous_end = end
    return ObjectDocumentModel([Paragraph(p) for p in paragraphs])


def sumy_summarizer(name: str, language: str, title: str = "", text_words: Any = None) -> Any:
    """A configured sumy summariser for the catalogue ``name``."""
    from sumy.summarizers.edmundson import EdmundsonSummarizer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    classes = {
        "lexrank": LexRankSummarizer,
        "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer,
        "textrank": TextRankSummarizer,
        "sumbasic": SumBasicSummarizer,
        "kl": KLSummarizer,
        "reduction": ReductionSummarizer,
        "edmundson": EdmundsonSummarizer,
    }
    tools = language_tools(language)
    summarizer = classes[name](tools.stem)
    if name == "edmundson":
        summarizer.bonus_words = text_words or [_NEVER]
        summarizer.stigma_words = [_NEVER]
        summarizer.null_words = tools.stop_words or [_NEVER]
    else:
        summarizer.stop_words = tools.stop_words
    return summarizer


def sumy_summary(
    name: str,
    text: str,
    spans: Sequence[Span],
    language: str,
    count: int,
    title: str = "",
) -> list[int]:
    """The sentence indices sumy's ``name`` summariser chooses, in document order."""
    import warnings

    if not spans:
        return []
    document = sumy_document(text, spans, language, title, heading=name == "edmundson")
    bonus = None
    if name == "edmundson":
        bonus = edmundson_bonus_words(prepare(text, spans, language, title))
    summarizer = sumy_summarizer(name, language, title, bonus)
    index = {id(sentence): i for i, sentence in enumerate(document.sentences)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # LSA warns about short texts
        chosen = summarizer(document, count)
    return sorted(index[id(sentence)] for sentence in chosen)
