"""Start-up time: process start to the window's first paint, and to the first article shown,
against a bare Qt window.

Runs ``python -m reader`` with ``READER_STARTUP_PROBE=1`` (the app prints ``first-paint`` and
quits after its first paint) and, as the baseline in the same run, a script that shows an empty
``QWidget`` the same way. Then ``python -m reader ARTICLE`` with ``READER_STARTUP_PROBE=article``
(prints ``first-article`` when the article, analysed from a cold process, is shown). All are
timed from just before the process is spawned to the moment the line is read. Prints the
median of several runs, the ratios and the 1 s target for the first paint. Bytecode caches are
written first (``PYTHONDONTWRITEBYTECODE`` is unset), as in an installed Reader.

    python benchmarks/bench_startup.py [--runs N]

Uses the screen when there is one (DISPLAY / WAYLAND_DISPLAY), Qt's offscreen platform otherwise.
Settings go to a temporary folder, never the user's.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 1.0
ARTICLE = ROOT / "tests" / "_files" / "cli" / "harbour.txt"
BASELINE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("first-paint", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(1240, 820)
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
"""


def time_to_paint(argv: list[str], env: dict[str, str], marker: str = "first-paint") -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    elapsed = None
    for line in proc.stdout:
        if line.startswith(marker):
            elapsed = time.perf_counter() - start
            break
    proc.stdout.close()
    proc.wait(timeout=60)
    if elapsed is None:
        raise SystemExit(f"{' '.join(argv[:3])}… never painted (exit code {proc.returncode})")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as config:
        env = dict(os.environ, READER_STARTUP_PROBE="1", XDG_CONFIG_HOME=config)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
            env["QT_QPA_PLATFORM"] = "offscreen"
        platform = env.get("QT_QPA_PLATFORM", "screen")
        reader_cmd = [sys.executable, "-m", "reader"]
        baseline_cmd = [sys.executable, "-c", BASELINE]
        time_to_paint(reader_cmd, env)  # warm the file cache once
        time_to_paint(baseline_cmd, env)
        article_env = dict(env, READER_STARTUP_PROBE="article")
        article_cmd = [*reader_cmd, str(ARTICLE)]
        time_to_paint(article_cmd, article_env, "first-article")
        reader_times, baseline_times, article_times = [], [], []
        for _ in range(args.runs):  # interleaved, so all see the same machine load
            baseline_times.append(time_to_paint(baseline_cmd, env))
            reader_times.append(time_to_paint(reader_cmd, env))
            article_times.append(time_to_paint(article_cmd, article_env, "first-article"))
    base = statistics.median(baseline_times)
    ours = statistics.median(reader_times)
    print(f"platform: {platform}, runs: {args.runs} (median)")
    print(f"bare QWidget window, first paint: {base:.3f} s")
    print(f"Reader window, first paint:       {ours:.3f} s (max {max(reader_times):.3f} s)")
    print(f"ratio Reader / bare Qt:           {ours / base:.2f}")
    article = statistics.median(article_times)
    print(f"first article shown (cold):       {article:.3f} s ({article / base:.2f}x bare Qt)")
    verdict = "meets" if ours <= TARGET_S else "MISSES"
    print(f"target {TARGET_S:.1f} s: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
