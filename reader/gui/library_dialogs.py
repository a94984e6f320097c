"""The library's small dialogs: choosing a folder, the files that could not be read, and the
watched folders (behind functions tests replace)."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MAX_LISTED = 200


def ask_folder(parent: QWidget | None, start: str = "") -> str | None:
    """Ask for a folder of saved articles; ``None`` when cancelled."""
    folder = QFileDialog.getExistingDirectory(
        parent, "Add a Folder to the Library", start or os.path.expanduser("~")
    )
    return folder or None


def show_failures(parent: QWidget, failures: dict[str, tuple[int, int, str]]) -> QMessageBox:
    """The files that could not be added, with the reason for each (non-modal)."""
    box = QMessageBox(parent)
    box.setWindowTitle("Files Reader could not read")
    box.setIcon(QMessageBox.Icon.Information)
    n = len(failures)
    box.setText(
        f"{n} file{'s' if n != 1 else ''} in your library's folders could not be read. "
        "Reader tries each again when it changes."
    )
    lines = [f"{path}\n    {reason}" for path, (_s, _m, reason) in list(failures.items())]
    if len(lines) > MAX_LISTED:
        lines = [*lines[:MAX_LISTED], f"… and {len(lines) - MAX_LISTED} more"]
    box.setDetailedText("\n\n".join(lines))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def ask_remove_added(
    parent: QWidget | None, folders: list[str], count: int, answer: Callable[[bool], None]
) -> QMessageBox:
    """After the first adding of ``folders`` was stopped (they are no longer watched): ask
    whether to take the ``count`` articles added meanwhile out of the library again.
    ``answer(True)`` to remove them, ``answer(False)`` to keep them (also when the box is just
    closed). Non-modal."""
    box = QMessageBox(parent)
    box.setWindowTitle("Adding Stopped")
    box.setIcon(QMessageBox.Icon.Question)
    names = " and ".join(f"“{f}”" for f in folders)
    s = "s" if count != 1 else ""
    box.setText(
        f"Reader stopped adding {names} and will not watch {'it' if len(folders) == 1 else 'them'}."
        f"\n\nRemove the {count:,} article{s} added so far from the library, or keep "
        f"{'them' if count != 1 else 'it'}?"
    )
    box.setInformativeText(
        "Removing takes the articles out of the library only: the files stay where they are. "
        "To add the whole folder later, choose Library ▸ Add Folder… again."
    )
    remove = box.addButton(f"Remove {count:,} Article{s}", QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(
        f"Keep {'Them' if count != 1 else 'It'}", QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _code: answer(box.clickedButton() is remove))
    box.open()
    return box


class WatchedFoldersDialog(QDialog):
    """The watched folders; one can be removed from the library (its files stay)."""

    def __init__(self, folders: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Watched Folders")
        self.removed: list[str] = []
        self.wants_add = False
        note = QLabel(
            "Reader keeps these folders' articles in the library and picks up new, changed, "
            "moved and deleted files. Removing a folder takes its articles out of the library; "
            "the files themselves are never touched."
        )
        note.setWordWrap(True)
        self.list = QListWidget()
        self.list.addItems(folders)
        self.remove_button = QPushButton("Stop Watching")
        self.remove_button.clicked.connect(self._remove)
        add = QPushButton("Add Folder…")
        add.clicked.connect(self._add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(add, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        self.remove_button.setEnabled(False)
        self.resize(560, 320)

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.removed.append(item.text())
            self.list.takeItem(self.list.row(item))

    def _add(self) -> None:
        self.wants_add = True
        self.accept()
