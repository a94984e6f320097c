# ruff: noqa: E501  (the site templates are HTML written out in full)
"""Our own whole-page texts, overshooting copies and printed PDFs, for measuring page cleaning.

Site templates written for this project (``own_sites1.py``: the first sets; ``own_sites3.py``:
blind set 3, around our own articles; ``own_dev3.py``: dev set 3) (menus, sidebars, share bars, newsletter boxes,
captions, related lists, comments, footers: the shapes of real news pages, in our own words)
wrap article bodies read at run time from the shared corpus (``bbc/``, ``cnndm/``, ``german/``;
nothing is copied into the project). Each page is rendered the ways people save it:

* ``NAME.txt``: the whole page as text, ``w3m -dump -cols 100`` (as ``saved/*.txt``);
* ``NAME.copy.txt``: an overshooting copy, one line a paragraph (``w3m -cols 100000``), cut from
  a few lines above the headline to 3-10 lines below the article's last paragraph;
* ``NAME.pdf``: the page printed by headless Chromium with its default header and footer.

Templates are split: ``dev`` sites may be looked at while writing rules; ``blind`` sites are only
ever scored (before and after), so their figure says how the rules do on pages they never saw.
The ``blind`` copies were looked at once (after their first score), and four rules changed after
that (docs/benchmarks.md); ``blind2`` was written then, scored, and looked at after it; ``blind3``
was written before the work on trailing lines and scored once at its end; ``blind4``
(``own_sites4.py``) was written after that, before the next round of changes, and scored before
and after it. ``fit`` renders every
dev template around many corpus articles (copies only): the data ``bench_overshoot.py --fit``
fits the tail weights on.
Rendering needs Debian's ``w3m`` (and ``chromium`` for PDFs); without them nothing is built.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from own_html import Article, load_articles
from own_sites1 import SITES


def _w3m(path: Path, cols: int) -> str:
    done = subprocess.run(
        [
            "w3m",
            "-dump",
            "-cols",
            str(cols),
            "-T",
            "text/html",
            "-I",
            "UTF-8",
            "-O",
            "UTF-8",
            str(path),
        ],
        capture_output=True,
        check=True,
    )
    return done.stdout.decode("utf-8")


def _norm(line: str) -> str:
    return " ".join(re.findall(r"\w+", line.lower()))


def _copy(
    one_line: str,
    headline: str,
    paragraphs: list[str],
    rng: random.Random,
    *,
    neutral: tuple[str, ...] = ("Reporting by",),
    blank: bool = False,
    below: tuple[int, int] = (3, 10),
    keep_neutral: bool = False,
) -> tuple[str, list[str], list[str]]:
    """An overshooting copy: (text, trailing lines, article lines).

    The copy starts 0-4 lines above the headline and runs ``below`` lines (a random number in
    that range) past the article's last paragraph; lines starting with one of ``neutral`` (the
    article's own credit under it) are neither trailing nor article lines (and are left out of
    the copy unless ``keep_neutral``). ``blank``: a blank
    line between lines, as a browser copies paragraphs."""
    lines = [line.strip() for line in one_line.splitlines() if line.strip()]
    norm = [_norm(line) for line in lines]
    first = next(i for i, n in enumerate(norm) if n.endswith(_norm(paragraphs[0])))
    last = max(i for i, n in enumerate(norm) if n == _norm(paragraphs[-1]))
    head = next((i for i in range(first, -1, -1) if norm[i] == _norm(headline)), first)
    start = max(0, head - rng.randint(0, 4))
    under = lines[last + 1 : last + 1 + rng.randint(*below)]
    # a credit under the article is the article's own sign-off: neither kept nor removed
    trailing = [line for line in under if not line.startswith(neutral)]
    wanted = {_norm(p) for p in paragraphs}
    kept = [line for line in lines[head : last + 1] if _norm(line) in wanted]
    shown = lines[start : last + 1] + (under if keep_neutral else trailing)
    return ("\n\n" if blank else "\n").join(shown) + "\n", trailing, kept


def render(
    folder: Path,
    name: str,
    markup: str,
    truth: dict[str, object],
    *,
    pdf: bool,
    copy: Callable[[str], tuple[str, list[str], list[str]]],
) -> dict[str, object]:
    """Write page ``name``'s forms (``.html``, ``.txt``, ``.copy.txt``, ``.pdf``) into
    ``folder``; returns ``truth`` with the copy's ``trailing`` and ``article`` lines."""
    html_path = folder / f"{name}.html"
    html_path.write_text(markup, "utf-8")
    (folder / f"{name}.txt").write_text(_w3m(html_path, 100), "utf-8")
    text, trailing, kept = copy(_w3m(html_path, 100000))
    (folder / f"{name}.copy.txt").write_text(text, "utf-8")
    if pdf and shutil.which("chromium"):
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--disable-gpu",
                "--no-sandbox",
                f"--print-to-pdf={folder / (name + '.pdf')}",
                html_path.as_uri(),
            ],
            capture_output=True,
            check=False,
            timeout=120,
        )
    return {**truth, "trailing": trailing, "article": kept}


def build(folder: Path, *, pdf: bool = True, per_site: int = 3) -> dict[str, dict[str, object]]:
    """Write the pages of the first sets (``dev``, ``blind``, ``blind2``: our templates around
    corpus bodies) into ``folder``; returns the truth by page name."""
    if shutil.which("w3m") is None:
        return {}
    articles = load_articles()
    rng = random.Random(2024)
    german_articles = [a for a in articles if a.lang == "de"]
    english = [a for a in articles if a.lang == "en"]
    rng.shuffle(english)
    truth: dict[str, dict[str, object]] = {}
    index = 0
    for site, (split, template) in SITES.items():
        pool = german_articles if site == "german" else english
        for n in range(per_site):
            article = pool[(index if site != "german" else n) % len(pool)]
            index += 1
            if site == "brief":
                article = Article(
                    article.key,
                    article.lang,
                    article.headline,
                    article.paragraphs[:3],
                    article.standfirst,
                    article.author,
                    article.others,
                )
            name = f"{site}-{n}"
            page_rng = random.Random(f"{site}{n}")
            markup = template(article, page_rng)
            entry: dict[str, object] = {
                "split": split,
                "lang": article.lang,
                "source": article.key,
                "headline": article.headline,
                "body": "\n\n".join(article.paragraphs),
            }
            truth[name] = render(
                folder,
                name,
                markup,
                entry,
                pdf=pdf,
                copy=lambda text, a=article, r=page_rng: _copy(text, a.headline, a.paragraphs, r),
            )
    return truth


def build_stories(folder: Path, split: str, *, pdf: bool = True) -> dict[str, dict[str, object]]:
    """Write the pages of a set of site templates around our own articles: ``blind3``
    (``own_sites3.py``), ``blind4`` (``own_sites4.py``) or ``dev3`` (``own_dev3.py``)."""
    if shutil.which("w3m") is None:
        return {}
    from own_stories import read_stories, story_by_key

    if split == "blind3":
        import own_sites3

        sites = own_sites3.SITES3
        stories = story_by_key(read_stories("blind3-*.txt"))
    elif split == "blind4":
        import own_sites4

        sites = own_sites4.SITES4
        stories = story_by_key(read_stories("blind3-*.txt"))
    else:
        import own_dev3

        listed = own_dev3.dev_stories()
        sites = own_dev3.dev_sites(listed)
        stories = story_by_key(listed)
    truth: dict[str, dict[str, object]] = {}
    for site, (template, keys) in sites.items():
        for n, key in enumerate(keys):
            story = stories[key]
            name = f"{site}-{n}"
            page_rng = random.Random(f"{split}{site}{n}")
            markup, neutral = template(story, page_rng)
            entry: dict[str, object] = {
                "split": split,
                "lang": story.lang,
                "source": story.key,
                "headline": story.headline,
                "body": "\n\n".join(story.paragraphs),
            }
            copy_rng = random.Random(f"copy{split}{site}{n}")
            below = (3, 6) if n % 2 == 0 else (6, 12)
            truth[name] = render(
                folder,
                name,
                markup,
                entry,
                pdf=pdf,
                copy=lambda text, s=story, r=copy_rng, nl=tuple(neutral), b=below: _copy(
                    text,
                    s.headline,
                    s.paragraphs,
                    r,
                    neutral=nl or ("\0",),
                    blank=r.random() < 0.7,
                    below=b,
                    keep_neutral=True,
                ),
            )
    return truth


def build_fit(folder: Path, per_site: int = 10) -> dict[str, dict[str, object]]:
    """Split ``fit``: every DEV template (``dev`` and ``dev3``) around ``per_site`` corpus
    articles each, as text and copies only (no PDF): the data the trailing-line weights are
    fitted on (``bench_overshoot.py --fit``)."""
    if shutil.which("w3m") is None:
        return {}
    import own_dev3

    stories = own_dev3.dev_stories()
    english = [s for s in stories if s.lang == "en"]
    german = [s for s in stories if s.lang == "de"]
    templates = {
        **{f"fit-{name}": template for name, template in own_dev3._DEV_SITES.items()},
        **{
            f"fit-{name}": _story_template(template)
            for name, (split, template) in SITES.items()
            if split == "dev"
        },
    }
    truth: dict[str, dict[str, object]] = {}
    for number, (site, template) in enumerate(templates.items()):
        pool = german if site == "fit-zeitung" else english
        for n in range(per_site):
            story = pool[(number * 7 + n) % len(pool)]
            story = own_dev3.Story(
                story.key,
                story.lang,
                story.topic,
                story.headline,
                story.standfirst,
                story.author,
                list(story.paragraphs),
                story.others,
            )
            name = f"{site}-{n}"
            page_rng = random.Random(f"fit{site}{n}")
            markup, neutral = template(story, page_rng)
            entry: dict[str, object] = {
                "split": "fit",
                "lang": story.lang,
                "source": story.key,
                "headline": story.headline,
                "body": "\n\n".join(story.paragraphs),
            }
            copy_rng = random.Random(f"copyfit{site}{n}")
            truth[name] = render(
                folder,
                name,
                markup,
                entry,
                pdf=False,
                copy=lambda text, s=story, r=copy_rng, nl=tuple(neutral): _copy(
                    text,
                    s.headline,
                    s.paragraphs,
                    r,
                    neutral=nl or ("Reporting by",),
                    blank=r.random() < 0.5,
                    below=(3, 12),
                    keep_neutral=True,
                ),
            )
    return truth


def _story_template(
    template: Callable[[Article, random.Random], str],
) -> Callable[..., tuple[str, list[str]]]:
    """A first-set template taking a story (its other stories' headlines as ``others``)."""

    def wrapped(story: object, rng: random.Random) -> tuple[str, list[str]]:
        s = story  # an own_stories.Story
        article = Article(
            s.key,  # type: ignore[attr-defined]
            s.lang,  # type: ignore[attr-defined]
            s.headline,  # type: ignore[attr-defined]
            s.paragraphs,  # type: ignore[attr-defined]
            "",
            s.author,  # type: ignore[attr-defined]
            [o.headline for o in s.others[:12]],  # type: ignore[attr-defined]
        )
        return template(article, rng), ["Reporting by"]

    return wrapped


SETS = ("first", "blind3", "blind4", "dev3", "fit")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Render our own saved pages.")
    parser.add_argument("folder", type=Path, nargs="?", default=Path("/tmp/own_pages"))
    parser.add_argument("--no-pdf", action="store_true")
    parser.add_argument("--sets", default=",".join(SETS), help=f"comma-separated: {SETS}")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    truth_path = args.folder / "truth.json"
    built = json.loads(truth_path.read_text("utf-8")) if truth_path.is_file() else {}
    for chosen in args.sets.split(","):
        if chosen == "first":
            built.update(build(args.folder, pdf=not args.no_pdf))
        elif chosen == "fit":
            built.update(build_fit(args.folder))
        else:
            built.update(build_stories(args.folder, chosen, pdf=not args.no_pdf))
    truth_path.write_text(json.dumps(built, indent=1), "utf-8")
    print(f"{len(built)} pages in {truth_path}")
