"""An article's headline and lead: where they are, and who a lead's role means."""

from __future__ import annotations

from reader.speakers.leads import LeadRoles, headline_end, in_lead
from reader.speakers.people import find_people
from reader.speakers.text import Index

ARTICLE = (
    "Minister attacks Railco\n\n"
    "The transport minister has accused Railco of misleading passengers.\n\n"
    '"This cannot go on," said Transport Minister Ann Holt.'
)


def test_a_headline_is_a_first_line_without_a_full_stop() -> None:
    assert headline_end(ARTICLE) == ARTICLE.index("\n\n")
    assert headline_end("The minister spoke.\n\nShe said no.") == 0
    assert headline_end("One paragraph only") == 0


def test_the_lead_is_the_paragraph_after_the_headline() -> None:
    assert in_lead(ARTICLE, ARTICLE.index("transport minister"))
    assert not in_lead(ARTICLE, ARTICLE.index("Railco"))  # the headline
    assert not in_lead(ARTICLE, ARTICLE.index("This cannot"))
    plain = "The minister spoke on Monday.\n\nShe said no."
    assert in_lead(plain, plain.index("minister"))
    assert not in_lead(plain, plain.index("She"))


def _lead_person(text: str, role: str, at: str) -> str | None:
    index = Index(text)
    found = find_people(index, "en")
    role_start: dict[str, dict[int, int]] = {}
    for m, p in zip(found.mentions, found.owner, strict=True):
        for r in m.roles if p >= 0 else ():
            role_start.setdefault(r, {}).setdefault(p, m.start)
    lead = LeadRoles(index, found.mentions, found.owner)
    person = lead.named_later(role, text.index(at), role_start)
    return None if person is None else " ".join(found.people[person].main)


def test_a_lead_role_goes_to_the_person_later_named_with_it_and_its_modifiers() -> None:
    assert _lead_person(ARTICLE, "minister", "minister has") == "Ann Holt"
    other = ARTICLE.replace("Transport Minister", "Health Minister")
    assert _lead_person(other, "minister", "minister has") is None
