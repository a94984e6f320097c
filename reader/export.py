"""Summary files: ``.txt``, ``.md``, ``.html`` and ``.json``, written atomically.

One writer serves the window's *Save summary* and the command line's ``-o``. Every format
carries the title, source, language, algorithm, date, the summary sentences and "Who said
what" (each speaker with their quotations and reported statements, :mod:`reader.who_said_what`).

Saving is safe: the file is written to a temporary file in the same folder and renamed over the
target, so a failed save (full disk, read-only folder) leaves any existing file as it was; the
article a summary was made from is never written over (not through a symbolic or hard link
either); file names made from titles are valid on Linux, Windows and macOS.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import errno
import html
import json
import os
import re
import stat
import tempfile
import unicodedata
from pathlib import Path

from reader import who_said_what as said
from reader.errors import SaveError, SummaryExistsError
from reader.readable import readable_date
from reader.result import Analysis

FORMATS = ("txt", "md", "html", "json")
_WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "CONIN$",
    "CONOUT$",
    *(f"{dev}{n}" for dev in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³")),
}
#: File names made from titles stay within these limits (most file systems allow 255 bytes;
#: the margin leaves room for " (2)" counters and keeps names readable).
MAX_NAME_CHARS = 120
_JOINERS = {"\u200c", "\u200d"}
MAX_NAME_BYTES = 200
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_MARKDOWN_LINE_START = re.compile(r"^(\s*)([#>+-]|\d+(?=[.)]))")


def format_for_path(path: str | os.PathLike[str]) -> str:
    """The export format named by a file's extension (``md`` when it names none we write)."""
    ext = Path(path).suffix.lower().lstrip(".")
    return {"markdown": "md", "htm": "html", "text": "txt"}.get(ext, ext) if ext else "md"


def printable(text: str) -> str:
    """``text`` with undecodable path bytes (lone surrogates) shown as U+FFFD, one line."""
    try:
        fixed = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        fixed = text.encode("utf-8", "replace").decode("utf-8")
    return " ".join(fixed.split())


def _title(analysis: Analysis) -> str:
    return printable(analysis.title) or "Untitled"


def _header(analysis: Analysis, when: str) -> list[tuple[str, str]]:
    rows = [
        ("Source", analysis.source),
        ("Language", analysis.language),
        ("Algorithm", analysis.summary.algorithm),
        # when the summary was made, not when the article was published (that is "Published")
        ("Summarised", readable_date(when)),
    ]
    meta = analysis.metadata
    rows += [
        (k, v)
        for k, v in (
            ("Author", meta.author),
            ("Published", readable_date(meta.date)),
            ("Site", meta.site_name),
            ("URL", meta.url),
        )
        if v
    ]
    return [(k, printable(v)) for k, v in rows]


def _notes(analysis: Analysis) -> list[str]:
    return [printable(n) for n in (*analysis.notes, *analysis.summary.notes) if n.strip()]


def _md(text: str) -> str:
    """``text`` as Markdown that renders literally (no emphasis, links, raw HTML or headings)."""
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return _MARKDOWN_LINE_START.sub(_escape_line_start, text)


def _md_code(text: str) -> str:
    """``text`` as a Markdown code span (paths and addresses stay copyable, nothing escaped)."""
    if not text:
        return ""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _escape_line_start(match: re.Match[str]) -> str:
    indent, mark = match.group(1), match.group(2)
    return f"{indent}{mark}\\" if mark[0].isdigit() else f"{indent}\\{mark}"


def _json_text(data: object, *, indent: int | None = None) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from an undecodable path: escape them
        text = json.dumps(data, ensure_ascii=True, indent=indent)
    return text


def render(analysis: Analysis, fmt: str, *, when: str | None = None) -> str:
    """The summary of ``analysis`` as a ``txt``, ``md``, ``html`` or ``json`` document."""
    when = when or _dt.datetime.now().astimezone().isoformat(timespec="seconds")
    if fmt == "json":
        data = analysis.to_dict()
        data["summary"]["text"] = [printable(s) for s in analysis.summary_texts]
        data["who_said_what"] = said.json_data(analysis)
        data["exported"] = when
        return _json_text(data, indent=2) + "\n"
    if fmt == "html":
        head = html_head(f"{_title(analysis)} – summary", analysis.language)
        return "\n".join([*head, render_html_body(analysis, when), *HTML_TAIL])
    summary = [printable(s) for s in analysis.summary_texts]
    notes, header = _notes(analysis), _header(analysis, when)
    title = _title(analysis)
    if fmt == "txt":
        out = [title, "=" * min(len(title), 78), ""]
        out += [f"{k}: {v}" for k, v in header] + ["", "Summary", "-------", ""]
        out += [f"- {s}" for s in summary] or ["(no summary)"]
        section = said.text_lines(analysis)
        if section:
            out += ["", *(printable(x) for x in section)]
        if notes:
            out += ["", "Notes", "-----", ""] + [f"- {n}" for n in notes]
        return "\n".join(out) + "\n"
    if fmt == "md":
        out = [f"# {_md(title)}", ""]
        out += [
            f"- **{k}:** {_md_code(v) if k in ('Source', 'URL') else _md(v)}" for k, v in header
        ]
        out += ["", "## Summary", ""]
        out += [f"- {_md(s)}" for s in summary] or ["*(no summary)*"]
        section = said.markdown_lines(analysis, lambda t: _md(printable(t)))
        if section:
            out += ["", *section]
        if notes:
            out += ["", "## Notes", ""] + [f"- {_md(n)}" for n in notes]
        return "\n".join(out) + "\n"
    raise ValueError(f"Unknown summary format {fmt!r}; choose one of {', '.join(FORMATS)}.")


HTML_TAIL = ("</body>", "</html>", "")


def html_head(title: str, language: str = "") -> list[str]:
    """The start of an HTML document titled ``title``, up to and including ``<body>``."""
    e = html.escape
    lang = f' lang="{e(language)}"' if language else ""
    return [
        "<!DOCTYPE html>",
        f"<html{lang}>",
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title></head>",
        "<body>",
    ]


def render_html_body(analysis: Analysis, when: str) -> str:
    """One article's summary as an HTML ``<article>`` element."""
    e = html.escape
    summary = [printable(s) for s in analysis.summary_texts]
    notes = _notes(analysis)
    out = [
        f'<article lang="{e(analysis.language)}">',
        f'<h1 dir="auto">{e(_title(analysis))}</h1>',  # right-to-left titles read right
        "<dl>",
        *(f'<dt>{e(k)}</dt><dd dir="auto">{e(v)}</dd>' for k, v in _header(analysis, when)),
        "</dl>",
        "<h2>Summary</h2>",
    ]
    if summary:
        out += ["<ul>", *(f'<li dir="auto">{e(s)}</li>' for s in summary), "</ul>"]
    else:
        out += ["<p>(no summary)</p>"]
    out += said.html_lines(analysis)
    if notes:
        out += ["<h2>Notes</h2>", "<ul>", *(f"<li>{e(n)}</li>" for n in notes), "</ul>"]
    return "\n".join([*out, "</article>"])


def _fit_bytes(text: str, limit: int) -> str:
    """The longest prefix of ``text`` whose UTF-8 form fits ``limit`` bytes (no split marks)."""
    if len(text.encode("utf-8")) <= limit:
        return text
    cut = text.encode("utf-8")[:limit].decode("utf-8", "ignore")
    while cut and unicodedata.combining(cut[-1]):  # never leave an accent without its letter
        cut = cut[:-1]
    return cut


#: Ends a file name made from a title that was too long for it.
_CUT_MARK = "…"


def _cut_at_word(cut: str, whole: str) -> str:
    """``cut`` (a prefix of ``whole``) back to its last whole word, when that keeps most of it:
    a title is never cut mid-word ("near b"). A title without spaces (Chinese, Japanese) keeps
    its cut."""
    if whole[len(cut) : len(cut) + 1].isspace():
        return cut.rstrip()
    space = max(cut.rfind(" "), 0)
    if space < len(cut) // 2:
        return cut
    return cut[:space].rstrip(" ,;:–—-")


def safe_filename(title: str, suffix: str = " – summary", ext: str = "md") -> str:
    """A file name made from ``title`` that is valid on Linux, Windows and macOS.

    Control and format characters and ``<>:"/\\|?*`` become spaces, runs of spaces collapse,
    leading and trailing dots and spaces go (no hidden files, nothing Windows would strip), names
    Windows reserves (``CON``, ``NUL``, ``COM1`` ... also with an extension) get a ``_`` prefix,
    and the whole name stays within :data:`MAX_NAME_CHARS` characters and :data:`MAX_NAME_BYTES`
    bytes of UTF-8. An empty title gives ``article``.
    """
    name = unicodedata.normalize("NFC", printable(title))
    # control, format (bidi overrides), private and surrogate characters become spaces; the
    # zero-width (non-)joiners that spell Persian words and emoji sequences stay
    name = "".join(
        " " if unicodedata.category(c)[0] == "C" and c not in _JOINERS else c for c in name
    )
    name = re.sub(r'[<>:"/\\|?*]', " ", name)
    name = " ".join(name.split()).strip(" .")
    tail = f"{suffix}.{ext}" if ext else suffix
    whole = name
    name = name[: max(1, MAX_NAME_CHARS - len(tail) - 1)]
    name = _fit_bytes(name, MAX_NAME_BYTES - len(tail.encode("utf-8")) - len(_CUT_MARK.encode()))
    if name != whole:
        name = _cut_at_word(name, whole) + _CUT_MARK
    name = name.rstrip(" .")
    if not name:
        name = "article"
    if f"{name}{tail}".split(".")[0].rstrip(" ").upper() in _WINDOWS_RESERVED:
        name = "_" + name
    return f"{name}{tail}"


def default_summary_path(analysis: Analysis, ext: str = "md") -> Path:
    """``<title> – summary.<ext>`` beside the article (or in the working directory)."""
    source = Path(analysis.source) if analysis.source else None
    folder = source.parent if source is not None and source.parent.is_dir() else Path.cwd()
    return folder / safe_filename(analysis.title, ext=ext)


def is_same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether ``a`` and ``b`` name the same file (also through symbolic and hard links)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def _new_file_mode() -> int:
    """The permissions a normally created file gets (``0o666`` less the umask)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(
    path: str | os.PathLike[str],
    data: str,
    *,
    protect: tuple[str | os.PathLike[str], ...] = (),
    overwrite: bool = True,
) -> Path:
    """Write ``data`` (UTF-8) to ``path`` through a temporary file and a rename.

    On failure the temporary file is removed, an existing file at ``path`` is left as it was,
    and :class:`SaveError` says what went wrong. Refuses to write onto any file in ``protect``
    (compared by identity, so links to it count). With ``overwrite=False`` an existing file is
    never replaced, even one that appears while writing (:class:`SummaryExistsError`).
    """
    target = Path(path)
    for p in protect:
        if p and is_same_file(target, p):
            raise SaveError(
                f"Reader will not save over the article itself ({printable(target.name)}); "
                "choose another file name."
            )
    if not overwrite and os.path.lexists(target):
        raise SummaryExistsError(_exists_message(target))
    if overwrite and os.path.isfile(target) and not os.stat(target).st_mode & stat.S_IWUSR:
        raise SaveError(
            f"Could not save {printable(target.name)}: that file is read-only, so Reader left "
            "it unchanged. Choose another name, or make the file writable first."
        )
    folder = target.parent
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode) if overwrite else _new_file_mode()
    except OSError:
        mode = _new_file_mode()
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".reader-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp_name, mode)
        if overwrite:
            os.replace(tmp_name, target)
        else:
            _link_no_clobber(tmp_name, target)
        tmp_name = None
        _sync_folder(folder)
    except FileExistsError as exc:
        raise SummaryExistsError(_exists_message(target)) from exc
    except OSError as exc:
        raise SaveError(_explain_save_error(target, exc)) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.chmod(tmp_name, stat.S_IWRITE | stat.S_IREAD)  # Windows cannot unlink it else
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return target


def _link_no_clobber(tmp_name: str, target: Path) -> None:
    """Move ``tmp_name`` to ``target`` unless ``target`` exists (``FileExistsError``)."""
    try:
        os.link(tmp_name, target)  # fails with EEXIST instead of replacing
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT, some network shares)
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        os.replace(tmp_name, target)
        return
    os.unlink(tmp_name)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (best effort: not every system can open a folder)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _exists_message(target: Path) -> str:
    return f"{printable(target.name)} already exists; it was left unchanged."


def _explain_save_error(target: Path, exc: OSError) -> str:
    reason = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.EACCES: "you do not have permission to write there",
        errno.EPERM: "you do not have permission to write there",
        errno.EROFS: "the folder is on a read-only disk",
        errno.ENOENT: "the folder does not exist",
        errno.ENOTDIR: "the folder does not exist",
        errno.ENAMETOOLONG: "the file name is too long",
        errno.EISDIR: "a folder has that name",
        errno.EIO: "the disk reported a write error",
    }.get(exc.errno or 0, "the system refused to write the file")
    if os.path.isfile(target):
        kept = " The existing file was left unchanged."
    else:
        kept = " Nothing was written."
    return f"Could not save {printable(target.name)}: {reason}.{kept}"


def save_summary(
    analysis: Analysis,
    path: str | os.PathLike[str],
    *,
    fmt: str | None = None,
    force: bool = True,
    when: str | None = None,
) -> Path:
    """Render the summary in the format named by ``path``'s extension and write it atomically.

    With ``force=False`` an existing file is not overwritten (:class:`SummaryExistsError`).
    The article ``analysis.source`` is never written over.
    """
    target = Path(path)
    fmt = fmt or format_for_path(target)
    if fmt not in FORMATS:
        raise SaveError(f"Reader cannot save “.{fmt}” files; use .txt, .md, .html or .json.")
    data = render(analysis, fmt, when=when)
    return write_atomic(target, data, protect=(analysis.source,), overwrite=force)
