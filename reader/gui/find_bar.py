"""Find in the article: a bar under the text with next, previous and a match count."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.gui.article_view import ArticleView

MAX_MARKED = 2000  # matches highlighted at once


class FindBar(QFrame):
    """Searches an :class:`ArticleView`; Enter finds the next match, Shift+Enter the previous."""

    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FindBar")
        self.view = view
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        self.field = QLineEdit()
        self.field.setPlaceholderText("Find in article")
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._on_text)
        self.field.returnPressed.connect(self.find_next)
        self.count = QLabel()
        self.count.setObjectName("Muted")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # wide enough for the longest text it shows, so the field never changes width
        metrics = self.count.fontMetrics()
        widest = max(
            f"{MAX_MARKED} of {MAX_MARKED}+",
            f"{MAX_MARKED}+ matches",
            "No matches",
            key=metrics.horizontalAdvance,
        )
        self.count.setFixedWidth(metrics.horizontalAdvance(widest) + 8)
        previous = QToolButton(text="▲", toolTip="Previous match (Shift+F3)", autoRaise=True)
        following = QToolButton(text="▼", toolTip="Next match (F3)", autoRaise=True)
        close = QToolButton(text="✕", toolTip="Close (Esc)", autoRaise=True)
        previous.clicked.connect(self.find_previous)
        following.clicked.connect(self.find_next)
        close.clicked.connect(self.close_bar)
        for widget in (QLabel("Find:"), self.field, self.count, previous, following, close):
            layout.addWidget(widget)
        layout.setStretch(1, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        back = QShortcut(QKeySequence("Shift+Return"), self.field, self.find_previous)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.hide()

    def open_bar(self) -> None:
        selected = self.view.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.view.set_find_selections([])
        self.hide()
        self.view.setFocus()

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def matches(self) -> list[QTextCursor]:
        """Every match of the search text in the document."""
        text = self.field.text()
        found: list[QTextCursor] = []
        if not text:
            return found
        doc = self.view.document()
        cursor = doc.find(text, 0)
        while not cursor.isNull() and len(found) < MAX_MARKED:
            found.append(cursor)
            cursor = doc.find(text, cursor)
        return found

    def _on_text(self) -> None:
        cursor = self.view.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self.view.setTextCursor(cursor)
        self.find_next()

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, backward: bool) -> bool:
        text = self.field.text()
        matches = self.matches()
        self.view.set_find_selections(matches)
        if not text:
            self.count.setText("")
            return False
        doc = self.view.document()
        found = doc.find(text, self.view.textCursor(), self._flags(backward))
        if found.isNull():  # wrap around
            start = QTextCursor(doc)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = doc.find(text, start, self._flags(backward))
        if found.isNull():
            self.count.setText("No matches")
            return False
        self.view.setTextCursor(found)
        self.view.ensureCursorVisible()
        index = next(
            (i for i, m in enumerate(matches) if m.selectionStart() == found.selectionStart()),
            None,
        )
        total = f"{len(matches)}+" if len(matches) >= MAX_MARKED else str(len(matches))
        self.count.setText(f"{index + 1} of {total}" if index is not None else f"{total} matches")
        return True
