"""A PDF laid out by Qt (QTextDocument printed with QPdfWriter, the page numbers Qt adds at the
foot of each page): Reader gets the paragraphs back across the page breaks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

from reader import analyze

PARAGRAPH = (
    "The harbour trust said on Monday that the ferry between the old harbour and the island "
    "would run every half hour from seven in the morning until eight at night, and that a "
    "later sailing would be added on Fridays and Saturdays during the summer months. "
)


def test_paragraphs_of_a_qt_printed_pdf_come_back_whole(qtbot, tmp_path: Path) -> None:
    paragraphs = [f"Paragraph {n}. " + PARAGRAPH * 3 for n in range(1, 13)]
    document = QTextDocument()
    document.setHtml(
        "<h1>Harbour timetable changes</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
    )
    path = tmp_path / "timetable.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setTitle("Harbour timetable changes")
    document.print_(writer)
    del writer  # finishes the file
    result = analyze(path)
    assert result.format == "pdf"
    assert result.title == "Harbour timetable changes"
    shown = result.text.split("\n\n")
    assert [" ".join(p.split()) for p in shown] == [" ".join(p.split()) for p in paragraphs]
    # Qt's page numbers are furniture, not text
    assert all(not p.strip().isdigit() for p in shown)
