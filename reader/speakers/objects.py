"""Objects that are statements: what "denied", "described ... as" and "accused ... of" report.

The annotation guidelines count a speech act's noun-phrase object as what the speaker said:
"Smith denied the allegations" attributes "the allegations" to Smith, "described the plan as
a mistake" gives "the plan as a mistake", "accused him of lying" gives "him of lying". Which
verbs do so, and which words must complete their object, is data
(``statement-object-verbs.txt``). An object that names a person or a place and nothing else
("praised Smith", "criticised him", "condemned Russia") says nothing, nor does a thing refused
("denied entry", "denied him bail"; ``not-statement-objects.txt``). Other verbs that take an
object (thank, welcome, write, ...) still report nothing after one.
"""

from __future__ import annotations

from reader.speakers.lexicon import PREPOSITIONS, ROLE_NOUNS, entries, word_set, words
from reader.speakers.text import CLOSING_MARKS, OPEN_QUOTES, Index, Token

_ANY = "any"
_NOT_CLAIMS = word_set("not-statement-objects")
_DETERMINERS = words("the a an his her their its our my your this that these those all any some")
_PERSONAL = words("him her them me us you it himself herself themselves")
_OBJECT_END = ",;:—–("  # an object ends at the clause's next punctuation ("the charge, has ...")
_PHRASE_ENDS = PREPOSITIONS | word_set("adjunct-openers") | words("who whom whose which that")
_QUOTES = OPEN_QUOTES + CLOSING_MARKS + "\"'"


def _table() -> dict[str, tuple[frozenset[str], bool]]:
    """verb -> (the words completing its object, whether any non-person object counts)."""
    table: dict[str, tuple[frozenset[str], bool]] = {}
    for line in entries("statement-object-verbs"):
        verb, *rest = line.split()
        completing = frozenset(w for w in rest if w != _ANY)
        table[verb] = (completing, not completing or _ANY in rest)
    return table


#: Base form -> (words completing the object, whether a plain non-person object counts).
STATEMENT_OBJECT_VERBS: dict[str, tuple[frozenset[str], bool]] = _table()


def object_end(index: Index, k: int, last: int) -> int:
    """The token after the object opening at token ``k``: the first punctuation that ends a
    phrase outside a quotation ("the accusation, has avoided ..."), else ``last``."""
    tokens = index.tokens
    for j in range(k + 1, last):
        t = tokens[j]
        if t.text in _OBJECT_END and index.quote_at(t.start) is None:
            return j
    return last


def statement_object(index: Index, verb: str, k: int, stop: int) -> bool:
    """Whether tokens ``k`` to ``stop`` after a form of the base verb ``verb`` are an object
    the guidelines count as what was said: the verb is a statement-object verb, a completing
    word follows the object's first word ("described this as ...", "accused him of ..."), or
    the verb takes any object and this one names no person ("denied the allegations")."""
    spec = STATEMENT_OBJECT_VERBS.get(verb)
    if spec is None or k >= stop:
        return False
    completing, plain = spec
    tokens = index.tokens[k:stop]
    if any(t.lower in completing for t in tokens[1:]):
        return True
    return plain and not _names_someone(tokens) and not _refused(tokens)


def _names_someone(tokens: list[Token]) -> bool:
    """An object that is only a person or a place: a pronoun ("him"), capitalised words
    ("Russia", "Mr Smith"), or a role ("the referee", "his predecessor")."""
    content: list[Token] = []
    for t in tokens:  # the noun phrase: up to a preposition or relative ("the referee after")
        if content and t.lower in _PHRASE_ENDS:
            break
        if t.is_word and t.lower not in ("'s", "’s"):
            content.append(t)
    if not content:
        return True
    if content[0].lower in _PERSONAL and len(content) <= 2:
        return True
    if all(t.is_capitalised for t in content):
        return True
    heads = [t for t in content if t.lower not in _DETERMINERS and not t.is_capitalised]
    return len(heads) == 1 and heads[0].lower in ROLE_NOUNS


def _refused(tokens: list[Token]) -> bool:
    """ "denied entry", "denied him bail", "dismissed the case": the first noun after
    determiners and personal pronouns is a thing refused, not a claim."""
    for t in tokens:
        if t.lower in _DETERMINERS or t.lower in _PERSONAL or t.text in _QUOTES:
            continue
        return t.lower in _NOT_CLAIMS
    return False
