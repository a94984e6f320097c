"""German attributions beyond "sagte Merkel": subjects anywhere in the verb's clause.

German puts the finite verb second and participles and subordinate verbs last, so the speaker
of "Bereits Ende Dezember hatte er gegenüber L'Equipe betont:", "CEO Tim Cook hat versprochen,
..." or "..., wie der Regierungschef Gheorghe Brega vor Journalisten sagte" stands somewhere in
the clause before the verb: the first person named there (not after a preposition: "gegenüber
L'Equipe", "von Matthias Prückler"), or "er"/"sie". A role after the verb ("meinte der
ehemalige Porto-Coach", "so der Landeshauptmann", "sagt der 31-Jährige") means the person just
named or who just spoke.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.speakers.german_people import GERMAN_DEMONYMS, person_noun
from reader.speakers.lexicon import PARTICLES, word_set, words
from reader.speakers.roles import role_of

if TYPE_CHECKING:
    from reader.speakers.attribution import Attribution, _Finder
    from reader.speakers.text import Token

_CLAUSE_MARKS = ",;:–—()"
_CLAUSE_OPENERS = words("dass wie als weil nachdem ob wobei während")
_OBJECT_PREPOSITIONS = words(
    """
    von mit gegenüber bei für über an zu nach vor aus um durch gegen ohne laut zufolge unter
    zwischen neben hinter seit bis beim vom zum zur
    """
)
_ARTICLES = words("der die dem des ein eine einer")
_PRONOUNS = ("er", "sie")
_NEGATIONS = words("nicht nie niemals keinesfalls")
_PASSIVE_AUXILIARIES = words(
    "sei seien ist sind war waren wäre wären wird werden wurde wurden werde worden"
)
_NEGATION_REACH = 4  # words from a speech verb to a negation of it ("äußerte sich zunächst nicht")
_DASHES = ("–", "—")
_PARENTHESIS_REACH = 25  # tokens of a "– … –" parenthesis inside a participle phrase
PARTY_MEMBERS = word_set("german-party-members")  # "sagte der Grüne"
REFLEXIVE_SPEECH = word_set("german-reflexive-speech-verbs")  # "„…“, ärgerte sich X"
HEARSAY = words("hieß heißt")  # "hieß es von Bürgermeister X"
_HEARSAY_SOURCES = words("von bei seitens")
_QUOTE_CLOSERS = "“”»«\"'‘’"
_QUOTE_OPENERS = '„“»«"‚'
_DATIVE_PRONOUNS = {"ihm": "er", "ihr": "sie"}  # "Ihm zufolge"
_GOING_ON = words("weiter weiters abschließend außerdem zudem ergänzend dazu")
_ROLE_REACH = 5  # words between the article and the role noun ("der ehemalige Porto-Coach")


def german_subject(finder: _Finder, k: int) -> Attribution | None:
    """The speaker of the German speech verb at token ``k``: a role right after it, else the
    first person or "er"/"sie" of its clause before it."""
    return role_after(finder, k) or _clause_subject(finder, k)


def german_negated(finder: _Finder, k: int) -> bool:
    """ "kann er aber nicht sagen", "wollte sich nie äußern": a speech verb right after a
    negation reports that nothing was said; so does one whose own clause negates it after
    it ("äußerte sich zunächst nicht zu dem Streit", "sagte dazu nichts")."""
    return (k > 0 and finder.tokens[k - 1].lower in _NEGATIONS) or negated_after(finder, k)


def negated_after(finder: _Finder, k: int) -> bool:
    """A negation among the few words after the verb at ``k``, before its clause ends ("nicht
    nur" and "nicht ohne" negate nothing said)."""
    tokens = finder.tokens
    for j in range(k + 1, min(len(tokens), k + 1 + _NEGATION_REACH)):
        t = tokens[j]
        if not t.is_word or t.lower in _CLAUSE_OPENERS or (t.is_capitalised and j > k + 1):
            return False  # the clause ends, or a name or noun comes first ("sagte Berg nicht")
        if t.lower in _NEGATIONS or t.lower == "nichts":
            nxt = tokens[j + 1].lower if j + 1 < len(tokens) else ""
            return nxt not in ("nur", "ohne", "zuletzt")
    return False


def german_passive(finder: _Finder, k: int) -> bool:
    """A speech verb's participle in a clause with a form of "sein" or "werden" is a passive
    ("Die Innenministerin sei gefordert, ...", "Er wurde gefragt, ..."): its subject is no
    speaker (German speech verbs form their perfect with "haben")."""
    tokens = finder.tokens
    if not tokens[k].lower.startswith("ge"):
        return False
    return any(t.lower in _PASSIVE_AUXILIARIES for t in tokens[_clause_start(finder, k) : k])


def pronoun_before(finder: _Finder, k: int) -> Attribution | None:
    """ "Ihm zufolge", "Ihr zufolge": the person a dative pronoun before a postposition at
    ``k`` means, resolved as "er"/"sie"."""
    from reader.speakers.attribution import Attribution

    if k == 0:
        return None
    before = finder.tokens[k - 1]
    pronoun = _DATIVE_PRONOUNS.get(before.lower)
    if pronoun is None:
        return None
    t = finder.tokens[k]
    return Attribution("pronoun", before.start, t.start, t.end, word=pronoun)


def ends_after_name(finder: _Finder, j: int) -> bool:
    """Whether the clause of ", so X" ends at token ``j`` after the name, perhaps after an
    adverb of going on (", so Dorn weiter.", ", so Dorn abschließend;")."""
    tokens = finder.tokens
    if j < len(tokens) and tokens[j].lower in _GOING_ON:
        j += 1
    return j < len(tokens) and tokens[j].text in ".;"


def governed_by_preposition(finder: _Finder, m: int) -> bool:
    """Whether name mention ``m`` is the object of a preposition ("sagt der von Matthias
    Prückler verteidigte 31-Jährige": Prückler defends, the 31-year-old speaks)."""
    first = finder.mentions[m].run_start
    if first == 0 or finder.tokens[first - 1].lower not in _OBJECT_PREPOSITIONS:
        return False
    return not _particle_of_name(finder, m, finder.tokens[first - 1].lower)


def _particle_of_name(finder: _Finder, m: int, word: str) -> bool:
    """Whether ``word`` before the surname of mention ``m`` is the particle of a name the
    text gives in full ("Friedrich von Albrecht … sagte von Albrecht"): no preposition."""
    if word not in PARTICLES:
        return False
    surname = finder.mentions[m].words[-1]
    return any(
        len(other.words) > 2 and other.words[-2].lower() == word and other.words[-1] == surname
        for other in finder.mentions
    )


def reflexive_after_quote(finder: _Finder, k: int) -> Attribution | None:
    """ "„…“, ärgerte sich Trainer X", "„…“, freute sich die Ministerin": a verb of feeling
    with "sich" after it reports the quotation it follows (``german-reflexive-speech-verbs``);
    the speaker is the name or role after "sich"."""
    tokens = finder.tokens
    if tokens[k].lower not in REFLEXIVE_SPEECH or k < 2 or k + 2 >= len(tokens):
        return None
    if tokens[k + 1].lower != "sich" or tokens[k - 1].text != ",":
        return None
    if tokens[k - 2].text not in _QUOTE_CLOSERS:
        return None
    m = finder.scan_for_name(k + 2)
    if m is not None and not governed_by_preposition(finder, m):
        return finder.name(m, k, tokens[k].end)
    return role_after(finder, k + 1)


def colon_quotation(tokens: list[Token], k: int) -> bool:
    """Whether the colon at ``k`` opens a quotation ("Bürgermeister X: „Wir bauen.“"): the
    name before it is the speaker even at a line start, where an interview's labels stand
    before unquoted answers."""
    return k + 1 < len(tokens) and tokens[k + 1].text in _QUOTE_OPENERS


def heard_from(finder: _Finder, k: int) -> Attribution | None:
    """ "Man sei zuversichtlich, hieß es von Bürgermeister X" ("bei", "seitens"): the person
    named after the source preposition is the speaker; an organisation there is no one."""
    tokens = finder.tokens
    if k + 3 >= len(tokens) or tokens[k + 1].lower != "es":
        return None
    if tokens[k + 2].lower not in _HEARSAY_SOURCES:
        return None
    m = finder.scan_for_name(k + 3)
    return None if m is None else finder.name(m, k, tokens[k + 1].end)


def role_after(finder: _Finder, k: int, anaphoric: bool = True) -> Attribution | None:
    """ "meinte der ehemalige Porto-Coach", "betonte Brasiliens Teamkicker", "so der
    Landeshauptmann": an article or possessive, a few words, and a role noun, or a noun whose
    ending makes it a person ("meinte der Kreisläufer", "erzählt die Rentnerin"). A
    participle phrase may stand between ("sagt der von Matthias Prückler – … – verteidigte
    31-Jährige": the lawyer defends, the 31-year-old speaks). The article gives the gender."""
    from reader.speakers.attribution import Attribution

    tokens = finder.tokens
    j = k + 1
    if not (j < len(tokens) and (tokens[j].lower in _ARTICLES or tokens[j].text.endswith("s"))):
        return None
    article = tokens[j].lower
    r, reach = j + 1, j + _ROLE_REACH + 1
    while r < min(len(tokens), reach):
        t = tokens[r]
        if t.text in _DASHES:  # a parenthesis inside the participle phrase
            close = _closing_dash(tokens, r)
            if close is None:
                return None
            reach += close - r + 1
            r = close + 1
            continue
        if not (t.is_word or t.text == "-" or t.text.isdigit()) or t.lower in _CLAUSE_OPENERS:
            return None  # (an age may come first: "meinte der 69-jährige Niederländer")
        m = finder.by_start.get(r)
        if m is not None:
            if tokens[r - 1].lower not in _OBJECT_PREPOSITIONS:
                return None  # "sagte der Trainer Anna Berg…" is the name's own attribution
            end = finder.mentions[m].last_token  # "von Anna Berger verteidigte": not Berger
            reach += end - r + 1
            r = end + 1
            continue
        found = _role_and_gender(t.text, article) if t.is_capitalised else None
        if found is not None:
            role, gender = found
            return Attribution(
                "role",
                t.start,
                tokens[k].start,
                tokens[k].end,
                word=role,
                anaphoric=anaphoric,
                gender=gender,
            )
        r += 1
    return None


def _role_and_gender(word: str, article: str) -> tuple[str, str] | None:
    """A role noun, nationality or person noun after ``article`` and the gender the article
    and the noun's ending give ("" when they do not say: "die Experten" is a plural)."""
    role = _role(word)
    if role is None:
        gender = person_noun(word, article)
        return None if gender is None else (word.lower(), gender)
    if article == "der" and not role.endswith("in"):
        return role, "m"
    if article == "die" and word.lower().endswith("in"):
        return role, "f"
    return role, ""


def _closing_dash(tokens: list[Token], r: int) -> int | None:
    """The dash closing the parenthesis that the dash at ``r`` opens, within a short reach."""
    for q in range(r + 1, min(len(tokens), r + _PARENTHESIS_REACH)):
        if tokens[q].text in _DASHES:
            return q
        if tokens[q].text in ".;:":
            return None
    return None


def _role(word: str) -> str | None:
    """A role noun or a nationality ("der Salzburger", "der Slowene")."""
    low = word.lower()
    return role_of(word) or (low if low in GERMAN_DEMONYMS or low in PARTY_MEMBERS else None)


def _clause_subject(finder: _Finder, k: int) -> Attribution | None:
    from reader.speakers.attribution import Attribution

    tokens = finder.tokens
    start = _clause_start(finder, k)
    named = _relative_to_name(finder, start)
    if named is not None:  # "Christian Reiter, der erklären soll, wie ...": Reiter
        return finder.name(named, k, tokens[k].end)
    if start == k and k > 0 and tokens[k - 1].text == ",":
        start = _before_relative_clause(finder, k - 1)  # "Der Slowene X, der ..., meinte"
    for j in range(start, k):
        t = tokens[j]
        before = tokens[j - 1].lower if j > 0 else ""
        if before in _OBJECT_PREPOSITIONS:
            continue
        m = finder.by_start.get(j)
        if m is not None and finder.mentions[m].first_token <= k:
            return finder.name(m, k, tokens[k].end)
        if t.text in _PRONOUNS:
            return Attribution("pronoun", t.start, tokens[k].start, tokens[k].end, word=t.text)
        role = _role(t.text) if t.is_capitalised and before in _ARTICLES else None
        gender = ""
        if role is None and t.is_capitalised:
            role, gender = _aged(finder, j) or (None, "")
        if role is not None:
            return Attribution(
                "role",
                t.start,
                tokens[k].start,
                tokens[k].end,
                word=role,
                anaphoric=True,
                gender=gender,
            )
    return None


def _aged(finder: _Finder, j: int) -> tuple[str, str] | None:
    """A person described by their age before a speech verb: "Die 37-Jährige sagte, ...",
    "Der 59-Jährige warnte vor ...", "Die 42-jährige Verletzte erzählt ...". A definite
    article, a number, a hyphen and "Jährige", or the age as an adjective before any noun
    (the noun is then the role: an age makes it a person's description), with the gender
    its article gives ("die": "f", "der": "m"). None otherwise, and
    None when the article gave that age earlier to nobody it named ("einer 42-Jährigen" in
    the lead): the description then means that unnamed person, not whoever was just named."""
    tokens = finder.tokens
    if j < 3 or (tokens[j - 1].text == "-" and not tokens[j].lower.startswith("jährig")):
        return None
    if tokens[j - 1].text == "-":  # "Die 37-Jährige"
        age, article = j - 2, j - 3
    elif j >= 4 and tokens[j - 1].lower in _AGE_ADJECTIVES and tokens[j - 2].text == "-":
        age, article = j - 3, j - 4  # "Die 42-jährige Verletzte"
    else:
        return None
    if not tokens[age].text.isdigit() or tokens[article].lower not in _DEFINITE:
        return None
    if _age_given_to_nobody(finder, tokens[age].text, j):
        return None
    return tokens[j].lower, _GENDER_OF_ARTICLE[tokens[article].lower]


def _age_given_to_nobody(finder: _Finder, age: str, before: int) -> bool:
    """Whether an earlier "<age>-jährige..." of the text stands with no name right after it
    ("einer 42-Jährigen den Knöchel gebrochen"; not "die 42-jährige Anna Berger")."""
    tokens = finder.tokens
    for p in range(before - 3):
        if tokens[p].text != age or tokens[p + 1].text != "-":
            continue
        if not tokens[p + 2].lower.startswith("jährig"):
            continue
        if not any(q in finder.by_start for q in range(p + 3, min(len(tokens), p + 5))):
            return True
    return False


_AGE_ADJECTIVES = words("jährige jähriger jährigen")
_GENDER_OF_ARTICLE = {"der": "m", "die": "f"}
_DEFINITE = frozenset(
    _GENDER_OF_ARTICLE
)  # "eine 84-jährige Zeugin" is someone new, not who was named


def _relative_to_name(finder: _Finder, start: int) -> int | None:
    """The person a relative clause opening at ``start`` is about: the name right before its
    comma ("Sachverständigen Christian Reiter, der erklären soll"), or None."""
    tokens = finder.tokens
    if start < 2 or tokens[start].lower not in _RELATIVE_SUBJECTS or tokens[start - 1].text != ",":
        return None
    return finder.by_last.get(start - 2)


def _clause_start(finder: _Finder, k: int) -> int:
    """The first token of the clause that ends with the verb at ``k``."""
    tokens = finder.tokens
    sentence = finder.index.sentences[finder.index.sentence_of(tokens[k].start)][0]
    j = k - 1
    while j >= 0 and tokens[j].start >= sentence:
        if tokens[j].text in _CLAUSE_MARKS:
            return j + 1
        if tokens[j].lower in _CLAUSE_OPENERS and not _coordinating(tokens, j):
            return j + 1
        j -= 1
    return j + 1


def _coordinating(tokens: list[Token], j: int) -> bool:
    """ "als" of "sowohl X als auch Y" joins two subjects; it opens no clause."""
    return tokens[j].lower == "als" and j + 1 < len(tokens) and tokens[j + 1].lower == "auch"


def _before_relative_clause(finder: _Finder, comma: int) -> int:
    """For "X, der das Training gewann, meinte": the start of the clause before the relative
    clause that ``comma`` closes (``comma + 1`` when there is none)."""
    tokens = finder.tokens
    for j in range(comma - 1, max(-1, comma - _RELATIVE_REACH), -1):
        if tokens[j].text == ",":
            if j + 1 < len(tokens) and tokens[j + 1].lower in _RELATIVE_PRONOUNS:
                return _clause_start(finder, j)
            return comma + 1
    return comma + 1


_RELATIVE_SUBJECTS = words("der die welcher welche")  # the relative pronouns of a subject
_RELATIVE_PRONOUNS = words("der die das dem den deren dessen welcher welche welches")
_RELATIVE_REACH = 25
