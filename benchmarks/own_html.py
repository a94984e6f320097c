"""Building blocks of our own site templates (``own_sites1.py``, ``own_sites3.py``,
``own_dev3.py``): HTML helpers, dates, comments, and the corpus articles (read at run time from
the shared corpus; nothing is copied into the project) the first sets wrap."""

from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
E = html.escape


@dataclass
class Article:
    key: str
    lang: str
    headline: str
    paragraphs: list[str]
    standfirst: str = ""
    author: str = ""
    others: list[str] = field(default_factory=list)  # headlines of other stories


_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’]))\s+(?=[\"'“‘A-ZÄÖÜ0-9])")
AUTHORS = [
    "Maria Lindqvist",
    "Tom Okafor",
    "Hannah Brightwell",
    "Daniel Reyes",
    "Priya Natarajan",
    "Oliver Kasprzak",
    "Sophie Marchetti",
    "James Whitcombe",
    "Lena Vogt",
    "Samuel Adeyemi",
    "Claire Dubois",
    "Ben Halloran",
]


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def _paragraphs_from_sentences(sentences: list[str], rng: random.Random) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(sentences):
        n = rng.choice([1, 1, 2, 2, 3])
        out.append(" ".join(sentences[i : i + n]))
        i += n
    return out


def load_articles() -> list[Article]:
    rng = random.Random(9)
    found: list[Article] = []
    for path in sorted((CORPUS / "bbc" / "article").glob("*/*.txt")):
        lines = [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()]
        found.append(Article(f"bbc-{path.parent.name}-{path.stem}", "en", lines[0], lines[1:]))
    for path in sorted((CORPUS / "cnndm" / "article").glob("*.txt"))[:24]:
        text = path.read_text("utf-8").strip()
        text = re.sub(r"\bScroll down for video\b\s*", "", text)
        sentences = _sentences(text)
        summary = CORPUS / "cnndm" / "summary" / path.name
        head = (
            summary.read_text("utf-8").splitlines()[0].strip().rstrip(".")
            if summary.is_file()
            else ""
        )
        if not head or len(sentences) < 6:
            continue
        found.append(
            Article(f"cnndm-{path.stem}", "en", head, _paragraphs_from_sentences(sentences, rng))
        )
    for path in sorted((CORPUS / "german").glob("*.txt"))[:10]:
        sentences = _sentences(path.read_text("utf-8").strip())
        if len(sentences) < 5:
            continue
        words = sentences[0].split()
        head = " ".join(words[: min(len(words), rng.randint(6, 9))]).rstrip(",.:;")
        found.append(
            Article(
                f"german-{path.stem}",
                "de",
                head,
                _paragraphs_from_sentences(sentences[1:], rng),
                standfirst=sentences[0],
            )
        )
    for article in found:
        article.author = rng.choice(AUTHORS)
        pool = [a.headline for a in found if a.lang == article.lang and a is not article]
        rng.shuffle(pool)
        article.others = pool[:12]
    return found


# ---------------------------------------------------------------------------------------------
# Building blocks


def ul(items: list[str], cls: str = "") -> str:
    return (
        f'<ul class="{cls}">' + "".join(f'<li><a href="#">{E(i)}</a></li>' for i in items) + "</ul>"
    )


def ol(items: list[str]) -> str:
    return "<ol>" + "".join(f'<li><a href="#">{E(i)}</a></li>' for i in items) + "</ol>"


def paras(ps: list[str]) -> str:
    return "".join(f"<p>{E(p)}</p>" for p in ps)


def page(title: str, body: str, lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{E(title)}</title>'
        "<style>body{font-family:sans-serif;max-width:60em;margin:auto}"
        "nav li,.inline li{display:inline;margin-right:1em}aside{border:1px solid #ccc}</style>"
        f"</head><body>{body}</body></html>"
    )


def insert_inside(paragraphs: list[str], pieces: list[str], rng: random.Random) -> str:
    """Article paragraphs with ``pieces`` (HTML) placed between them, never first or last."""
    html_parts = [f"<p>{E(p)}</p>" for p in paragraphs]
    for piece in pieces:
        if len(html_parts) < 3:
            break
        html_parts.insert(rng.randint(1, len(html_parts) - 1), piece)
    return "".join(html_parts)


def date_text(rng: random.Random, style: int = 0) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2021, 2022, 2023])
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    hour, minute = rng.randint(1, 12), rng.randint(0, 59)
    if style == 0:
        return (
            f"{months[month - 1]} {day}, {year}, {hour}:{minute:02d} {rng.choice(['AM', 'PM'])} ET"
        )
    if style == 1:
        return f"{day} {months[month - 1]} {year}"
    if style == 2:
        return f"{day:02d}.{month:02d}.{year}, {hour + 8:02d}.{minute:02d} Uhr"
    return f"{year}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}"


def comments(rng: random.Random, n: int) -> list[tuple[str, str]]:
    names = [
        "jkl_1987",
        "Margaret P.",
        "RiverRat",
        "anon",
        "Dave from Leeds",
        "truthseeker22",
        "Ellen W",
        "M. Khan",
        "oldtimer",
        "Paula",
        "GreenThumb",
        "NotABot",
    ]
    texts = [
        "Finally someone says it. I have been waiting years for this to come out.",
        "This is exactly what happens when nobody is held to account. Shameful.",
        "Great reporting, thank you for covering this so thoroughly.",
        "I don't buy it. There is more to this story than we are being told, and I bet we will "
        "hear the rest of it in a few months when it is too late to do anything.",
        "Who is paying for all of this? Not them, that's for sure.",
        "My brother works in this field and he says the numbers are way off.",
        "Can we please have one day without this kind of news.",
        "The comments here are hilarious. Read the article before you post, people.",
        "Well said. Completely agree with the last point.",
        "Same old, same old. Nothing will change until the voters change it.",
        "I was there last week and it was nothing like what is described here, honestly it was "
        "quiet and everyone was friendly.",
        "Interesting, but where are the sources for the second half?",
    ]
    rng.shuffle(texts)
    return [(rng.choice(names), texts[i % len(texts)]) for i in range(n)]
