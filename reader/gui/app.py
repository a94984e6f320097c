"""Start-up: the application object, the theme, the window, then the work.

Only Qt and light Reader modules are imported before the window first paints; the articles are
analysed (and the heavy NLP modules imported) on a worker thread afterwards.

``READER_STARTUP_PROBE=1`` makes the app print ``first-paint <seconds>`` when the window has
painted for the first time and quit; ``READER_STARTUP_PROBE=article`` prints ``first-paint``,
then ``first-article <seconds>`` when the first article (a file given, or the welcome article)
is shown, and quits (both used by ``benchmarks/bench_startup.py``). ``READER_SMOKE_TEST=1``
checks the first article shown and the icon, then quits (:mod:`reader.gui.smoke_test`, used by
``.ci/run`` on a built wheel).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Callable, Sequence

_T0 = time.perf_counter()

from reader.gui import qt_libraries  # noqa: E402  (no Qt)

try:
    from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication
except ImportError as _exc:  # a system library Qt needs is missing: say which, no traceback
    _problem = qt_libraries.import_problem(_exc)
    if _problem is None:
        raise
    sys.stderr.write(_problem)
    raise SystemExit(2) from None

from reader.gui.resources import icon_path  # noqa: E402
from reader.gui.settings import APPLICATION, ORGANIZATION  # noqa: E402

EXIT_WAIT_MS = 10_000  # how long quitting waits for an analysis still running
NO_DISPLAY_MESSAGE = (
    "Reader needs a graphical display. To summarise articles without one, use:\n"
    "  reader summarize FILE...\n"
)


class _FirstPaint(QObject):
    """Calls ``callback`` once, after the watched widget has painted for the first time."""

    def __init__(self, callback: Callable[[], object]) -> None:
        super().__init__()
        self.callback = callback
        self.done = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self.callback)
        return False


def create_application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication with Reader's names and icon (reused when one exists)."""
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication([sys.argv[0] if sys.argv else "reader"])
    )
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    QGuiApplication.setDesktopFileName("reader")
    icon = icon_path()
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    return app


def build_parser() -> argparse.ArgumentParser:
    """The command line of the window: ``reader [FILE...]``."""
    from reader import __version__

    parser = argparse.ArgumentParser(
        prog="reader",
        description="Open saved news articles in Reader's window: the text without its teaser "
        "lines, a summary beside it and the people quoted.",
        epilog="To summarise articles without the window, use 'reader summarize FILE...' "
        "(see 'reader summarize --help').",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="articles to open in tabs")
    parser.add_argument(
        "--new-window",
        action="store_true",
        help="open a window of its own even when Reader is open already (by default the "
        "files open in tabs of the open window)",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    return parser


def parse_files(argv: Sequence[str]) -> list[str]:
    """The files named in ``argv``; raises ``SystemExit`` for ``--help`` or a wrong option."""
    return list(build_parser().parse_args(list(argv)).files)


def wants_single_window(new_window: bool) -> bool:
    """Whether this start hands its files to a Reader already open: not with ``--new-window``,
    not when the setting ``window/single`` is off, not for the smoke test (it checks this
    window). The start-up probe does hand over: the check is part of what it times."""
    if new_window or os.environ.get("READER_SMOKE_TEST"):
        return False
    from reader.gui.settings import Settings

    return bool(Settings().single_window)


def has_display() -> bool:
    """False on Linux when no X11 or Wayland display is set and no Qt platform is forced."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def flush_output() -> None:
    """Flush stdout and stderr before ``os._exit`` (they are ``None`` under pythonw)."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            with contextlib.suppress(OSError, ValueError):  # closed or a broken pipe
                stream.flush()


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window with the articles in ``argv`` (the welcome article when there are none).

    Returns 2 for a wrong command line, when there is no display to show the window on and when
    Qt cannot open a window because a system library is missing (saying which to install).
    """
    try:
        options = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help, --version or a wrong option (argparse printed why)
        return exc.code if isinstance(exc.code, int) else 2
    from reader.gui import single_instance

    files = single_instance.absolute_paths(options.files)  # this folder, not the other Reader's
    single = wants_single_window(options.new_window)
    name = single_instance.server_name() if single else ""
    offered = single_instance.offer(files, name) if single else None
    if offered is single_instance.Offer.TAKEN:
        return 0  # the Reader already open took them (before any display was opened)
    if QApplication.instance() is None:
        problem = NO_DISPLAY_MESSAGE if not has_display() else qt_libraries.platform_problem()
        if problem:
            sys.stderr.write(problem)
            return 2
    app = create_application()
    server = single_instance.InstanceServer(name or single_instance.server_name())
    # the Reader of these settings: it restores and remembers the tabs (a second window opened
    # with --new-window beside it does neither, so that it does not undo the first one's)
    primary = server.listen()
    raced = not primary and offered is single_instance.Offer.NOBODY
    if raced and single_instance.hand_over(files, name):
        return 0  # another Reader started at the same moment, and was first
    from reader.gui.main_window import MainWindow
    from reader.gui.theme import apply_theme

    probe = os.environ.get("READER_STARTUP_PROBE", "")
    smoke_test = os.environ.get("READER_SMOKE_TEST") == "1" and not probe
    window = MainWindow()
    window.remembers_session = primary and not probe and not smoke_test
    ready = False
    handed: list[str] = []

    def files_received(paths: list[str], activation: str) -> None:
        single_instance.bring_to_front(window, activation)
        if ready:
            window.open_paths(paths)
        else:  # before the first paint: opened with the window's own files
            handed.extend(paths)

    server.files_received.connect(files_received)
    app.lastWindowClosed.connect(server.close)  # closing: a Reader started now is the first
    apply_theme(app, window.settings.theme)
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(window.on_system_scheme_changed)

    def article_shown(tab: object) -> None:
        print(f"first-article {time.perf_counter() - _T0:.3f}", flush=True)
        window.close()
        app.quit()

    def after_first_paint() -> None:
        nonlocal ready
        if probe:
            print(f"first-paint {time.perf_counter() - _T0:.3f}", flush=True)
        if probe == "1":
            window.close()
            app.quit()
            return
        window.start_library()
        if probe == "article":
            window.analysis_ready.connect(article_shown)
        ready = True
        wanted = files + handed
        # the tabs of last time come back, a file given now opens after them (as it would in
        # the window if Reader were still open); a second window opened beside it starts empty
        if window.remembers_session and window.settings.restore_tabs:
            restored = window.restore_session(then_open=wanted)
        else:
            restored = window.open_paths(wanted) if wanted else []
        if wanted or restored:
            return
        if (
            not smoke_test  # it checks the welcome article, whatever the library holds
            and window.library.available
            and window.library.checked_library.count()
        ):
            window.show_library()
        else:
            window.open_welcome()

    if smoke_test:
        from reader.gui.smoke_test import watch

        watch(window)
    watcher = _FirstPaint(after_first_paint)
    window.installEventFilter(watcher)
    window.show()
    code = app.exec()
    server.close()  # a Reader started from now on is the first again
    window.removeEventFilter(watcher)
    # An analysis cannot be interrupted: give it a moment, then leave without waiting for it.
    pool = QThreadPool.globalInstance()
    if not pool.waitForDone(EXIT_WAIT_MS):
        flush_output()
        os._exit(code)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
