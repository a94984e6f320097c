# ruff: noqa: E501  (the site templates are HTML written out in full)
"""The third BLIND set of our own saved pages: fifteen site templates modelled on the layouts of
real news sites (a public broadcaster, a cable news site, two papers of record, a British daily,
two wire services, a Washington daily, a cable channel, an international broadcaster, a politics
site, public radio, a tabloid, a local paper, a newsletter blog, a German weekly), around our own
articles (``own_articles/blind3-*.txt``). All wording is ours.

What runs under the article is what such pages put there: credits, copyright lines, author
biographies, share and comment prompts, newsletter boxes, tags, numbered "most read" lists, and
related-story cards whose one-line summary reads like prose (often about the same subject).

These templates were written before any rule was changed for them and are only ever scored
(``benchmarks/own_pages.py`` renders them as split ``blind3``). Each returns the page's HTML and
the lines under the article that are the article's own (a credit such as "Reporting by ..."),
which are neither kept nor removed in the score.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from own_html import E, comments, date_text, insert_inside, ol, page, paras, ul
from own_stories import Story

Template = Callable[[Story, random.Random], tuple[str, list[str]]]


def _ago(rng: random.Random) -> str:
    return rng.choice(
        [f"{rng.randint(1, 59)} mins ago", f"{rng.randint(1, 23)} hrs ago", "1 day ago"]
    )


def bbc3(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    inside = [
        f"<figure><p>Image source, {rng.choice(['Getty Images', 'PA Media', 'Reuters'])}</p><p>Image caption,</p><p>{E(a.paragraphs[1][:70].rsplit(' ', 1)[0])}</p></figure>",
        "<div><p>Media caption,</p><p>Watch: " + E(a.card(0).headline[:60]) + "</p></div>",
    ]
    more = "".join(
        f"<li><a href='#'>{E(a.card(i).headline)}</a><p>{rng.randint(1, 20)} {rng.choice(['March', 'April'])}</p></li>"
        for i in range(3)
    )
    top = "".join(
        f"<li><h3><a href='#'>{E(a.card(i).headline)}</a></h3><p>{E(a.card(i).standfirst)}</p><p>{_ago(rng)}</p></li>"
        for i in range(3, 6)
    )
    html = page(
        a.headline + " - NBS News",
        f"""<p><a href="#">Skip to content</a></p><nav>{ul(["Home", "News", "Sport", "Weather", "Sounds", "Bitesize"])}</nav>
<nav>{ul(["Home", "Israel-Gaza war", "Cost of Living", "War in Ukraine", "Climate", "UK", "World", "Business", "Politics", "Culture"])}</nav>
<main><h1>{E(a.headline)}</h1><p>{rng.randint(2, 9)} hours ago</p>{ul(["Share", "Save"])}
<p>By {E(a.author)}</p><p>NBS News</p>
{insert_inside(a.paragraphs, inside, rng)}
<section><h2>More on this story</h2><ul>{more}</ul></section>
<section><h2>Related Topics</h2>{ul([a.topic.title(), "Weather"])}</section>
<section><h2>Top Stories</h2><ul>{top}</ul></section>
<section><h2>Features</h2>{ul([a.card(i).headline for i in range(6, 9)])}</section></main>
<footer>{ul(["Terms", "Who we are", "Privacy notice", "Cookie settings", "Accessibility", "For parents", "Write to us"])}
<p>© 2023 NBS. Links to other sites are given in good faith; NBS cannot vouch for what they say. How we choose links.</p></footer>""",
    )
    return html, []


def cnn3(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    credit = f"NCN’s {rng.choice(['Maya Torres', 'Ben Adler'])} contributed to this report."
    inside = [
        "<div><p>Ad Feedback</p></div>",
        f"<div><p>Related article</p><p><a href='#'>{E(a.card(0).headline)}</a></p></div>",
    ]
    paid = "".join(
        f"<li><p><a href='#'>{h}</a></p><p>{s}</p></li>"
        for h, s in [
            ("Seniors are snapping up these stylish walking shoes", "Orthofeet"),
            ("The card with 0% interest until nearly 2025", "CompareCards"),
            ("Here's why everyone is switching to this travel pillow", "SleepWell"),
        ]
    )
    html = page(
        a.headline + " | NCN",
        f"""<nav>{ul(["Audio", "Live TV", "Log In", "US", "World", "Politics", "Business", "Health", "Entertainment", "Style", "Travel", "Sports", "Watch"])}</nav>
<main><p>{E(a.topic.title())}</p><h1>{E(a.headline)}</h1><p>By {E(a.author)}, NCN</p>
<p>{rng.randint(2, 5)} minute read</p><p>Updated {rng.randint(1, 11)}:{rng.randint(10, 59)} AM EDT, {rng.choice(["Tue", "Wed", "Thu"])} May {rng.randint(1, 28)}, 2023</p>
{ul(["Link Copied!"], "inline")}
<figure><img src="a.jpg" alt=""><figcaption>{E(a.paragraphs[0][:60].rsplit(" ", 1)[0])}. Jane Street/AP</figcaption></figure>
<p>London NCN — {E(a.paragraphs[0])}</p>{insert_inside(a.paragraphs[1:], inside, rng)}
<p><i>{E(credit)}</i></p>
<div><p>Ad Feedback</p></div>
<section><h2>Paid Partner Content</h2><ul>{paid}</ul></section>
<section><h2>More from NCN</h2>{"".join(f"<div><h3><a href='#'>{E(a.card(i).headline)}</a></h3></div>" for i in range(1, 5))}</section>
<section><p>Search</p><form><input><button>Search</button></form><p>Log In</p><p>Live TV</p><p>Listen</p><p>Watch</p></section></main>
<footer>{ul(["Terms of Use", "Privacy Policy", "Cookie Settings", "Ad Choices", "Accessibility & CC", "About", "Newsletters", "Transcripts"])}
<p>© 2023 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.</p><p>NCN Sans ™ &amp; © 2016 Cable News Network.</p></footer>""",
    )
    return html, [credit]


def nyt3(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    inside = [
        "<div><p>Advertisement</p><p>Continue reading the main story</p></div>",
        "<div><p>Advertisement</p><p>Continue reading the main story</p></div>",
    ]
    cards = "".join(
        f"<li><h3><a href='#'>{E(a.card(i).headline)}</a></h3><p>{E(a.card(i).standfirst)}</p><p>By {E(a.card(i).author)}</p></li>"
        for i in range(4)
    )
    html = page(
        a.headline + " - The New Ledger",
        f"""<nav>{ul(["U.S.", "World", "Business", "Arts", "Lifestyle", "Opinion", "Audio", "Games", "Cooking", "Wirecutter", "The Athletic"])}</nav>
<div><p>Advertisement</p><p>Supported by</p></div>
<main><h1>{E(a.headline)}</h1><p>{E(a.standfirst)}</p>
<ul class="inline"><li>Share full article</li><li>{rng.randint(40, 900)}</li></ul>
<figure><img src="h.jpg" alt=""><figcaption>{E(a.paragraphs[0][:70].rsplit(" ", 1)[0])}.Credit...Jordan Marsh for The New Ledger</figcaption></figure>
<p>By {E(a.author)}</p><p>Reporting from {rng.choice(["Sacramento, Calif.", "London", "Chicago"])}</p>
<p>{date_text(rng, 0)}</p><p>Updated {rng.randint(1, 11)}:{rng.randint(10, 59)} p.m. ET</p>
{insert_inside(a.paragraphs, inside, rng)}
<div><p>{E(a.author)} is a {rng.choice(["national correspondent", "science reporter", "reporter"])} for The Ledger, covering {rng.choice(["state politics and housing", "space and astronomy", "the West"])}. <a href="#">More about {E(a.author)}</a></p></div>
<p>A version of this article appears in print on May {rng.randint(1, 28)}, 2023, Section A, Page {rng.randint(8, 22)} of the New York edition with the headline: {E(a.headline)}. <a href="#">Order Reprints</a> | <a href="#">Today’s Paper</a> | <a href="#">Subscribe</a></p>
<ul class="inline"><li>Share full article</li><li>{rng.randint(40, 900)}</li></ul>
<div><p>Advertisement</p><p>SKIP ADVERTISEMENT</p></div>
<section><h2>Related Content</h2><ul>{cards}</ul></section>
<section><h2>Most Popular</h2>{ul([a.card(i).headline for i in range(4, 9)])}</section></main>
<footer><p>© 2023 The New Ledger Company</p>{ul(["NLTCo", "Contact Us", "Accessibility", "Work with us", "Advertise", "T Brand Studio", "Your Ad Choices", "Privacy Policy", "Terms of Service", "Site Map", "Help", "Subscriptions"])}</footer>""",
    )
    return html, []


def guardian3(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    appeal = (
        "<div><p>… we have a small favour to ask. Tens of millions have placed their trust in our fearless "
        "journalism since we started publishing 200 years ago, turning to us in moments of crisis, uncertainty, "
        "solidarity and hope. More than 1.5 million readers, from 180 countries, now support us financially.</p>"
        "<p>Unlike many others, we have no shareholders and no billionaire owner. Just the determination and "
        "passion to deliver high-impact global reporting, always free from commercial or political influence.</p>"
        "<p>Support the Courier from as little as £1 – it only takes a minute. If you can, please consider "
        "supporting us with a regular amount each month. Thank you.</p><p>Continue</p><p>Remind me in June</p></div>"
    )
    more = "".join(
        f"<li><a href='#'>{E(a.card(i).headline)}</a><p>Published: {rng.randint(1, 12)}:{rng.randint(10, 59)}</p></li>"
        for i in range(3)
    )
    html = page(
        a.headline + " | The Courier",
        f"""<p><a href="#">Skip to main content</a></p><p>Support the Courier</p><p>Fund independent journalism with £5 per month</p><p>Support us</p>
<nav>{ul(["News", "Opinion", "Sport", "Culture", "Lifestyle"])}</nav><nav>{ul(["UK", "World", "Climate crisis", "Ukraine", "Environment", "Science", "Global development", "Football", "Tech", "Business", "Obituaries"])}</nav>
<main><p>{E(a.topic.title())}</p><h1>{E(a.headline)}</h1><p>{E(a.standfirst)}</p>
<p>{E(a.author)}</p><p>{rng.choice(["Mon", "Tue", "Wed"])} {rng.randint(1, 28)} May 2023 {rng.randint(10, 20)}.{rng.randint(10, 59)} BST</p>
<ul class="inline"><li>Share</li></ul>
{paras(a.paragraphs)}
{appeal}
<section><h2>Explore more on these topics</h2>{ul([a.topic.title(), "UK news", "news"])}</section>
<ul class="inline"><li>Share</li><li>Reuse this content</li></ul>
<section><h2>More on this story</h2><ul>{more}</ul></section>
<section><h2>Most viewed</h2>{ol([a.card(i).headline for i in range(3, 8)])}</section>
<p>comments ({rng.randint(40, 900)})</p><p>Sign in or create your Courier account to join the discussion.</p></main>
<footer>{ul(["About us", "Help", "Complaints & corrections", "SecureDrop", "Work for us", "Privacy policy", "Cookie policy", "Terms & conditions", "Contact us"])}
<p>Back to top</p><p>© 2023 Courier News &amp; Media Limited or its affiliated companies. All rights reserved. (dcr)</p></footer>""",
    )
    return html, []


def reuters3(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    credit = f"Reporting by {a.author}; additional reporting by {rng.choice(['Dana Kim', 'Piotr Nowak'])}; Editing by {rng.choice(['Mark Heinrich', 'Sonia Das'])}"
    read_next = "".join(
        f"<li><p>{E(a.card(i).topic.title())}</p><h3><a href='#'>{E(a.card(i).headline)}</a></h3><p>{_ago(rng)}</p></li>"
        for i in range(4)
    )
    html = page(
        a.headline + " | Wirestone",
        f"""<nav>{ul(["World", "Business", "Markets", "Sustainability", "Legal", "Breakingviews", "Technology", "Investigations", "More"])}</nav>
<p>My News</p><p>Sign In</p><p>Register</p>
<main><p>{E(a.topic.title())}</p><h1>{E(a.headline)}</h1>
<p>By {E(a.author)}</p><p>{rng.randint(2, 5)} minute read</p><p>May {rng.randint(1, 28)}, 2023{rng.randint(1, 11)}:{rng.randint(10, 59)} AM UTCUpdated {rng.randint(1, 5)} hours ago</p>
<figure><img src="r.jpg" alt=""><figcaption>{E(a.paragraphs[1][:80].rsplit(" ", 1)[0])}. WIRESTONE/Anna Berg/File Photo Purchase Licensing Rights</figcaption></figure>
<p>LONDON, May {rng.randint(1, 28)} (Wirestone) - {E(a.paragraphs[0])}</p>{paras(a.paragraphs[1:])}
<p>{E(credit)}</p>
<p>Our Standards: The Wirestone Trust Principles.</p>
<p>Acquire Licensing Rights, opens new tab</p>
<section><h2>Read Next</h2><ul>{read_next}</ul></section>
<section><p>Wirestone Group runs Wirestone, a news agency whose reports appear in papers and on screens in many countries.</p></section></main>
<footer><p>Follow Us</p>{ul(["Our apps", "Email briefings", "Advertising", "Ad policy", "Cookie settings", "Terms", "Privacy notice", "Your data choices"])}
<p>Market prices shown here run at least a quarter of an hour late; our exchange list says which.</p><p>© 2023 Wirestone. All rights reserved</p></footer>""",
    )
    return html, [credit]


def _ap_lead(first: str) -> str:
    """The first paragraph with the wire's dateline (a paragraph with its own keeps it)."""
    return first if "—" in first[:30] else f"LANMOUTH, England (AP) — {first}"


def ap3(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    credit = f"Associated Press writer {rng.choice(['Ellen Price', 'Rob Hale'])} contributed to this report."
    html = page(
        a.headline + " | AP News",
        f"""<nav>{ul(["World", "U.S.", "Politics", "Sports", "Entertainment", "Business", "Science", "Fact Check", "Oddities", "Be Well", "Newsletters", "Photography"])}</nav>
<main><h1>{E(a.headline)}</h1><ul class="inline"><li>Share</li></ul>
<figure><img src="ap.jpg" alt=""><figcaption>{E(a.paragraphs[1][:70].rsplit(" ", 1)[0])}. (AP Photo/Sam Reyes)</figcaption><p>Read More</p></figure>
<p>By {E(a.author.upper())}</p><p>Updated {rng.randint(1, 11)}:{rng.randint(10, 59)} PM EDT, May {rng.randint(1, 28)}, 2023</p>
<p>Share</p>
<p>{E(_ap_lead(a.paragraphs[0]))}</p>{paras(a.paragraphs[1:])}
<p>___</p><p>{E(credit)}</p>
<p>{E(a.author.upper())}</p><p>{E(a.author.split()[0])} covers {rng.choice(["agriculture and the Senate", "running and athletics"])} for The Associated Press.</p>
<p><a href="#">twitter</a> <a href="#">mailto</a></p>
<section><h2>Most read</h2>{ol([a.card(i).headline for i in range(5)])}</section>
<p>Copyright 2023 The Associated Press. All Rights Reserved.</p></main>
<footer>{ul(["About", "Contact Us", "Cookie Settings", "Accessibility Statement", "Terms of Use", "Privacy Policy", "Do Not Sell or Share My Personal Information", "More From AP News"])}</footer>""",
    )
    return html, [credit]


def wapo3(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    cards = "".join(
        f"<div><h3><a href='#'>{E(a.card(i).headline)}</a></h3><p>{E(a.card(i).standfirst)}</p></div>"
        for i in range(3)
    )
    html = page(
        a.headline + " - The Capital Post",
        f"""<nav>{ul(["Sections", "Politics", "Opinions", "Style", "Investigations", "Climate", "Well+Being", "Tech", "World", "D.C., Md. & Va.", "Sports"])}</nav>
<p>Democracy Dies in Silence</p><p>Sign in</p>
<main><p>{E(a.topic.title())}</p><h1>{E(a.headline)}</h1><p>{E(a.standfirst)}</p>
<p>{rng.randint(4, 9)} min</p><ul class="inline"><li>Gift Article</li><li>Share</li><li>Comment {rng.randint(10, 900)}</li></ul>
<p>By <a href="#">{E(a.author)}</a></p><p>May {rng.randint(1, 28)}, 2023 at {rng.randint(1, 11)}:{rng.randint(10, 59)} p.m. EDT</p>
{insert_inside(a.paragraphs, ["<p><b>Sign up</b> for The Tech Brief, our newsletter on the ideas that shape technology policy.</p>"], rng)}
<ul class="inline"><li>Gift Article</li><li>Share</li><li>Comment {rng.randint(10, 900)}</li></ul>
<div><p><a href="#">{E(a.author)}</a> is a {rng.choice(["technology policy reporter", "higher education reporter"])} for The Capital Post. She joined The Post in 2021 after covering the statehouse for a regional daily. <a href="#">Twitter</a></p></div>
<section><h2>More from The Post</h2>{cards}</section>
<div><p>Subscribe to comment and get the full experience. Choose your plan →</p></div></main>
<footer><p>Company</p>{ul(["About The Post", "Newsroom Policies & Standards", "Diversity & Inclusion", "Careers", "Media & Community Relations", "WP Creative Group", "Accessibility Statement", "Sitemap"])}
<p>© 1996-2023 The Capital Post</p></footer>""",
    )
    return html, []


def fox3(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    inside = [
        "<p><b>CLICK HERE TO GET THE BEACON NEWS APP</b></p>",
        f"<p><b><a href='#'>{E(a.card(0).headline.upper())}</a></b></p>",
    ]
    sponsored = "".join(
        f"<li><p>{t}</p><p>{s}</p></li>"
        for t, s in [
            ("Doctors urge seniors over 60 to try this simple morning habit", "Healthy Habits"),
            ("New rule lets drivers cut insurance by half in most states", "Auto Savings Today"),
        ]
    )
    html = page(
        a.headline + " | Beacon News",
        f"""<nav>{ul(["U.S.", "Politics", "World", "Opinion", "Media", "Entertainment", "Sports", "Lifestyle", "Video", "More"])}</nav>
<p>Watch TV</p><p>Login</p>
<main><p>{E(a.topic.upper())}</p><p>Published May {rng.randint(1, 28)}, 2023 {rng.randint(1, 11)}:{rng.randint(10, 59)}pm EDT</p>
<h1>{E(a.headline)}</h1><p>{E(a.standfirst)}</p>
<p>By <a href="#">{E(a.author)}</a> | Beacon News</p>
<ul class="inline"><li>Facebook</li><li>Twitter</li><li>Flipboard</li><li>Comments</li><li>Print</li><li>Email</li></ul>
<div><p>close</p><p>Video</p><p>{E(a.card(1).headline)}</p><p>Beacon News' Tom Grady reports.</p></div>
<p>NEWYou can now listen to Beacon News articles!</p>
{insert_inside(a.paragraphs, inside, rng)}
<p><a href="#">CLICK HERE TO SIGN UP FOR OUR LIFESTYLE NEWSLETTER</a></p>
<p><i>{E(a.author)} is a reporter for Beacon News Digital. Story tips can be sent to {E(a.author.split()[0].lower())}.{E(a.author.split()[-1].lower())}@beacon.example.</i></p>
<section><h2>Sponsored Stories You May Like</h2><ul>{sponsored}</ul></section>
<section><h2>Trending</h2>{ol([a.card(i).headline for i in range(2, 6)])}</section>
<p>Get the latest updates from the 2024 campaign trail, exclusive interviews and more Beacon News politics content.</p><p>Subscribed</p><p>You've successfully subscribed to this newsletter!</p></main>
<footer>{ul(["Privacy Policy", "Closed Captioning Policy", "Help", "Contact Us", "Accessibility Statement"])}<p>This material may not be published, broadcast, rewritten, or redistributed. ©2023 BEACON News Network, LLC. All rights reserved.</p></footer>""",
    )
    return html, []


def aljazeera3(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    source = "Source: Al Manar and news agencies"
    cards = "".join(
        f"<li><h3><a href='#'>{E(a.card(i).headline)}</a></h3><p>{E(a.card(i).standfirst)}</p><p>Published On {rng.randint(1, 28)} May 2023</p></li>"
        for i in range(4)
    )
    html = page(
        a.headline + " | News | Al Manar",
        f"""<nav>{ul(["Latest", "Gulf", "Africa", "Asia", "Americas", "Europe", "Pacific", "In depth", "Markets", "Comment", "Watch", "More"])}</nav>
<p>Live</p><p>Show more</p>
<main><p><a href="#">News</a>|</p><p><a href="#">{E(a.topic.title())}</a></p><h1>{E(a.headline)}</h1><p>{E(a.standfirst)}</p>
<figure><img src="j.jpg" alt=""><figcaption>{E(a.paragraphs[1][:70].rsplit(" ", 1)[0])} [File: Omar Said/Reuters]</figcaption></figure>
<p>Published On {rng.randint(1, 28)} May 2023{rng.randint(1, 28)} May 2023</p>
<ul class="inline"><li>Save articles to read later and create your own reading list.</li></ul>
{paras(a.paragraphs)}
<p>{E(source)}</p>
<section><h2>More from News</h2><ul>{cards}</ul></section>
<section><h2>Most Read</h2>{ol([a.card(i).headline for i in range(4, 8)])}</section></main>
<footer>{ul(["About", "Connect", "Our Channels", "Our Network"])}<p>Follow Al Manar English:</p><p>© 2023 Al Manar Media Network</p></footer>""",
    )
    return html, [source]


def politico3(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    related = "".join(
        f"<li><h3><a href='#'>{E(a.card(i).headline)}</a></h3><p>By {E(a.card(i).author)}</p><p>{date_text(rng, 1)}</p></li>"
        for i in range(3)
    )
    box = (
        "<div><h3>Morning Docket</h3><p>The unofficial guide to official Westminster, every weekday morning.</p>"
        "<form><p>Email</p><input><button>Sign Up</button></form>"
        "<p>By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service. You may unsubscribe at any time by following the directions at the bottom of the email or by contacting us here. This sign-up form is protected by reCAPTCHA.</p></div>"
    )
    html = page(
        a.headline + " - POLITIQ",
        f"""<nav>{ul(["Congress", "White House", "Elections", "Legal", "Magazine", "Newsletters", "Podcasts", "Video", "Log In"])}</nav>
<main><p>{E(a.topic.upper())}</p><h1>{E(a.headline)}</h1><p>{E(a.standfirst)}</p>
<figure><img src="p.jpg" alt=""><figcaption>{E(a.paragraphs[0][:60].rsplit(" ", 1)[0])}. | Kim Lee/POLITIQ</figcaption></figure>
<p>By <a href="#">{E(a.author.upper())}</a></p><p>{date_text(rng, 3)}</p>
<ul class="inline"><li>Link Copied</li><li>Facebook</li><li>Twitter</li><li>Email</li></ul>
{insert_inside(a.paragraphs, [box], rng)}
<p>Filed under:</p>{ul([a.topic.title(), "Local government", "Budget"], "inline")}
<ul class="inline"><li>Link Copied</li><li>Facebook</li><li>Twitter</li></ul>
<section><h2>Related Articles</h2><ul>{related}</ul></section></main>
<footer><p>About Us</p>{ul(["Advertising", "Breaking News Alerts", "Careers", "Credit Card Payments", "Digital Edition", "FAQ", "Feedback", "Headlines", "Photos", "Press", "Print Subscriptions"])}<p>© 2023 POLITIQ LLC</p></footer>""",
    )
    return html, []


def npr3(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    inside = [
        f"<figure><p>Enlarge this image</p><img src='n.jpg' alt=''><p>{E(a.paragraphs[2][:90].rsplit(' ', 1)[0])}.</p><p>Mara Quinn for Open Radio</p><p>hide caption</p><p>toggle caption</p><p>Mara Quinn for Open Radio</p></figure>",
    ]
    stories = "".join(
        f"<article><p>{E(a.card(i).topic.title())}</p><h3><a href='#'>{E(a.card(i).headline)}</a></h3><p>{E(a.card(i).standfirst)}</p></article>"
        for i in range(3)
    )
    html = page(
        a.headline + " : Open Radio",
        f"""<p><a href="#">Accessibility links</a></p><p><a href="#">Skip to main content</a></p><p><a href="#">Keyboard shortcuts for audio player</a></p>
<nav>{ul(["Open Radio", "News", "Culture", "Music", "Podcasts & Shows", "Search", "Newsletters", "Open Radio Shop", "Donate"])}</nav>
<main><p><a href="#">{E(a.topic.title())}</a></p><h1>{E(a.headline)}</h1>
<p>May {rng.randint(1, 28)}, 2023{rng.randint(5, 9)}:{rng.randint(10, 59)} AM ET</p><p>By</p><p>{E(a.author)}</p>
{insert_inside(a.paragraphs, inside, rng)}
<ul class="inline"><li>{E(a.topic)}</li><li>research</li></ul>
<ul class="inline"><li>Facebook</li><li>Flipboard</li><li>Email</li></ul>
<div><p>Sponsor Message</p><p>Become an Open Radio sponsor</p></div>
<section><h2>More Stories From Open Radio</h2>{stories}</section>
<section><h2>Popular on openradio.org</h2>{"".join(f"<article><h3>{E(a.card(i).headline)}</h3></article>" for i in range(3, 6))}</section>
<section><h2>Open Radio Editors' Picks</h2>{"".join(f"<article><h3>{E(a.card(i).headline)}</h3></article>" for i in range(6, 8))}</section></main>
<footer><h3>Read &amp; Listen</h3>{ul(["Home", "News", "Culture", "Music", "Podcasts & Shows"])}<h3>Connect</h3>{ul(["Newsletters", "Facebook", "Instagram", "Press", "Public Editor", "Corrections", "Contact & Help"])}
<p>terms of use</p><p>privacy</p><p>your privacy choices</p><p>text only</p><p>© 2023 open radio</p></footer>""",
    )
    return html, []


def dailymail3(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    bullets = "".join(f"<li>{E(p.split('. ')[0][:100])}</li>" for p in a.paragraphs[:3])
    inside = [
        f"<figure><img src='d.jpg' alt=''><figcaption>{E(a.paragraphs[1][:100].rsplit(' ', 1)[0])}</figcaption></figure>",
        "<p>+5</p><p>View gallery</p>",
        "<div><p>Advertisement</p></div>",
    ]
    cs = comments(rng, 3)
    comment_html = "".join(
        f"<div><p>{E(n)}, {rng.choice(['London', 'Leeds', 'Kent', 'Sydney'])}, United Kingdom, {rng.randint(1, 9)} hours ago</p><p>{E(t)}</p><p>Click to rate</p><p>{rng.randint(10, 300)}</p></div>"
        for n, t in cs
    )
    html = page(
        a.headline + " | Daily Herald Online",
        f"""<nav>{ul(["Home", "News", "Royals", "U.S.", "Sport", "TV", "Showbiz", "Femail", "Health", "Science", "Money", "Travel", "Podcasts", "Shopping"])}</nav>
<p>Latest Headlines</p>{ul(["UK", "World News", "Politics", "Crime", "Health"], "inline")}
<main><h1>{E(a.headline.upper() if rng.random() < 0.5 else a.headline)}</h1><ul>{bullets}</ul>
<p>By <a href="#">{E(a.author.upper())}</a> FOR HERALDONLINE</p>
<p>PUBLISHED: {rng.randint(10, 23)}:{rng.randint(10, 59)} BST, {rng.randint(1, 28)} May 2023 | UPDATED: {rng.randint(10, 23)}:{rng.randint(10, 59)} BST, {rng.randint(1, 28)} May 2023</p>
<p>{rng.randint(20, 900)} shares</p><p>{rng.randint(10, 300)}</p><p>View comments</p>
{insert_inside(a.paragraphs, inside, rng)}
<p>Share or comment on this article:</p>
<h3>Most watched News videos</h3>{ul(["Shocking moment " + a.card(i).headline.lower()[:60] for i in range(3)])}
<h3>MOST READ NEWS</h3>{ul([a.card(i).headline for i in range(3, 7)])}
<h3>Comments {rng.randint(10, 400)}</h3><p>Share what you think</p>{ul(["Newest", "Oldest", "Best rated", "Worst rated"], "inline")}
<p>The comments below have not been moderated.</p>{comment_html}
<p>The views expressed in the contents above are those of our users and do not necessarily reflect the views of HeraldOnline.</p>
<p>Add your comment</p><p>By posting your comment you agree to our house rules.</p></main>
<footer><p>Published by Associated Herald Ltd</p><p>Part of the Herald Group</p>{ul(["Terms", "Privacy policy & cookies", "Advertise", "Contact us", "How to complain"])}</footer>""",
    )
    return html, []


def local3(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    cards = "".join(
        f"<li><h3><a href='#'>{E(a.card(i).headline)}</a></h3><p>{E(a.card(i).standfirst)}</p><p>{_ago(rng)}</p></li>"
        for i in range(4)
    )
    obits = "".join(
        f"<li><a href='#'>{n}</a><p>{d}</p></li>"
        for n, d in [
            ("Dorothy Ann Fielding", "1938 - 2023"),
            ("Raymond K. Atherton", "1945 - 2023"),
            ("Mavis Ellery", "1931 - 2023"),
        ]
    )
    html = page(
        a.headline + " | Harton Gazette",
        f"""<p>{rng.randint(5, 20)}°</p><p>Subscribe</p><p>Log in</p><p>e-Edition</p>
<nav>{ul(["News", "Sports", "Obituaries", "Opinion", "Things to do", "Business", "Classifieds", "Jobs", "Homes", "Contests"])}</nav>
<main><h1>{E(a.headline)}</h1><p>{E(a.standfirst)}</p>
<p>{E(a.author)}</p><p>Staff Writer</p><p>{date_text(rng, 1)}</p>
<ul class="inline"><li>Facebook</li><li>Twitter</li><li>Email</li><li>Print</li><li>Save</li></ul>
{paras(a.paragraphs)}
<p>Reach {E(a.author)} at {E(a.author.split()[0].lower())}@hartongazette.example or 555-0133.</p>
<p>Support local journalism. Subscribe to the Harton Gazette today.</p>
<ul class="inline"><li>Facebook</li><li>Twitter</li><li>Email</li></ul>
<p>Tags</p>{ul(["Harton", "Council", a.topic.title()], "inline")}
<section><h2>More local news</h2><ul>{cards}</ul></section>
<section><h2>Obituaries</h2><ul>{obits}</ul></section></main>
<footer><p>Harton Gazette</p><p>14 Bridge Street, Harton</p><p>Phone: 555-0100</p><p>Email: news@hartongazette.example</p>
{ul(["Contact Us", "Terms of Use", "Privacy Policy", "Accessibility"])}<p>© Copyright 2023 Harton Gazette, 14 Bridge Street | Powered by BLOX CMS from TownNews.com.</p></footer>""",
    )
    return html, []


def blog3(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    cs = comments(rng, 2)
    comment_html = "".join(
        f"<div><p>{E(n)}</p><p>{rng.randint(2, 11)} hr ago</p><p>{E(t)}</p><p>Reply</p><p>Share</p></div>"
        for n, t in cs
    )
    more = "".join(
        f"<div><h3><a href='#'>{E(a.card(i).headline)}</a></h3><p>{E(a.card(i).standfirst)}</p><p>{rng.randint(3, 9)} min read · {rng.choice(['Apr', 'May'])} {rng.randint(1, 28)}</p><p>{rng.randint(12, 999)}</p><p>{rng.randint(1, 40)}</p></div>"
        for i in range(3)
    )
    html = page(
        a.headline + " | by " + a.author,
        f"""<nav>{ul(["Open in app", "Sign up", "Sign in", "Write"])}</nav>
<main><h1>{E(a.headline)}</h1><p>{E(a.standfirst)}</p>
<p>{E(a.author)}</p><p>Follow</p><p>{rng.randint(4, 9)} min read</p><p>{rng.choice(["Apr", "May"])} {rng.randint(1, 28)}</p>
<p>{rng.randint(40, 900)}</p><p>{rng.randint(2, 40)}</p><p>Listen</p><p>Share</p>
{paras(a.paragraphs)}
<p>Thanks for reading The Long Row! Subscribe for free to receive new posts and support my work.</p>
<ul class="inline"><li>{rng.randint(40, 900)}</li><li>{rng.randint(2, 40)}</li><li>Share</li></ul>
<div><p>Written by {E(a.author)}</p><p>{rng.randint(1, 9)}.{rng.randint(1, 9)}K Followers</p><p>Gardener, cyclist and former town planner. I write about the small things that make places work.</p><p>Follow</p></div>
<section><h2>More from {E(a.author)}</h2>{more}</section>
<section><h3>Discussion about this post</h3>{comment_html}</section>
<p>Ready for more?</p><form><input type="email"><button>Subscribe</button></form>
<p>© 2023 {E(a.author)}</p><p>Privacy ∙ Terms ∙ Collection notice</p><p>Start Writing</p><p>Get the app</p></main>""",
    )
    return html, []


def spiegel3(a: Story, rng: random.Random) -> tuple[str, list[str]]:
    agency = rng.choice(["kry/dpa", "mak/AFP"])
    cards = "".join(
        f"<li><p>{E(a.card(i).topic.title())}</p><h3><a href='#'>{E(a.card(i).headline)}</a></h3><p>{E(a.card(i).standfirst)}</p><p>Von {E(a.card(i).author)}</p></li>"
        for i in range(4)
    )
    html = page(
        a.headline + " - DER SPIEGELBLICK",
        f"""<nav>{ul(["Menü", "Startseite", "Schlagzeilen", "Politik", "Ausland", "Panorama", "Sport", "Wirtschaft", "Netzwelt", "Wissenschaft", "Mobilität"])}</nav>
<p>Anmelden</p><p>Abonnement</p>
<main><p>{E(a.topic.title())}</p><h1>{E(a.headline)}</h1><p>{E(a.standfirst)}</p>
<p>{rng.randint(1, 28)}.05.2023, {rng.randint(10, 23)}.{rng.randint(10, 59)} Uhr</p>
<ul class="inline"><li>Artikel zum Hören</li><li>Zur Merkliste hinzufügen</li><li>Link kopieren</li><li>Artikel teilen</li></ul>
<figure><img src="s.jpg" alt=""><figcaption>{E(a.paragraphs[0][:60].rsplit(" ", 1)[0])} Foto: Jens Maurer / dpa</figcaption></figure>
{insert_inside(a.paragraphs, ["<div><p>Anzeige</p></div>"], rng)}
<p>{E(agency)}</p>
<ul class="inline"><li>Zur Merkliste hinzufügen</li><li>Feedback</li></ul>
<p>Mehr lesen über</p>{ul(["Verkehr", "Deutsche Bahn", "Fahrrad"], "inline")}
<section><h2>Mehr aus {E(a.topic.title())}</h2><ul>{cards}</ul></section>
<section><h3>Diskutieren Sie mit</h3><p>Melden Sie sich an, um Beiträge zu kommentieren.</p><p>Anmelden</p></section></main>
<footer>{ul(["Impressum", "Datenschutz", "Nutzungsbedingungen", "Cookies & Tracking", "Newsletter", "Kontakt", "Hilfe", "Abo kündigen"])}<p>© SPIEGELBLICK GmbH &amp; Co. KG</p></footer>""",
        lang="de",
    )
    return html, [agency]


#: name -> (template, keys of the stories it wraps).
SITES3: dict[str, tuple[Template, tuple[str, ...]]] = {
    "bbc3": (bbc3, ("flood-barriers", "walking-study")),
    "cnn3": (cnn3, ("ebike-recall", "landslide-aid")),
    "nyt3": (nyt3, ("housing-veto", "exoplanet-water")),
    "guardian3": (guardian3, ("flood-insurance", "windfarm-approval")),
    "reuters3": (reuters3, ("rates-hold", "ceasefire-talks")),
    "ap3": (ap3, ("farm-bill", "marathon-record")),
    "wapo3": (wapo3, ("kids-data-fine", "tuition-freeze")),
    "fox3": (fox3, ("mayor-sentenced", "school-phones")),
    "aljazeera3": (aljazeera3, ("museum-returns", "protester-acquitted")),
    "politico3": (politico3, ("tram-extension", "waiting-lists")),
    "npr3": (npr3, ("bee-corridors", "debut-prize")),
    "dailymail3": (dailymail3, ("promotion-final-day", "store-closures")),
    "local3": (local3, ("library-reopens", "pool-closure")),
    "blog3": (blog3, ("tomato-blog", "bus-strike")),
    "spiegel3": (spiegel3, ("radweg-ausbau", "bahn-baustellen")),
}
