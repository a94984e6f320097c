"""The library's failures in the window: reported in plain words, a damaged library rebuilt
(when it is opened, and when it is found damaged while in use)."""

from __future__ import annotations

import logging

from gui_helpers import WAIT_MS

from reader.gui.library_service import LibraryService
from reader.library.errors import LibraryDamagedError, LibraryError
from reader.library.indexing import index
from reader.library.store import Library


def test_a_damaged_library_is_rebuilt_and_the_person_told(qtbot, articles, library_folder) -> None:
    with Library() as library:
        index(library, [articles], jobs=1)
    (library_folder / "library.db").write_bytes(b"not a database " * 500)
    service = LibraryService()
    notices: list[tuple[str, str]] = []
    service.notice.connect(lambda kind, text: notices.append((kind, text)))
    try:
        with qtbot.waitSignal(service.indexed, timeout=WAIT_MS):
            service.start()
        qtbot.waitUntil(lambda: len(notices) == 2, timeout=WAIT_MS)
        assert [kind for kind, _ in notices] == ["info", "info"]
        assert "was damaged" in notices[0][1] and "library-damaged-" in notices[0][1]
        assert "rebuilt from your articles: 4 articles" in notices[1][1]
        assert service.library.count() == 4
        assert any(p.name.startswith("library-damaged-") for p in library_folder.iterdir())
    finally:
        service.close()


def test_damage_found_while_in_use_is_repaired(qtbot, articles, library_folder) -> None:
    with Library() as library:
        index(library, [articles], jobs=1)
    service = LibraryService()
    notices: list[tuple[str, str]] = []
    service.notice.connect(lambda kind, text: notices.append((kind, text)))
    try:
        service.start()
        assert service.library.count() == 4
        old_indexer = service.indexer
        with qtbot.waitSignal(service.indexed, timeout=WAIT_MS):
            service.library_recovery.failed(LibraryDamagedError("malformed page"))
        qtbot.waitUntil(lambda: len(notices) == 2, timeout=WAIT_MS)
        assert [kind for kind, _ in notices] == ["info", "info"]
        assert "rebuilt from your articles: 4 articles" in notices[1][1]
        assert service.indexer is not old_indexer  # new library threads for the new database
        assert service.library.count() == 4
        assert any(p.name.startswith("library-damaged-") for p in library_folder.iterdir())
    finally:
        service.close()


def test_failures_are_told_in_plain_words(qtbot, library_folder, caplog) -> None:
    service = LibraryService()
    notices: list[tuple[str, str]] = []
    service.notice.connect(lambda kind, text: notices.append((kind, text)))
    try:
        service.library_recovery.failed(LibraryError("The disk is full."))
        with caplog.at_level(logging.ERROR, logger="reader.gui.library_recovery"):
            service.library_recovery.failed(KeyError("bug"))
        assert notices[0] == ("error", "The disk is full.")
        assert notices[1][0] == "error"
        assert "internal problem while updating the library (KeyError)" in notices[1][1]
        assert "library work failed" in caplog.text  # the traceback goes to the log
        assert service.available  # the library itself is fine
    finally:
        service.close()
