"""Does the window stay responsive while a long article is analysed?

Builds a long article (about 200 KB) from the corpus's BBC articles in a temporary folder, opens
it in the main window (offscreen) and measures the gaps between ticks of a 10 ms timer while
the analysis runs on the worker thread. The baseline is the same timer on an idle window, in the
same run. Prints the median, 99th percentile and longest gap of both.

    python benchmarks/bench_gui_responsiveness.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
TICK_MS = 10


def long_article(folder: Path) -> Path:
    bodies = []
    for path in sorted((CORPUS / "bbc" / "article").glob("*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        bodies.append(text.split("\n", 1)[-1].strip())
    article = "A long collection of reports\n\n" + "\n\n".join(bodies * 6) + "\n"
    path = folder / "long-article.txt"
    path.write_text(article, encoding="utf-8")
    return path


def gaps_while(app, busy_until) -> list[float]:
    from PySide6.QtCore import QTimer

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now
        if busy_until():
            app.quit()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(TICK_MS)
    app.exec()
    timer.stop()
    return gaps


def describe(name: str, gaps: list[float]) -> str:
    ordered = sorted(gaps)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (
        f"{name:<22} median {statistics.median(gaps):6.1f} ms   p99 {p99:6.1f} ms   "
        f"max {max(gaps):6.1f} ms   ({len(gaps)} ticks)"
    )


def main() -> int:
    if not (CORPUS / "bbc").is_dir():
        print(f"The corpus is not at {CORPUS}; nothing to measure.")
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = tmp  # never the user's settings
        sys.path.insert(0, str(ROOT))
        from PySide6.QtCore import QThreadPool
        from PySide6.QtWidgets import QApplication

        from reader.gui.main_window import MainWindow

        app = QApplication(sys.argv[:1])
        window = MainWindow()
        window.show()
        path = long_article(Path(tmp))
        size_kb = path.stat().st_size / 1000
        done: list[object] = []
        window.analysis_ready.connect(done.append)
        window.analysis_failed.connect(lambda tab, message: done.append(message))
        start = time.perf_counter()
        window.open_paths([path])
        busy = gaps_while(app, lambda: bool(done))
        elapsed = time.perf_counter() - start
        QThreadPool.globalInstance().waitForDone()
        idle_until = time.perf_counter() + elapsed
        idle = gaps_while(app, lambda: time.perf_counter() >= idle_until)
        window.close()
        QThreadPool.globalInstance().waitForDone()
    print(f"article: {size_kb:.0f} KB, analysis and display: {elapsed:.2f} s")
    print(describe("idle window", idle))
    print(describe("during analysis", busy))
    p99_busy = sorted(busy)[int(len(busy) * 0.99)]
    p99_idle = sorted(idle)[int(len(idle) * 0.99)]
    print(f"p99 ratio, analysis / idle: {p99_busy / max(p99_idle, 1e-9):.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
