# ruff: noqa: E501  (the site templates are HTML written out in full)
"""A third DEV set of our own saved pages: twelve site templates modelled on real layouts other
than those of the blind sets (a British daily with forums, a rolling-news channel, a short-form
newsletter site, a monthly magazine, a financial wire, a national daily, a news aggregator with a
reader appeal, a public broadcaster in Australia, a Washington news site, an Indian daily, a US
network and a German weekly), around corpus article bodies read at run time (``bbc/``,
``cnndm/``, ``german/``; nothing copied). Related-story cards show other articles' headlines and
first sentences, the same category first, as real "related" boxes do.

Rules may be written while looking at these pages (split ``dev3``); ``own_sites3.py`` is blind.
"""

from __future__ import annotations

import random
import re

from own_html import E, comments, date_text, insert_inside, load_articles, ol, page, paras, ul
from own_sites3 import Template
from own_stories import Story

_FIRST_SENTENCE = re.compile(r"^(.+?[.!?][\"'”’]?)(?:\s+[\"'“‘A-Z]|$)")


def dev_stories() -> list[Story]:
    """The corpus articles as stories: the standfirst is the lead's first sentence, the topic the
    ``bbc/`` category (``news`` for the CNN/DailyMail stories)."""
    stories: list[Story] = []
    for article in load_articles():
        parts = article.key.split("-")
        topic = parts[1] if parts[0] == "bbc" else ("news" if parts[0] == "cnndm" else "de")
        lead = article.standfirst or article.paragraphs[0]
        found = _FIRST_SENTENCE.match(lead)
        stories.append(
            Story(
                article.key,
                article.lang,
                topic,
                article.headline,
                found.group(1) if found else lead,
                article.author,
                article.paragraphs,
            )
        )
    for story in stories:
        rng = random.Random(story.key)
        same = [s for s in stories if s.topic == story.topic and s is not story]
        rest = [s for s in stories if s.topic != story.topic and s.lang == story.lang]
        rng.shuffle(same)
        rng.shuffle(rest)
        story.others = same + rest
    return stories


def _ago(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(1, 59)}m ago", f"{rng.randint(1, 23)}h ago"])


def independent(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    box = "<div><h3>Sign up for our free Morning Headlines email</h3><p>Get the day's top stories straight to your inbox, every morning.</p><form><input><button>SIGN UP</button></form><p>I would like to be emailed about offers, events and updates from The Sovereign. Read our privacy notice</p></div>"
    return page(
        a.headline + " | The Sovereign",
        f"""<nav>{ul(["News", "Sport", "Voices", "Culture", "Lifestyle", "Travel", "Premium", "Climate", "Money"])}</nav><p>Subscribe</p><p>Login</p>
<main><h1>{E(a.headline)}</h1><p>{E(a.standfirst)}</p><p>{E(a.author)}</p><p>{date_text(rng, 1)}</p><p>Comments</p>
{insert_inside(a.paragraphs, [box], rng)}
<p>More about</p>{ul([a.topic.title(), "UK", "Government"], "inline")}
<h3>Join our commenting forum</h3><p>Join thought-provoking conversations, follow other Sovereign readers and see their replies</p><p>Comments</p>
<h2>Most popular</h2>{ol([a.card(i).headline for i in range(5)])}
<h2>Popular videos</h2>{"".join(f"<div><h4>{E(a.card(i).headline)}</h4><p>{E(a.card(i).standfirst)}</p></div>" for i in range(5, 7))}</main>
<footer>{ul(["Install our Apps", "Archive", "Contact Us", "Jobs", "Advertising Guide", "Syndication"])}<p>© 2023 Sovereign Digital News &amp; Media Ltd</p></footer>""",
    ), []


def sky(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    tops = "".join(
        f"<li><a href='#'>{E(a.card(i).headline)}</a><p>{_ago(rng)}</p></li>" for i in range(4)
    )
    return page(
        a.headline + " | Horizon News",
        f"""<nav>{ul(["Home", "UK", "Politics", "World", "US", "Money", "Science & Tech", "Climate", "Ukraine", "Weather", "Watch Live"])}</nav>
<main><h1>{E(a.headline)}</h1><p>{E(a.standfirst)}</p><p>{E(a.author)}</p><p>{E(a.topic.title())} reporter @horizonnews</p><p>{date_text(rng, 1)}</p>
{ul(["Why you can trust Horizon News"], "inline")}
{insert_inside(a.paragraphs, ["<p><b>Read more from Horizon News:</b></p>" + ul([a.card(5).headline, a.card(6).headline])], rng)}
<p><b>Follow Horizon News on WhatsApp</b></p><p>Keep up with all the latest news from the UK and around the world by following Horizon News</p><p><a href="#">Tap here</a></p>
<h3>Related Topics</h3>{ul([a.topic.title(), "London"], "inline")}
<h2>Top stories</h2><ul>{tops}</ul></main>
<footer>{ul(["About Horizon News", "About Us", "Horizon News Profiles", "Horizon News International", "Horizon News Library Sales", "Site Map", "Editorial Guidelines"])}<p>© 2023 Horizon UK</p></footer>""",
    ), []


def brevity(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    labels = ["Why it matters:", "Driving the news:", "The big picture:", "What's next:"]
    ps = [
        f"{labels[i]} {p}" if i < len(labels) and i % 2 == 0 else p
        for i, p in enumerate(a.paragraphs)
    ]
    a.paragraphs[:] = ps  # the labels are the article's (the truth is read after this)
    return page(
        a.headline + " - Brevity",
        f"""<nav>{ul(["Politics & Policy", "Economy & Business", "Tech", "World", "Science", "Sports", "Local"])}</nav>
<main><h1>{E(a.headline)}</h1><p>{E(a.author)}</p><p>{date_text(rng, 0)}</p><ul class="inline"><li>Share on facebook</li><li>Share on twitter</li><li>Share on linkedin</li><li>Share on email</li></ul>
{paras(a.paragraphs)}
<p>Go deeper: <a href="#">{E(a.card(0).headline)}</a></p>
<ul class="inline"><li>Share on facebook</li><li>Share on twitter</li></ul>
<div><h3>Brevity Local</h3><p>Get the news that matters in your city, in five minutes a day.</p><form><input><button>Subscribe</button></form></div>
<h3>More stories</h3>{"".join(f"<div><p>{E(a.card(i).topic.title())}</p><h4>{E(a.card(i).headline)}</h4><p>{_ago(rng)}</p></div>" for i in range(1, 5))}</main>
<footer><p>About</p>{ul(["About Brevity", "Advertise with us", "Careers", "Events", "Privacy policy", "Terms of use"])}</footer>""",
    ), []


def monthly(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    bio = f"{a.author} is a staff writer at The Monthly Review and the author of a forthcoming book about {a.topic}."
    return page(
        a.headline + " - The Monthly Review",
        f"""<nav>{ul(["Popular", "Latest", "Newsletters", "Sections", "Politics", "Ideas", "Culture", "Books", "Family", "Magazine"])}</nav><p>Subscribe</p>
<main><p>{E(a.topic.title())}</p><h1>{E(a.headline)}</h1><p>{E(a.standfirst)}</p><p>By {E(a.author)}</p><p>{date_text(rng, 1)}</p>
<figure><img src="m.jpg" alt=""><figcaption>Illustration by Jun Park. Source: Getty.</figcaption></figure>
<p>Listen to this article</p><p>00:00</p><p>{rng.randint(8, 20)}:{rng.randint(10, 59)}</p><p>Produced by ElevenLabs and News Over Audio (NOA) using AI narration.</p>
{paras(a.paragraphs)}
<p><i>{E(bio)}</i></p>
<h3>Explore More Topics</h3>{ul([a.topic.title(), "Britain", "Economy"], "inline")}
<div><p>Support for this story comes from readers like you. Subscribe for unlimited access to every article and the full archive.</p><p>Subscribe</p></div>
<h2>Recommended Reading</h2>{"".join(f"<div><h4>{E(a.card(i).headline)}</h4><p>{E(a.card(i).author)}</p></div>" for i in range(3))}</main>
<footer>{ul(["About", "Our History", "Careers", "Contact", "Help Center", "Privacy Policy", "Terms and Conditions"])}<p>The Monthly Review Company © 2023</p></footer>""",
    ), []


def terminal(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    credit = f"— With assistance from {rng.choice(['Alex Ruiz', 'Mia Chen'])}"
    update = f"(Updates with analyst comment in {rng.choice(['fifth', 'sixth'])} paragraph.)"
    return page(
        a.headline + " - Ticker",
        f"""<nav>{ul(["Markets", "Economics", "Industries", "Technology", "Politics", "Wealth", "Pursuits", "Opinion", "Businessweek"])}</nav>
<main><h2>Most Read from Ticker</h2>{ul([a.card(i).headline for i in range(3, 6)])}
<h1>{E(a.headline)}</h1>{ul([a.standfirst, "The move follows weeks of speculation in the market"])}
<p>By {E(a.author)}</p><p>{date_text(rng, 0)}</p><p>Updated on {date_text(rng, 0)}</p>
<ul class="inline"><li>Gift this article</li><li>Contact us: Provide news feedback or report an error</li><li>Confidential tip? Send a tip to our reporters.</li></ul>
{paras(a.paragraphs)}
<p>{E(credit)}</p><p>{E(update)}</p>
<p>Most Read from Ticker Businessweek</p>{ul([a.card(i).headline for i in range(6, 9)])}
<p>©2023 Ticker L.P.</p>
<div><p>Before it's here, it's on the Ticker Terminal.</p><p>LEARN MORE</p></div></main>
<footer>{ul(["Terms of Service", "Trademarks", "Privacy Policy", "Careers", "Made in NYC", "Advertise", "Ad Choices", "Help"])}</footer>""",
    ), [credit, update]


def national(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    credit = f"Contributing: {rng.choice(['Jorge Ortiz', 'Kim Hjelmgaard'])}, NATION TODAY"
    cards = "".join(
        f"<li><h4>{E(a.card(i).headline)}</h4><p>{E(a.card(i).standfirst)}</p></li>"
        for i in range(3)
    )
    return page(
        a.headline + " - NATION TODAY",
        f"""<nav>{ul(["U.S.", "Politics", "Sports", "Entertainment", "Life", "Money", "Travel", "Opinion", "Crossword", "Investigations"])}</nav>
<main><h1>{E(a.headline)}</h1><p>{E(a.author)}</p><p>NATION TODAY</p><p>Published {rng.randint(5, 11)}:{rng.randint(10, 59)} a.m. ET May {rng.randint(1, 28)}, 2023 | Updated {rng.randint(1, 9)}:{rng.randint(10, 59)} p.m. ET May {rng.randint(1, 28)}, 2023</p>
<figure><img src="u.jpg" alt=""><p>Show Caption</p><p>Hide Caption</p></figure>
{insert_inside(a.paragraphs, ["<p>More: " + E(a.card(4).headline) + "</p>"], rng)}
<p>{E(credit)}</p>
<h3>Recommended Stories</h3><ul>{cards}</ul>
<p>Most Popular</p>{ul([a.card(i).headline for i in range(5, 8)])}</main>
<footer>{ul(["Help", "Terms of Service", "Your Privacy Choices", "Privacy Policy", "Site Map", "Accessibility", "Our Ethical Principles"])}<p>© Copyright Gannett 2023</p></footer>""",
    ), [credit]


def aggregator(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    appeal = "<div><h3>Support Newsdrop</h3><p>At Newsdrop, we believe that everyone needs high-quality journalism, but we understand that not everyone can afford to pay for expensive news subscriptions. That is why we are committed to providing deeply reported, carefully fact-checked news that is freely accessible to everyone.</p><p>Would you consider contributing to keep it that way?</p><p>Support Newsdrop</p></div>"
    return page(
        a.headline + " | Newsdrop",
        f"""<nav>{ul(["News", "Politics", "Entertainment", "Life", "Voices", "Shopping", "Video"])}</nav><p>Log In</p>
<main><p>{E(a.topic.upper())}</p><h1>{E(a.headline)}</h1><p>{E(a.standfirst)}</p><p>By {E(a.author)}</p><p>{date_text(rng, 0)}</p>
{paras(a.paragraphs)}
<p>RELATED...</p>{ul([a.card(i).headline for i in range(3)])}
{appeal}
<p>Go To Homepage</p><h3>Before You Go</h3>{"".join(f"<div><h4>{E(a.card(i).headline)}</h4><p>{E(a.card(i).standfirst)}</p></div>" for i in range(3, 5))}
<h3>Popular in the Community</h3><h3>From Our Partner</h3></main>
<footer>{ul(["About Us", "Advertise", "About Our Ads", "Contact Us", "RSS", "FAQ", "Careers", "User Agreement", "Comment Policy", "Privacy Policy"])}<p>©2023 Newsdrop, Inc.</p></footer>""",
    ), []


def southern(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    keypoints = "".join(f"<li>{E(p.split('. ')[0][:110])}</li>" for p in a.paragraphs[:3])
    return page(
        a.headline + " - Southern Broadcasting",
        f"""<nav>{ul(["Just In", "Politics", "World", "Business", "Analysis", "Sport", "Science", "Health", "Arts", "Fact Check", "Other"])}</nav>
<main><p>{E(a.topic.title())}</p><h1>{E(a.headline)}</h1><p>By {E(a.author)}</p><p>Posted {rng.randint(1, 9)}h ago</p><p>{rng.randint(1, 9)}h ago</p>
<div><h3>Key points:</h3><ul>{keypoints}</ul></div>
<p>Loading...</p>
{paras(a.paragraphs)}
<h3>Topics</h3>{ul([a.topic, "government-and-politics", "community-and-society"], "inline")}
<h2>Top Stories</h2>{"".join(f"<div><h4>{E(a.card(i).headline)}</h4></div>" for i in range(4))}
<h2>Related stories</h2>{"".join(f"<div><h4>{E(a.card(i).headline)}</h4><p>{E(a.card(i).standfirst)}</p></div>" for i in range(4, 6))}</main>
<footer><p>We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.</p>
<p>This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service which is copyright and cannot be reproduced.</p><p>AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT (Greenwich Mean Time)</p>{ul(["Editorial Policies", "Accessibility", "Help", "Contact Us", "About the SBC", "Privacy Policy", "Terms of Use"])}<p>© 2023 SBC</p></footer>""",
    ), []


def capitol(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    tops = "".join(
        f"<li><h4>{E(a.card(i).headline)}</h4><p>by {E(a.card(i).author)} - 05/{rng.randint(10, 28)}/23 {rng.randint(1, 11)}:{rng.randint(10, 59)} PM ET</p></li>"
        for i in range(3)
    )
    return page(
        a.headline + " | The Dome",
        f"""<nav>{ul(["News", "Policy", "Business", "Opinion", "Changing America", "Video", "Events", "Jobs"])}</nav>
<main><p>{E(a.topic.title())}</p><h1>{E(a.headline)}</h1><p>by {E(a.author)} - {date_text(rng, 0)}</p><ul class="inline"><li>Share</li><li>Tweet</li><li>More</li></ul>
<div><p>Video/Dome.TV</p><p>{E(a.card(6).headline)}</p></div>
{paras(a.paragraphs)}
<p>Copyright 2023 Nexus Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p>
<p>Tags</p>{ul([a.topic.title(), "Congress", "regulation"], "inline")}
<h2>Top Stories</h2><ul>{tops}</ul><h2>Most Popular</h2>{ol([a.card(i).headline for i in range(3, 6)])}</main>
<footer><p>The Dome 1625 K Street, NW Suite 900 Washington DC 20006</p><p>202-628-8500 tel | 202-628-8503 fax</p><p>© 1998 - 2023 Nexus Media Inc. All Rights Reserved.</p></footer>""",
    ), []


def subcontinent(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    cs = comments(rng, 3)
    comment_html = "".join(
        f"<div><p>{E(n)}</p><p>{rng.randint(1, 23)} hours ago</p><p>{E(t)}</p><p>Reply</p><p>{rng.randint(0, 30)}</p></div>"
        for n, t in cs
    )
    return page(
        a.headline + " - Daily Chronicle of India",
        f"""<nav>{ul(["News", "City", "India", "World", "Business", "Tech", "Cricket", "Sports", "Entertainment", "TV", "Web Series"])}</nav>
<main><p>News</p><p>/</p><p>{E(a.topic.title())}</p><h1>{E(a.headline)}</h1><p>{E(a.author)} / TNN / Updated: May {rng.randint(1, 28)}, 2023, {rng.randint(10, 23)}:{rng.randint(10, 59)} IST</p>
<ul class="inline"><li>SHARE</li><li>AA</li><li>FONT SIZE</li><li>SAVE</li></ul>
{paras(a.paragraphs)}
<p>Start a Conversation</p><p>FOLLOW US ON SOCIAL MEDIA</p><p>FacebookTwitterInstagramKOO APPYOUTUBE</p>
<h3>Popular from {E(a.topic.title())}</h3>{ul([a.card(i).headline for i in range(4)])}
<h3>Comments ({len(cs)})</h3><p>SortBy: Newest Upvoted Oldest Discussed Down Voted</p>{comment_html}
<p>Visual Stories</p><p>Trending Topics</p></main>
<footer><p>Copyright © 2023 Bennett, Coleman &amp; Co. Ltd. All rights reserved. For reprint rights: Times Syndication Service</p></footer>""",
    ), []


def network(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    cards = "".join(
        f"<li><p>{E(a.card(i).headline.lower().replace(' ', '-')[:30])}.jpg</p><h4>{E(a.card(i).headline)}</h4></li>"
        for i in range(3)
    )
    return page(
        a.headline + " - TriState News",
        f"""<nav>{ul(["US", "World", "Politics", "Entertainment", "HealthWatch", "MoneyWatch", "SciTech", "Crime", "Sports"])}</nav>
<main><p>By {E(a.author)}</p><p>{date_text(rng, 0)} / TriState News</p>
{paras(a.paragraphs)}
<p>First published on {date_text(rng, 0)}</p>
<p>© 2023 TriState Interactive Inc. All Rights Reserved.</p>
<div><p>{E(a.author)} is a reporter for TriState MoneyWatch covering business and consumer finance.</p></div>
<p>{E(a.topic.title())}</p><p>More {E(a.topic.title())}</p><ul>{cards}</ul></main>
<footer>{ul(["Privacy Policy", "California Notice", "Do Not Sell My Personal Information", "Terms of Use", "About", "Advertise", "Closed Captioning"])}<p>Copyright ©2023 TriState Interactive Inc. All rights reserved.</p></footer>""",
    ), []


def zeitung(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    cards = "".join(
        f"<li><h4>{E(a.card(i).headline)}</h4><p>{E(a.card(i).standfirst)}</p></li>"
        for i in range(3)
    )
    return page(
        a.headline + " | ZEITPUNKT ONLINE",
        f"""<nav>{ul(["Politik", "Gesellschaft", "Wirtschaft", "Kultur", "Wissen", "Digital", "Campus", "Arbeit", "Sport", "Mehr"])}</nav><p>Abo</p><p>Anmelden</p>
<main><h1>{E(a.headline)}</h1><p>{E(a.standfirst)}</p><p>Eine Analyse von {E(a.author)}</p><p>{date_text(rng, 2)}</p>
<ul class="inline"><li>Artikel verschenken</li><li>Artikel hören</li><li>{rng.randint(3, 400)} Kommentare</li></ul>
{paras(a.paragraphs)}
<ul class="inline"><li>Artikel verschenken</li><li>Zur Startseite</li></ul>
<h3>Mehr zum Thema</h3><ul>{cards}</ul>
<h3>Kommentare</h3><p>Bitte melden Sie sich an, um zu kommentieren.</p></main>
<footer>{ul(["Impressum", "Hilfe & Kontakt", "Unternehmen", "Karriere", "Presse", "Datenschutz", "Cookies & Tracking"])}<p>© ZEITPUNKT ONLINE</p></footer>""",
        lang="de",
    ), []


_DEV_SITES: dict[str, Template] = {
    "independent": independent,
    "sky": sky,
    "brevity": brevity,
    "monthly": monthly,
    "terminal": terminal,
    "national": national,
    "aggregator": aggregator,
    "southern": southern,
    "capitol": capitol,
    "subcontinent": subcontinent,
    "network": network,
    "zeitung": zeitung,
}


def dev_sites(stories: list[Story]) -> dict[str, tuple[Template, tuple[str, ...]]]:
    """Each template with the keys of three stories (German ones for ``zeitung``)."""
    rng = random.Random(333)
    english = [s for s in stories if s.lang == "en"]
    german = [s for s in stories if s.lang == "de"]
    rng.shuffle(english)
    sites: dict[str, tuple[Template, tuple[str, ...]]] = {}
    index = 0
    for name, template in _DEV_SITES.items():
        pool = german if name == "zeitung" else english
        keys = tuple(pool[(index + n) % len(pool)].key for n in range(3))
        index += 3 if name != "zeitung" else 0
        sites[name] = (template, keys)
    return sites
