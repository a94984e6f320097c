# ruff: noqa: E501  (the site templates are HTML written out in full)
"""The fourth BLIND set of our own saved pages: five site templates modelled on the layouts of
kinds of news sites the other sets do not have (a local television station, a business daily
with a paywall, a technology magazine, an Australian public broadcaster, an Indian English
daily), around our own articles (``own_articles/blind3-*.txt``, wrapped in new pages). All
wording is ours.

Under and around the article: "Advertisement" slots, a "Watch live" prompt and video lists, a
numbered "Most read" list in a sidebar before the article, a markets ticker, disclaimers and
copyright lines, an author's biography with a follow prompt, a comment count, topic lists,
"Top Stories" cards with summaries, "Also read" boxes of same-subject headlines, app prompts.

These templates were written after the work on trailing lines of blind set 3 and BEFORE any
rule was changed in this round; they are only ever scored (``own_pages.py --sets blind4``):
once before the changes (figure only, no case looked at) and once after.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from own_html import E, comments, insert_inside, ol, page, ul
from own_stories import Story

Template = Callable[[Story, random.Random], tuple[str, list[str]]]


def tv4(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    """A local television station's news page."""
    videos = "".join(
        f"<li><p>VIDEO</p><h3><a href='#'>{E(a.card(i).headline)}</a></h3><p>{rng.randint(1, 3)}:{rng.randint(10, 59)}</p></li>"
        for i in range(3)
    )
    trending = "".join(f"<li><a href='#'>{E(a.card(i).headline)}</a></li>" for i in range(3, 7))
    inside = [
        "<div><p>Advertisement</p></div>",
        f"<div><p>RELATED: <a href='#'>{E(a.card(0).headline)}</a></p></div>",
    ]
    html = page(
        a.headline + " - Channel 7 Valley News",
        f"""<nav>{ul(["News", "Weather", "Traffic", "Sports", "Investigates", "Watch Live", "Contests"])}</nav>
<p><a href='#'>WATCH LIVE: Channel 7 News at 6</a></p><p>Weather alert: 2 active</p>
<main><h1>{E(a.headline)}</h1>
<p>Updated: {rng.randint(1, 11)}:{rng.randint(10, 59)} PM EDT May {rng.randint(1, 28)}, 2023</p>
<p>By {E(a.author)}, Channel 7 Digital Team</p>
{ul(["Facebook", "Twitter", "Email", "Copy Link"], "inline")}
{insert_inside(a.paragraphs, inside, rng)}
<p>Advertisement</p>
<section><h2>Latest Videos</h2><ul>{videos}</ul></section>
<p>Download the Channel 7 app to get breaking news alerts on your phone.</p>
<section><h2>Trending Now</h2><ul>{trending}</ul></section></main>
<footer>{ul(["Contact Us", "News Tips", "Careers", "Closed Captioning", "Public File", "EEO Report", "FCC Applications"])}
<p>Copyright © 2023 Valley Broadcasting Inc. All rights reserved.</p></footer>""",
    )
    return html, []


def business4(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    """A business daily with a paywall prompt, a markets ticker and a most-read sidebar."""
    ticker = ul(
        [
            f"FTSE 100 {rng.randint(7000, 7900)}.{rng.randint(10, 99)} +0.{rng.randint(10, 99)}%",
            f"S&P 500 {rng.randint(3900, 4400)}.{rng.randint(10, 99)} -0.{rng.randint(10, 99)}%",
            f"Brent {rng.randint(70, 90)}.{rng.randint(10, 99)} +1.{rng.randint(10, 99)}%",
        ],
        "inline",
    )
    most_read = ol([a.card(i).headline for i in range(4, 9)])
    cards = "".join(
        f"<li><h3><a href='#'>{E(a.card(i).headline)}</a></h3><p>{E(a.card(i).standfirst)}</p></li>"
        for i in range(3)
    )
    credit = f"Additional reporting by {rng.choice(['Ruth Okonjo', 'Marcus Fell'])}"
    html = page(
        a.headline + " | The Ledger",
        f"""<nav>{ul(["Home", "World", "Companies", "Markets", "Climate", "Opinion", "Work & Careers", "Life & Arts"])}</nav>
{ticker}<p>Subscribe</p><p>Sign In</p>
<aside><h2>Most read</h2>{most_read}</aside>
<main><p>{E(a.topic.title())}</p><h1>{E(a.headline)}</h1><p>{E(a.standfirst)}</p>
<p><a href='#'>Save</a></p><p>Give this article</p>
<p>{E(a.author)} in London</p><p>May {rng.randint(1, 28)} 2023</p>
{insert_inside(a.paragraphs, ["<aside><p>Recommended</p><p><a href='#'>" + E(a.card(0).headline) + "</a></p></aside>"], rng)}
<p>{E(credit)}</p>
<p>Copyright The Ledger Ltd 2023. All rights reserved.</p>
<section><h2>Follow the topics in this article</h2>{ul([a.topic.title(), "UK economy", a.author], "inline")}</section>
<section><h2>Promoted Content</h2><ul>{cards}</ul></section>
<section><h3>Comments</h3><p>Comments have not been enabled for this article.</p></section></main>
<footer>{ul(["Support", "Legal & Privacy", "Services", "Tools", "Community & Events"])}<p>Markets data delayed by at least 15 minutes. © THE LEDGER LTD 2023. LEDGER and 'The Ledger' are trademarks of The Ledger Ltd.</p></footer>""",
    )
    return html, [credit]


def tech4(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    """A technology magazine: author box, further reading, comment count, newsletter."""
    bio = (
        f"{a.author} is a senior writer covering {a.topic}, cities and the people who run them. "
        "Before joining the magazine they reported for regional papers for a decade."
    )
    reading = "".join(f"<li><a href='#'>{E(a.card(i).headline)}</a></li>" for i in range(3))
    n_comments = rng.randint(12, 480)
    html = page(
        a.headline + " | Gadget Ledger",
        f"""<nav>{ul(["Biz & IT", "Tech", "Science", "Policy", "Cars", "Gaming & Culture", "Store", "Forums"])}</nav>
<p>Subscribe</p><p>Close</p><p>Navigate</p>
<main><p>{E(a.topic.upper())} —</p><h1>{E(a.headline)}</h1><p>{E(a.standfirst)}</p>
<p>{E(a.author.upper())} - {rng.randint(1, 28)}/5/2023, {rng.randint(1, 11)}:{rng.randint(10, 59)} PM</p>
<p>{n_comments}</p><p>Enlarge / Illustration: Getty Images | Aurich Lawson</p>
{insert_inside(a.paragraphs, ["<div><p>Advertisement</p></div>"], rng)}
<h3>Further reading</h3><ul>{reading}</ul>
<aside><p>{E(bio)}</p><p>Email {E(a.author.split()[0].lower())}@gadgetledger.example // Follow on Mastodon</p></aside>
<p><a href='#'>{n_comments} Comments</a></p>
<p>Reader comments</p>
{"".join(f"<div><p>{E(n)}</p><p>{E(t)}</p></div>" for n, t in comments(rng, 2))}
<section><h2>Channel Gadget Ledger</h2><ul><li><a href='#'>How a city rebuilt its transit map in a weekend</a></li><li><a href='#'>Testing the quietest keyboards we could find</a></li></ul></section>
<p>Sign up for the Gadget Ledger Newsletter. Our best stories, every weekday.</p><p>[ ] Sign me up</p></main>
<footer>{ul(["About Us", "Staff Directory", "Advertise with Us", "Reprints"])}<p>© 2023 Condor Media LLC. All rights reserved. Use of this Site constitutes acceptance of our User Agreement and Privacy Policy.</p></footer>""",
    )
    return html, []


def abc4(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    """An Australian public broadcaster: key points, topics, top stories with summaries."""
    tops = "".join(
        f"<li><h3><a href='#'>{E(a.card(i).headline)}</a></h3><p>{E(a.card(i).standfirst)}</p><p>Posted {rng.randint(1, 9)}h ago</p></li>"
        for i in range(4)
    )
    key_points = (
        "<h2>Key points:</h2>"
        + "<ul>"
        + "".join(f"<li>{E(p.split('. ')[0].rstrip('.'))}</li>" for p in a.paragraphs[:3])
        + "</ul>"
    )
    html = page(
        a.headline + " - ABN News",
        f"""<p><a href='#'>Skip to main content</a></p><p><a href='#'>Skip to navigation</a></p>
<nav>{ul(["Home", "Just In", "Coronavirus", "Politics", "World", "Business", "Analysis", "Sport", "Science", "Health", "Arts", "Fact Check"])}</nav>
<main><p>By {E(a.author)}</p><p>Posted {rng.randint(1, 12)}h ago</p>
<h1>{E(a.headline)}</h1>
<p>{E(a.author)}</p><p>Posted Mon {rng.randint(1, 28)} May 2023 at {rng.randint(1, 11)}:{rng.randint(10, 59)}am, updated Mon {rng.randint(1, 28)} May 2023 at {rng.randint(1, 11)}:{rng.randint(10, 59)}pm</p>
{ul(["Share", "Share this article"], "inline")}
{key_points}
{insert_inside(a.paragraphs, ["<div><p>Loading</p></div>"], rng)}
<p>Posted {rng.randint(1, 12)}h ago</p><p>Share</p>
<h3>Related stories</h3>{ul([a.card(i).headline for i in range(4, 6)])}
<h3>Topics</h3>{ul([a.topic.title(), "Government and Politics", "Community and Society"], "inline")}
<section><h2>Top Stories</h2><ul>{tops}</ul></section></main>
<footer><p>ABN acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.</p>
{ul(["Editorial Policies", "Accessibility", "Help", "Contact Us", "About the ABN", "Privacy Policy", "Terms of Use"])}<p>© 2023 ABN</p></footer>""",
    )
    return html, []


def india4(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    """An Indian English daily: app prompt, "Also read" boxes, a published line, a most-read
    list with numbers above the article."""
    trending = ol([a.card(i).headline for i in range(6, 10)])
    also = (
        f"<div><p>Also Read | <a href='#'>{E(a.card(0).headline)}</a></p></div>",
        f"<div><p>Also Read | <a href='#'>{E(a.card(1).headline)}</a></p></div>",
    )
    html = page(
        a.headline + " - The National Chronicle",
        f"""<p>Get the app</p><p>e-Paper</p><p>Subscribe</p>
<nav>{ul(["India", "World", "Cities", "Opinion", "Business", "Sport", "Entertainment", "Videos", "Photos", "Podcasts"])}</nav>
<aside><h2>Trending</h2>{trending}</aside>
<main><p>{E(a.topic.title())}</p><h1>{E(a.headline)}</h1><h2>{E(a.standfirst)}</h2>
<p>{E(a.author)}</p><p>Published - May {rng.randint(1, 28)}, 2023 {rng.randint(1, 11)}:{rng.randint(10, 59)} pm IST</p>
{ul(["Read Later", "Print", "Share", "A A"], "inline")}
<figure><figcaption>File image used for representation purposes only. | Photo Credit: Special Arrangement</figcaption></figure>
{insert_inside(a.paragraphs, list(also), rng)}
<p>Published - May {rng.randint(1, 28)}, 2023 {rng.randint(1, 11)}:{rng.randint(10, 59)} pm IST</p>
<h3>Related Topics</h3>{ul([a.topic, "local authorities", "public services"], "inline")}
<p>Comments</p><p>Comments have to be in English, and in full sentences. They cannot be abusive or personal. Please abide by our community guidelines for posting your comments.</p>
<p>We have migrated to a new commenting platform. If you are already a registered user of The National Chronicle and logged in, you may continue to engage with our articles.</p>
<section><h2>Top News Today</h2>{ul([a.card(i).headline for i in range(2, 6)])}</section></main>
<footer>{ul(["About Us", "Contact Us", "Terms of Use", "Archive", "RSS Feeds", "Sitemap"])}<p>Copyright© 2023, THE NATIONAL CHRONICLE</p></footer>""",
    )
    return html, []


#: name -> (template, keys of the stories it wraps).
SITES4: dict[str, tuple[Template, tuple[str, ...]]] = {
    "tv4": (tv4, ("pool-closure", "landslide-aid")),
    "business4": (business4, ("store-closures", "rates-hold")),
    "tech4": (tech4, ("kids-data-fine", "exoplanet-water")),
    "abc4": (abc4, ("bee-corridors", "marathon-record")),
    "india4": (india4, ("school-phones", "museum-returns")),
}
