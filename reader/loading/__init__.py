"""Loading saved articles: formats, encodings, main-content extraction. (stub, being replaced)"""

from __future__ import annotations

import os
from pathlib import Path

from reader.document import Document
from reader.errors import UnreadableFileError


def load_document(path: str | os.PathLike[str]) -> Document:
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(f"Could not read {p.name}.") from exc
    return document_from_text(raw.decode("utf-8", "replace"), source=str(path))


def document_from_text(text: str, source: str = "", name: str = "") -> Document:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Document(source=source, format="txt", title=name or "Untitled", text=text.strip())
