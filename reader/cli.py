"""The ``reader`` command: ``reader [FILE...]`` opens the window, ``summarize`` runs headless."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from reader import __version__

FORMATS = ("json", "txt", "md", "html")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader summarize",
        description="Summarise saved articles without opening the window.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="articles to summarise")
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
    parser.add_argument("--algorithm", metavar="NAME", help="summariser (see --list-algorithms)")
    parser.add_argument(
        "--language",
        metavar="CODE",
        help="article language as an ISO 639-1 code (default: detected)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    return parser


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError("the summary needs at least 1 sentence")
    return n


def _ratio(value: str) -> float:
    try:
        r = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0 < r <= 1:
        raise argparse.ArgumentTypeError("the ratio must be above 0 and at most 1")
    return r


class Progress:
    """Progress on stderr: a bar on a terminal, plain lines otherwise, nothing for one file."""

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        self.total, self.stream = total, stream
        self.enabled = enabled and total > 1
        self.tty = enabled and hasattr(stream, "isatty") and stream.isatty()

    def update(self, done: int, name: str) -> None:
        if not self.enabled:
            return
        if self.tty:
            width = 30
            filled = int(width * done / self.total)
            bar = "█" * filled + "·" * (width - filled)
            label = name if len(name) <= 40 else "…" + name[-39:]
            self.stream.write(f"\r[{bar}] {done}/{self.total} {label:<40}")
            if done == self.total:
                self.stream.write("\n")
        else:
            self.stream.write(f"[{done}/{self.total}] {name}\n")
        self.stream.flush()


def summarize_command(argv: Sequence[str], stdout: TextIO, stderr: TextIO) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from reader.errors import ReaderError
    from reader.pipeline import analyze

    out_dir = Path(args.output_dir) if args.output_dir else None
    if out_dir is not None:
        if out_dir.exists() and not out_dir.is_dir():
            stderr.write(f"reader: {out_dir} is a file, not a folder.\n")
            return 2
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            stderr.write(f"reader: could not create the folder {out_dir}.\n")
            return 2
    if args.algorithm:
        from reader.summary import ALGORITHMS

        if args.algorithm.lower() not in ALGORITHMS:
            parser.error(
                f"unknown algorithm {args.algorithm!r}; choose from " + ", ".join(ALGORITHMS)
            )
    progress = Progress(len(args.files), stderr, enabled=not args.quiet)
    failed = 0
    written: set[Path] = set()
    for done, name in enumerate(args.files, 1):
        try:
            result = analyze(
                Path(name),
                language=args.language,
                algorithm=args.algorithm,
                count=args.sentences,
                ratio=args.ratio,
            )
            result = result.with_changes(source=name)
            if out_dir is None:
                stdout.write(_render_stdout(result, args.format))
            else:
                target = _write_file(result, out_dir, args.format, args.force, written)
                written.add(target)
        except ReaderError as exc:
            failed += 1
            _report_error(name, str(exc), args.format, out_dir, stdout, stderr)
        except Exception as exc:  # a bug must not stop the batch or show a traceback
            failed += 1
            message = (
                "Reader could not process this file because of an internal error "
                f"({exc.__class__.__name__})."
            )
            _report_error(name, message, args.format, out_dir, stdout, stderr)
        stdout.flush()
        progress.update(done, name)
    return 1 if failed else 0


def _render_stdout(result, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(result.to_dict(), ensure_ascii=False) + "\n"
    from reader.export import render

    return render(result, fmt) + ("\n" if fmt != "html" else "")


def _write_file(result, out_dir: Path, fmt: str, force: bool, written: set[Path]) -> Path:
    from reader.export import safe_filename, save_summary

    base = safe_filename(result.title, ext=fmt)
    target = out_dir / base
    stem = base[: -len(fmt) - 1]
    counter = 2
    while target in written:
        target = out_dir / f"{stem} ({counter}).{fmt}"
        counter += 1
    return save_summary(result, target, fmt=fmt, force=force)


def _report_error(
    name: str, message: str, fmt: str, out_dir: Path | None, stdout: TextIO, stderr: TextIO
) -> None:
    if fmt == "json" and out_dir is None:
        stdout.write(json.dumps({"source": name, "error": message}, ensure_ascii=False) + "\n")
    else:
        stderr.write(f"reader: {name}: {message}\n")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "summarize":
        try:
            return summarize_command(argv[1:], sys.stdout, sys.stderr)
        except KeyboardInterrupt:
            return 130
        except BrokenPipeError:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 1
    if argv and argv[0] in ("-h", "--help"):
        sys.stdout.write(
            "usage: reader [FILE...]            open articles in the window\n"
            "       reader summarize FILE... [--format json|txt|md|html] [-o DIR]\n"
            "                        [-n N | --ratio R] [--algorithm NAME] [--language CODE]\n"
            "\nRun 'reader summarize --help' for the command-line options.\n"
        )
        return 0
    if argv and argv[0] == "--version":
        sys.stdout.write(f"reader {__version__}\n")
        return 0
    from reader.gui.app import main as gui_main

    return gui_main(argv)
