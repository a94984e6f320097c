"""Summary files: ``.txt``, ``.md``, ``.html`` and ``.json``, written atomically.

One writer serves the window's *Save summary* and the command line's ``-o``.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import html
import json
import os
import re
import tempfile
import unicodedata
from pathlib import Path

from reader.errors import SaveError
from reader.result import Analysis

FORMATS = ("txt", "md", "html", "json")
_WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}
MAX_NAME_CHARS = 120


def format_for_path(path: str | os.PathLike[str]) -> str:
    """The export format named by a file's extension (``md`` when it names none we write)."""
    ext = Path(path).suffix.lower().lstrip(".")
    return {"markdown": "md", "htm": "html", "text": "txt"}.get(ext, ext) if ext else "md"


def _header(analysis: Analysis, when: str) -> list[tuple[str, str]]:
    rows = [
        ("Source", analysis.source),
        ("Language", analysis.language),
        ("Algorithm", analysis.summary.algorithm),
        ("Date", when),
    ]
    meta = analysis.metadata
    rows += [
        (k, v)
        for k, v in (
            ("Author", meta.author),
            ("Published", meta.date),
            ("Site", meta.site_name),
            ("URL", meta.url),
        )
        if v
    ]
    return rows


def _speaker_lines(analysis: Analysis) -> list[str]:
    return [
        f"{s.name} ({len(s.mentions)} mention{'s' if len(s.mentions) != 1 else ''})"
        for s in analysis.speakers
    ]


def _one_line(sentence: str) -> str:
    return " ".join(sentence.split())


def render(analysis: Analysis, fmt: str, *, when: str | None = None) -> str:
    """The summary of ``analysis`` as a ``txt``, ``md``, ``html`` or ``json`` document."""
    when = when or _dt.datetime.now().astimezone().isoformat(timespec="seconds")
    summary = [_one_line(s) for s in analysis.summary_texts]
    speakers = _speaker_lines(analysis)
    header = _header(analysis, when)
    if fmt == "json":
        data = analysis.to_dict()
        data["summary"]["text"] = summary
        data["exported"] = when
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "txt":
        out = [analysis.title, "=" * min(len(analysis.title), 78), ""]
        out += [f"{k}: {v}" for k, v in header] + ["", "Summary", "-------", ""]
        out += [f"- {s}" for s in summary]
        if speakers:
            out += ["", "Speakers", "--------", ""] + [f"- {s}" for s in speakers]
        return "\n".join(out) + "\n"
    if fmt == "md":
        out = [f"# {analysis.title}", ""]
        out += [f"- **{k}:** {v}" for k, v in header] + ["", "## Summary", ""]
        out += [f"- {s}" for s in summary]
        if speakers:
            out += ["", "## Speakers", ""] + [f"- {s}" for s in speakers]
        return "\n".join(out) + "\n"
    if fmt == "html":
        e = html.escape
        out = [
            "<!DOCTYPE html>",
            f'<html lang="{e(analysis.language)}">',
            '<head><meta charset="utf-8">',
            f"<title>{e(analysis.title)} – summary</title></head>",
            "<body>",
            f"<h1>{e(analysis.title)}</h1>",
            "<dl>",
            *(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in header),
            "</dl>",
            "<h2>Summary</h2>",
            "<ul>",
            *(f"<li>{e(s)}</li>" for s in summary),
            "</ul>",
        ]
        if speakers:
            out += ["<h2>Speakers</h2>", "<ul>", *(f"<li>{e(s)}</li>" for s in speakers), "</ul>"]
        out += ["</body>", "</html>"]
        return "\n".join(out) + "\n"
    raise ValueError(f"Unknown summary format {fmt!r}; choose one of {', '.join(FORMATS)}.")


def safe_filename(title: str, suffix: str = " – summary", ext: str = "md") -> str:
    """A file name made from ``title`` that is valid on Linux, Windows and macOS."""
    name = unicodedata.normalize("NFC", title)
    name = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in name)
    name = re.sub(r'[<>:"/\\|?*]', " ", name)
    name = " ".join(name.split()).strip(" .")
    if not name:
        name = "article"
    if name.split(".")[0].upper() in _WINDOWS_RESERVED:
        name = "_" + name
    budget = MAX_NAME_CHARS - len(suffix) - len(ext) - 1
    if len(name) > budget:
        name = name[:budget].rstrip(" .")
    return f"{name}{suffix}.{ext}"


def default_summary_path(analysis: Analysis, ext: str = "md") -> Path:
    """``<title> – summary.<ext>`` beside the article (or in the working directory)."""
    source = Path(analysis.source) if analysis.source else None
    folder = source.parent if source is not None and source.parent.is_dir() else Path.cwd()
    return folder / safe_filename(analysis.title, ext=ext)


def write_atomic(path: str | os.PathLike[str], data: str, *, protect: tuple[str, ...] = ()) -> Path:
    """Write ``data`` (UTF-8) to ``path`` through a temporary file and a rename.

    On failure the temporary file is removed, an existing file at ``path`` is left as it was,
    and :class:`SaveError` says what went wrong. Refuses to write onto any path in ``protect``.
    """
    target = Path(path)
    for p in protect:
        try:
            if p and target.resolve() == Path(p).resolve():
                raise SaveError(
                    f"Refusing to save over the article itself ({target.name}); "
                    "choose another file name."
                )
        except OSError:
            continue
    folder = target.parent if str(target.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise SaveError(_explain_save_error(target, exc)) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return target


def _explain_save_error(target: Path, exc: OSError) -> str:
    import errno

    reason = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.EACCES: "you do not have permission to write there",
        errno.EPERM: "you do not have permission to write there",
        errno.EROFS: "the folder is on a read-only disk",
        errno.ENOENT: "the folder does not exist",
        errno.ENAMETOOLONG: "the file name is too long",
        errno.EISDIR: "a folder has that name",
    }.get(exc.errno or 0, "the system refused to write the file")
    kept = " Any existing file there was left unchanged." if target.exists() else ""
    return f"Could not save {target.name}: {reason}.{kept}"


def save_summary(
    analysis: Analysis,
    path: str | os.PathLike[str],
    *,
    fmt: str | None = None,
    force: bool = True,
) -> Path:
    """Render the summary in the format named by ``path``'s extension and write it atomically.

    With ``force=False`` an existing file is not overwritten (:class:`SaveError`).
    """
    target = Path(path)
    fmt = fmt or format_for_path(target)
    if fmt not in FORMATS:
        raise SaveError(f"Reader cannot save “.{fmt}” files; use .txt, .md, .html or .json.")
    if not force and target.exists():
        raise SaveError(f"{target.name} already exists; use --force to overwrite it.")
    return write_atomic(target, render(analysis, fmt), protect=(analysis.source,))
