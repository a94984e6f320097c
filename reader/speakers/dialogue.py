"""German dialogue turns set off by dashes: who says each turn of a question and its answers.

Court and interview reports that lost their quotation marks write an exchange as one run of
turns, each after a dash: "Da fragt Richterin Berg nach: Wann war das? – Im Sommer, glaube
ich. – Wo genau? – Das weiß ich nicht mehr." The attribution
names only who opens the exchange; the turns after it alternate between the person questioned
(the last other person who spoke before) and the opener. A statement holding such turns is cut
at each dash; the answers go to the person questioned, or to nobody when no one else spoke
before.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.result import Statement
from reader.speakers.statements import Claim
from reader.speakers.text import Index

# the end of one turn and the dash opening the next: "…? – Kann ich …", "…. – Von welchen?"
_TURN = re.compile(r"(?<=[.?!])\s+[–—]\s+(?=[A-ZÄÖÜ])")
_PARTNER_SENTENCES = 12  # how far back the person questioned may have last spoken


def split_turns(
    index: Index, statements: dict[int, list[Statement]], claims: list[Claim]
) -> dict[int, list[Statement]]:
    """``statements`` with every statement that holds dash turns cut into its turns, the
    turns given alternately to the person questioned and back to the speaker."""
    named = sorted((c.cue[0], c.speaker) for c in claims if c.speaker >= 0)
    out: dict[int, list[Statement]] = {}
    for speaker, own in statements.items():
        for statement in own:
            turns = _turns(index.text, statement)
            if len(turns) == 1:
                out.setdefault(speaker, []).append(statement)
                continue
            partner = _partner(index, named, speaker, statement.span[0])
            for k, turn in enumerate(turns):
                who = speaker if k % 2 == 0 else partner
                if who is not None:
                    out.setdefault(who, []).append(turn)
    return {p: sorted(sts, key=lambda st: st.span) for p, sts in out.items()}


def _turns(text: str, statement: Statement) -> list[Statement]:
    """The statement's turns (itself alone when it holds no dash turn)."""
    start, end = statement.span
    cuts = [(m.start(), m.end()) for m in _TURN.finditer(text, start, end)]
    if not cuts:
        return [statement]
    bounds = [start, *(x for cut in cuts for x in cut), end]
    spans = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
    kind = statement.kind if len(spans) == 1 else "direct"
    return [Statement(span, kind, statement.cue, statement.subject) for span in spans]


def _partner(index: Index, named: list[tuple[int, int]], speaker: int, offset: int) -> int | None:
    """The last person other than ``speaker`` claimed in the sentences before ``offset``
    (``named``: the claims' cue offsets and people, in text order)."""
    sentence = index.sentence_of(offset)
    k = bisect_left(named, (offset, -1)) - 1
    while k >= 0 and sentence - index.sentence_of(named[k][0]) <= _PARTNER_SENTENCES:
        if named[k][1] != speaker:
            return named[k][1]
        k -= 1
    return None
