"""How long does the reading view take to show, zoom and re-tint a big article?

Generates articles of about 50 KB, 200 KB and 1 MB (made-up paragraphs with summary sentences
and speaker mentions), shows each in a visible ArticleView (offscreen) and times: the first
render, one zoom step, and turning the summary tint off and on. The baseline, measured in the
same run, is inserting the same plain text into an empty QTextBrowser of the same size.

    python benchmarks/bench_gui_render.py
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = {"50 KB": 50_000, "200 KB": 200_000, "1 MB": 1_000_000}
NAMES = ("Ada Quist", "Bram Olsen", "Chiara Neri")


def generated(size: int):
    """A made-up analysis of about ``size`` characters."""
    from reader.result import Analysis, Speaker, Summary

    pieces, spans, length, n = [], [], 0, 0
    while length < size:
        name = NAMES[n % len(NAMES)]
        sentence = (
            f"Paragraph {n}: the harbour board met again on Tuesday, and {name} said the "
            f"ferries would keep sailing until the storm season of year {2000 + n % 40} ends."
        )
        spans.append((length, length + len(sentence)))
        pieces.append(sentence)
        length += len(sentence) + 2
        n += 1
    text = "\n\n".join(pieces)
    speakers = []
    for name in NAMES:
        mentions, at = [], text.find(name)
        while at >= 0:
            mentions.append((at, at + len(name)))
            at = text.find(name, at + 1)
        speakers.append(Speaker(name, mentions=tuple(mentions)))
    return Analysis(
        source="generated.txt",
        format="txt",
        title="A generated article",
        text=text,
        sentences=tuple(spans),
        summary=Summary("lead", tuple(range(0, len(spans), 7))),
        speakers=tuple(speakers),
    )


def timed(app, action) -> float:
    start = time.perf_counter()
    action()
    app.processEvents()  # the relayout and paint that follow
    return time.perf_counter() - start


def measure(app, analysis) -> tuple[float, float, float, float]:
    """(plain insert, render, zoom step, tint off and on) in seconds for ``analysis``."""
    from PySide6.QtWidgets import QTextBrowser

    from reader.gui.article_view import ArticleView
    from reader.gui.theme import LIGHT

    plain = QTextBrowser()
    plain.resize(900, 700)
    plain.show()
    app.processEvents()
    base = timed(app, lambda: plain.setPlainText(analysis.text))
    plain.close()

    view = ArticleView(LIGHT)
    view.resize(900, 700)
    view.show()
    app.processEvents()
    render = timed(app, lambda: view.show_analysis(analysis))
    zoom = timed(app, lambda: view.set_zoom(1))

    def toggle() -> None:
        view.set_highlights(summary=False)
        view.set_highlights(summary=True)

    tint = timed(app, toggle)
    view.close()
    return base, render, zoom, tint


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    print(f"{'size':>7} {'plain':>8} {'render':>8} {'zoom':>8} {'tint off+on':>12}  (seconds)")
    for label, size in SIZES.items():
        base, render, zoom, tint = measure(app, generated(size))
        print(
            f"{label:>7} {base:8.3f} {render:8.3f} {zoom:8.3f} {tint:12.3f}"
            f"   render {render / base:5.1f}x, zoom {zoom / base:5.1f}x, tint {tint / base:5.1f}x"
            " the plain insert"
        )


if __name__ == "__main__":
    main()
