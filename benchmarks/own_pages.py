# ruff: noqa: E501  (the site templates are HTML written out in full)
"""Our own whole-page texts, overshooting copies and printed PDFs, for measuring page cleaning.

Twelve site templates written for this project (menus, sidebars, share bars, newsletter boxes,
captions, related lists, comments, footers: the shapes of real news pages, in our own words)
wrap article bodies read at run time from the shared corpus (``bbc/``, ``cnndm/``, ``german/``;
nothing is copied into the project). Each page is rendered the ways people save it:

* ``NAME.txt``: the whole page as text, ``w3m -dump -cols 100`` (as ``saved/*.txt``);
* ``NAME.copy.txt``: an overshooting copy, one line a paragraph (``w3m -cols 100000``), cut from
  a few lines above the headline to 3-10 lines below the article's last paragraph;
* ``NAME.pdf``: the page printed by headless Chromium with its default header and footer.

Templates are split: ``dev`` sites may be looked at while writing rules; ``blind`` sites are only
ever scored (before and after), so their figure says how the rules do on pages they never saw.
The ``blind`` copies were looked at once (after their first score), and four rules changed after
that (docs/benchmarks.md); ``blind2`` was written then and never looked at.
Rendering needs Debian's ``w3m`` (and ``chromium`` for PDFs); without them nothing is built.
"""

from __future__ import annotations

import html
import json
import random
import re
import shutil
import subprocess
from collections.abc import Callable
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
_AUTHORS = [
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
        article.author = rng.choice(_AUTHORS)
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


# ---------------------------------------------------------------------------------------------
# Site templates. Each returns the page's HTML.


def courier(a: Article, rng: random.Random) -> str:
    nav = ul(
        [
            "Home",
            "News",
            "World",
            "Politics",
            "Business",
            "Tech",
            "Science",
            "Health",
            "Sport",
            "Culture",
            "Opinion",
            "Travel",
            "Video",
            "Podcasts",
        ]
    )
    inside = [
        '<div class="ad"><p>Advertisement</p></div>',
        f'<p class="readmore"><a href="#">Read more: {E(a.others[0])}</a></p>',
    ]
    related = "".join(f"<li><a href='#'>{E(h)}</a></li>" for h in a.others[1:6])
    return page(
        a.headline + " - The Daily Courier",
        f"""
<header><p><a href="#">Skip to main content</a></p><p>The Daily Courier</p>
<form><input type="search" placeholder="Search"><button>Search</button></form>
<p><a href="#">Subscribe</a> <a href="#">Log in</a></p><nav>{nav}</nav></header>
<main><p class="crumbs"><a href="#">News</a> &gt; <a href="#">World</a></p>
<h1>{E(a.headline)}</h1>{f"<p class='dek'>{E(a.standfirst)}</p>" if a.standfirst else ""}
<p class="byline">By {E(a.author)}</p><p class="date">Published {date_text(rng)}</p>
<ul class="inline"><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li><li><a href="#">Email</a></li><li><a href="#">Copy link</a></li></ul>
<figure><img src="photo.jpg" alt=""><figcaption>A file photo. (Photo: Courier archive)</figcaption></figure>
{insert_inside(a.paragraphs, inside, rng)}
<p class="tags">Topics: <a href="#">World</a>, <a href="#">Politics</a></p>
<section><h2>More from World</h2><ul>{related}</ul></section>
<div class="newsletter"><h3>Get the morning briefing</h3><p>The day's top stories in your inbox every weekday.</p>
<form><input type="email"><button>Sign up</button></form></div></main>
<footer>{ul(["About us", "Contact", "Careers", "Advertise", "Terms of use", "Privacy policy", "Cookie settings"])}
<p>© 2023 The Daily Courier. All rights reserved.</p></footer>""",
    )


def blog(a: Article, rng: random.Random) -> str:
    cs = comments(rng, rng.randint(3, 6))
    comment_html = "".join(
        f"<li><p><b>{E(n)}</b> says:</p><p>{date_text(rng, 1)} at {rng.randint(1, 12)}:{rng.randint(10, 59)} pm</p>"
        f"<p>{E(t)}</p><p><a href='#'>Reply</a></p></li>"
        for n, t in cs
    )
    return page(
        a.headline + " | Notes from the Valley",
        f"""
<header><h2><a href="#">Notes from the Valley</a></h2><p>Local news, views and the odd recipe</p>
<nav>{ul(["Home", "About", "Local", "Council", "Schools", "Events", "Contact"])}</nav></header>
<article><h1>{E(a.headline)}</h1><p>Posted on {date_text(rng, 1)} by {E(a.author)}</p>
{paras(a.paragraphs)}
<p>Share this:</p>{ul(["Twitter", "Facebook", "Print"], "inline")}
<p>Like this:</p><p>Like Loading...</p>
<h3>Related</h3>{ul(a.others[:3])}
<p>This entry was posted in <a href="#">Local</a>, <a href="#">News</a>. Bookmark the <a href="#">permalink</a>.</p></article>
<section id="comments"><h3>{len(cs)} thoughts on “{E(a.headline)}”</h3><ol>{comment_html}</ol>
<h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p>
<form><p>Comment *</p><textarea></textarea><p>Name *</p><input><p>Email *</p><input><p>Website</p><input>
<p><input type="checkbox"> Save my name, email, and website in this browser for the next time I comment.</p><button>Post Comment</button></form></section>
<aside><h3>Recent Posts</h3>{ul(a.others[3:8])}<h3>Archives</h3>{ul(["March 2023", "February 2023", "January 2023", "December 2022"])}
<h3>Categories</h3>{ul(["Council", "Events", "Local", "News", "Recipes"])}<h3>Meta</h3>{ul(["Log in", "Entries feed", "Comments feed"])}</aside>
<footer><p>Proudly powered by WordPress | Theme: Minimal Plus</p></footer>""",
    )


def wire(a: Article, rng: random.Random) -> str:
    return page(
        a.headline + " | Globe Wire",
        f"""
<nav>{ul(["Globe Wire", "World", "Business", "Markets", "Breakingviews", "Technology", "Investigations", "More"])}</nav>
<p>{rng.randint(2, 9)} Min Read</p>
<h1>{E(a.headline)}</h1>
<p>LONDON (Globe Wire) - {E(a.paragraphs[0])}</p>{paras(a.paragraphs[1:])}
<p>Reporting by {E(a.author)}; Editing by {E(rng.choice(_AUTHORS))}</p>
<p>Our Standards: The Globe Wire Trust Principles.</p>
<h3>More from Globe Wire</h3>{ul(a.others[:4])}
<div><p>Apps</p><p>Newsletters</p><p>Advertise with Us</p><p>Advertising Guidelines</p><p>Cookies</p><p>Terms of Use</p><p>Privacy</p>
<p>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p>
<p>© 2023 Globe Wire. All Rights Reserved.</p></div>""",
    )


def magazine(a: Article, rng: random.Random) -> str:
    pull = rng.choice(a.paragraphs[1:-1]) if len(a.paragraphs) > 3 else a.paragraphs[0]
    pull = " ".join(pull.split()[:14])
    inside = [
        f'<blockquote class="pull"><p>“{E(pull)}”</p></blockquote>',
        "<aside><p>Sign up for The Long Read newsletter</p><p>Our best features, once a week.</p>"
        '<form><input type="email"><button>Sign up</button></form></aside>',
    ]
    most = ol(a.others[:5])
    return page(
        a.headline,
        f"""
<header><p>THE MERIDIAN</p><nav>{ul(["Latest", "Magazine", "Ideas", "Culture", "Science", "Books", "Archive"])}</nav>
<p><a href="#">Subscribe from $1 a week</a></p></header>
<article><p class="kicker">{rng.choice(["Feature", "The big story", "Analysis", "Long read"])}</p>
<h1>{E(a.headline)}</h1><p class="dek">{E(a.standfirst or a.paragraphs[0][:120])}</p>
<p>By {E(a.author)} and {E(rng.choice(_AUTHORS))}</p><p>{date_text(rng, 1)}</p>
<img src="hero.jpg" alt="Illustration by Kit Morrow">
{insert_inside(a.paragraphs, inside, rng)}</article>
<section><h2>Most popular</h2>{most}</section>
<section><h2>Topics</h2>{ul(["Economy", "Society", "Europe"], "inline")}</section>
<footer>{ul(["About", "Masthead", "Jobs", "Contact", "Help", "Terms", "Privacy"])}<p>Copyright © The Meridian 2023</p></footer>""",
    )


def local(a: Article, rng: random.Random) -> str:
    trending = ul(a.others[:6])
    return page(
        a.headline + " - Riverside Herald",
        f"""
<div class="top"><p>{rng.randint(5, 25)}°C Partly cloudy</p><p><a href="#">Sign in</a> | <a href="#">Subscribe</a></p></div>
<aside><h3>Trending now</h3>{trending}<h3>Obituaries</h3><p><a href="#">View all obituaries</a></p>
<h3>Weather</h3><p>Today: {rng.randint(5, 25)}° / {rng.randint(0, 5)}°</p></aside>
<nav>{ul(["News", "Sports", "Business", "Entertainment", "Life", "Opinion", "Obituaries", "Classifieds", "e-Edition"])}</nav>
<main><h1>{E(a.headline)}</h1><p>{E(a.author)}, Riverside Herald</p><p>Updated {date_text(rng)}</p>
<p><a href="#">Click here to subscribe and get unlimited access</a></p>
{insert_inside(a.paragraphs, ['<p><b>ALSO READ:</b> <a href="#">' + E(a.others[6]) + "</a></p>"], rng)}
<p>Contact {E(a.author.split()[0])} at 555-0147 or follow on Twitter.</p>
<h3>Latest headlines</h3>{ul(a.others[7:11])}</main>
<footer><p>Riverside Herald, 12 Mill Street</p>{ul(["Contact us", "Place an ad", "Terms of service", "Privacy notice", "Site map"])}
<p>Copyright 2023 Riverside Media Group</p></footer>""",
    )


def german(a: Article, rng: random.Random) -> str:
    if a.lang != "de":
        return courier(a, rng)
    return page(
        a.headline + " - DER KOMPASS",
        f"""
<nav>{ul(["Startseite", "Politik", "Wirtschaft", "Panorama", "Sport", "Kultur", "Netzwelt", "Wissenschaft", "Mehr"])}</nav>
<p><a href="#">Anmelden</a> <a href="#">Abo</a></p>
<p>{rng.choice(["Politik", "Wirtschaft", "Panorama"])} &gt; {rng.choice(["Deutschland", "Ausland", "Österreich"])}</p>
<h1>{E(a.headline)}</h1><p><b>{E(a.standfirst)}</b></p><p>Von {E(a.author)}</p><p>{date_text(rng, 2)}</p>
{ul(["Teilen", "Facebook", "X.com", "E-Mail", "Messenger"], "inline")}
{insert_inside(a.paragraphs, ["<p>Anzeige</p>", f"<p><b>Mehr zum Thema</b></p><ul><li><a href='#'>{E(a.others[0])}</a></li></ul>"], rng)}
<p>Feedback</p><h3>Kommentare</h3><p>{rng.randint(3, 200)} Beiträge</p>
<p>Melden Sie sich an und diskutieren Sie mit.</p><p><a href="#">Anmelden</a></p>
<h3>Mehr lesen über</h3>{ul(["Gewerkschaften", "Arbeitsmarkt", "Österreich"], "inline")}
<footer>{ul(["Impressum", "Datenschutz", "Nutzungsbedingungen", "Kontakt", "Hilfe", "Abo kündigen"])}<p>© DER KOMPASS GmbH</p></footer>""",
        lang="de",
    )


def tabloid(a: Article, rng: random.Random) -> str:
    ps = a.paragraphs
    bullets = "".join(f"<li>{E(p.split('.')[0][:110])}</li>" for p in ps[:3])
    inside = [
        f"<figure><img src='a.jpg' alt=''><figcaption>{E(ps[1][:90])} (pictured)</figcaption></figure>",
        "<p><b>Scroll down for video</b></p>",
        "<figure><img src='b.jpg' alt=''><figcaption>Pictured: the scene on Tuesday afternoon</figcaption></figure>",
        "<div><p>Advertisement</p></div>",
    ]
    return page(
        a.headline + " | Daily Beacon Online",
        f"""
<nav>{ul(["Home", "News", "U.S.", "Sport", "TV&Showbiz", "Femail", "Health", "Science", "Money", "Travel", "Podcasts", "Shopping"])}</nav>
<p>Latest Headlines | <a href="#">News</a> | <a href="#">World News</a> | <a href="#">Arts</a> | <a href="#">Headlines</a></p>
<h1>{E(a.headline.upper() if rng.random() < 0.3 else a.headline)}</h1>
<ul>{bullets}</ul>
<p>By <a href="#">{E(a.author.upper())}</a> FOR THE BEACON</p>
<p>PUBLISHED: {date_text(rng, 3)} | UPDATED: {date_text(rng, 3)}</p>
<p>{rng.randint(20, 900)} shares</p><p>{rng.randint(10, 300)}</p><p>View comments</p>
{insert_inside(ps, inside, rng)}
<p>Share or comment on this article:</p>
<h3>Most watched News videos</h3>{ul(["Moment " + h.lower()[:60] for h in a.others[:4]])}
<h3>MORE HEADLINES</h3>{ul(a.others[4:9])}
<h3>Comments {rng.randint(10, 400)}</h3><p>Share what you think</p>
<p>The comments below have not been moderated.</p>
<p>The views expressed in the contents above are those of our users and do not necessarily reflect the views of Daily Beacon Online.</p>
<p>By posting your comment you agree to our house rules.</p>
<footer><p>Published by Beacon Newspapers Ltd</p><p>Part of the Beacon Group</p>{ul(["Terms", "Privacy policy & cookies", "Advertise", "Contact us", "How to complain", "Leadership"])}</footer>""",
    )


def broadcaster(a: Article, rng: random.Random) -> str:
    inside = [
        "<figure><p>Media playback is unsupported on your device</p><figcaption>Media caption"
        f" {E(a.others[0][:70])}</figcaption></figure>",
        "<figure><img src='x.jpg' alt=''><p>Image copyright Reuters</p><p>Image caption "
        f"{E(a.paragraphs[0][:80])}</p></figure>",
    ]
    tops = "".join(
        f"<li><h3><a href='#'>{E(h)}</a></h3><p>{rng.randint(1, 59)} minutes ago</p></li>"
        for h in a.others[:4]
    )
    return page(
        a.headline + " - NBS News",
        f"""
<p><a href="#">Skip to content</a></p><p><a href="#">Accessibility Help</a></p>
<nav>{ul(["Home", "News", "Sport", "Weather", "iPlayer", "Sounds", "Local", "TV", "Radio", "Menu"])}</nav>
<form><input type="search"><button>Search NBS</button></form>
<nav>{ul(["Home", "Coronavirus", "UK", "World", "Business", "Politics", "Tech", "Science", "Health", "Entertainment & Arts"])}</nav>
<h1>{E(a.headline)}</h1><p>{date_text(rng, 1)}</p>
{ul(["Share this with Facebook", "Share this with Twitter", "Share this with Email", "Share"])}
{insert_inside(a.paragraphs, inside, rng)}
<h3>Related Topics</h3>{ul(["Europe", "Economy"])}
<p>Share this story <a href="#">About sharing</a></p>{ul(["Email", "Facebook", "Twitter"])}
<h2>Top Stories</h2><ul>{tops}</ul>
<h2>Features</h2>{ul(a.others[4:9])}
<footer>{ul(["Terms of Use", "About the NBS", "Privacy Policy", "Cookies", "Accessibility Help", "Contact the NBS"])}
<p>Copyright © 2023 NBS. The NBS is not responsible for the content of external sites.</p></footer>""",
    )


def brief(a: Article, rng: random.Random) -> str:
    """A short article (three paragraphs) in a heavy page."""
    return courier(a, rng).replace("The Daily Courier", "City Express")


def techsite(a: Article, rng: random.Random) -> str:
    cs = comments(rng, 4)
    comment_html = "".join(
        f"<div><p>{E(n)}</p><p>{rng.randint(1, 23)} hours ago</p><p>{E(t)}</p>"
        f"<p>{rng.randint(0, 40)} Like Reply</p></div>"
        for n, t in cs
    )
    return page(
        a.headline + " | Circuit",
        f"""
<nav>{ul(["Reviews", "Tech", "Science", "Gaming", "Deals", "Videos", "Newsletters"])}</nav>
<p>{rng.choice(["TECH", "POLICY", "BUSINESS"])}</p><h1>{E(a.headline)}</h1>
<p>{E(a.standfirst or "A closer look at what changed and why it matters.")}</p>
<p>By {E(a.author)}, a senior reporter covering policy</p><p>{date_text(rng)}</p>
<p>{rng.randint(3, 90)} Comments</p>
{paras(a.paragraphs)}
<div><h3>About the author</h3><p>{E(a.author)} is a senior reporter at Circuit covering technology policy. She previously worked at a regional daily.</p></div>
<h3>Most Popular</h3>{ol(a.others[:5])}
<section><h3>{len(cs)} Comments</h3><p>Sort by Newest</p>{comment_html}<p>Load more comments</p></section>
<div><p>We use cookies and other tracking technologies to improve your browsing experience on our site, show personalized content and targeted ads, analyze site traffic, and understand where our audiences come from.</p><p>Accept all</p><p>Manage preferences</p></div>
<footer><p>Circuit is part of Vox-Like Media</p>{ul(["Terms of Use", "Privacy Notice", "Cookie Policy", "Do Not Sell Or Share My Personal Info", "Licensing FAQ", "Accessibility", "Platform Status"])}
<p>© 2023 Circuit Media, Inc. All Rights Reserved</p></footer>""",
    )


def sports(a: Article, rng: random.Random) -> str:
    table = (
        "<table><tr><th>Team</th><th>P</th><th>Pts</th></tr>"
        + "".join(
            f"<tr><td>{t}</td><td>{rng.randint(10, 20)}</td><td>{rng.randint(10, 40)}</td></tr>"
            for t in ["Rovers", "United", "Athletic", "City", "Wanderers"]
        )
        + "</table>"
    )
    return page(
        a.headline + " - Matchday",
        f"""
<nav>{ul(["Scores", "Fixtures", "Tables", "Transfers", "Football", "Cricket", "Rugby", "Tennis", "F1", "More sports"])}</nav>
<p>LIVE: <a href="#">{E(a.others[0][:60])}</a></p>
<h1>{E(a.headline)}</h1><p>By {E(a.author)} - Chief Sports Writer</p><p>{date_text(rng, 1)}</p>
{ul(["Share on Facebook", "Share on X", "Share on WhatsApp"])}
{insert_inside(a.paragraphs, ["<p>Advertisement</p>", "<div><p>RELATED</p>" + ul(a.others[1:3]) + "</div>"], rng)}
<p>Have your say in the comments below.</p>
<aside><h3>League table</h3>{table}<p><a href="#">Full table</a></p></aside>
<h3>You might also like</h3>{ul(a.others[3:7])}
<h3>Promoted stories</h3><p>Doctors stunned: this one trick melts belly fat overnight</p><p>Sponsored by HealthyNow</p>
<footer><p>Gamble responsibly. 18+.</p>{ul(["About", "Contact", "Privacy", "Terms"])}<p>© Matchday Media 2023</p></footer>""",
    )


def public(a: Article, rng: random.Random) -> str:
    return page(
        a.headline + " : Open Radio",
        f"""
<p><a href="#">Accessibility links</a></p><p><a href="#">Keyboard shortcuts for audio player</a></p>
<nav>{ul(["Open Radio", "News", "Arts & Life", "Music", "Podcasts & Shows", "Search", "Shop", "Sign In", "Donate"])}</nav>
<p><a href="#">Politics</a></p><h1>{E(a.headline)}</h1>
<p>{date_text(rng, 1)}{rng.randint(5, 9)}:{rng.randint(10, 59)} AM ET</p>
<p>Heard on <a href="#">Morning Edition</a></p><p>{E(a.author)}</p>
<p>{rng.randint(3, 8)}-Minute Listen</p><p>Playlist</p><p>Download</p><p>Embed</p><p>Transcript</p>
{paras(a.paragraphs)}
<p>Facebook</p><p>Flipboard</p><p>Email</p>
<h3>More Stories From Open Radio</h3>{"".join(f"<h4><a href='#'>{E(h)}</a></h4>" for h in a.others[:4])}
<h3>Popular on openradio.org</h3>{ul(a.others[4:8])}
<div><p>Sponsor Message</p><p>Become an Open Radio sponsor</p></div>
<footer><h4>About</h4>{ul(["Overview", "Diversity", "Ethics", "Finances"])}<h4>Get Involved</h4>{ul(["Support Public Radio", "Sponsor", "Careers", "Open Radio Shop"])}
<p>terms of use</p><p>privacy</p><p>your privacy choices</p><p>text only</p><p>© 2023 open radio</p></footer>""",
    )


# --- a second blind set, written after the first blind set had been looked at ----------------


def markets(a: Article, rng: random.Random) -> str:
    ticker = "".join(
        f"<span>{n} {rng.uniform(-2, 2):+.2f}%</span> "
        for n in ["DOW", "S&P 500", "NASDAQ", "FTSE", "DAX", "Oil", "Gold"]
    )
    return page(
        a.headline + " - Ledger",
        f"""
<div class="ticker">{ticker}</div>
<nav>{ul(["Markets", "Companies", "Economy", "Personal Finance", "Tech", "Opinion", "Watchlist"])}</nav>
<p><a href="#">Sign In</a> <a href="#">Subscribe Now</a></p>
<p>{E(rng.choice(["ECONOMY", "MARKETS", "COMPANIES"]))}</p><h1>{E(a.headline)}</h1>
<p>{E(a.standfirst or a.paragraphs[0][:100])}</p>
<p>By <a href="#">{E(a.author)}</a></p><p>Updated {date_text(rng, 0)}</p>
<p>Listen to article (4 minutes)</p>
{insert_inside(a.paragraphs, ["<div><p>ADVERTISEMENT</p></div>", "<p><i>Write to the markets desk with tips and corrections.</i></p>"], rng)}
<p>Write to {E(a.author)} at {E(a.author.split()[0].lower())}@ledger.example</p>
<p>Copyright ©2023 Ledger Media Inc. All Rights Reserved</p>
<h3>Appeared in the print edition</h3>
<h3>What to Read Next</h3>{"".join(f"<div><h4>{E(h)}</h4><p>{E(h)} as markets weigh the outlook for the rest of the year.</p></div>" for h in a.others[:3])}
<footer>{ul(["Customer Center", "Reprints", "Licensing", "Dow Jones Smart Money", "Privacy Notice", "Cookie Notice", "Terms of Use"])}</footer>""",
    )


def paywall(a: Article, rng: random.Random) -> str:
    cut = max(3, len(a.paragraphs) - 1)
    return page(
        a.headline + " | The Evening Post",
        f"""
<header><p>The Evening Post</p><nav>{ul(["Local", "Region", "Sport", "What's On", "Property", "Motors", "Jobs", "Announcements"])}</nav></header>
<h1>{E(a.headline)}</h1><p>{E(a.author)}</p><p>{date_text(rng, 1)}</p>
<p>{rng.randint(2, 40)} comments</p>
{paras(a.paragraphs[:cut])}
<p>{E(" ".join(a.paragraphs[cut:]))}</p>
<div><p>Subscribe to continue reading and get unlimited access to local news.</p><p>Already a subscriber? Log in</p><p>Only £1 for your first month</p></div>
<h3>Local businesses</h3>{ul(["Plumbers near you", "Find a tradesperson", "Funeral notices"])}
<h3>Comments</h3><p>Comments are closed on this article.</p>
<footer><p>Evening Post Media Ltd, registered in England</p>{ul(["Contact us", "Advertise", "Privacy", "Terms", "Modern slavery statement"])}</footer>""",
    )


def portal(a: Article, rng: random.Random) -> str:
    cards = "".join(
        f"<li><h4><a href='#'>{E(h)}</a></h4><p>{E(h)}, officials said on {rng.choice(['Monday', 'Tuesday', 'Friday'])}.</p><p>{rng.randint(1, 9)}h ago</p></li>"
        for h in a.others[:5]
    )
    return page(
        a.headline,
        f"""
<nav>{ul(["Mail", "News", "Finance", "Sports", "Entertainment", "Life", "Shopping", "More"])}</nav>
<form><input type="search"><button>Search</button></form>
<p>{E(rng.choice(["Reuters", "Associated Press", "The Independent"]))}</p>
<h1>{E(a.headline)}</h1><p>{E(a.author)}</p><p>{date_text(rng, 0)} · {rng.randint(2, 6)} min read</p>
<p>In this article:</p>
{insert_inside(a.paragraphs, ["<p>Story continues</p>", "<div><p>Advertisement</p></div>"], rng)}
<p>View comments ({rng.randint(10, 900)})</p>
<h3>Recommended Stories</h3><ul>{cards}</ul>
<footer>{ul(["Terms and Privacy Policy", "Privacy Dashboard", "About Our Ads"])}</footer>""",
    )


def wiki(a: Article, rng: random.Random) -> str:
    return page(
        a.headline + " - Opennews",
        f"""
<p>From Opennews, the free news source you can write!</p>
<p><a href="#">Jump to navigation</a> <a href="#">Jump to search</a></p>
<h1>{E(a.headline)}</h1><p>{date_text(rng, 1)}</p>
<aside><h4>Related articles</h4>{ul(a.others[:3])}<h4>Share this</h4>{ul(["Email", "Facebook", "Twitter"])}</aside>
{paras(a.paragraphs)}
<h2>Sources</h2><ul><li>{E(rng.choice(_AUTHORS))}. "{E(a.others[3])}" — The Record, {date_text(rng, 1)}</li><li>"{E(a.others[4])}" — Daily Wire Service</li></ul>
<p>This page is archived, and is no longer publicly editable.</p>
<p>Categories: {E(", ".join(["Published", "Archived", "Europe", "Politics and conflicts"]))}</p>
<nav><h3>Navigation menu</h3>{ul(["Log in", "Create account", "Main Page", "Recent changes", "Random article", "Help", "Donate"])}</nav>
<footer><p>Content is available under a free licence unless otherwise noted.</p>{ul(["Privacy policy", "About Opennews", "Disclaimers"])}</footer>""",
    )


#: name -> (split, template). ``dev`` sites may be inspected while writing rules, ``blind``
#: sites are only scored.
SITES: dict[str, tuple[str, Callable[[Article, random.Random], str]]] = {
    "courier": ("dev", courier),
    "blog": ("dev", blog),
    "wire": ("dev", wire),
    "magazine": ("dev", magazine),
    "tabloid": ("dev", tabloid),
    "brief": ("dev", brief),
    "local": ("blind", local),
    "german": ("blind", german),
    "broadcaster": ("blind", broadcaster),
    "techsite": ("blind", techsite),
    "sports": ("blind", sports),
    "public": ("blind", public),
    "markets": ("blind2", markets),
    "paywall": ("blind2", paywall),
    "portal": ("blind2", portal),
    "wiki": ("blind2", wiki),
}


def _w3m(path: Path, cols: int) -> str:
    done = subprocess.run(
        [
            "w3m",
            "-dump",
            "-cols",
            str(cols),
            "-T",
            "text/html",
            "-I",
            "UTF-8",
            "-O",
            "UTF-8",
            str(path),
        ],
        capture_output=True,
        check=True,
    )
    return done.stdout.decode("utf-8")


def _norm(line: str) -> str:
    return " ".join(re.findall(r"\w+", line.lower()))


def _copy(
    one_line: str,
    headline: str,
    paragraphs: list[str],
    rng: random.Random,
    *,
    neutral: tuple[str, ...] = ("Reporting by",),
    blank: bool = False,
    below: tuple[int, int] = (3, 10),
    keep_neutral: bool = False,
) -> tuple[str, list[str], list[str]]:
    """An overshooting copy: (text, trailing lines, article lines).

    The copy starts 0-4 lines above the headline and runs ``below`` lines (a random number in
    that range) past the article's last paragraph; lines starting with one of ``neutral`` (the
    article's own credit under it) are neither trailing nor article lines (and are left out of
    the copy unless ``keep_neutral``). ``blank``: a blank
    line between lines, as a browser copies paragraphs."""
    lines = [line.strip() for line in one_line.splitlines() if line.strip()]
    norm = [_norm(line) for line in lines]
    first = next(i for i, n in enumerate(norm) if n.endswith(_norm(paragraphs[0])))
    last = max(i for i, n in enumerate(norm) if n == _norm(paragraphs[-1]))
    head = next((i for i in range(first, -1, -1) if norm[i] == _norm(headline)), first)
    start = max(0, head - rng.randint(0, 4))
    under = lines[last + 1 : last + 1 + rng.randint(*below)]
    # a credit under the article is the article's own sign-off: neither kept nor removed
    trailing = [line for line in under if not line.startswith(neutral)]
    wanted = {_norm(p) for p in paragraphs}
    kept = [line for line in lines[head : last + 1] if _norm(line) in wanted]
    shown = lines[start : last + 1] + (under if keep_neutral else trailing)
    return ("\n\n" if blank else "\n").join(shown) + "\n", trailing, kept


def render(
    folder: Path,
    name: str,
    markup: str,
    truth: dict[str, object],
    *,
    pdf: bool,
    copy: Callable[[str], tuple[str, list[str], list[str]]],
) -> dict[str, object]:
    """Write page ``name``'s forms (``.html``, ``.txt``, ``.copy.txt``, ``.pdf``) into
    ``folder``; returns ``truth`` with the copy's ``trailing`` and ``article`` lines."""
    html_path = folder / f"{name}.html"
    html_path.write_text(markup, "utf-8")
    (folder / f"{name}.txt").write_text(_w3m(html_path, 100), "utf-8")
    text, trailing, kept = copy(_w3m(html_path, 100000))
    (folder / f"{name}.copy.txt").write_text(text, "utf-8")
    if pdf and shutil.which("chromium"):
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--disable-gpu",
                "--no-sandbox",
                f"--print-to-pdf={folder / (name + '.pdf')}",
                html_path.as_uri(),
            ],
            capture_output=True,
            check=False,
            timeout=120,
        )
    return {**truth, "trailing": trailing, "article": kept}


def build(folder: Path, *, pdf: bool = True, per_site: int = 3) -> dict[str, dict[str, object]]:
    """Write the pages of the first sets (``dev``, ``blind``, ``blind2``: our templates around
    corpus bodies) into ``folder``; returns the truth by page name."""
    if shutil.which("w3m") is None:
        return {}
    articles = load_articles()
    rng = random.Random(2024)
    german_articles = [a for a in articles if a.lang == "de"]
    english = [a for a in articles if a.lang == "en"]
    rng.shuffle(english)
    truth: dict[str, dict[str, object]] = {}
    index = 0
    for site, (split, template) in SITES.items():
        pool = german_articles if site == "german" else english
        for n in range(per_site):
            article = pool[(index if site != "german" else n) % len(pool)]
            index += 1
            if site == "brief":
                article = Article(
                    article.key,
                    article.lang,
                    article.headline,
                    article.paragraphs[:3],
                    article.standfirst,
                    article.author,
                    article.others,
                )
            name = f"{site}-{n}"
            page_rng = random.Random(f"{site}{n}")
            markup = template(article, page_rng)
            entry: dict[str, object] = {
                "split": split,
                "lang": article.lang,
                "source": article.key,
                "headline": article.headline,
                "body": "\n\n".join(article.paragraphs),
            }
            truth[name] = render(
                folder,
                name,
                markup,
                entry,
                pdf=pdf,
                copy=lambda text, a=article, r=page_rng: _copy(text, a.headline, a.paragraphs, r),
            )
    return truth


def build_stories(folder: Path, split: str, *, pdf: bool = True) -> dict[str, dict[str, object]]:
    """Write the pages of a set of site templates around our own articles: ``blind3``
    (``own_sites3.py``) or ``dev3`` (``own_dev3.py``)."""
    if shutil.which("w3m") is None:
        return {}
    from own_stories import read_stories, story_by_key

    if split == "blind3":
        import own_sites3

        sites = own_sites3.SITES3
        stories = story_by_key(read_stories("blind3-*.txt"))
    else:
        import own_dev3

        listed = own_dev3.dev_stories()
        sites = own_dev3.dev_sites(listed)
        stories = story_by_key(listed)
    truth: dict[str, dict[str, object]] = {}
    for site, (template, keys) in sites.items():
        for n, key in enumerate(keys):
            story = stories[key]
            name = f"{site}-{n}"
            page_rng = random.Random(f"{split}{site}{n}")
            markup, neutral = template(story, page_rng)
            entry: dict[str, object] = {
                "split": split,
                "lang": story.lang,
                "source": story.key,
                "headline": story.headline,
                "body": "\n\n".join(story.paragraphs),
            }
            copy_rng = random.Random(f"copy{split}{site}{n}")
            below = (3, 6) if n % 2 == 0 else (6, 12)
            truth[name] = render(
                folder,
                name,
                markup,
                entry,
                pdf=pdf,
                copy=lambda text, s=story, r=copy_rng, nl=tuple(neutral), b=below: _copy(
                    text,
                    s.headline,
                    s.paragraphs,
                    r,
                    neutral=nl or ("\0",),
                    blank=r.random() < 0.7,
                    below=b,
                    keep_neutral=True,
                ),
            )
    return truth


def build_fit(folder: Path, per_site: int = 10) -> dict[str, dict[str, object]]:
    """Split ``fit``: every DEV template (``dev`` and ``dev3``) around ``per_site`` corpus
    articles each, as text and copies only (no PDF): the data the trailing-line weights are
    fitted on (``bench_overshoot.py --fit``)."""
    if shutil.which("w3m") is None:
        return {}
    import own_dev3

    stories = own_dev3.dev_stories()
    english = [s for s in stories if s.lang == "en"]
    german = [s for s in stories if s.lang == "de"]
    templates = {
        **{f"fit-{name}": template for name, template in own_dev3._DEV_SITES.items()},
        **{
            f"fit-{name}": _story_template(template)
            for name, (split, template) in SITES.items()
            if split == "dev"
        },
    }
    truth: dict[str, dict[str, object]] = {}
    for number, (site, template) in enumerate(templates.items()):
        pool = german if site == "fit-zeitung" else english
        for n in range(per_site):
            story = pool[(number * 7 + n) % len(pool)]
            story = own_dev3.Story(
                story.key,
                story.lang,
                story.topic,
                story.headline,
                story.standfirst,
                story.author,
                list(story.paragraphs),
                story.others,
            )
            name = f"{site}-{n}"
            page_rng = random.Random(f"fit{site}{n}")
            markup, neutral = template(story, page_rng)
            entry: dict[str, object] = {
                "split": "fit",
                "lang": story.lang,
                "source": story.key,
                "headline": story.headline,
                "body": "\n\n".join(story.paragraphs),
            }
            copy_rng = random.Random(f"copyfit{site}{n}")
            truth[name] = render(
                folder,
                name,
                markup,
                entry,
                pdf=False,
                copy=lambda text, s=story, r=copy_rng, nl=tuple(neutral): _copy(
                    text,
                    s.headline,
                    s.paragraphs,
                    r,
                    neutral=nl or ("Reporting by",),
                    blank=r.random() < 0.5,
                    below=(3, 12),
                    keep_neutral=True,
                ),
            )
    return truth


def _story_template(
    template: Callable[[Article, random.Random], str],
) -> Callable[..., tuple[str, list[str]]]:
    """A first-set template taking a story (its other stories' headlines as ``others``)."""

    def wrapped(story: object, rng: random.Random) -> tuple[str, list[str]]:
        s = story  # an own_stories.Story
        article = Article(
            s.key,  # type: ignore[attr-defined]
            s.lang,  # type: ignore[attr-defined]
            s.headline,  # type: ignore[attr-defined]
            s.paragraphs,  # type: ignore[attr-defined]
            "",
            s.author,  # type: ignore[attr-defined]
            [o.headline for o in s.others[:12]],  # type: ignore[attr-defined]
        )
        return template(article, rng), ["Reporting by"]

    return wrapped


SETS = ("first", "blind3", "dev3", "fit")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Render our own saved pages.")
    parser.add_argument("folder", type=Path, nargs="?", default=Path("/tmp/own_pages"))
    parser.add_argument("--no-pdf", action="store_true")
    parser.add_argument("--sets", default=",".join(SETS), help=f"comma-separated: {SETS}")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    truth_path = args.folder / "truth.json"
    built = json.loads(truth_path.read_text("utf-8")) if truth_path.is_file() else {}
    for chosen in args.sets.split(","):
        if chosen == "first":
            built.update(build(args.folder, pdf=not args.no_pdf))
        elif chosen == "fit":
            built.update(build_fit(args.folder))
        else:
            built.update(build_stories(args.folder, chosen, pdf=not args.no_pdf))
    truth_path.write_text(json.dumps(built, indent=1), "utf-8")
    print(f"{len(built)} pages in {truth_path}")
