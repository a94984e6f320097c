"""What a speaker said: quotations next to an attribution, or the reported clause.

For each attribution: the quotations of its sentence (longer than a short phrase); without
any, the reported clause (after the verb, or before it when the verb closes the sentence).
A paragraph that only continues a quotation, right after an attributed one, belongs to the
same speaker.
"""

from __future__ import annotations

from reader.result import Span
from reader.speakers.attribution import Attribution
from reader.speakers.text import Index

_CLAUSE_TRIM = " ,:;.\"“”'‘’—–-\r\n"


def statement_spans(index: Index, attributions: list[Attribution]) -> tuple[Span, ...]:
    """Spans of the statements attributed by ``attributions``, ordered and de-duplicated."""
    spans: set[Span] = set()
    for a in attributions:
        s = index.sentence_of(a.verb_start)
        start, end = index.sentences[s]
        quoted = [q for q in index.quotes_in(start, end) if index.in_speech_quote(q[0])]
        if quoted:
            spans.update(quoted)
        else:
            clause = _reported_clause(index, a, start, end)
            if clause is not None:
                spans.add(clause)
        spans.update(_continuations(index, max(end, quoted[-1][1]) if quoted else end))
    return tuple(sorted(spans))


def _reported_clause(index: Index, a: Attribution, start: int, end: int) -> Span | None:
    """The reported side of the sentence around the subject and verb, trimmed: what follows
    "Kirby said", what precedes "..., said Singh" (unless that is only a few words)."""
    text = index.text
    subject_end = a.subject_end if a.subject_end >= 0 else a.subject_start + len(a.word)
    core_start = min(a.subject_start, a.verb_start)
    core_end = max(subject_end, a.verb_end)
    before, after = (start, core_start), (core_end, end)
    words_before = len(text[start:core_start].split())
    words_after = len(text[core_end:end].split())
    if a.verb_start < a.subject_start:  # "..., said Singh." / "According to Okafor, ..."
        s, e = before if words_before >= 3 else after
    else:  # "Kirby said that ..." / "..., Kirby said."
        s, e = after if words_after > 3 or words_before <= 3 else before
    while s < e and text[s] in _CLAUSE_TRIM:
        s += 1
    while e > s and text[e - 1] in _CLAUSE_TRIM:
        e -= 1
    if text[s : s + 5].lower() == "that ":
        s += 5
    return (s, e) if e - s > 3 else None


def _continuations(index: Index, pos: int) -> list[Span]:
    """Quotations in the paragraphs after ``pos`` (the end of an attributed sentence that closes
    its paragraph) that open with a quote and carry no attribution."""
    text = index.text
    found: list[Span] = []
    nl = text.find("\n", pos)
    if text[pos : len(text) if nl < 0 else nl].strip():
        return found  # the paragraph goes on after the attribution
    while True:
        nl = text.find("\n", pos)
        if nl < 0:
            break
        para_start = nl + 1
        while para_start < len(text) and text[para_start] in "\r\n ":
            para_start += 1
        q = index.quote_at(para_start)
        if q is None or q[0] != para_start:
            break
        para_end = text.find("\n", para_start)
        para_end = len(text) if para_end < 0 else para_end
        if text[q[1] : para_end].strip():
            break  # something after the quote (an attribution, maybe someone else's)
        found.append(q)
        pos = para_end
    return found
