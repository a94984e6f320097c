"""Word lists for person-name detection: titles, roles, organisation and place words.

All entries are lower case; look-ups lower-case the token first. The lists are general
English (and some German) news vocabulary, not tuned to particular articles.
"""

from __future__ import annotations


def words(spaced: str) -> frozenset[str]:
    """The whitespace-separated words of ``spaced`` as a set."""
    return frozenset(spaced.split())


# Personal honorifics: kept inside a mention span ("Ms Hewitt") and they give a gender.
HONORIFICS: dict[str, str] = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "mx": "",
    "dr": "",
    "prof": "",
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
    "herr": "m",
    "frau": "f",
}

# Titles written before a name ("President Donald Trump", "Gov. Eric Holcomb"), with the role
# noun they stand for (used to resolve "the governor said").
TITLES: dict[str, str] = {
    "president": "president",
    "vice": "president",
    "senator": "senator",
    "sen": "senator",
    "rep": "representative",
    "representative": "representative",
    "congressman": "congressman",
    "congresswoman": "congresswoman",
    "governor": "governor",
    "gov": "governor",
    "mayor": "mayor",
    "general": "general",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "colonel": "colonel",
    "major": "major",
    "captain": "captain",
    "capt": "captain",
    "admiral": "admiral",
    "sergeant": "sergeant",
    "judge": "judge",
    "justice": "justice",
    "chancellor": "chancellor",
    "minister": "minister",
    "secretary": "secretary",
    "ambassador": "ambassador",
    "commissioner": "commissioner",
    "superintendent": "superintendent",
    "speaker": "speaker",
    "chairman": "chairman",
    "chairwoman": "chairwoman",
    "chair": "chair",
    "director": "director",
    "spokesman": "spokesman",
    "spokeswoman": "spokeswoman",
    "spokesperson": "spokesperson",
    "professor": "professor",
    "father": "father",
    "rev": "reverend",
    "reverend": "reverend",
    "pope": "pope",
    "king": "king",
    "queen": "queen",
    "prince": "prince",
    "princess": "princess",
    "crown": "prince",
    "sheikh": "sheikh",
    "coach": "coach",
    "chief": "chief",
    "deputy": "deputy",
    "prime": "minister",
    "attorney": "attorney",
    "officer": "officer",
    "detective": "detective",
    "inspector": "inspector",
    "constable": "constable",
    "bishop": "bishop",
    "cardinal": "cardinal",
    "rabbi": "rabbi",
    "imam": "imam",
    "ayatollah": "ayatollah",
    "emir": "emir",
    "sultan": "sultan",
    "premier": "premier",
    "leader": "leader",
    "councillor": "councillor",
    "councilman": "councilman",
    "councilwoman": "councilwoman",
    # German
    "bundeskanzler": "kanzler",
    "bundeskanzlerin": "kanzlerin",
    "kanzler": "kanzler",
    "kanzlerin": "kanzlerin",
    "präsident": "präsident",
    "präsidentin": "präsidentin",
    "bundespräsident": "präsident",
    "ministerin": "ministerin",
    "sprecher": "sprecher",
    "sprecherin": "sprecherin",
    "chef": "chef",
    "chefin": "chefin",
    "trainer": "trainer",
    "bürgermeister": "bürgermeister",
    "bürgermeisterin": "bürgermeisterin",
}

# Lower-case nouns naming a person's role; before a name ("analyst Mike Powell"), in an
# appositive ("Rod Eddington, BA's chief executive, said") or as a subject ("the minister said").
ROLE_NOUNS: frozenset[str] = words(
    """
    spokesman spokeswoman spokesperson analyst economist strategist trader executive
    chairman chairwoman chair president director manager minister secretary senator governor
    mayor coach player captain striker midfielder defender goalkeeper lawyer attorney
    counsel prosecutor judge teacher professor researcher scientist expert adviser advisor
    official correspondent editor reporter journalist columnist author writer novelist poet
    critic producer director actor actress singer musician artist designer presenter host
    comedian creator founder co-founder owner chief head boss leader commander general officer envoy
    ambassador diplomat congressman congresswoman lawmaker legislator representative
    superintendent principal student doctor physician surgeon nurse psychologist engineer
    architect activist campaigner organiser organizer chancellor premier treasurer deputy
    vice-president vice-chairman commissioner inspector detective sergeant constable police
    officer administrator administrator spokespeople mother father wife husband son daughter
    sister brother widow widower friend neighbour neighbor resident witness victim survivor
    worker employee farmer owner partner consultant entrepreneur investor banker broker
    economist historian lecturer curator governor-general supervisor superintendent chef
    model athlete winger forward goalie defenceman defenseman manager boss skipper referee
    umpire pilot astronaut candidate nominee rapper star singer-songwriter drummer guitarist
    dancer filmmaker photographer publisher ceo cfo coo cto md sprecher sprecherin minister
    ministerin präsident präsidentin chef chefin trainer kanzlerin kanzler leiter leiterin
    vorsitzende vorsitzender experte expertin fellow meteorologist forecaster scholar
    epidemiologist virologist immunologist pharmacist sociologist psychiatrist therapist
    dentist veterinarian midwife paramedic firefighter sheriff trooper deputy councillor
    councilman councilwoman alderman pollster lobbyist commentator pundit volunteer pastor
    priest bishop rabbi imam vicar chaplain biologist chemist physicist geologist economist
    climatologist seismologist astronomer ecologist strategist negotiator mediator
    auditor accountant clerk aide staffer spokesmen spokeswomen playwright screenwriter
    director-general secretary-general frontman frontwoman vocalist bassist composer
    conductor choreographer novelist biographer historian archaeologist curator economist
    manager-elect president-elect coordinator co-ordinator organiser campaigner teammate
    colleague mp mep
    msp backbencher peer politician assistant dj deejay agent champion seed marshal
    fisherman driver mechanic electrician plumber carpenter cleaner waiter waitress bartender
    cashier miner labourer laborer grandmother grandfather retiree pensioner homeowner shopper
    commuter passenger voter supporter mum mom dad tourist protester demonstrator shopkeeper
    landlord tenant businessman businesswoman housewife wicketkeeper keeper batsman bowler
    opener all-rounder spinner fly-half scrum-half flanker full-back jockey rider cyclist
    swimmer sprinter runner boxer golfer batter pitcher catcher quarterback linebacker
    shortstop gymnast hurdler wrestler
    """
)

# German role nouns also end compounds written before a name: "Verkehrsplaner Jonas Albrecht",
# "Stadtrat Emil Hartung", "Regierungssprecher ...".
GERMAN_ROLE_ENDINGS: tuple[str, ...] = (
    "sprecher",
    "sprecherin",
    "chef",
    "chefin",
    "minister",
    "ministerin",
    "präsident",
    "präsidentin",
    "leiter",
    "leiterin",
    "direktor",
    "direktorin",
    "trainer",
    "trainerin",
    "experte",
    "expertin",
    "planer",
    "planerin",
    "meister",
    "meisterin",
    "rat",
    "rätin",
    "vorsitzende",
    "vorsitzender",
    "berater",
    "beraterin",
    "anwalt",
    "anwältin",
    "forscher",
    "forscherin",
    "kanzler",
    "kanzlerin",
    "sekretär",
    "sekretärin",
    "manager",
    "managerin",
    "analyst",
    "analystin",
    "ökonom",
    "ökonomin",
    "politiker",
    "politikerin",
)

# Words that end an organisation, place or event name ("Dick Clark Productions").
ORG_WORDS: frozenset[str] = words(
    """
    authority authorities agency association bank group inc ltd llc plc corp corporation
    company co council committee commission department ministry office university college
    school institute institution foundation trust party house court parliament assembly
    congress senate government administration service services police army navy force forces
    union league federation club team united city county state states republic kingdom times
    post news journal herald telegraph guardian tribune gazette magazine network radio
    television tv channel press media studio studios productions records pictures films
    festival award awards prize cup championship games olympics street road avenue square
    hospital centre center museum gallery library theatre theater stadium airport station
    church cathedral mosque temple bridge island islands river lake mountain mountains
    valley hotel restaurant airlines airways motors systems technologies technology robotics
    holdings partners capital securities fund funds exchange reserve treasury board bureau
    organisation organization alliance coalition movement front brigade brigades corps guard
    guards command centre project programme program initiative summit conference prosecution
    express machines aerospace space labs laboratory industries industry act law treaty
    agreement accord plan day week year month war amt ministerium partei regierung verband
    gesellschaft bank gmbh ag partnership brothers associates ventures enterprises society
    campaign research economics insurance financial pharmaceuticals energy entertainment
    communications solutions consulting management stores foods bancorp international
    watch
    """
)

# Endings of company names that are often shortened to the founder's name: "John Lewis
# Partnership" makes a later "John Lewis said" the company too.
BUSINESS_ENDINGS: frozenset[str] = words(
    """
    partnership plc ltd inc llc corp corporation co group holdings stores brothers sons
    """
)

# Countries, big places and demonyms often written before names or as metonymic speakers.
PLACES: frozenset[str] = words(
    """
    us usa america american americans uk britain british england english scotland scottish
    wales welsh ireland irish europe european eu france french germany german italy italian
    spain spanish portugal portuguese russia russian ukraine ukrainian china chinese japan
    japanese korea korean india indian pakistan pakistani iran iranian iraq iraqi syria
    syrian israel israeli palestine palestinian gaza lebanon lebanese jordan jordanian egypt
    egyptian turkey turkish saudi arabia arabian yemen qatar afghanistan afghan taliban
    canada canadian mexico mexican brazil brazilian argentina australia australian zealand
    africa african nigeria kenya sweden swedish norway norwegian denmark danish finland
    finnish iceland netherlands dutch belgium belgian switzerland swiss austria austrian
    poland polish greece greek hungary czech romania bulgaria serbia croatia bolivia
    bolivian venezuela colombia chile peru cuba ecuador ecuadorean washington london paris
    berlin moscow beijing tokyo tehran baghdad damascus kabul kyiv kiev brussels rome madrid
    jerusalem cairo delhi york hong kong shanghai geneva vienna stockholm copenhagen oslo
    dublin edinburgh manchester los angeles chicago boston texas california florida indiana
    kentucky ohio virginia oklahoma arizona nato un middle east west north south asia asian
    western eastern northern southern pentagon kremlin whitehall downing wall street silicon
    valley hollywood manhattan westminster minnesota buffalo indianapolis odense
    moscow-based deutschland deutsche deutscher berlin münchen hamburg österreich schweiz
    wien
    """
)

# Capitalised words that are never (part of) a person's name: function words, sentence
# openers, months, days, and generic capitalised nouns.
NOT_NAME: frozenset[str] = words(
    """
    the a an this that these those there here it its he she his her him they them their we
    our us you your i my me and or but so if when while after before as at by for from in
    into of on onto to with without about above below over under since until during through
    however meanwhile meantime also still yet then thus therefore although though because
    indeed instead moreover furthermore nevertheless nonetheless otherwise besides later
    earlier now today yesterday tomorrow tonight last next first second third finally other
    another some any many most more much few several all both each every no not none such
    what which who whom whose where why how yes oh well just only even already again
    according among amongst against between despite per via like unlike near january
    february march september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec monday tuesday wednesday thursday friday saturday sunday god mass christmas
    easter ramadan republican republicans democrat democrats democratic conservative
    conservatives labour tory tories liberal liberals socialist socialists gop sources
    source officials official prosecutors police teachers critics analysts experts reporters
    residents witnesses lawmakers legislators ministers leaders protesters fans profile
    timeline watch read listen video photo image getty reuters ap afp mr mrs ms dr former
    ex late veteran retired fellow rival outgoing incoming interim acting then der die
    das ein eine einer eines dem den des und oder aber auch nach vor mit von zu im am beim
    zum zur bei für über unter laut zufolge so wie als wenn dass ob er sie es wir ihr man
    nicht noch schon nun dann denn doch jedoch sowie bereits etwa rund
    """
)

# Lower-case connectors inside names ("Nick Van den Brul", "Ludwig van Beethoven").
PARTICLES: frozenset[str] = words(
    """
    van von den der de da di du la le al bin ibn el ter ten dos das del della
    """
)

# Generational suffixes, kept in the full name but never the surname.
SUFFIXES: frozenset[str] = words(
    """
    jr sr ii iii iv
    """
)

# Letters after a name, never part of it ("Nick Johnson KC", "Jane Doe MP").
POSTNOMINALS: frozenset[str] = words("kc qc mp mep msp mla obe cbe mbe kbe dbe phd")

# Pronouns used as speech subjects, with gender ("" = unknown / plural ignored).
PRONOUNS: dict[str, str] = {"he": "m", "she": "f", "er": "m"}

# Months that are also names ("Theresa May"): a name only after another name token.
NAME_MONTHS: frozenset[str] = frozenset(["april", "may", "june", "august"])

# Nouns that describe a business, group or work, written straight before its name: whatever
# follows is no person ("bookmaker William Hill", "Handset maker Sony Ericsson", "Leeds band
# Kaiser Chiefs", "Research firm Gartner").
ORG_DESCRIPTORS: frozenset[str] = words(
    """
    bookmaker bookmakers retailer retailers carmaker automaker chipmaker drugmaker maker
    makers manufacturer airline carrier broadcaster broadcasters insurer lender bank firm
    firms company companies group chain supermarket brewer publisher label studio website
    newspaper paper magazine tabloid band bands club clubs outfit operator giant conglomerate
    consultancy agency charity union watchdog regulator consortium franchise brand album film
    movie single show series programme sitcom drama novel book play musical song
    """
)

# Nouns for a person by nationality ("the Croat", "the Dutchman"): like a role, they point
# back to the person just mentioned.
DEMONYMS: frozenset[str] = words(
    """
    croat serb scot scotsman welshman irishman englishman frenchman dutchman briton
    american german spaniard italian portuguese swiss swede dane norwegian finn russian
    australian argentine argentinian brazilian belgian austrian czech pole kenyan
    ethiopian nigerian ghanaian jamaican canadian japanese chinese korean indian
    pakistani israeli egyptian turk greek ukrainian chilean colombian uruguayan
    """
)

# Nouns for a person by age or career stage, used like roles: "the 30-year-old said".
ANAPHORIC_ROLES: frozenset[str] = DEMONYMS | words("year-old veteran youngster teenager")

# Relatives: "Name, whose son ..." can only be said of a person.
KIN_NOUNS: frozenset[str] = words(
    """
    son sons daughter daughters husband wife father mother brother brothers sister sisters
    child children parents grandson granddaughter grandmother grandfather mom dad fiancé
    fiancée fiance fiancee partner family niece nephew uncle aunt cousin stepson stepdaughter
    """
)
