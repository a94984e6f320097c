"""Quotations with no attribution of their own, given to the speaker the article means.

News writing often sets a speaker's quotations apart ('She finished fourth. / "The last lap
was too much for me." / "I started too fast."'). A run of quotation sentences
(or paragraphs) that no attribution reaches goes to, in this order:

1. the speaker of the sentence right after the run when it opens with a quotation too
   ('"I started too fast." "Next year I will pace it," said Okafor.');
2. the person the sentence before the run is about (its first person named outside
   quotations, or its opening "he"/"she"), when that person is a speaker;
3. the speaker of the last attribution, when it is at most a few sentences back and no
   attribution naming nobody (an organisation's '"...," they said') stands between;
4. the speaker of an attribution a sentence or two after the run that opens with a quotation;
5. the article's only named speaker.

Otherwise the quotations stay unattributed: a quotation is never guessed between two people.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from reader.result import Span, Statement
from reader.speakers.coreference import Resolver
from reader.speakers.lexicon import ANAPHORIC_ROLES, PRONOUNS
from reader.speakers.people import People
from reader.speakers.roles import role_of
from reader.speakers.statements import Claim, is_quotation, speech_quotes
from reader.speakers.text import Index

_BACK = 3  # sentences back to the last attribution
_AHEAD = 2  # sentences ahead to an attribution opening with a quotation
_SUBJECT_TOKENS = 8  # the "sentence is about" person is named among its first tokens


def orphan_statements(
    index: Index,
    found: People,
    resolver: Resolver,
    claims: list[Claim],
    blocked: Collection[int],
    taken: set[Span],
    given: Mapping[Span, tuple[int, Statement]] | None = None,
    stops: Collection[int] = (),
) -> list[tuple[int, Statement]]:
    """``(speaker, statement)`` for the speech quotations no claim reached (``taken``: the
    spans already given to someone; ``given``: their speaker and statement; ``stops``: the
    sentences whose attribution is someone other than a named person, '"...," they said in
    a statement', past which a run does not look back for its speaker)."""
    by_sentence: dict[int, Claim] = {}
    for claim in claims:
        by_sentence.setdefault(index.sentence_of(claim.cue[0]), claim)
    named = {c.speaker for c in claims if c.speaker >= 0}
    claimed = set(by_sentence) | set(blocked)
    out: list[tuple[int, Statement]] = []
    runs = _runs(index, claimed, taken)
    for run in _after_captions(index, runs, claimed, taken, given or {}, out):
        speaker, cue = _owner(index, found, resolver, run, by_sentence, named, stops)
        if speaker is not None:
            out += _quotes_of(index, run, speaker, cue, taken)
    return out


def _quotes_of(
    index: Index, run: list[int], speaker: int, cue: Span | None, taken: set[Span]
) -> list[tuple[int, Statement]]:
    """The free speech quotations of the sentences ``run``, given to ``speaker``."""
    out = []
    for s in run:
        for quote in speech_quotes(index, s):
            if quote not in taken:
                out.append((speaker, Statement(quote, "direct", cue, None)))
                taken.add(quote)
    return out


def _after_captions(
    index: Index,
    runs: list[list[int]],
    claimed: set[int],
    taken: set[Span],
    given: Mapping[Span, tuple[int, Statement]],
    out: list[tuple[int, Statement]],
) -> list[list[int]]:
    """Quotations a photo caption cut off from their speaker, in pages whose paragraphs were
    joined: "... said: 'When he ...' 'Marsh's record ... theft. Marsh was held at a prison in
    Leeds (pictured) when he began writing to the victim 'This case is like no other ...'
    'Marsh has ...'". A sentence with no attribution that opens a quotation after
    words of its own (the caption; no colon or comma before the mark, which would make it an
    attribution) goes on with the speaker of the quotation that ends the sentence before it,
    and so does the run of quotations after it. Their statements are added to ``out``; the
    runs not so taken are returned."""
    if not given:
        return runs
    starts = {run[0]: run for run in runs}
    done: set[int] = set()
    opening = sorted({index.sentence_of(q[0]) for q in index.quotes})  # sentences with quotes
    for s in (s for s in opening if s > 0):
        owner = _caption_owner(index, s, claimed, taken, given)
        if owner is None:
            continue
        run = [s, *starts.get(s + 1, [])]
        out += _quotes_of(index, run, owner[0], owner[1], taken)
        done.add(s + 1)
    return [run for run in runs if run[0] not in done]


def _caption_owner(
    index: Index,
    s: int,
    claimed: set[int],
    taken: set[Span],
    given: Mapping[Span, tuple[int, Statement]],
) -> tuple[int, Span | None] | None:
    """The speaker (and cue) the quotation after a glued caption in sentence ``s`` goes on
    with (see :func:`_after_captions`), or None."""
    if s in claimed or is_quotation(index, s):
        return None
    quotes = speech_quotes(index, s)
    if not quotes or quotes[0] in taken:
        return None
    lead = index.text[index.sentences[s][0] : quotes[0][0]].rstrip()
    opening = index.text[quotes[0][0] + 1 : quotes[0][0] + 2]
    if not lead or lead[-1] in ",:;" or not opening.isupper():
        return None
    before = speech_quotes(index, s - 1)
    if not before or before[-1] not in given:
        return None
    speaker, statement = given[before[-1]]
    return None if speaker < 0 else (speaker, statement.cue)


def _runs(index: Index, claimed: set[int], taken: set[Span]) -> list[list[int]]:
    """Maximal runs of quotation sentences with no attribution whose quotations are free."""
    runs: list[list[int]] = []
    current: list[int] = []
    for s in range(len(index.sentences)):
        quotes = speech_quotes(index, s) if s not in claimed and is_quotation(index, s) else []
        if quotes and not any(q in taken for q in quotes):
            current.append(s)
            continue
        if current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _owner(
    index: Index,
    found: People,
    resolver: Resolver,
    run: list[int],
    by_sentence: dict[int, Claim],
    named: set[int],
    stops: Collection[int] = (),
) -> tuple[int | None, Span | None]:
    """The speaker a run of quotations belongs to, and the cue that makes it theirs. Looking
    back stops at a sentence whose attribution names someone who is no named person
    (``stops``: '"...," they said in a statement.' of a company): the quotations after it
    are that source's, not the last person's."""
    after = run[-1] + 1
    if after in by_sentence and (is_quotation(index, after) or _continues(index, run[-1], after)):
        claim = by_sentence[after]  # '"We waited." "We were patient," said Bob Stone.'
        return claim.speaker, claim.cue
    before = run[0] - 1
    if before >= 0:
        about = _about(index, found, resolver, before)
        if about in named:
            return about, None
    for s in range(before, max(-1, before - _BACK), -1):
        if s in by_sentence:
            claim = by_sentence[s]
            return claim.speaker, claim.cue
        if s in stops:
            return None, None
    for s in range(after, min(len(index.sentences), after + _AHEAD)):
        if s in by_sentence and is_quotation(index, s):
            claim = by_sentence[s]
            return claim.speaker, claim.cue
    if len(named) == 1:
        return next(iter(named)), None
    return None, None


def _continues(index: Index, s: int, after: int) -> bool:
    """Whether sentence ``after`` opens a new paragraph with the close of a quotation that
    sentence ``s`` left open at its paragraph's end: '"There's no doubt ... the best yet.
    / If anything, the choice is even wider," said Madeley.' The quotation runs over both
    paragraphs, so the person named where it closes said the part left open too."""
    quotes = speech_quotes(index, s)
    start = index.sentences[after][0]
    if not quotes or index.text[quotes[-1][1] - 1] in _CLOSING:
        return False  # the quotation of ``s`` was closed
    if not index.text[quotes[-1][1] : start].count("\n"):
        return False  # not at its paragraph's end
    continuation = index.quote_at(start)
    return continuation is not None and continuation[0] == start


def _about(index: Index, found: People, resolver: Resolver, s: int) -> int | None:
    """The person sentence ``s`` is about: the person named as its subject among its first
    words ("But Greene believes ...", not "Her side hit the post before Halloran's winner"),
    or the person its opening "He"/"She" means."""
    start, end = index.sentences[s]
    tokens = index.tokens
    first = _past_participle_clause(index, index.token_at(start), end)
    for k in range(first, min(len(tokens), first + _SUBJECT_TOKENS)):
        t = tokens[k]
        if t.start >= end or index.quote_at(t.start) is not None:
            return None
        if t.lower in PRONOUNS and k == first:
            people = resolver.pronoun(t.lower, t.start)
            return people[0] if people else None
        described = _described_subject(index, resolver, k, end) if k == first else None
        if described is not None:
            return described
        i = found.mention_at.get(t.start, -1)
        if i >= 0:
            after = found.mentions[i].last_token + 1
            possessive = after < len(tokens) and tokens[after].lower in ("'s", "’s")
            return None if possessive else (found.owner[i] if found.owner[i] >= 0 else None)
        if t.is_word and not t.is_capitalised and t.lower not in _SUBJECT_LEAD:
            return None  # a verb or object comes first: the sentence is not about a name
    return None


def _past_participle_clause(index: Index, first: int, end: int) -> int:
    """The token after an opening participle clause ("Asked whether she could win the
    title, | the Swede laughed."; "Speaking after the match, | Barrow said"): the sentence's
    subject follows its comma. ``first`` itself when the sentence opens otherwise."""
    tokens = index.tokens
    opener = tokens[first] if first < len(tokens) else None
    if opener is None or not opener.is_capitalised or not opener.lower.endswith(_PARTICIPLE):
        return first
    for k in range(first + 1, min(len(tokens), first + _PARTICIPLE_CLAUSE)):
        if tokens[k].start >= end or index.quote_at(tokens[k].start) is not None:
            return first
        if tokens[k].text == ",":
            return k + 1
    return first


def _described_subject(index: Index, resolver: Resolver, k: int, end: int) -> int | None:
    """The person a description opening a sentence means ("The Swede laughed.", "The
    24-year-old shrugged."): its role word (a role noun, a nationality, an age) resolved as
    the subject of a speech verb would be."""
    tokens = index.tokens
    if tokens[k].lower != "the":
        return None
    for j in range(k + 1, min(len(tokens), k + 1 + _DESCRIPTION_WORDS)):
        t = tokens[j]
        if t.start >= end or not (t.is_word or t.text == "-"):
            return None
        anaphoric = t.lower in ANAPHORIC_ROLES
        role = t.lower if anaphoric else role_of(t.text)
        if role:
            named = j + 1 < len(tokens) and tokens[j + 1].is_capitalised
            return None if named else resolver.role(role, t.start, (), anaphoric)
    return None


_PARTICIPLE = ("ed", "ing")
_PARTICIPLE_CLAUSE = 20  # tokens of an opening participle clause up to its comma
_DESCRIPTION_WORDS = 5  # "the 33-year-old Swede": tokens from "the" to the role word
_CLOSING = frozenset("\"”’'»")
_SUBJECT_LEAD = frozenset(["but", "and", "yet", "so", "then", "now", "still", "the", "a", "an"])
