"""Who is a person in German text, beyond the shared name evidence.

- **More given names** (``german-given-names.txt``): German news names people from every
  country; a known given name makes "Gisa Bart" a person and gives "er"/"sie" a gender.
- **Person nouns after a speech verb**: "meinte der Kreisläufer", "erzählt die Rentnerin":
  a noun whose ending makes it a word for a person (``german-person-endings.txt``, with the
  article's gender) describes the person just written about, even when no list has the word.
- **A one-word name that a description after a speech verb refers back to**: "Den Ausgleich
  erzielte Joelinton … „…“, sagte der Brasilianer": nothing else marks "Joelinton" as a
  person, but a nationality, an age or a player's position right after the speech verb means
  the last one named before it, so that word is a person's name.
- **Authorities are no one** (``german-organisation-nouns.txt``): "laut Polizei".
"""

from __future__ import annotations

from reader.speakers.lexicon import DEMONYMS, FIRST_NAMES, PLACES, word_map, word_set, words
from reader.speakers.names import NameMention
from reader.speakers.text import Index, Token
from reader.speakers.verbs import GERMAN_FORMS, SPEECH_FORMS

GERMAN_GIVEN_NAMES: dict[str, str] = word_map("german-given-names")
_PERSON_ENDINGS: dict[str, tuple[str, ...]] = {}
for _pair in word_set("german-person-endings"):
    _article, _ending = _pair.split()
    _PERSON_ENDINGS[_article] = (*_PERSON_ENDINGS.get(_article, ()), _ending)
_INSTITUTIONS = word_set("german-institution-nouns")
ORGANISATION_NOUNS = word_set("german-organisation-nouns")
GERMAN_DEMONYMS = DEMONYMS | word_set("german-demonyms")  # "der Kolumbianer", "die Chilenin"
_GENDER = {"der": "m", "die": "f"}
_MIN_NOUN = 6  # shorter words are too often something else ("der Tor", "die Lin")
# a player's position, German: these describe a player as a nationality or an age does
_POSITIONS = words(
    """
    stürmer torhüter torwart keeper verteidiger abwehrspieler mittelfeldspieler angreifer
    spielmacher kreisläufer rückraumspieler flügelspieler innenverteidiger außenverteidiger
    linksaußen rechtsaußen mittelstürmer sechser zehner kapitän goalie
    """
)
# where a place or a team stands, not a person: "in Bochum", "gegen Rapid"
_DETERMINERS = words(
    """
    der die das den dem des ein eine einen einem einer eines sein seine seinen seinem seiner
    ihr ihre ihren ihrem ihrer unser unsere dessen deren kein keine keinen keinem keiner
    seines ihres meines deines unseres keines jedes dieses
    """
)
# number words: "binnen sechs Minuten" opens a noun phrase, as an article does
_NUMBERS = words(
    """
    zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig
    hundert tausend beiden mehrere etliche
    """
)
_NOUN_PHRASE_REACH = 4  # lower-case words from a name back to the article or preposition
_PLACE_PREPOSITIONS = words("in aus nach gegen bei nahe")
PREPOSITIONS_DE = words(
    """
    von mit gegenüber bei für über an zu nach vor aus um durch gegen ohne laut zufolge unter
    zwischen neben hinter seit bis beim vom zum zur per in im auf am ins ans dank trotz wegen
    """
)
_SPEECH_WORDS = GERMAN_FORMS | frozenset(SPEECH_FORMS)
_DESCRIPTION_REACH = 4  # tokens from the article to the description ("der 24-jährige Brasilianer")
_BACK_SENTENCES = 2  # sentences searched back for the one-word name


def german_given_gender(word: str) -> str | None:
    """The gender of a given name from either list ("" for either), or None."""
    low = word.split("-")[0].lower()
    found = FIRST_NAMES.get(low)
    return found if found is not None else GERMAN_GIVEN_NAMES.get(low)


def german_gender(main_words: tuple[str, ...]) -> str:
    """ "m", "f" or "" for a full name by the German list of given names."""
    if len(main_words) < 2:
        return ""
    return GERMAN_GIVEN_NAMES.get(main_words[0].split("-")[0].lower(), "")


def person_noun(word: str, article: str) -> str | None:
    """The gender ("m"/"f") of a capitalised noun that ``article`` ("der"/"die") and its ending
    make a word for a person ("der Kreisläufer", "die Rentnerin", "der Angeklagte"), else None.
    "die" with a masculine ending is a plural ("die Forscher") and no one."""
    low = word.lower()
    if not word[:1].isupper() or len(low) < _MIN_NOUN or article not in _PERSON_ENDINGS:
        return None
    if low in _INSTITUTIONS or low in ORGANISATION_NOUNS:
        return None
    if article == "die" and not low.endswith(("in", "te", "de")):
        return None
    return _GENDER[article] if low.endswith(_PERSON_ENDINGS[article]) else None


def described_one_word_names(index: Index, mentions: list[NameMention]) -> set[int]:
    """One-word name mentions that a description after a later speech verb refers back to
    ("erzielte Joelinton … sagte der Brasilianer", "traf Jatobá … meinte der 24-Jährige"):
    the last name mentioned in the two sentences before the verb's, when it is one word, not
    a sentence's first, that no place preposition governs anywhere in the text ("gegen
    Rapid", "in Bochum") and that is no known place."""
    tokens = index.tokens
    by_last = {m.last_token: i for i, m in enumerate(mentions)}
    found: set[int] = set()
    placed: set[str] | None = None  # words the text puts after "in", "gegen", …
    for k in index.positions(_SPEECH_WORDS):
        token = tokens[k]
        if k + 2 >= len(tokens) or not _describes(tokens, k + 1):
            continue
        sentence = index.sentence_of(token.start)
        first = index.sentences[max(0, sentence - _BACK_SENTENCES)][0]
        j = index.token_at(index.sentences[sentence][0]) - 1  # not the words reported
        while (
            j >= 0
            and tokens[j].start >= first
            and not _subject_mention(index, mentions, by_last, j)
        ):
            j -= 1
        if j < 0 or tokens[j].start < first:
            continue
        i = by_last[j]
        m = mentions[i]
        word = m.words[0].lower()
        if len(m.words) != 1 or _opens_sentence(index, m) or word in PLACES:
            continue  # a sentence's first word may be any noun ("Ich", "Risiko")
        if word in ORGANISATION_NOUNS:
            continue
        if placed is None:
            after = (q + 1 for q in index.positions(_PLACE_PREPOSITIONS))
            placed = {tokens[q].lower for q in after if q < len(tokens)}
        if word in placed:
            continue  # "gegen Schalke", "in Bochum": a team or a place, wherever it stands
        found.add(i)
    return found


def _opens_sentence(index: Index, m: NameMention) -> bool:
    start = index.tokens[m.run_start].start
    return not index.text[index.sentences[index.sentence_of(start)][0] : start].strip()


def _subject_mention(
    index: Index, mentions: list[NameMention], by_last: dict[int, int], j: int
) -> bool:
    """Whether a name mention ends at token ``j`` after a verb or another lower-case word
    that is no preposition or article ("erzielte Joelinton"; not "per Kopf", "der 94.
    Minute")."""
    i = by_last.get(j)
    if i is None:
        return False
    if mentions[i].run_start == 0 or _opens_sentence(index, mentions[i]):
        return True  # a sentence's subject, perhaps (it stops the search, names no one)
    before = index.tokens[mentions[i].run_start - 1]
    if not before.is_word or before.is_capitalised:
        return False
    return not _in_noun_phrase(index.tokens, mentions[i].run_start)


def _in_noun_phrase(tokens: list[Token], first: int) -> bool:
    """Whether the lower-case words right before token ``first`` go back to an article, a
    number word or a preposition before any capitalised word ("in besonders heißen
    Sommern", "binnen sechs Minuten", "seines Teams"), or are more than the one verb that
    puts its subject after it ("sammelten viele Arten kaum noch Pollen": an object). So
    "erzielte Joelinton" and "Matchwinner war Jatobá" stay a verb's subject."""
    for j in range(first - 1, max(-1, first - 1 - _NOUN_PHRASE_REACH), -1):
        t = tokens[j]
        if t.lower in PREPOSITIONS_DE or t.lower in _DETERMINERS or t.lower in _NUMBERS:
            return True  # also a sentence's first word: "In besonders heißen Sommern"
        if not t.is_word or t.is_capitalised:
            return first - j > 2
    return True


def _describes(tokens: list[Token], j: int) -> bool:
    """Whether a definite article at ``j`` opens a nationality, a player's position or an age
    ("der Brasilianer", "der Stürmer", "die 24-Jährige")."""
    if tokens[j].lower not in _GENDER:
        return False
    for r in range(j + 1, min(len(tokens), j + 1 + _DESCRIPTION_REACH)):
        t = tokens[r]
        if t.is_word and t.is_capitalised:
            low = t.lower
            aged = low.startswith("jährig") and tokens[r - 1].text == "-"
            return low in GERMAN_DEMONYMS or low in _POSITIONS or aged
        if not (t.is_word or t.text == "-" or t.text.isdigit()):
            return False
    return False
