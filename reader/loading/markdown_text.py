"""Markdown articles as readable plain text, and their title.

Headings, paragraphs, lists, quotes, tables and code keep their text; emphasis, link targets,
images, HTML tags and the markup itself go. Lines of one paragraph are joined (Markdown
treats them as one), except after a hard break. The title is YAML front matter's ``title:``,
else a level-1 heading that opens the document (which then leaves the body).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.loading.plain_text import tidy_body

_FRONT_MATTER = re.compile(
    r"\A(?:---|\+\+\+)[ \t]*\n(.*?)\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\n|\Z)", re.S
)
_FRONT_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*[:=]\s*(.*?)\s*$", re.M)
_FENCE = re.compile(r"^\s{0,3}(```+|~~~+)")
_ATX = re.compile(r"^\s{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^\s{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_QUOTE = re.compile(r"^\s{0,3}>[ \t]?")
_BULLET = re.compile(r"^(\s*)[-*+][ \t]+(?:\[[ xX]\][ \t]+)?")
_NUMBERED = re.compile(r"^(\s*)(\d{1,9})[.)][ \t]+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_REFERENCE_DEF = re.compile(r"^\s{0,3}\[[^\]^]+\]:\s+\S+.*$")
_INDENTED_CODE = re.compile(r"^(?: {4}|\t)")

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)|!\[([^\]]*)\]\[[^\]]*\]")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+[\"'(][^)]*[\"')])?\)")
_REFERENCE_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]]+\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS_STAR = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_HTML_BREAK = re.compile(r"<br\s*/?>", re.I)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->", re.S)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<\"'])")
_ESCAPED_BASE = 0xF0000  # escaped characters hide in a private-use plane while markup goes
_ESCAPED = re.compile("[\U000f0000-\U000f007f]")


@dataclass(frozen=True)
class MarkdownArticle:
    """A Markdown file read as an article: its title (empty if none), body and front matter."""

    title: str
    text: str
    fields: dict[str, str]
    title_in_body: bool = False  # the title was the document's opening level-1 heading


def read_markdown(source: str) -> MarkdownArticle:
    """Plain text, title and front-matter fields of the Markdown ``source`` (``\\n`` endings)."""
    fields: dict[str, str] = {}
    match = _FRONT_MATTER.match(source)
    if match:
        for key, value in _FRONT_FIELD.findall(match.group(1)):
            fields[key.lower()] = value.strip().strip("\"'")
        source = source[match.end() :]
    blocks, first_h1, opens_with_h1 = _blocks(source.split("\n"))
    title = fields.get("title", "")
    in_body = False
    if opens_with_h1 and (not title or _same(blocks[0], title)):
        title = blocks.pop(0)
        in_body = True
    elif not title and first_h1:
        title = first_h1
    text = tidy_body("\n\n".join(blocks))
    return MarkdownArticle(title=title, text=text, fields=fields, title_in_body=in_body)


def _blocks(lines: list[str]) -> tuple[list[str], str | None, bool]:
    """Blocks of plain text, the first level-1 heading, and whether it opens the document."""
    blocks: list[str] = []
    paragraph: list[str] = []
    listing: list[str] = []
    first_h1: int | None = None
    fence: str | None = None
    code: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(_join_paragraph(paragraph))
            paragraph.clear()
        if listing:
            blocks.append("\n".join(listing))
            listing.clear()

    for line in lines:
        if fence is not None:
            if line.strip().startswith(fence):
                blocks.append("\n".join(code))
                code.clear()
                fence = None
            else:
                code.append(line.rstrip())
            continue
        while _QUOTE.match(line):  # a quote's content is read like any other
            line = _QUOTE.sub("", line, count=1)
        opening = _FENCE.match(line)
        if opening:
            flush()
            fence = opening.group(1)[:3]
            continue
        if not line.strip():
            flush()
            continue
        heading = _ATX.match(line)
        if heading or (paragraph and _SETEXT.match(line)):
            if heading:
                level, text = len(heading.group(1)), heading.group(2) or ""
            else:
                level, text = (1 if line.strip()[0] == "=" else 2), " ".join(paragraph)
                paragraph.clear()
            flush()
            if level == 1 and first_h1 is None and _inline(text):
                first_h1 = len(blocks)
            blocks.append(_inline(text))
            continue
        if _TABLE_RULE.match(line) and listing:
            continue  # the rule under a table's header row
        if _RULE.match(line) or _TABLE_RULE.match(line) or _REFERENCE_DEF.match(line):
            flush()
            continue
        if not paragraph and not listing and _INDENTED_CODE.match(line):
            blocks.append(line.strip())
            continue
        item = _list_item(line)
        if item is not None:
            if paragraph:
                flush()
            listing.append(item)
            continue
        if listing and line.startswith((" ", "\t")):
            listing[-1] += " " + _inline(line.strip())
            continue
        text = line
        if "|" in text and text.strip().startswith("|"):
            if paragraph:
                flush()
            cells = [c.strip() for c in text.strip().strip("|").split("|")]
            listing.append(" | ".join(_inline(c) for c in cells))
            continue
        if listing:
            flush()
        paragraph.append(text)
    if code:
        blocks.append("\n".join(code))
    flush()
    kept = [b for b in blocks if b.strip()]
    heading_text = blocks[first_h1] if first_h1 is not None else None
    opens = first_h1 is not None and not any(b.strip() for b in blocks[:first_h1])
    return kept, heading_text, opens


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _list_item(line: str) -> str | None:
    bullet = _BULLET.match(line)
    if bullet and not _RULE.match(line):
        indent = "  " * (len(bullet.group(1).expandtabs(4)) // 2)
        return f"{indent}• {_inline(line[bullet.end() :].strip())}"
    numbered = _NUMBERED.match(line)
    if numbered:
        indent = "  " * (len(numbered.group(1).expandtabs(4)) // 2)
        return f"{indent}{numbered.group(2)}. {_inline(line[numbered.end() :].strip())}"
    return None


def _join_paragraph(lines: list[str]) -> str:
    out = ""
    for line in lines:
        hard_break = line.endswith("  ") or line.rstrip().endswith("\\")
        piece = _inline(line.strip().rstrip("\\").rstrip())
        out += piece + ("\n" if hard_break else " ")
    return out.strip()


def _inline(text: str) -> str:
    """Markdown inline markup removed: ``[text](url)`` -> text, images dropped, emphasis gone."""
    spans: list[str] = []

    def keep_code(match: re.Match[str]) -> str:
        spans.append(match.group(2).strip())
        return f"\x00{len(spans) - 1}\x00"

    text = _ESCAPE.sub(lambda m: chr(_ESCAPED_BASE + ord(m.group(1))), text)
    text = _CODE_SPAN.sub(keep_code, text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REFERENCE_LINK.sub(r"\1", text)
    text = _FOOTNOTE_REF.sub("", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_BREAK.sub(" ", text)
    text = _HTML_TAG.sub("", text)
    for pattern in (_STRONG, _STRIKE):
        text = pattern.sub(lambda m: m.group(m.lastindex or 0), text)
    text = _EMPHASIS_STAR.sub(r"\1", text)
    text = _EMPHASIS_UNDERSCORE.sub(r"\1", text)
    text = _ESCAPED.sub(lambda m: chr(ord(m.group()) - _ESCAPED_BASE), text)
    text = re.sub("\x00(\\d+)\x00", lambda m: spans[int(m.group(1))], text)
    return " ".join(text.split())
