"""``reader library``: the library on the command line.

::

    reader library add DIR|FILE... [--jobs N] [-q]
    reader library list [--format json|txt] [--sort ORDER] [--site S] [--language L]
                        [--speaker NAME] [--read | --unread]
    reader library search QUERY [--speaker NAME] [--format json|txt] [--limit N]
    reader library people [NAME] [--format json|txt]
    reader library export [QUERY] [--format md|txt|html|json] [-o DIR] [--speaker NAME] [--force]
    reader library forget PATH...

``--format json`` writes JSON Lines: one object a line, each with the article's ``path``.
Messages go to stderr as ``reader: ...``. Exit status: 0 when all went well; 1 when something
failed (a file that could not be read or written, nothing found to forget) or, as for grep,
when ``search``, ``export`` or ``people NAME`` found nothing (``list`` may list nothing: 0);
2 for a wrong command line; 130 when interrupted.
A damaged database is moved aside and rebuilt before the command runs; the person is told.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from reader.arguments import output_folder_problem, whole_number
from reader.library.errors import LibraryDamagedError, LibraryError
from reader.library.filters import SORTS, Filters
from reader.library.location import ENVIRONMENT_VARIABLE, database_path
from reader.library.records import ArticleRow
from reader.library.store import Library

if TYPE_CHECKING:
    from reader.library.recovery import Recovery

EXPORT_FORMATS = ("md", "txt", "html", "json")
_BOLD, _PLAIN = "\033[1m", "\033[0m"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader library",
        description="Reader's library: every article you opened or added, searchable, with the "
        "people it quotes.",
        epilog=f"The library is kept in\n  {database_path()}\n(set {ENVIRONMENT_VARIABLE} to "
        "use another folder).\n\nExit status: 0 if all went well; 1 if something failed, or if "
        "search, export or people NAME found nothing; 2 for bad options; 130 if interrupted.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    add = commands.add_parser(
        "add",
        help="add folders (watched from now on) and files",
        description="Add every article under each folder (and keep the folders watched), and "
        "each file given. Files that cannot be read are listed with the reason.",
    )
    add.add_argument("paths", nargs="+", metavar="DIR|FILE")
    add.add_argument(
        "-j", "--jobs", type=_jobs, metavar="N", help="processes to use (default: every core)"
    )
    add.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    listing = commands.add_parser("list", help="list the articles, newest first")
    _format_option(listing)
    listing.add_argument("--sort", choices=tuple(SORTS), default="added", help="order")
    _filter_options(listing)

    find = commands.add_parser("search", help="full-text search, best match first")
    find.add_argument("query", nargs="?", default="", metavar="QUERY")
    find.add_argument("--speaker", metavar="NAME", help="only articles quoting NAME")
    find.add_argument("--limit", type=_jobs, metavar="N", help="at most N results")
    _format_option(find)

    who = commands.add_parser("people", help="the people quoted, or what one of them said")
    who.add_argument("name", nargs="?", default="", metavar="NAME")
    _format_option(who)

    export = commands.add_parser(
        "export",
        help="save the summaries of the articles matching QUERY (all without one)",
        description="Print the summaries, or with -o write one summary file per article into "
        "DIR, with the same writer as the window's Save Summary.",
    )
    export.add_argument("query", nargs="?", default="", metavar="QUERY")
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        default="md",
        help="md (default), txt, html, or json (JSON Lines without -o)",
    )
    export.add_argument(
        "-o",
        "--output-dir",
        metavar="DIR",
        help="write one summary file per article into DIR (without: print them)",
    )
    export.add_argument("--speaker", metavar="NAME", help="only articles quoting NAME")
    export.add_argument("--force", action="store_true", help="replace existing summary files")

    forget = commands.add_parser(
        "forget",
        help="take an article or a watched folder out of the library (the files stay)",
    )
    forget.add_argument("paths", nargs="+", metavar="PATH")
    return parser


def _format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=("json", "txt"), default="txt", help="txt (default) or JSON Lines"
    )


def _filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--site", help="only articles from this site")
    parser.add_argument("--language", metavar="CODE", help="only articles in this language")
    parser.add_argument("--speaker", metavar="NAME", help="only articles quoting NAME")
    state = parser.add_mutually_exclusive_group()
    state.add_argument("--read", dest="read", action="store_true", default=None)
    state.add_argument("--unread", dest="read", action="store_false")


_jobs = whole_number("give at least 1")


class _Run:
    """One command's streams, options and library."""

    def __init__(self, args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> None:
        self.args, self.stdout, self.stderr = args, stdout, stderr
        self.tty = hasattr(stdout, "isatty") and stdout.isatty()

    def say(self, message: str) -> None:
        from reader.export import printable

        self.stderr.write(f"reader: {printable(message)}\n")
        self.stderr.flush()

    def json_line(self, data: dict[str, Any]) -> None:
        try:
            line = json.dumps(data, ensure_ascii=False)
            line.encode(getattr(self.stdout, "encoding", None) or "utf-8")
        except (UnicodeError, LookupError):
            line = json.dumps(data, ensure_ascii=True)
        self.stdout.write(line + "\n")

    def progress(self) -> Callable[[int, int, str], None] | None:
        if getattr(self.args, "quiet", False):
            return None
        from reader.cli import Progress
        from reader.export import printable

        bars: list[Progress] = []

        def update(done: int, total: int, path: str) -> None:
            if not bars:
                bars.append(Progress(total, self.stderr, enabled=True))
            if path:
                bars[0].update(done, printable(os.path.basename(path)))

        return update

    def filters(self, library: Library) -> Filters:
        from reader.library.people import speaker_keys

        speaker = getattr(self.args, "speaker", None)
        return Filters(
            site=getattr(self.args, "site", None),
            language=getattr(self.args, "language", None),
            speakers=speaker_keys(library, speaker) if speaker else None,
            read=getattr(self.args, "read", None),
        )


def _row_line(row: ArticleRow) -> str:
    from reader.export import printable
    from reader.readable import readable_date

    published = readable_date(row.published)
    facts = [f for f in (row.site, published, row.language, f"{row.minutes} min") if f]
    unread = "" if row.is_read else "  (unread)"
    return f"{printable(row.title) or 'Untitled'}  [{', '.join(facts)}]{unread}\n    {row.path}\n"


def _add(run: _Run, library: Library) -> int:
    from reader.library.indexing import index

    missing = [p for p in run.args.paths if not os.path.lexists(p)]
    for path in missing:
        run.say(f"There is no file or folder “{path}”.")
    given = [p for p in run.args.paths if p not in missing]
    if not given:
        return 1
    folders = [p for p in given if os.path.isdir(p)]
    files = [p for p in given if not os.path.isdir(p)]
    report = index(
        library,
        folders,
        files,
        jobs=run.args.jobs,
        progress=run.progress(),
        undo_new_folders=True,  # Ctrl-C during a folder's first add: not watched
    )
    for path, reason in report.failed:
        run.say(reason if f"“{os.path.basename(path)}”" in reason else f"{path}: {reason}")
    run.say(report.describe())
    return 1 if report.failed or missing else 0


def _list(run: _Run, library: Library) -> int:
    listed = False
    for row in library.articles(run.filters(library), run.args.sort):
        listed = True
        if run.args.format == "json":
            run.json_line(row.to_dict())
        else:
            run.stdout.write(_row_line(row))
    if not listed and run.args.format == "txt":  # JSON Lines stay empty: nothing to parse
        if library.count():
            run.say("no article in the library matches.")
        else:
            run.say("the library is empty; add articles with: reader library add FOLDER")
    return 0


def _marked(run: _Run, snippet: str, spans: Sequence[tuple[int, int]]) -> str:
    from reader.export import printable

    opening, closing = (_BOLD, _PLAIN) if run.tty else ("«", "»")
    out, last = [], 0
    for start, end in spans:
        out += [snippet[last:start], opening, snippet[start:end], closing]
        last = end
    out.append(snippet[last:])
    return printable("".join(out))


def _search(run: _Run, library: Library) -> int:
    from reader.library.search import search

    query, filters = run.args.query, run.filters(library)
    if not query.strip():
        if run.args.speaker is None:
            run.say("give words to search for, or --speaker NAME")
            return 2
        rows = library.articles(filters, limit=run.args.limit)
        for row in rows:
            if run.args.format == "json":
                run.json_line(row.to_dict())
            else:
                run.stdout.write(_row_line(row))
        if not rows and run.args.format != "json":
            run.say("nothing in the library matches.")
        return 0 if rows else 1
    hits = search(library, query, filters, limit=run.args.limit)
    for hit in hits:
        if run.args.format == "json":
            run.json_line(hit.to_dict())
        else:
            run.stdout.write(_row_line(hit.article))
            run.stdout.write(f"    {_marked(run, hit.snippet, hit.matches)}\n\n")
    if not hits:
        if run.args.format != "json":
            run.say("nothing in the library matches.")
        return 1  # as grep: nothing found
    return 0


def _people(run: _Run, library: Library) -> int:
    from reader.export import printable
    from reader.library.people import people, quotes_of, speaker_keys

    if not run.args.name:
        for person in people(library):
            if run.args.format == "json":
                run.json_line(
                    {
                        "name": person.name,
                        "articles": person.articles,
                        "statements": person.statements,
                    }
                )
            else:
                s = "s" if person.articles != 1 else ""
                run.stdout.write(f"{person.articles:>5} article{s:<1}  {printable(person.name)}\n")
        return 0
    keys = speaker_keys(library, run.args.name)
    if not keys:
        run.say(f"no one called {run.args.name} is quoted in the library.")
        return 1
    for key in keys:
        for quoted in quotes_of(library, key):
            if run.args.format == "json":
                run.json_line(quoted.to_dict())
                continue
            run.stdout.write(_row_line(quoted.article))
            for statement in quoted.statements:
                run.stdout.write(f"    {printable(quoted.name)}: {printable(statement.text)}\n")
            run.stdout.write("\n")
    return 0


def _export(run: _Run, library: Library) -> int:
    from reader.library.search import search

    out_dir = Path(run.args.output_dir) if run.args.output_dir else None
    if out_dir is not None and (problem := output_folder_problem(out_dir)) is not None:
        run.say(problem)
        return 2
    filters = run.filters(library)
    if run.args.query.strip():
        hits = search(library, run.args.query, filters, limit=None, with_snippets=False)
        rows = [h.article for h in hits]
    else:
        rows = library.articles(filters)
    if not rows:
        written = "; no file was written" if out_dir is not None else ""
        run.say(f"nothing in the library matches{written}.")
        return 1
    if out_dir is None:
        return _print_summaries(run, library, rows)
    return _write_summaries(run, library, rows, out_dir)


def _write_summaries(run: _Run, library: Library, rows: list[ArticleRow], out_dir: Path) -> int:
    from reader.errors import ReaderError
    from reader.export import printable, safe_filename, save_summary

    fmt, failed, taken = run.args.format, 0, set()
    for row in rows:
        analysis = library.analysis(row.path)
        if analysis is None:
            continue
        base = safe_filename(analysis.title.strip() or Path(row.path).stem, ext=fmt)
        stem, target, counter = base[: -len(fmt) - 1], out_dir / base, 2
        while str(target).casefold() in taken:
            target = out_dir / f"{stem} ({counter}).{fmt}"
            counter += 1
        try:
            written = save_summary(analysis, target, fmt=fmt, force=run.args.force)
        except ReaderError as exc:
            failed += 1
            hint = " Use --force to replace it." if "already exists" in str(exc) else ""
            run.say(f"{exc}{hint}")
            continue
        taken.add(str(target).casefold())
        run.stdout.write(printable(str(written)) + "\n")
    return 1 if failed else 0


#: Between two summaries printed in one format (as ``reader summarize`` prints them).
_PRINTED_SEPARATORS = {"txt": "\n* * *\n\n", "md": "\n---\n\n", "html": "<hr>\n"}


def _print_summaries(run: _Run, library: Library, rows: list[ArticleRow]) -> int:
    """The summaries on standard output, as ``reader summarize`` prints them: one after the
    other (txt, md), one HTML page, or JSON Lines (the summary file's object, one a line)."""
    import datetime as dt

    from reader.export import HTML_TAIL, html_head, render, render_html_body

    fmt = run.args.format
    when = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    count = 0
    for row in rows:
        analysis = library.analysis(row.path)
        if analysis is None:
            continue
        if fmt == "json":
            run.json_line(json.loads(render(analysis, "json", when=when)))
        elif fmt == "html":
            if count == 0:
                title = "Summaries" if len(rows) > 1 else f"{analysis.title} – summary"
                run.stdout.write("\n".join(html_head(title)) + "\n")
            else:
                run.stdout.write(_PRINTED_SEPARATORS["html"])
            run.stdout.write(render_html_body(analysis, when) + "\n")
        else:
            separator = _PRINTED_SEPARATORS[fmt] if count else ""
            run.stdout.write(separator + render(analysis, fmt, when=when))
        count += 1
    if fmt == "html" and count:
        run.stdout.write("\n".join(HTML_TAIL))
    return 0


def _forget(run: _Run, library: Library) -> int:
    from reader.library.indexing import forget

    status = 0
    for path in run.args.paths:
        done = forget(library, path)
        if done.folder:
            n = done.articles
            run.say(
                f"stopped watching {path} and forgot its {n} article{'s' if n != 1 else ''} "
                "(the files were not touched)."
            )
        elif done.under:
            n = done.articles
            run.say(
                f"forgot the {n} article{'s' if n != 1 else ''} under {path} (the files were "
                "not touched)."
            )
        elif done.articles:
            run.say(f"forgot {path} (the file was not touched).")
        else:
            run.say(f"{path} is not in the library.")
            status = 1
    return status


_COMMANDS: dict[str, Callable[[_Run, Library], int]] = {
    "add": _add,
    "list": _list,
    "search": _search,
    "people": _people,
    "export": _export,
    "forget": _forget,
}


def _rebuilt(run: _Run, library: Library, recovery: Recovery) -> Library:
    from reader.library.recovery import rebuild

    report = rebuild(library, recovery, progress=run.progress())
    run.say(recovery.message(report))
    return library


def library_command(argv: Sequence[str], stdout: TextIO, stderr: TextIO) -> int:
    """Run ``reader library`` with ``argv`` (the words after ``library``)."""
    from reader.library.recovery import open_library, recover

    args = build_parser().parse_args(list(argv))
    run = _Run(args, stdout, stderr)
    library: Library | None = None
    try:
        library, recovery = open_library()
        if recovery is not None:
            library = _rebuilt(run, library, recovery)
        try:
            return _COMMANDS[args.command](run, library)
        except LibraryDamagedError:  # found damaged while working: rebuild, then once more
            library.close()
            library, recovery = recover(library.path)
            library = _rebuilt(run, library, recovery)
            return _COMMANDS[args.command](run, library)
    except LibraryError as exc:
        run.say(str(exc))
        return 1
    finally:
        if library is not None:
            library.close()


def main(argv: Sequence[str]) -> int:
    """``reader library ARGV...`` on the process's own streams."""
    try:
        return library_command(argv, sys.stdout, sys.stderr)
    except KeyboardInterrupt:
        if list(argv[:1]) == ["add"]:
            sys.stderr.write(
                "\nreader: interrupted; the articles added so far are kept. A folder added for "
                "the first time is not watched: add it again to finish, or forget it to take "
                "its articles out.\n"
            )
        else:
            sys.stderr.write("\nreader: interrupted.\n")
        return 130
    except BrokenPipeError:  # e.g. `reader library list | head -1`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
