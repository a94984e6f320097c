"""A slim bar at the top of the window for errors and notices (never a modal box).

Like a browser's per-tab info bar, a message belongs to the tab it concerns: switching to
another tab hides it, switching back shows an error again (a notice, which fades anyway, is
dropped), and closing the tab forgets it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

INFO_MS = 8000  # how long a notice stays


class MessageBar(QFrame):
    """Shows one message of the current tab; errors stay until closed, notices fade."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(text="✕", toolTip="Dismiss", autoRaise=True)
        close.clicked.connect(self.dismiss)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self._timer = QTimer(self, singleShot=True, interval=INFO_MS)
        self._timer.timeout.connect(self.dismiss)
        self.kind = ""
        self.owner: QObject | None = None  # the tab the shown message concerns
        self._current: QObject | None = None  # the tab on show now
        self._errors: dict[int, str] = {}  # id(tab) -> its error, kept while other tabs show
        self.hide()

    @property
    def text(self) -> str:
        parent = self.parentWidget()
        visible = self.isVisibleTo(parent) if parent is not None else self.isVisible()
        return self.label.text() if visible else ""

    def show_error(self, message: str, owner: QObject | None = None) -> None:
        """Show ``message`` as an error of ``owner`` (by default the tab on show now); it stays
        until dismissed, and comes back when its tab is shown again."""
        owner = owner if owner is not None else self._current
        self._remember(owner, message)
        if owner is self._current:
            self._show(message, "error", owner)
            self._timer.stop()

    def show_info(self, message: str, owner: QObject | None = None) -> None:
        """Show ``message`` as a notice of ``owner`` for a few seconds (while its tab shows)."""
        owner = owner if owner is not None else self._current
        if owner is not self._current:
            return
        self._forget(owner)
        self._show(message, "info", owner)
        self._timer.start()

    def set_current(self, tab: QObject | None) -> None:
        """``tab`` is on show now: hide the other tab's message, show this one's error."""
        if tab is self._current:
            return
        self._current = tab
        self._timer.stop()
        error = self._errors.get(id(tab)) if tab is not None else None
        if error is not None:
            self._show(error, "error", tab)
        else:
            self.hide()
            self.owner = None

    def dismiss(self) -> None:
        """Hide the message (the ✕ button); a dismissed error does not come back."""
        self._timer.stop()
        self._forget(self.owner)
        self.owner = None
        self.hide()

    def _remember(self, owner: QObject | None, message: str) -> None:
        if owner is None:
            return
        key = id(owner)
        if key not in self._errors:  # a closed tab's id may be reused: forget it then
            owner.destroyed.connect(lambda *_args, k=key: self._errors.pop(k, None))
        self._errors[key] = message

    def _forget(self, owner: QObject | None) -> None:
        if owner is not None:
            self._errors.pop(id(owner), None)

    def _show(self, message: str, kind: str, owner: QObject | None) -> None:
        self.kind = kind
        self.owner = owner
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(message)
        self.show()
