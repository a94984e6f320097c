"""Summary sentences that make sense on their own.

A sentence that depends on the one before it (:mod:`reader.summary.dangling`: "But ...",
"He said ...", "Tehran rejected the claim.") makes no sense in a summary that left that
sentence out: an extractive summary must bring it along or leave the sentence out. A dependent
sentence needs its *antecedent*, the nearest eligible sentence before it; after a direct
quotation, the sentence before the quotation will do (:func:`antecedents`).

:func:`standalone_order` reorders a summariser's ranking accordingly. Strategies
(:data:`STRATEGIES`): ``"defer"`` passes a dependent sentence over until its antecedent is
ranked, then places it right after (so the next-best standalone sentence takes its place, and
it returns in context when the antecedent is chosen anyway); ``"include"`` brings the
antecedent in just before it when the summary has room for both, and defers it otherwise.
Which is shipped (:data:`STRATEGY`) was decided by ``benchmarks/bench_summary_standalone.py``
(docs/summaries.md).

The News summariser applies it to its summaries, not to digests (:mod:`reader.summary.engine`:
the hook is :func:`standalone`); the Auto length checks each sentence it takes
(:func:`admits`). A sentence is examined only when a ranking visits it before the summary is
full and its antecedent is not placed yet, once per prepared text.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from reader.summary.dangling import dangling, lexicon, opens_quotation
from reader.summary.prepared import Prepared

#: Strategies for a dependent sentence whose antecedent the summary lacks.
STRATEGIES = ("off", "defer", "include")
#: The shipped strategy (measured: benchmarks/bench_summary_standalone.py).
STRATEGY = "defer"
#: "include" brings at most this many antecedents before a sentence (a chain of dependents).
MAX_CHAIN = 2
#: The context of a narrative sentence reaches back over at most this many direct quotations.
MAX_QUOTATION_SKIP = 2


def reason(prepared: Prepared, index: int) -> str | None:
    """:func:`dangling` for sentence ``index`` of ``prepared``, computed once."""
    memo: dict[int, str | None] = prepared.cached("standalone", dict)
    if index not in memo:
        tools = prepared.tools
        memo[index] = dangling(
            prepared.sentence_texts[index],
            tools.code,
            stem=tools.stem,
            context=prepared.title_words,
            stems=prepared.stems[index],
        )
    return memo[index]


def antecedent(prepared: Prepared, index: int) -> int | None:
    """The nearest sentence before ``index`` a summary may choose, or ``None``."""
    for before in range(index - 1, -1, -1):
        if before not in prepared.excluded:
            return before
    return None


def antecedents(prepared: Prepared, index: int) -> list[int]:
    """The sentences before ``index`` that give it its context, the nearest first: the
    nearest a summary may choose and, when that one is a direct quotation, also the one
    before the quotation (up to :data:`MAX_QUOTATION_SKIP` quotations): narrative prose takes
    its referents from narrative, not from the speech between ("The army said ... . "The
    cause is unknown," it said. It did not name ..."). A sentence that continues a quotation
    needs the sentence just before it."""
    found: list[int] = []
    before = antecedent(prepared, index)
    if before is not None and reason(prepared, index) == "quotation":
        return [before]
    while before is not None and len(found) <= MAX_QUOTATION_SKIP:
        found.append(before)
        if not opens_quotation(prepared.sentence_texts[before]):
            break
        before = antecedent(prepared, before)
    return found


def requirement(prepared: Prepared, index: int) -> int | None:
    """The sentence that must be in a summary for sentence ``index`` to make sense there
    (its antecedent, when it depends on one), or ``None``."""
    if lexicon(prepared.tools.code) is None:
        return None
    before = antecedent(prepared, index)
    if before is None or reason(prepared, index) is None:
        return None
    return before


def stands(prepared: Prepared, index: int, chosen: Collection[int]) -> bool:
    """Whether sentence ``index`` makes sense in a summary holding ``chosen``: it does not
    depend on the sentence before, or that sentence is chosen (checked first: it spares the
    detection; after a quotation, the sentence before the quotation will do: see
    :func:`antecedents`)."""
    before = antecedent(prepared, index)
    if before is None or before in chosen or lexicon(prepared.tools.code) is None:
        return True
    if reason(prepared, index) is None:
        return True
    return any(other in chosen for other in antecedents(prepared, index)[1:])


def standalone_order(
    prepared: Prepared, ranked: Sequence[int], count: int, strategy: str | None = None
) -> list[int]:
    """``ranked`` (the best first) reordered so that its first ``count`` sentences make sense
    without the rest of the article (see the module doc for the ``strategy``).

    With ``"defer"``, a sentence whose antecedent is not ranked before it waits, and is placed
    right after its antecedent when that comes; with ``"include"``, its antecedent (and theirs,
    up to :data:`MAX_CHAIN`) is brought in just before it while the first ``count`` have room,
    and it waits otherwise. The first ``count`` places are settled this way; the sentences
    after keep their order, waiting ones included (an Auto summary reaching past them checks
    each one: :func:`admits`). A sentence is examined only when its antecedent is not placed
    before it, so a ranking that follows the article's order costs no detection at all.
    """
    strategy = STRATEGY if strategy is None else strategy
    if strategy not in STRATEGIES:
        raise ValueError(f"Unknown strategy {strategy!r}; expected one of {STRATEGIES}.")
    if strategy == "off" or count <= 0 or lexicon(prepared.tools.code) is None:
        return list(ranked)
    placed: set[int] = set()
    out: list[int] = []
    waiting: dict[int, list[int]] = {}

    def place(index: int) -> None:
        if index in placed:  # brought in as an antecedent after it began to wait
            return
        out.append(index)
        placed.add(index)
        for dependent in waiting.pop(index, ()):
            place(dependent)

    for index in ranked:
        if len(out) >= count:
            break
        if index in placed:
            continue
        if stands(prepared, index, placed):
            place(index)
            continue
        context = antecedents(prepared, index)
        needed = context[0]  # stands() holds for a sentence without one
        if strategy == "include":
            chain = [index, needed]
            before = requirement(prepared, needed)
            while before is not None and before not in placed and len(chain) <= MAX_CHAIN:
                chain.append(before)
                before = requirement(prepared, before)
            resolved = before is None or before in placed
            if resolved and len(out) + len(chain) <= count:
                for member in reversed(chain):
                    place(member)
                continue
        for other in context:  # placed after whichever of its context comes first
            waiting.setdefault(other, []).append(index)
    return out + [i for i in ranked if i not in placed]


def standalone(
    ranking: Callable[[Prepared, int], list[int]],
    unless: Callable[[Prepared, int], bool] | None = None,
) -> Callable[[Prepared, int], list[int]]:
    """``ranking`` with :func:`standalone_order` applied to its result (the hook the summary
    engine puts on the News summariser), except where ``unless(prepared, count)`` holds."""

    def rank(prepared: Prepared, count: int) -> list[int]:
        ranked = ranking(prepared, count)
        if unless is not None and unless(prepared, count):
            return ranked
        return standalone_order(prepared, ranked, count)

    rank.__doc__ = ranking.__doc__
    return rank


def admits(prepared: Prepared) -> Callable[[int, Collection[int]], bool] | None:
    """For a summary filled sentence by sentence (the Auto length), the check that keeps out
    a sentence whose antecedent was not taken (:func:`stands` on ``prepared``), or ``None``
    when the strategy is ``"off"``."""
    if STRATEGY == "off" or lexicon(prepared.tools.code) is None:
        return None
    return lambda index, chosen: stands(prepared, index, chosen)
