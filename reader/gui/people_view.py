"""The People view: everyone quoted across the library, with the number of articles quoting
them; choosing a person lists those articles with what the person says in each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QSplitter,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader.gui.library_delegate import QuotesDelegate
from reader.gui.library_models import ROW_ROLE, PeopleModel, QuotesModel
from reader.gui.list_delegate import WrappingDelegate
from reader.gui.theme import LIGHT, Colors

if TYPE_CHECKING:
    from reader.library.filters import Filters
    from reader.library.records import PersonQuotes
    from reader.library.store import Library


class PeopleView(QWidget):
    """People on the left, the chosen person's quotes on the right."""

    open_requested = Signal(str)  # an article to open
    statement_requested = Signal(str, int, int)  # article path, statement span

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library: Library | None = None
        self.filters: Filters | None = None
        self.people_model = PeopleModel(self)
        self.quotes_model = QuotesModel(self)

        self.people = QListView(objectName="PeopleList")
        self.people.setModel(self.people_model)
        self.people_delegate = WrappingDelegate(self.people)
        self.people.setItemDelegate(self.people_delegate)
        self.people.setMouseTracking(True)
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.selectionModel().selectionChanged.connect(self._person_chosen)

        self.heading = QLabel(objectName="PanelTitle")
        self.quotes = QListView(objectName="QuotesList")
        self.quotes.setModel(self.quotes_model)
        self.quotes_delegate = QuotesDelegate(self.quotes)
        self.quotes.setItemDelegate(self.quotes_delegate)
        self.quotes.setWordWrap(True)
        self.quotes.setResizeMode(QListView.ResizeMode.Adjust)
        self.quotes.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.quotes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.quotes.activated.connect(self._quote_activated)
        self.quotes.doubleClicked.connect(self._quote_activated)
        # where the quotes were last clicked: a double-click opens the statement under it
        self._clicked_at: QPoint | None = None
        self.quotes.viewport().installEventFilter(self)
        self.quotes.installEventFilter(self)
        self.hint = QLabel(
            "Choose a person to see the articles quoting them and what they say.",
            objectName="Muted",
        )
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        right = QWidget(objectName="PeopleRight")
        column = QVBoxLayout(right)
        column.setContentsMargins(12, 10, 12, 0)
        column.addWidget(self.heading)
        column.addWidget(self.quotes, 1)
        column.addWidget(self.hint, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.setHandleWidth(1)
        split.addWidget(self.people)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([280, 840])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._show_quotes_of(None)

    def show_people(self, library: Library, filters: Filters, name: str = "") -> None:
        """List the people quoted in the articles ``filters`` selects, whose name holds
        ``name``; the chosen person stays chosen when still listed."""
        from reader.library.people import people

        chosen = self.chosen_key()
        self.library, self.filters = library, filters
        self.people_model.set_people(people(library, filters, name))
        row = next((i for i, p in enumerate(self.people_model.people) if p.key == chosen), None)
        if row is not None:
            self.people.setCurrentIndex(self.people_model.index(row))
        else:
            self._show_quotes_of(None)

    def status_text(self) -> str:
        n = len(self.people_model.people)
        return f"{n:,} {'person' if n == 1 else 'people'} quoted" if n else "No one is quoted."

    def chosen_key(self) -> str | None:
        index = self.people.currentIndex()
        person = index.data(ROW_ROLE) if index.isValid() else None
        return person.key if person is not None else None

    def choose(self, key: str) -> bool:
        """Choose the person ``key`` (as a click does); ``False`` when not listed."""
        for row, person in enumerate(self.people_model.people):
            if person.key == key:
                self.people.setCurrentIndex(self.people_model.index(row))
                return True
        return False

    def _person_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_quotes_of(self.chosen_key())

    def _show_quotes_of(self, key: str | None) -> None:
        from reader.library.people import quotes_of

        if key is None or self.library is None:
            self.quotes_model.set_quotes([])
            self.heading.setText("")
            self.quotes.hide()
            self.hint.show()
            return
        quoted = quotes_of(self.library, key, self.filters)
        self.quotes_model.set_quotes(quoted)
        name = next((p.name for p in self.people_model.people if p.key == key), key)
        n = len(quoted)
        self.heading.setText(f"{name} — quoted in {n} article{'s' if n != 1 else ''}")
        self.hint.hide()
        self.quotes.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if (
            watched is self.quotes.viewport()
            and kind in (QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseButtonRelease)
            and isinstance(event, QMouseEvent)
        ):
            self._clicked_at = event.position().toPoint()
        elif watched is self.quotes and kind == QEvent.Type.KeyPress:
            self._clicked_at = None  # Enter opens the article's first statement
        return super().eventFilter(watched, event)

    def _clicked_statement(self, index: QModelIndex, quoted: PersonQuotes) -> int:
        """The statement clicked in the row ``index`` (the first one when it was not clicked)."""
        at = self._clicked_at
        if at is None or self.quotes.indexAt(at) != index:
            return 0
        option = QStyleOptionViewItem()
        option.rect = self.quotes.visualRect(index)
        option.font = self.quotes.font()
        found = self.quotes_delegate.statement_at(option, quoted, at.y())
        return found if found is not None else 0

    def _quote_activated(self, index: QModelIndex) -> None:
        quoted = index.data(ROW_ROLE)
        if quoted is None:
            return
        if quoted.statements:
            start, end = quoted.statements[self._clicked_statement(index, quoted)].span
            self.statement_requested.emit(quoted.article.path, start, end)
        else:
            self.open_requested.emit(quoted.article.path)

    def set_colors(self, colors: Colors = LIGHT) -> None:
        self.people_delegate.colors = colors
        self.quotes_delegate.colors = colors
        self.people.viewport().update()
        self.quotes.viewport().update()
