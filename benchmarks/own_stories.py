"""Our own articles for saved-page benchmarks (``benchmarks/own_articles/*.txt``), and what the
site templates of :mod:`own_sites3` and :mod:`own_dev3` need from them.

An article file holds ``=== name`` sections: ``key: value`` lines (headline, standfirst, author,
topic, lang), a blank line, then paragraphs separated by blank lines. Every article was written
for this project about invented events; nothing is copied from the corpus.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "own_articles"


@dataclass
class Story:
    key: str
    lang: str
    topic: str
    headline: str
    standfirst: str
    author: str
    paragraphs: list[str]
    others: list[Story] = field(default_factory=list)  # other stories, same topic first

    def card(self, index: int) -> Story:
        """The ``index``-th other story (wrapping round)."""
        return self.others[index % len(self.others)]


def read_stories(pattern: str) -> list[Story]:
    """The stories of the files matching ``pattern`` in ``own_articles``, with their ``others``
    (stories in the same language: the same topic first, then the rest shuffled)."""
    stories: list[Story] = []
    for path in sorted(FOLDER.glob(pattern)):
        text = "\n".join(
            line for line in path.read_text("utf-8").splitlines() if not line.startswith("#")
        )
        for section in re.split(r"^=== ", text, flags=re.MULTILINE)[1:]:
            name, _, rest = section.partition("\n")
            head, _, body = rest.strip("\n").partition("\n\n")
            fields = dict(line.split(": ", 1) for line in head.splitlines())
            paragraphs = [p.replace("\n", " ").strip() for p in body.split("\n\n") if p.strip()]
            stories.append(
                Story(
                    name.strip(),
                    fields.get("lang", "en"),
                    fields.get("topic", ""),
                    fields["headline"],
                    fields.get("standfirst", ""),
                    fields.get("author", ""),
                    paragraphs,
                )
            )
    for story in stories:
        rng = random.Random(story.key)
        same = [s for s in stories if s.topic == story.topic and s is not story]
        rest = [s for s in stories if s.topic != story.topic and s.lang == story.lang]
        rng.shuffle(rest)
        story.others = same + rest
    return stories


def story_by_key(stories: list[Story]) -> dict[str, Story]:
    return {story.key: story for story in stories}
