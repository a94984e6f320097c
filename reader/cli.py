"""The ``reader`` command: ``reader [FILE...]`` opens the window, ``summarize`` runs headless.

``reader summarize FILE...`` analyses each file in turn; one unreadable file never stops the
others. Output (see the README's *Command line* section):

- ``--format json`` without ``-o``: one JSON object per input file and line (JSON Lines), in
  input order; a file that failed gives ``{"source": ..., "error": ...}`` on its line.
- ``--format txt|md|html`` without ``-o``: the readable summaries on stdout, separated by a
  ``* * *`` line (txt), a ``---`` rule (md) or as ``<article>`` elements of one HTML page.
- ``-o DIR``: one summary file per input in DIR, named from the title; stdout lists the files
  written, one path per line. An existing file is only replaced with ``--force``.

Errors other than JSON error lines go to stderr as ``reader: `` and the message (which names the
file in quotes), or ``reader: FILE: message``. Exit status: 0 when every file was summarised,
1 when any failed, 2 for a wrong command line, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from reader import __version__
from reader.arguments import output_folder_problem, whole_number

if TYPE_CHECKING:
    from reader.result import Analysis

FORMATS = ("json", "txt", "md", "html")
STDIN = "-"
_SEPARATORS = {"txt": "\n* * *\n\n", "md": "\n---\n\n", "html": "<hr>\n"}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``reader summarize``."""
    parser = argparse.ArgumentParser(
        prog="reader summarize",
        description="Summarise saved articles without opening the window.",
        epilog="Exit status: 0 if every file was summarised, 1 if any failed, 2 for bad options.",
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="articles to summarise ('-' reads stdin)"
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="json",
        help="output format (default: json, one JSON object per line)",
    )
    parser.add_argument(
        "-o", "--output-dir", metavar="DIR", help="write one summary file per article into DIR"
    )
    parser.add_argument(
        "--force", action="store_true", help="with -o, overwrite summary files that already exist"
    )
    length = parser.add_mutually_exclusive_group()
    length.add_argument(
        "-n", "--sentences", type=_positive_int, metavar="N", help="summary length in sentences"
    )
    length.add_argument(
        "--ratio",
        type=_ratio,
        metavar="R",
        help="summary length as a fraction of the article (0 < R <= 1)",
    )
    parser.add_argument(
        "--algorithm", type=_algorithm, metavar="NAME", help="summariser (see --list-algorithms)"
    )
    parser.add_argument(
        "--language",
        type=_language,
        metavar="CODE",
        help="article language as an ISO 639-1 code such as en or de (default: detected)",
    )
    parser.add_argument(
        "--list-algorithms", action="store_true", help="list the summarisers and exit"
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        metavar="N",
        help="analyse N files at a time in worker processes (default: one per core; "
        "1: one after the other in this process)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    return parser


_positive_int = whole_number("the summary needs at least 1 sentence")
_jobs = whole_number("at least 1 job is needed")


def _ratio(value: str) -> float:
    try:
        r = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0 < r <= 1:  # also rejects nan
        raise argparse.ArgumentTypeError("the ratio must be above 0 and at most 1")
    return r


def _algorithm(value: str) -> str:
    from reader.summary.catalog import ALGORITHMS, canonical_name

    try:  # the summary package's spelling rules: case, dashes, aliases
        return canonical_name(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"unknown algorithm {value!r}; choose one of: {', '.join(ALGORITHMS)}"
        ) from None


def _language(value: str) -> str:
    """A language code or name ("de", "en-GB", "German"), as an ISO 639-1 code."""
    from reader.language import normalize_language

    code, unknown = normalize_language(value)
    if unknown:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a language Reader knows; use a two-letter code such as en, de or fr"
        )
    return code


class Progress:
    """Progress on stderr: a bar on a terminal, plain lines otherwise, nothing for one file;
    files are named as given (shown printable: :func:`reader.export.printable`)."""

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        self.total, self.stream = total, stream
        self.enabled = enabled and total > 1
        self.tty = self.enabled and hasattr(stream, "isatty") and stream.isatty()
        self._drawn = False

    def starting(self, number: int, name: str) -> None:
        """Plain-line progress names a file before its work, so its errors follow its line."""
        if self.enabled and not self.tty:
            from reader.export import printable

            self.stream.write(f"[{number}/{self.total}] {printable(name)}\n")
            self.stream.flush()

    def update(self, done: int, name: str) -> None:
        """Show that ``done`` of the files are finished, the last one being ``name``."""
        if not self.enabled or not self.tty:
            return
        if self.tty:
            from reader.export import printable

            name = printable(name)
            width = 30
            filled = int(width * done / self.total)
            bar = "█" * filled + "·" * (width - filled)
            label = name if len(name) <= 40 else "…" + name[-39:]
            self.stream.write(f"\r[{bar}] {done}/{self.total} {label:<40}")
            self._drawn = done < self.total
            if done == self.total:
                self.stream.write("\n")
        self.stream.flush()

    def clear(self) -> None:
        """Erase the bar before other output reaches the terminal."""
        if self._drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._drawn = False


class _Output:
    """Writes the results of ``reader summarize`` to stdout (or files) in one format."""

    def __init__(self, args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> None:
        self.fmt, self.force = args.format, args.force
        self.out_dir = Path(args.output_dir) if args.output_dir else None
        self.stdout, self.stderr = stdout, stderr
        self.count, self.single = 0, len(args.files) == 1
        self.written: set[str] = set()
        encoding = (getattr(stdout, "encoding", None) or "utf-8").lower().replace("-", "")
        self.ascii_json = encoding != "utf8"

    def result(self, result: Analysis) -> None:
        from reader.export import printable, render, render_html_body

        if self.out_dir is not None:
            self.stdout.write(printable(str(self._write_file(result))) + "\n")
        elif self.fmt == "json":  # JSON lines come made by JsonLine, see line()
            self.line(JsonLine(self.ascii_json)(result, result.source))
            return
        elif self.fmt == "html":
            if self.count == 0:
                from reader.export import html_head

                title = f"{printable(result.title)} – summary" if self.single else "Summaries"
                self.stdout.write("\n".join(html_head(title)) + "\n")
            else:
                self.stdout.write(_SEPARATORS["html"])
            self.stdout.write(render_html_body(result, _now()) + "\n")
        else:
            self.stdout.write(
                (_SEPARATORS[self.fmt] if self.count else "") + render(result, self.fmt)
            )
        self.count += 1

    def error(self, name: str, message: str) -> None:
        from reader.export import printable

        if self.fmt == "json" and self.out_dir is None:
            self._json_line({"source": name, "error": message})
        elif f"“{Path(name).name}”" in message:  # the message names the file already
            self.stderr.write(f"reader: {message}\n")
        else:
            self.stderr.write(f"reader: {printable(name)}: {message}\n")

    def finish(self) -> None:
        if self.fmt == "html" and self.out_dir is None and self.count:
            from reader.export import HTML_TAIL

            self.stdout.write("\n".join(HTML_TAIL))

    def line(self, line: str) -> None:
        """A JSON line made by :class:`JsonLine` (in a worker process, perhaps)."""
        self.stdout.write(line)
        self.count += 1

    def _json_line(self, data: dict[str, Any]) -> None:
        self.stdout.write(_json_text(data, self.ascii_json))

    def _write_file(self, result: Analysis) -> Path:
        from reader.errors import SummaryExistsError
        from reader.export import safe_filename, save_summary

        assert self.out_dir is not None
        fallback = "stdin" if result.source == STDIN else Path(result.source).stem
        title = result.title.strip() or fallback
        base = safe_filename(title, ext=self.fmt)
        stem, target, counter = base[: -len(self.fmt) - 1], self.out_dir / base, 2
        while _name_key(target) in self.written:  # two inputs with the same title
            target = self.out_dir / f"{stem} ({counter}).{self.fmt}"
            counter += 1
        try:
            saved = save_summary(result, target, fmt=self.fmt, force=self.force, when=_now())
        except SummaryExistsError as exc:
            raise SummaryExistsError(f"{exc} Use --force to replace it.") from exc
        self.written.add(_name_key(target))  # only a file actually written claims its name
        return saved


def _json_text(data: dict[str, Any], ascii_only: bool) -> str:
    """``data`` as one JSON line, newline included."""
    try:
        line = json.dumps(data, ensure_ascii=ascii_only)
        line.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from an undecodable file name
        line = json.dumps(data, ensure_ascii=True)
    return line + "\n"


@dataclass(frozen=True)
class JsonLine:
    """The JSON line of one file's result, made in the process that analysed the file (a
    :data:`reader.batch.Convert`): a worker sends back this line, not the whole analysis.

    ``ascii_only``: escape non-ASCII characters (stdout is not UTF-8); ``stdin_path``: the file
    standard input was saved to, whose result is named ``-``.
    """

    ascii_only: bool
    stdin_path: str | None = None

    def __call__(self, result: Analysis, source: str) -> str:
        if self.stdin_path is not None and source == self.stdin_path:
            result = _as_given(result, STDIN, Path(self.stdin_path).name)
        else:
            result = _as_given(result, source)
        return _json_text(result.to_dict(), self.ascii_only)


def _as_given(result: Analysis, name: str, scratch_name: str = "") -> Analysis:
    """``result`` named as the command line gave it (``name``); ``scratch_name`` is the name of
    the file standard input was saved to, if ``name`` is it."""
    from reader.loading.plain_text import title_from_filename

    result = result.with_changes(source=name)
    if scratch_name and result.title == title_from_filename(scratch_name):
        result = result.with_changes(title="Standard input")  # not the scratch file's name
    return result


def _name_key(path: Path) -> str:
    """Names that would be the same file on a case-insensitive disk (Windows, macOS) match."""
    return str(path).casefold()


def _now() -> str:
    import datetime as dt

    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _list_algorithms(stdout: TextIO) -> int:
    from reader.summary import ALGORITHM_LABELS, ALGORITHMS, DEFAULT_ALGORITHM

    for name in ALGORITHMS:
        default = " (default)" if name == DEFAULT_ALGORITHM else ""
        stdout.write(f"{name:<12} {ALGORITHM_LABELS.get(name, name)}{default}\n")
    return 0


def _read_stdin(folder: str) -> Path:
    """Save the bytes on stdin to a file in ``folder`` so the loaders can sniff and decode them.

    At most the loader's size limit is read: endless input is refused, not buffered.
    """
    from reader.errors import ArticleTooLargeError
    from reader.loading.reading import MAX_FILE_BYTES

    data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ArticleTooLargeError(
            "The text on standard input is too large to be a saved article; Reader reads "
            f"articles of up to {MAX_FILE_BYTES // 2**20} MB."
        )
    head = data[:65536].lower()  # the loaders decide by content; the name only breaks ties
    is_html = any(tag in head for tag in (b"<!doctype html", b"<html", b"<body"))
    path = Path(folder) / ("stdin.html" if is_html else "stdin.txt")
    path.write_bytes(data)
    return path


def summarize_command(argv: Sequence[str], stdout: TextIO, stderr: TextIO) -> int:
    """Run ``reader summarize`` with ``argv`` (the words after ``summarize``)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.list_algorithms:
        return _list_algorithms(stdout)
    if not args.files:
        parser.error("give at least one FILE to summarise (or '-' to read stdin)")
    if args.files.count(STDIN) > 1:
        parser.error("'-' (stdin) can be given only once")
    if args.output_dir and (problem := output_folder_problem(Path(args.output_dir))) is not None:
        stderr.write(f"reader: {problem}\n")
        return 2
    try:
        if STDIN not in args.files:
            return _run(args, "", stdout, stderr)
        with tempfile.TemporaryDirectory(prefix="reader-") as scratch:
            return _run(args, scratch, stdout, stderr)
    finally:
        if "reader.batch" in sys.modules:  # the workers' fork server goes with this command
            from reader.batch import stop_fork_server

            stop_fork_server()


def _run(args: argparse.Namespace, scratch: str, stdout: TextIO, stderr: TextIO) -> int:
    """Analyse the files (in worker processes unless ``--jobs 1``) and write the results in
    input order as each one is ready."""
    from contextlib import closing

    from reader.batch import Options, analyze_files

    progress = Progress(len(args.files), stderr, enabled=not args.quiet)
    output = _Output(args, stdout, stderr)
    stdin_path, stdin_error = _stdin_file(args.files, scratch)
    sources = [stdin_path if name == STDIN else name for name in args.files]
    options = Options(args.language, args.algorithm, args.sentences, args.ratio)
    failed = 0
    json_lines = args.format == "json" and output.out_dir is None
    convert = JsonLine(output.ascii_json, stdin_path) if json_lines else None
    batch = analyze_files(
        [s for s in sources if s is not None], jobs=args.jobs, options=options, convert=convert
    )
    with closing(batch) as items:
        for done, name in enumerate(args.files, 1):
            progress.starting(done, name)
            if name == STDIN and stdin_error is not None:
                error: str | None = stdin_error
            else:
                item = next(items)
                if item.error is not None:
                    error = item.error
                elif item.analysis is None:  # the JSON line, made where the file was analysed
                    progress.clear()
                    output.line(item.output)
                    error = None
                else:
                    scratch_name = Path(stdin_path).name if name == STDIN and stdin_path else ""
                    error = _write_result(output, item.analysis, name, progress, scratch_name)
            if error is not None:
                failed += 1
                progress.clear()
                if name == STDIN and stdin_path is not None:  # not the scratch file's name
                    error = error.replace(f"“{Path(stdin_path).name}”", "“standard input”")
                output.error(name, error)
            stdout.flush()
            progress.update(done, name)
    output.finish()
    stdout.flush()
    return 1 if failed else 0


def _stdin_file(files: list[str], scratch: str) -> tuple[str | None, str | None]:
    """``(path of the saved standard input, error message)`` when ``-`` is among ``files``."""
    from reader.errors import ReaderError

    if STDIN not in files:
        return None, None
    try:
        return str(_read_stdin(scratch)), None
    except ReaderError as exc:
        return None, str(exc)


def _write_result(
    output: _Output, result: Analysis, name: str, progress: Progress, scratch_name: str = ""
) -> str | None:
    """Write one file's result; the message when that fails (a summary file that exists).
    ``scratch_name`` is the name of the file standard input was saved to, if ``name`` is it."""
    from reader.errors import ReaderError, internal_problem

    result = _as_given(result, name, scratch_name)
    progress.clear()
    try:
        output.result(result)
    except ReaderError as exc:
        return str(exc)
    except (BrokenPipeError, KeyboardInterrupt):
        raise
    except Exception as exc:  # a bug must not stop the batch or show a traceback
        return internal_problem("summarising this file", exc)
    return None


def _tolerant_streams() -> None:
    """Output redirected to a file or a pipe is UTF-8 (a summary file, on Windows too); on a
    console that is not UTF-8, unencodable characters show as escapes, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        if not hasattr(stream, "reconfigure"):
            continue
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        interactive = hasattr(stream, "isatty") and stream.isatty()
        if not interactive and stream is sys.stdout:
            stream.reconfigure(encoding="utf-8", errors="strict")
        elif encoding not in ("utf8", ""):
            stream.reconfigure(errors="backslashreplace")


#: The commands of ``reader``: a first word that is no file but close to one of them was meant
#: to be it.
COMMANDS = ("summarize", "library")
_BARE_WORD = re.compile(r"[^\W\d_][\w-]*")


def mistyped_command(argv: Sequence[str]) -> str:
    """The message (for stderr) when the first word of ``argv`` is no existing file but reads
    as a command: one close to a command's name ("Did you mean `reader summarize`?"), or a
    bare word (no extension, no folder) that is neither; ``""`` otherwise (files to open)."""
    if not argv:
        return ""
    word = argv[0]
    if word.startswith("-") or os.path.lexists(word):
        return ""
    import difflib

    close = difflib.get_close_matches(word.casefold(), COMMANDS, n=1, cutoff=0.7)
    if close:
        return f"reader: there is no command “{word}”. Did you mean `reader {close[0]}`?\n"
    if _BARE_WORD.fullmatch(word):
        return (
            f"reader: there is no file “{word}” and no command of that name. The commands are "
            "`reader summarize` and `reader library`; `reader FILE...` opens files in the "
            "window (see `reader --help`).\n"
        )
    return ""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``reader`` command and of ``python -m reader``."""
    if getattr(sys, "frozen", False):  # a bundled app: let --jobs workers start (Windows)
        import multiprocessing

        multiprocessing.freeze_support()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "summarize":
        _tolerant_streams()
        try:
            return summarize_command(argv[1:], sys.stdout, sys.stderr)
        except KeyboardInterrupt:
            sys.stderr.write("\nreader: interrupted.\n")
            return 130
        except BrokenPipeError:  # e.g. `reader summarize *.txt | head -1`
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 1
    if argv and argv[0] == "library":  # reader/library/commands.py
        from reader.library.commands import main as library_main

        _tolerant_streams()
        return library_main(argv[1:])
    if argv and argv[0] in ("-h", "--help"):
        sys.stdout.write(
            "usage: reader [--new-window] [FILE...]\n"
            "                                   open articles in the window (in the open one\n"
            "                                   when Reader runs already)\n"
            "       reader summarize FILE... [--format json|txt|md|html] [-o DIR] [--force]\n"
            "                        [-n N | --ratio R] [--algorithm NAME] [--language CODE]\n"
            "                        [--jobs N]\n"
            "       reader library add|list|search|people|export|forget ...\n"
            "\nRun 'reader summarize --help' for the command-line options.\n"
        )
        return 0
    if argv and argv[0] == "--version":
        sys.stdout.write(f"reader {__version__}\n")
        return 0
    mistyped = mistyped_command(argv)
    if mistyped:  # not a file to open in the window: say so here, with or without a display
        sys.stderr.write(mistyped)
        return 2
    from reader.gui.app import main as gui_main

    return gui_main(argv)
