"""Single-file web pages (MHTML, ``.mhtml``/``.mht``) as Chrome, Edge and older browsers save them.

The file is a MIME ``multipart/related`` message: the page's HTML is the first ``text/html``
part (later ones are embedded frames), possibly quoted-printable or base64 and with its own
charset. It is parsed with the standard :mod:`email` package, which tolerates truncated files
(a missing closing boundary still yields the parts that are there).
"""

from __future__ import annotations

import base64
import binascii
import email
import email.errors
import email.header
import email.policy
import re
from dataclasses import dataclass
from email.message import Message

from reader.errors import EmptyArticleError

_NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/=]")


@dataclass(frozen=True)
class ArchivedPage:
    """The main part of a web archive: its bytes, declared charset, kind and address."""

    content: bytes
    charset: str | None
    is_html: bool
    url: str
    subject: str
    truncated: bool = False


def main_page(data: bytes, name: str) -> ArchivedPage:
    """The page inside an MHTML file; :class:`EmptyArticleError` when it holds no page."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    url = _header(message, "Snapshot-Content-Location") or _header(message, "Content-Location")
    subject = _header(message, "Subject")
    part = _first_part(message, "text/html") or _first_part(message, "text/plain")
    if part is None:
        raise EmptyArticleError(
            f"{name} is a saved web page archive, but it holds no web page Reader could read."
        )
    content = _content(part)
    return ArchivedPage(
        content=content,
        charset=part.get_content_charset(),
        is_html=part.get_content_type() == "text/html",
        url=url or _header(part, "Content-Location"),
        subject=subject,
        truncated=_is_truncated(message),
    )


def _is_truncated(message: Message) -> bool:
    """True when the archive ends before its closing boundary (a download or copy cut short)."""
    return any(
        isinstance(defect, email.errors.CloseBoundaryNotFoundDefect)
        for part in message.walk()
        for defect in part.defects
    )


def _content(part: Message) -> bytes:
    """The decoded body of ``part``; base64 cut short (a truncated file) yields what is whole."""
    if str(part.get("Content-Transfer-Encoding", "")).strip().lower() == "base64":
        encoded = _NOT_BASE64.sub("", str(part.get_payload(decode=False) or ""))
        encoded = encoded.rstrip("=")
        encoded = encoded[: len(encoded) // 4 * 4]
        try:
            return base64.b64decode(encoded)
        except (ValueError, binascii.Error):
            return b""
    content = part.get_payload(decode=True)
    return content if isinstance(content, bytes) else b""


def _first_part(message: Message, content_type: str) -> Message | None:
    for part in message.walk():
        if not part.is_multipart() and part.get_content_type() == content_type:
            return part
    return None


def _header(message: Message, name: str) -> str:
    value = message.get(name)
    if value is None:
        return ""
    try:
        decoded = email.header.make_header(email.header.decode_header(str(value)))
        return " ".join(str(decoded).split())
    except (ValueError, LookupError, UnicodeError, email.errors.MessageError):
        return " ".join(str(value).split())
