# ruff: noqa: E501, SIM115
# Writes the whole-page fixtures of this folder: seven pages written for Reader (our own words),
# rendered as whole-page text by w3m (`python make_pages.py` here; needs Debian's w3m). The tests
# read the .txt files and expected.json; they do not need w3m.
import html
import json
import subprocess

E = html.escape


def ul(items):
    return "<ul>" + "".join(f"<li><a href='#'>{E(i)}</a></li>" for i in items) + "</ul>"


def ps(p):
    return "".join(f"<p>{E(x)}</p>" for x in p)


A1 = dict(
    head="Harbour ferry returns after winter repairs",
    by="By Ellen Marsh",
    date="Published 4 March 2024, 09:12",
    paras=[
        "The small ferry that links the old harbour with the island of Skerry returned to service on Monday after four months in the boatyard.",
        "Engineers replaced both engines and rebuilt the wheelhouse, which had leaked since a storm damaged its roof two winters ago. The repairs cost the harbour trust a little under 400,000 pounds.",
        'Regular passengers said they had missed the crossing. "The bus around the bay takes an hour and a half," said Tom Reilly, who works at the island\'s fish market. "The ferry takes twelve minutes."',
        "The trust said the boat would run every half hour from seven in the morning until eight at night, with a later sailing on Fridays and Saturdays during the summer.",
        "Tickets will cost the same as last year. Children under twelve and people over seventy travel free, as before.",
    ],
)
A2 = dict(
    head="Library extends opening hours for exam season",
    by="By Jonas Field",
    date="12 May 2024",
    paras=[
        "The central library will stay open until midnight on weekdays from next week, giving students a quiet place to revise before their summer exams.",
        "Librarians said the reading rooms had been full by mid-morning every day since Easter, and that many students had asked for longer hours.",
        "The extra evenings will be paid for by a grant from the university, which has also lent twenty of its own staff to help at the desks.",
        "Security guards will patrol the building after nine, and the café on the ground floor will stay open until ten.",
        "The longer hours will run until the end of June, when the library will decide whether to keep them during the autumn term.",
    ],
)
A3 = dict(
    head="Council approves new cycle lanes on Mill Road",
    by="By Priya Sandhu",
    date="Updated 21 June 2024, 17:40",
    paras=[
        "Councillors voted on Thursday to build separate cycle lanes along the whole length of Mill Road, one of the busiest streets in the city.",
        "The plan removes forty parking spaces and narrows the pavement in two places, which shop owners had opposed at a public meeting last month.",
        '"We listened to every objection," said the council\'s transport lead, Martin Osei. "But the number of people cycling on this road has doubled in three years, and they need to be safe."',
        "Work is due to start in September and should take about five months. The council said the road would stay open to buses during the building work.",
        "A group of traders said they would ask for the decision to be reviewed.",
    ],
)
A4 = dict(
    head="Storm closes mountain pass",
    by="By Karl Ruud",
    date="2 February 2024",
    paras=[
        "The road over the Hallen pass was closed on Friday afternoon after heavy snow and strong winds made it too dangerous for drivers.",
        "Police said the pass would stay shut at least until Sunday and advised travellers to take the coast road, which adds about two hours to the journey.",
    ],
)
A5 = dict(
    head="Stadtwerke senken den Strompreis zum Jahresbeginn",
    by="Von Lena Brandt",
    date="03.01.2024, 10.15 Uhr",
    paras=[
        "Die Stadtwerke senken zum ersten Januar den Preis für Strom um knapp acht Prozent. Das teilte das Unternehmen am Dienstag mit.",
        "Ein Haushalt mit einem Verbrauch von dreitausend Kilowattstunden spart damit nach Angaben der Stadtwerke etwa neunzig Euro im Jahr.",
        "Grund für die Senkung seien die gefallenen Preise an der Strombörse, sagte ein Sprecher. Die Kunden müssten nichts unternehmen, die neuen Preise gälten automatisch.",
        "Der Gaspreis bleibt dagegen vorerst unverändert. Darüber wolle man im Frühjahr entscheiden, hieß es.",
    ],
)
A6 = dict(
    head="Ice rink reopens after roof repairs",
    by="By Tessa Morrow",
    date="Published 18 November 2024 at 8:05 pm",
    paras=[
        "CARROW — The town's ice rink reopened on Saturday, fourteen months after part of its roof gave way under heavy snow.",
        '"We were not sure we would ever skate here again," said Ada Kowal, who coaches the junior hockey team. "The children have been training two towns away since last winter."',
        "The repairs cost the leisure trust about 1.2 million pounds, most of it paid by its insurers.",
        "Public sessions start on Monday, and the rink will stay open until ten on Friday nights.",
    ],
)
A7 = dict(
    head="Farmers market moves to the old station yard",
    by="By Owen Hale",
    date="3 October 2024",
    paras=[
        "The weekly farmers market will move from the square to the old station yard next month, the town council said on Tuesday.",
        "Stallholders had asked for more room and for parking close to their stalls, which the square cannot offer on a Saturday morning.",
        "The council said the yard would be resurfaced and lit before the first market on the second of November.",
    ],
)
menu = ul(
    [
        "Home",
        "News",
        "Sport",
        "Business",
        "Culture",
        "Weather",
        "Opinion",
        "Video",
        "Podcasts",
        "Jobs",
    ]
)
footer = (
    "<footer>"
    + ul(["About us", "Contact", "Advertise", "Privacy policy", "Terms of use", "Cookie settings"])
    + "<p>© 2024 The Bay Courier. All rights reserved.</p></footer>"
)
pages = {}
pages["menu-on-top"] = (
    A1,
    f"<p><a href='#'>Skip to content</a></p><p>The Bay Courier</p><form><input type=search><button>Search</button></form><p><a href='#'>Sign in</a> <a href='#'>Subscribe</a></p>{menu}<h1>{E(A1['head'])}</h1><p>{A1['by']}</p><p>{A1['date']}</p>{ul(['Share on Facebook', 'Share on X', 'Email this story'])}{ps(A1['paras'])}<p>Topics: Harbour, Transport</p>{footer}",
)
trend = ul(
    [
        "Man rescued from cliff path after six hours",
        "New bakery opens on the square",
        "Schools to close early on Friday",
        "Bus timetable changes from Monday",
        "Record crowd at county show",
    ]
)
pages["sidebar-lists"] = (
    A2,
    f"{menu}<aside><h3>Trending</h3>{trend}</aside><h1>{E(A2['head'])}</h1><p>{A2['by']}</p><p>{A2['date']}</p>{ps(A2['paras'][:2])}<p><b>Read more:</b> <a href='#'>Students share the best places to study</a></p>{ps(A2['paras'][2:])}<aside><h3>Most read</h3><ol><li><a>Council tax to rise by four per cent</a></li><li><a>Police appeal after break-in at garden centre</a></li><li><a>Festival line-up announced</a></li><li><a>Road works on the ring road</a></li></ol><h3>Newsletter</h3><p>Get the day's headlines in your inbox every morning.</p><form><input type=email><button>Sign up</button></form></aside>{footer}",
)
comments = "".join(
    f"<div><p><b>{n}</b></p><p>{t} ago</p><p>{E(c)}</p><p>Reply · Report</p></div>"
    for n, t, c in [
        (
            "cyclist_mum",
            "2 hours",
            "About time. My son rides to school on this road every day and I worry about him every morning.",
        ),
        (
            "Dave K",
            "3 hours",
            "Another war on motorists. Where are the delivery vans supposed to stop now?",
        ),
        (
            "Ruth",
            "5 hours",
            "Good decision, but five months of road works will be hard on the shops.",
        ),
    ]
)
pages["comments"] = (
    A3,
    f"{menu}<h1>{E(A3['head'])}</h1><p>{A3['by']}</p><p>{A3['date']}</p>{ps(A3['paras'])}{ul(['Share', 'Tweet', 'Email'])}<section><h3>3 comments</h3><p>Comments are moderated. Please read our community guidelines before posting.</p>{comments}<p>Load more comments</p></section>{footer}",
)
pages["short-article"] = (
    A4,
    f"{menu}<p>Weather warnings</p><h1>{E(A4['head'])}</h1><p>{A4['by']}</p><p>{A4['date']}</p>{ps(A4['paras'])}<h3>More from Weather</h3>{ul(['Frost expected across the north tonight', 'Why this winter has been so wet', 'Flood defences tested as river rises', 'Gritters out on the main roads', 'Ski resorts open early after snowfall'])}<h3>Latest videos</h3>{ul(['Watch: snowplough clears the pass', 'Watch: waves batter the harbour wall', 'Watch: the week in pictures'])}{footer}",
)
# a numbered "most read" box between the date and the first paragraph, some of its headlines
# two sentences long, and a box of picks above the headline
most_read = "".join(
    f"<li><a href='#'>{E(h)}</a></li>"
    for h in [
        "Police chief asks for money for new cameras, but council unmoved",
        "The county show will be free to visit from next summer",
        "Rents are on the rise. These maps show where and by how much.",
        "Card skimmer found at petrol station on the bypass",
    ]
)
pages["most-read-above"] = (
    A6,
    f"{menu}<p>OUR PICKS:</p>{ul(['Toy safety warning', 'Bridge for sale', 'Winter vegetables'])}<p>Sport</p><h1>{E(A6['head'])}</h1><p>{A6['by']}</p><p>{A6['date']}</p><p>Sign up for Newsletters and Alerts</p><h3>Most Popular</h3><ol>{most_read}</ol>{ps(A6['paras'])}{ul(['Tags:', 'Ice rink'])}{footer}",
)
# a list of other stories' headlines, without a label, right above the first paragraph
pages["headlines-above"] = (
    A7,
    f"{menu}<h1>{E(A7['head'])}</h1><p>{A7['by']}</p><p>{A7['date']}</p>{ul(['Is the bypass finally getting its cycle path?', 'Bakery on the square wins national prize', 'Three new teachers for the village school', 'Night bus returns for the summer.'])}{ps(A7['paras'])}{footer}",
)
dmenu = ul(["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wetter", "Meinung", "Video"])
pages["german"] = (
    A5,
    f"{dmenu}<p><a href='#'>Anmelden</a> <a href='#'>Abo</a></p><h1>{E(A5['head'])}</h1><p>{A5['by']}</p><p>{A5['date']}</p>{ul(['Teilen', 'Facebook', 'E-Mail'])}{ps(A5['paras'][:2])}<p>Anzeige</p>{ps(A5['paras'][2:])}<h3>Mehr zum Thema</h3>{ul(['Heizkosten: Was Mieter jetzt wissen müssen', 'Neue Tarife für Fernwärme'])}<footer>{ul(['Impressum', 'Datenschutz', 'Kontakt'])}<p>© 2024 Stadtanzeiger</p></footer>",
)
exp = {}
for name, (a, body) in pages.items():
    open(f"{name}.html", "w").write(
        f"<html><head><meta charset=utf-8><title>{E(a['head'])}</title></head><body>{body}</body></html>"
    )
    out = subprocess.run(
        [
            "w3m",
            "-dump",
            "-cols",
            "100",
            "-T",
            "text/html",
            "-I",
            "UTF-8",
            "-O",
            "UTF-8",
            f"{name}.html",
        ],
        capture_output=True,
    ).stdout.decode()
    open(f"{name}.txt", "w").write(out)
    exp[name] = {
        "headline": a["head"],
        "author": a["by"].split(" ", 1)[1],
        "paragraphs": a["paras"],
    }
json.dump(exp, open("expected.json", "w"), indent=1, ensure_ascii=False)
