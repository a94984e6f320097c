"""Who said what: named speakers, their statements, and the speaker stage's cost per sentence.

Scoring follows the corpus README ("How the held-out scores are computed"):

- Speakers: per article, a predicted speaker matches a gold speaker when its name, titles
  removed, has the gold name's surname (last token; generational suffixes such as "Jr." are not
  surnames); each gold speaker matches at most once; gold speakers marked ``doubtful`` are
  optional. Micro precision, recall and F1 over all articles.
- Statements: a gold statement (of a named speaker) is found when one of the predicted statement
  spans covers more than 30% of its characters; recall = found / gold, precision = found /
  predicted spans. Attribution is right when the speaker of the best-covering span shares the
  gold speaker's surname; accuracy = right / found. Statements of ``doubtful`` speakers are
  optional: neither missed when not found nor counted among the predicted spans when found.

Sets, each printed on its own (English and German apart):

- ``dev``: ``../shared/corpus/speakers-dev.jsonl`` (the rules were developed looking at it);
- ``corpus-blind``: eleven cnndm stories and ``german/010``-``019`` of the shared corpus,
  annotated for this project by offsets in ``tests/_files/speakers/corpus-blind/gold.jsonl``
  (no corpus text copied), scored blind before the statement rules were written;
- the team's own sets ``tests/_files/speakers/heldout*/`` (each scored blind once when written,
  then tuned on; see docs/speakers.md) and ``german1`` ... ``german8`` (German, with statements).

The scaling section times the speaker stage alone on texts of 5,000, 20,000 and 36,000
sentences made by repeating the team's own articles (:func:`speaker_stage_scaling`, importable
by other benchmarks).

Usage: ``python benchmarks/bench_speakers.py [--own] [--scaling] [--errors]`` (``--own``: only
the sets in ``tests/_files``, which need no shared corpus; ``--scaling``: only the scaling
figures; ``--errors``: list each article's misses and false alarms).

``--snapshot FILE`` writes the finder's whole output (speakers, mentions, statements with
their kinds, cues and subjects, unnamed statements) for every text of the shared corpus and
of ``tests/_files``, each read as English and as German, and ``--compare FILE`` checks the
output is still the same: a speed change must leave it identical.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
FILES = ROOT / "tests" / "_files" / "speakers"
OWN = FILES / "heldout"
BLIND_CORPUS = FILES / "corpus-blind" / "gold.jsonl"
GERMAN_OWN = FILES / "german1"
GERMAN_SETS = sorted(p for p in FILES.glob("german[0-9]*") if p.is_dir())
sys.path.insert(0, str(ROOT))

TARGET_F1 = 0.95
TARGET_PRECISION = 0.95
TARGET_GERMAN_F1 = 0.90
TARGET_STATEMENT_F1 = 0.88
TARGET_ATTRIBUTION = 0.95
COVERAGE = 0.30  # a predicted span must cover more than this share of a gold statement
SCALING_SIZES = (5_000, 20_000, 36_000)
SCALING_TARGET = 1.3  # per-sentence cost at the largest size against the smallest
_TITLES = {
    *("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "president"),
    *("senator", "sen", "rep", "gov", "governor", "general", "gen", "secretary", "minister"),
    *("prince", "princess", "crown", "king", "queen", "judge", "mayor", "chancellor"),
}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}

Span = tuple[int, int]


@dataclass
class Case:
    """One annotated article: its text, language and gold speakers (statements with spans)."""

    id: str
    text: str
    language: str
    speakers: list[dict[str, Any]]


def own_sets() -> list[Path]:
    """The team's own English sets: ``heldout``, ``heldout2``, ... in number order."""
    later = [p for p in FILES.glob("heldout?*") if p.is_dir()]
    later.sort(key=lambda p: int(p.name.removeprefix("heldout")))
    return [OWN, *later]


# -- texts and gold ---------------------------------------------------------------------------
def article_text(corpus: Path, article_id: str, html_truth: dict[str, dict[str, str]]) -> str:
    """The displayed text of a corpus article id (see the corpus README)."""
    if article_id == "seed":
        lines = (corpus / "teasers" / "seed-us-iran.txt").read_text(encoding="utf-8").splitlines()
        return "\n".join(lines[:-6])
    if article_id.startswith("html/"):
        prefix = article_id.split("/", 1)[1]
        (sha,) = [k for k in html_truth if k.startswith(prefix)]
        return html_truth[sha]["articleBody"]
    if article_id.startswith("bbc/"):
        path = corpus / "bbc" / "article" / article_id.split("/", 1)[1]
        lines = path.read_text(encoding="utf-8").splitlines()
        return "\n".join(lines[1:]).strip("\n")
    if article_id.startswith("german/"):
        path = corpus / "german" / article_id.split("/", 1)[1]
        return path.read_text(encoding="utf-8").strip("\n")
    if article_id.startswith("cnndm/"):
        path = corpus / "cnndm" / "article" / f"{article_id.split('/', 1)[1]}.txt"
        return path.read_text(encoding="utf-8").strip("\n")
    raise ValueError(f"unknown article id {article_id!r}")


_QUOTES = str.maketrans("‘’“”«»„", '\'\'"""""')


def _locate(text: str, wanted: str, used: set[Span]) -> Span | None:
    """The next unused occurrence of ``wanted`` in ``text`` (quotation marks of any style
    match each other); an occurrence already used when there is no other; None if absent."""
    plain, target = text.translate(_QUOTES), wanted.translate(_QUOTES)
    first = start = plain.find(target)
    while start >= 0 and (start, start + len(target)) in used:
        start = plain.find(target, start + 1)
    start = first if start < 0 else start
    return None if start < 0 else (start, start + len(target))


def _with_spans(text: str, speakers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Gold speakers whose statements carry ``span``: verbatim texts are found in ``text`` in
    order (a text written twice takes its next occurrence); spans given already stay; a text
    that is not in the article (an annotation slip) is left out."""
    used: set[Span] = set()
    out = []
    for speaker in speakers:
        statements = []
        for st in speaker.get("statements", []):
            span = tuple(st["span"]) if "span" in st else _locate(text, st["text"], used)
            if span is None:
                print(f"  (gold statement not in its article, left out: {st['text'][:50]!r})")
                continue
            used.add(span)
            statements.append({**st, "span": span})
        out.append({**speaker, "statements": statements})
    return out


def _jsonl(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def load_cases(corpus: Path, german: bool = False) -> list[tuple[str, str, list[dict]]]:
    """The dev cases as ``(id, text, gold speakers)``: English ones, or with ``german`` the
    German ones."""
    return [(c.id, c.text, c.speakers) for c in dev_cases(corpus, german)]


def dev_cases(corpus: Path, german: bool = False) -> list[Case]:
    truth = json.loads((corpus / "html" / "ground-truth.json").read_text(encoding="utf-8"))
    cases = []
    for item in _jsonl(corpus / "speakers-dev.jsonl"):
        if item["id"].startswith("german/") != german:
            continue
        text = article_text(corpus, item["id"], truth)
        language = "de" if german else "en"
        cases.append(Case(item["id"], text, language, _with_spans(text, item["speakers"])))
    return cases


def blind_corpus_cases(corpus: Path, german: bool = False) -> list[Case]:
    """The corpus articles annotated blind for this project (gold by offsets)."""
    cases = []
    for item in _jsonl(BLIND_CORPUS):
        if item["id"].startswith("german/") != german:
            continue
        text = article_text(corpus, item["id"], {})
        language = "de" if german else "en"
        cases.append(Case(item["id"], text, language, _with_spans(text, item["speakers"])))
    return cases


def load_own_cases(folder: Path = OWN) -> list[tuple[str, str, list[dict]]]:
    """An own set as ``(id, text, gold speakers)``: ``<id>.txt`` with gold in ``gold.jsonl``."""
    return [(c.id, c.text, c.speakers) for c in own_cases(folder)]


def own_cases(folder: Path, language: str = "en") -> list[Case]:
    cases = []
    for item in _jsonl(folder / "gold.jsonl"):
        text = (folder / f"{item['id']}.txt").read_text(encoding="utf-8")
        cases.append(Case(item["id"], text, language, _with_spans(text, item["speakers"])))
    return cases


# -- scoring ----------------------------------------------------------------------------------
def surname(name: str) -> str:
    """Last token of a name without titles, suffixes and trailing punctuation, lower case."""
    words = [w.strip(".,").lower() for w in name.replace("’", "'").split()]
    words = [w for w in words if w and w not in _TITLES and w not in _SUFFIXES]
    return words[-1] if words else ""


def score_article(predicted: list[str], gold: list[dict]) -> tuple[int, list[str], list[str]]:
    """(true positives, missed gold names, false-alarm predicted names) for one article."""
    required = [g for g in gold if not g.get("doubtful")]
    optional = [g for g in gold if g.get("doubtful")]
    unmatched = list(predicted)
    tp = 0
    misses = []
    for g in required:
        hit = next((p for p in unmatched if surname(p) == surname(g["name"])), None)
        if hit is None:
            misses.append(g["name"])
        else:
            unmatched.remove(hit)
            tp += 1
    for g in optional:
        hit = next((p for p in unmatched if surname(p) == surname(g["name"])), None)
        if hit is not None:
            unmatched.remove(hit)
    return tp, misses, unmatched


def _coverage(span: Span, gold: Span) -> float:
    overlap = min(span[1], gold[1]) - max(span[0], gold[0])
    return max(0, overlap) / max(1, gold[1] - gold[0])


@dataclass
class StatementScore:
    """Counts of one article's (or a whole set's) statement scoring."""

    gold: int = 0
    found: int = 0
    predicted: int = 0
    right: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def add(self, other: StatementScore) -> None:
        self.gold += other.gold
        self.found += other.found
        self.predicted += other.predicted
        self.right += other.right
        self.misses += other.misses
        self.wrong += other.wrong
        self.extra += other.extra


def score_statements(
    predicted: list[tuple[str, Span]], gold: list[dict[str, Any]], text: str = ""
) -> StatementScore:
    """Score ``(speaker name, span)`` predictions against gold speakers with statement spans."""
    score = StatementScore()
    optional_hit: set[int] = set()
    for g in gold:
        for st in g.get("statements", []):
            gspan = st["span"]
            covering = [
                (_coverage(span, gspan), k, name)
                for k, (name, span) in enumerate(predicted)
                if _coverage(span, gspan) > COVERAGE
            ]
            if g.get("doubtful"):
                optional_hit.update(k for _, k, _ in covering)
                continue
            score.gold += 1
            snippet = f"{g['name']}: {text[gspan[0] : gspan[1]][:50]!r}"
            if not covering:
                score.misses.append(snippet)
                continue
            score.found += 1
            best = max(covering, key=lambda c: (c[0], surname(c[2]) == surname(g["name"])))
            if surname(best[2]) == surname(g["name"]):
                score.right += 1
            else:
                score.wrong.append(f"{snippet} -> {best[2]}")
    score.predicted = len(predicted) - len(optional_hit)
    golds = [st["span"] for g in gold for st in g.get("statements", [])]
    for k, (name, span) in enumerate(predicted):
        if k not in optional_hit and not any(_coverage(span, gs) > COVERAGE for gs in golds):
            score.extra.append(f"{name}: {text[span[0] : span[1]][:60]!r}")
    return score


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# -- prediction -------------------------------------------------------------------------------
def find(text: str, language: str) -> Any:
    """The speaker finder's result for ``text``: speakers and unnamed statements."""
    from reader.speakers import who_said_what

    return who_said_what(text, language)


def predicted_statements(speakers: Iterable[Any]) -> list[tuple[str, Span]]:
    """``(speaker name, statement span)`` for every statement of every named speaker."""
    return [(s.name, tuple(st.span)) for s in speakers for st in s.statements]


def evaluate_cases(cases: list[Case]) -> dict[str, Any]:
    """Speaker and statement scores over ``cases`` with each article's errors."""
    tp = fp = fn = 0
    statements = StatementScore()
    errors = []
    for case in cases:
        result = find(case.text, case.language)
        names = [s.name for s in result.speakers]
        hits, misses, alarms = score_article(names, case.speakers)
        tp, fp, fn = tp + hits, fp + len(alarms), fn + len(misses)
        st = score_statements(predicted_statements(result.speakers), case.speakers, case.text)
        statements.add(st)
        if misses or alarms or st.misses or st.wrong or st.extra:
            errors.append((case.id, misses, alarms, st))
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    # found / predicted (the README's measure), at most 1: one span may cover two statements
    sp = min(1.0, _ratio(statements.found, statements.predicted))
    sr = _ratio(statements.found, statements.gold)
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": precision,
        "recall": recall,
        "f1": _f1(precision, recall),
        "statements": statements,
        "statement_precision": sp,
        "statement_recall": sr,
        "statement_f1": _f1(sp, sr),
        "attribution": _ratio(statements.right, statements.found),
        "errors": errors,
    }


def evaluate(corpus: Path, full_pipeline: bool = False) -> dict[str, Any]:
    """Scores over the English dev set (``full_pipeline`` is accepted for older callers)."""
    return evaluate_cases(dev_cases(corpus))


# -- timing -----------------------------------------------------------------------------------
def seed_timing(corpus: Path, runs: int = 21) -> float:
    """Median warm time (ms) of the speaker stage on the seed article."""
    text = article_text(corpus, "seed", {})
    find(text, "en")  # warm-up: imports
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        find(text, "en")
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def long_text(sentences: int) -> str:
    """A text of about ``sentences`` sentences: the team's own English articles, one after the
    other, repeated as often as needed."""
    from reader.speakers.text import sentence_spans

    articles = [p.read_text(encoding="utf-8") for f in own_sets() for p in sorted(f.glob("*.txt"))]
    counts = [len(sentence_spans(a)) for a in articles]
    parts: list[str] = []
    total = k = 0
    while total < sentences:
        parts.append(articles[k % len(articles)])
        total += counts[k % len(articles)]
        k += 1
    return "\n\n".join(parts)


def speaker_stage_scaling(
    sizes: tuple[int, ...] = SCALING_SIZES, runs: int = 3
) -> dict[int, float]:
    """Microseconds per sentence of the speaker stage (``find_speakers``) on texts of ``sizes``
    sentences (best of ``runs``); linear when the figures stay about equal."""
    from reader.speakers import find_speakers
    from reader.speakers.text import sentence_spans

    find_speakers("Ann Lee said it would rain.", (), "en")  # imports
    figures = {}
    for size in sizes:
        text = long_text(size)
        count = len(sentence_spans(text))
        best = float("inf")
        for _ in range(runs):
            t0 = time.perf_counter()
            find_speakers(text, (), "en")
            best = min(best, time.perf_counter() - t0)
        figures[size] = best / count * 1e6
    return figures


# -- identical output -------------------------------------------------------------------------
def snapshot_texts() -> list[tuple[str, str]]:
    """``(id, text)`` of every text the finder can be checked on: the corpus's articles (as
    the benchmarks read them) and saved texts, and the team's own text files."""
    texts: list[tuple[str, str]] = []
    if CORPUS.is_dir():
        truth = json.loads((CORPUS / "html" / "ground-truth.json").read_text(encoding="utf-8"))
        texts += [(f"html/{sha[:8]}", item["articleBody"]) for sha, item in sorted(truth.items())]
        for pattern in ("teasers/*.txt", "bbc/article/*/*.txt", "cnndm/article/*.txt"):
            for path in sorted(CORPUS.glob(pattern)):
                texts.append((str(path.relative_to(CORPUS)), path.read_text(encoding="utf-8")))
        for pattern in ("german/*.txt", "saved/*.txt", "overshoot/*.txt"):
            for path in sorted(CORPUS.glob(pattern)):
                texts.append((str(path.relative_to(CORPUS)), path.read_text(encoding="utf-8")))
    for path in sorted((ROOT / "tests" / "_files").rglob("*.txt")):
        # Some fixtures are legacy encodings on purpose (tests/_files/loading/encodings).
        text = path.read_bytes().decode("utf-8", errors="replace")
        texts.append((str(path.relative_to(ROOT)), text))
    return texts


def finder_output(text: str, language: str) -> dict[str, Any]:
    """The finder's whole result for ``text`` as plain JSON data."""
    result = find(text, language)
    return {
        "speakers": [s.to_dict() for s in result.speakers],
        "unnamed": [st.to_dict() for st in result.unnamed],
    }


def snapshot() -> dict[str, Any]:
    return {
        f"{language}:{name}": finder_output(text, language)
        for name, text in snapshot_texts()
        for language in ("en", "de")
    }


def compare(path: Path) -> int:
    """Print the texts whose output differs from the snapshot at ``path``; 1 if any does."""
    before = json.loads(path.read_text(encoding="utf-8"))
    now = snapshot()
    differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for key in differ:
        print(f"  output differs: {key}")
    print(f"{len(now)} outputs compared, {len(differ)} differ")
    return 1 if differ else 0


# -- report -----------------------------------------------------------------------------------
def report(title: str, result: dict[str, Any], german: bool = False, errors: bool = False) -> bool:
    """Print one set's scores (and errors); whether it meets the targets."""
    st: StatementScore = result["statements"]
    target_f1 = TARGET_GERMAN_F1 if german else TARGET_F1
    print(title)
    print(
        f"  speakers   P {result['precision']:.3f}  R {result['recall']:.3f}  "
        f"F1 {result['f1']:.3f}  (TP {result['tp']} FP {result['fp']} FN {result['fn']})"
    )
    if st.gold:  # the older own sets have no statement gold
        print(
            f"  statements P {result['statement_precision']:.3f}  "
            f"R {result['statement_recall']:.3f}  F1 {result['statement_f1']:.3f}  "
            f"attribution {result['attribution']:.3f}  "
            f"(gold {st.gold}, found {st.found}, predicted {st.predicted}, right {st.right})"
        )
    if errors:
        for article_id, misses, alarms, s in result["errors"]:
            print(f"  {article_id}: misses {misses}  false alarms {alarms}")
            for line in s.misses:
                print(f"      statement missed  {line}")
            for line in s.wrong:
                print(f"      wrong speaker     {line}")
            for line in s.extra:
                print(f"      not in the gold   {line}")
    speakers_ok = result["f1"] >= target_f1 and (german or result["precision"] >= TARGET_PRECISION)
    statements_ok = (
        german
        or not st.gold
        or (
            result["statement_f1"] >= TARGET_STATEMENT_F1
            and result["attribution"] >= TARGET_ATTRIBUTION
        )
    )
    return speakers_ok and statements_ok


def report_scaling() -> None:
    figures = speaker_stage_scaling()
    base = figures[SCALING_SIZES[0]]
    print("Speaker stage per sentence (own articles repeated; best of 3)")
    first, last = SCALING_SIZES[0], SCALING_SIZES[-1]
    for size, us in figures.items():
        print(f"  {size:>6,} sentences: {us:7.1f} µs/sentence  ({us / base:.2f}x of {first:,})")
    verdict = "met" if figures[last] / base <= SCALING_TARGET else "NOT MET"
    print(f"  target: {last:,} within {SCALING_TARGET}x of {first:,}: {verdict}")


def main() -> int:
    errors = "--errors" in sys.argv
    for flag in ("--snapshot", "--compare"):
        if flag in sys.argv:
            path = Path(sys.argv[sys.argv.index(flag) + 1])
            if flag == "--compare":
                return compare(path)
            path.write_text(json.dumps(snapshot(), sort_keys=True), encoding="utf-8")
            print(f"{path}: the output for {len(snapshot_texts())} texts, in English and German")
            return 0
    if "--scaling" in sys.argv:
        report_scaling()
        return 0
    ok = True
    if "--own" not in sys.argv:
        if not (CORPUS / "speakers-dev.jsonl").is_file():
            print(f"The shared corpus is not at {CORPUS}; skipping the corpus sets.")
        else:
            dev = evaluate_cases(dev_cases(CORPUS))
            ok &= report("English dev set (speakers-dev.jsonl)", dev, errors=errors)
            ok &= report("German dev set", evaluate_cases(dev_cases(CORPUS, True)), True, errors)
            blind = evaluate_cases(blind_corpus_cases(CORPUS))
            ok &= report("English corpus-blind (cnndm)", blind, errors=errors)
            blind_de = evaluate_cases(blind_corpus_cases(CORPUS, True))
            ok &= report("German corpus-blind (german/010-019)", blind_de, True, errors)
            print(f"  seed warm time: {seed_timing(CORPUS):.2f} ms (median of 21 runs)")
    for folder in own_sets():
        ok &= report(f"Own set {folder.name}", evaluate_cases(own_cases(folder)), errors=errors)
    for folder in GERMAN_SETS:
        german = evaluate_cases(own_cases(folder, "de"))
        ok &= report(f"Own German set {folder.name}", german, True, errors)
    if "--own" not in sys.argv:
        report_scaling()
    print("  targets met" if ok else "  TARGET NOT MET (see above)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
