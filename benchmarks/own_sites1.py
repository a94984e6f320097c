# ruff: noqa: E501  (the site templates are HTML written out in full)
"""The first sets' site templates (``dev``, ``blind``, ``blind2``), around corpus article bodies
(``own_html.load_articles``); rendered by ``own_pages.py``."""

from __future__ import annotations

import random
from collections.abc import Callable

from own_html import AUTHORS, Article, E, comments, date_text, insert_inside, ol, page, paras, ul

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
<p>Reporting by {E(a.author)}; Editing by {E(rng.choice(AUTHORS))}</p>
<p>Our Standards: The Globe Wire Trust Principles.</p>
<h3>More from Globe Wire</h3>{ul(a.others[:4])}
<div><p>Our apps</p><p>Email briefings</p><p>Advertising</p><p>Ad policy</p><p>Cookie settings</p><p>Terms</p><p>Privacy notice</p>
<p>Market prices shown here run at least a quarter of an hour late; our exchange list says which.</p>
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
<p>By {E(a.author)} and {E(rng.choice(AUTHORS))}</p><p>{date_text(rng, 1)}</p>
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
{ul(["Post to Facebook", "Post to X", "Send by email", "Share"])}
{insert_inside(a.paragraphs, inside, rng)}
<h3>Related Topics</h3>{ul(["Europe", "Economy"])}
<p>Share this story <a href="#">About sharing</a></p>{ul(["Email", "Facebook", "Twitter"])}
<h2>Top Stories</h2><ul>{tops}</ul>
<h2>Features</h2>{ul(a.others[4:9])}
<footer>{ul(["Terms", "Who we are", "Privacy notice", "Cookie settings", "Accessibility", "Write to us"])}
<p>© 2023 NBS. Links to other sites are given in good faith; NBS cannot vouch for what they say.</p></footer>""",
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
<h2>Sources</h2><ul><li>{E(rng.choice(AUTHORS))}. "{E(a.others[3])}" — The Record, {date_text(rng, 1)}</li><li>"{E(a.others[4])}" — Daily Wire Service</li></ul>
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
