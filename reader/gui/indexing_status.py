"""The status bar's indexing indicator: what is being added, a progress bar, Cancel."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from reader.gui.library_service import LibraryService


class IndexingStatus(QWidget):
    """Shown while the library adds articles; hidden otherwise."""

    def __init__(self, service: LibraryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.label = QLabel(objectName="Muted")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedSize(140, 6)
        self.cancel = QToolButton(text="Cancel", autoRaise=True)
        self.cancel.setToolTip("Stop adding articles (those added so far stay)")
        self.cancel.clicked.connect(service.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        service.indexing_changed.connect(self._indexing)
        service.progress.connect(self._progress)
        self.hide()

    def _indexing(self, on: bool) -> None:
        if on:
            self.label.setText("Looking for articles…")
            self.bar.setRange(0, 0)
        self.setVisible(on)

    def _progress(self, done: int, total: int, path: str) -> None:
        if total == 0:
            return
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.label.setText(f"Adding articles: {done:,} of {total:,}")
        self.setToolTip(os.path.basename(path) if path else "")
