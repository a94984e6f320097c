"""The window's tab bar, made for many articles open at once (as a browser's or e-reader's).

Each tab shows its headline elided at the end, between :data:`MIN_TAB_CHARS` and
:data:`MAX_TAB_CHARS` characters of the tab's font (so tabs scale with the font and the screen);
the tooltip has the whole headline. With more tabs than fit, they shrink to the minimum, then
the bar scrolls (arrow buttons, the mouse wheel); the current tab keeps its full width, so the
article being read is always named in full. A middle click closes a tab, and a tab's context
menu closes it, the others, or those to its right. A tab without a close button (the Library)
is never closed by any of them.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtWidgets import QMenu, QTabBar, QWidget

#: A tab shows at least this many characters of its title before the bar scrolls.
MIN_TAB_CHARS = 18
#: Longer titles are elided at this many characters (the tooltip has the whole title).
MAX_TAB_CHARS = 34


class ArticleTabBar(QTabBar):
    """Tabs that stay readable: see the module doc. ``close_others_requested(index)`` and
    ``close_right_requested(index)`` come from a tab's context menu; a middle click and the
    menu's Close Tab emit ``tabCloseRequested``."""

    close_others_requested = Signal(int)
    close_right_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.setUsesScrollButtons(True)
        self.setExpanding(False)
        self.currentChanged.connect(self._current_changed)

    # -- widths --------------------------------------------------------------------------------
    def text_width(self, chars: int) -> int:
        """The width of ``chars`` characters of the tab's font (pixels)."""
        return self.fontMetrics().averageCharWidth() * chars

    def _chrome(self, index: int, hint: QSize) -> int:
        """What tab ``index`` needs besides its text: padding, the close button."""
        text = self.tabText(index).replace("&&", "&")
        return max(0, hint.width() - self.fontMetrics().horizontalAdvance(text))

    def tabSizeHint(self, index: int) -> QSize:  # noqa: N802 (Qt API)
        size = super().tabSizeHint(index)
        size.setWidth(min(size.width(), self._chrome(index, size) + self.text_width(MAX_TAB_CHARS)))
        return size

    def minimumTabSizeHint(self, index: int) -> QSize:  # noqa: N802 (Qt API)
        size = self.tabSizeHint(index)
        if index != self.currentIndex():
            low = self._chrome(index, super().tabSizeHint(index)) + self.text_width(MIN_TAB_CHARS)
            size.setWidth(min(size.width(), low))
        return size

    def _current_changed(self, _index: int) -> None:
        # the current tab's minimum changed: lay the tabs out again (Qt does not by itself)
        self.setIconSize(self.iconSize())

    # -- closing -------------------------------------------------------------------------------
    def is_closable(self, index: int) -> bool:
        """Whether tab ``index`` can be closed (it has a close button)."""
        side = QTabBar.ButtonPosition.RightSide
        other = QTabBar.ButtonPosition.LeftSide
        return self.tabButton(index, side) is not None or self.tabButton(index, other) is not None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        """A middle click closes the tab under the pointer."""
        if event.button() == Qt.MouseButton.MiddleButton:
            index = self.tabAt(event.position().toPoint())
            if index >= 0 and self.is_closable(index):
                event.accept()
                self.tabCloseRequested.emit(index)
                return
        super().mouseReleaseEvent(event)

    def tab_menu(self, index: int) -> QMenu:
        """The context menu of tab ``index``: Close Tab, Close Other Tabs, Close Tabs to the
        Right (each enabled only when it would close something)."""
        menu = QMenu(self)
        closable = [i for i in range(self.count()) if self.is_closable(i)]
        close = menu.addAction("Close Tab", lambda: self.tabCloseRequested.emit(index))
        close.setEnabled(index in closable)
        others = menu.addAction("Close Other Tabs", lambda: self.close_others_requested.emit(index))
        others.setEnabled(any(i != index for i in closable))
        right = menu.addAction(
            "Close Tabs to the Right", lambda: self.close_right_requested.emit(index)
        )
        right.setEnabled(any(i > index for i in closable))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt API)
        index = self.tabAt(event.pos())
        if index < 0:
            super().contextMenuEvent(event)
            return
        menu = self.tab_menu(index)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
