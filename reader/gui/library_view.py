"""The library view, the window's home tab: every article, searchable as you type, with
filters and sort orders, and the People view beside it.

The lists are model/view (:mod:`reader.gui.library_models`, :mod:`reader.gui.library_delegate`):
ten thousand articles are one model reset, never ten thousand widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.gui.library_delegate import ArticleDelegate
from reader.gui.library_models import PATH_ROLE, ROW_ROLE, ArticlesModel
from reader.gui.library_service import LibraryService
from reader.gui.theme import LIGHT, Colors

if TYPE_CHECKING:
    from reader.gui.people_view import PeopleView
    from reader.library.filters import Filters

TYPING_DELAY_MS = 150  # search once typing pauses this long
REFRESH_WHILE_INDEXING_MS = 1000
SEARCH_LIMIT = 200
PAGE = 500  # articles read at a time; more as the list is scrolled
SORTS = (  # (label, sort order; None = best match)
    ("Newest first", "added"),
    ("Title", "title"),
    ("Site", "site"),
    ("Date published", "date"),
)
BEST_MATCH = "Best match"
READ_STATES = (("All articles", None), ("Unread", False), ("Read", True))
EMPTY_TEXT = (
    "<p style='font-size:14pt'>Your library is empty.</p>"
    "<p>Every article you open is added here. To add a whole folder of saved articles and "
    "keep it up to date, choose <b>Library ▸ Add Folder…</b>.</p>"
)


class SpeakerField(QLineEdit):
    """The person filter: a name, completed from the people quoted (read when it is first
    used after a change, not every time the library view fills)."""

    def __init__(self, view: LibraryView) -> None:
        super().__init__()
        self.view = view
        self.stale = True
        self.setPlaceholderText("Anyone quoted")
        self.setToolTip("Only articles quoting this person (a surname is enough)")
        self.setClearButtonEnabled(True)
        self.setMaximumWidth(220)
        completer = QCompleter(QStringListModel(self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        self.fill()
        super().focusInEvent(event)

    def fill(self) -> None:
        """Read the names of the people quoted, most quoted first."""
        from reader.library.people import people

        if not self.stale or not self.view.service.available:
            return
        self.stale = False
        names = [p.name for p in people(self.view.service.checked_library)]
        model = self.completer().model()
        assert isinstance(model, QStringListModel)
        model.setStringList(names)


def _combo(tip: str) -> QComboBox:
    combo = QComboBox()
    combo.setToolTip(tip)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMaximumWidth(220)
    return combo


class LibraryView(QWidget):
    """The home tab. Emits ``open_requested(path)`` for an article to open, and
    ``statement_requested(path, start, end)`` for a statement to show in its article."""

    open_requested = Signal(str)
    statement_requested = Signal(str, int, int)
    add_folder_requested = Signal()

    def __init__(
        self, service: LibraryService, parent: QWidget | None = None, *, load: bool = True
    ) -> None:
        """``load=False`` leaves the lists empty until :meth:`reload` (the window loads them
        after its first paint, so a large library does not delay its start)."""
        super().__init__(parent)
        self.service = service
        self.colors = LIGHT
        self.setObjectName("LibraryView")

        self.search = QLineEdit(objectName="LibrarySearch")
        self.search.setPlaceholderText("Search titles, text and summaries")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self._search_entered)
        self.search.installEventFilter(self)
        self.articles_button = QToolButton(
            text="Articles", checkable=True, checked=True, objectName="LibraryMode"
        )
        self.people_button = QToolButton(text="People", checkable=True, objectName="LibraryMode")
        modes = QButtonGroup(self)
        modes.setExclusive(True)
        for button in (self.articles_button, self.people_button):
            button.setAutoRaise(True)
            modes.addButton(button)
        self.articles_button.toggled.connect(self._mode_changed)

        self.site = _combo("Only articles from this site")
        self.language = _combo("Only articles in this language")
        self.speaker = SpeakerField(self)
        self.read_state = _combo("Read or unread articles")
        for label, _value in READ_STATES:
            self.read_state.addItem(label)
        self.sort = _combo("Order of the articles")
        for label, _key in SORTS:
            self.sort.addItem(label)
        for combo in (self.site, self.language, self.read_state, self.sort):
            combo.currentIndexChanged.connect(self.refresh)
        self.speaker.editingFinished.connect(self.refresh)
        self.speaker.textChanged.connect(self._typed)  # filters as you type, as the search does
        self.speaker.completer().activated.connect(lambda _name: self.refresh())

        self.status = QLabel(objectName="Muted")
        self.problems = QPushButton(flat=True, objectName="LibraryProblems")
        self.problems.setCursor(Qt.CursorShape.PointingHandCursor)
        self.problems.clicked.connect(self.show_problems)
        self.problems.hide()

        self.model = ArticlesModel(self)
        self.list = QListView(objectName="LibraryList")
        self.list.setModel(self.model)
        self.delegate = ArticleDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMouseTracking(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._open_index)
        self.list.doubleClicked.connect(self._open_index)

        self.empty = QLabel(EMPTY_TEXT, objectName="LibraryEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        add = QPushButton("Add Folder…")
        add.clicked.connect(self.add_folder_requested)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(2)
        empty_layout.addWidget(self.empty)
        empty_layout.addSpacing(10)
        empty_layout.addWidget(add, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(3)

        self._people: PeopleView | None = None  # made when first shown

        self.pages = QStackedWidget()
        self.pages.addWidget(self.list)
        self.pages.addWidget(empty_page)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addSpacing(8)
        top.addWidget(self.articles_button)
        top.addWidget(self.people_button)
        filters = QHBoxLayout()
        for field in (self.site, self.language, self.speaker, self.read_state):
            filters.addWidget(field)
        filters.addStretch(1)
        filters.addWidget(QLabel("Sort:", objectName="Muted"))
        filters.addWidget(self.sort)
        info = QHBoxLayout()
        info.addWidget(self.status, 1)
        info.addWidget(self.problems)
        head = QWidget(objectName="LibraryHead")
        column = QVBoxLayout(head)
        column.setContentsMargins(16, 12, 16, 6)
        column.setSpacing(8)
        column.addLayout(top)
        column.addLayout(filters)
        column.addLayout(info)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(head)
        layout.addWidget(self.pages, 1)

        self._queries = {True: "", False: ""}  # the search of each mode (articles: True)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_DELAY_MS)
        self._typing.timeout.connect(self.refresh)
        self._later = QTimer(self, singleShot=True, interval=REFRESH_WHILE_INDEXING_MS)
        self._later.timeout.connect(self.reload)
        service.changed.connect(self._library_changed)
        if load:
            self.reload()

    # -- what is shown -------------------------------------------------------------------------
    @property
    def people(self) -> PeopleView:
        """The People view (made when first asked for: the window starts without it)."""
        if self._people is None:
            from reader.gui.people_view import PeopleView

            self._people = PeopleView(self)
            self._people.set_colors(self.colors)
            self._people.statement_requested.connect(self.statement_requested)
            self._people.open_requested.connect(self.open_requested)
            self.pages.addWidget(self._people)
        return self._people

    @property
    def query(self) -> str:
        return str(self.search.text())

    def filters(self) -> Filters:
        """The filters chosen in the view."""
        from reader.library.filters import Filters
        from reader.library.people import speaker_keys

        site = self.site.currentData()
        language = self.language.currentData()
        read = READ_STATES[max(0, self.read_state.currentIndex())][1]
        name = self.speaker.text().strip()
        speakers = None
        if name and self.articles_mode and self.service.available:
            speakers = speaker_keys(self.service.checked_library, name)
        return Filters(site=site, language=language, speakers=speakers, read=read)

    @property
    def articles_mode(self) -> bool:
        return self.articles_button.isChecked()

    def sort_key(self) -> str | None:
        index = self.sort.currentIndex()
        return SORTS[index][1] if 0 <= index < len(SORTS) else None  # None: best match

    def reload(self) -> None:
        """Fill the filter choices from the library, then show the articles."""
        from reader.library.errors import LibraryError

        if self.service.available:
            try:
                self._fill_facets()
            except LibraryError as exc:
                self.status.setText(str(exc))
                return
        self.refresh()

    def _fill_facets(self) -> None:
        from reader.gui.article_document import language_name

        library = self.service.checked_library
        self.speaker.stale = True  # its names are read again when it is next used
        for combo, label, values, name in (
            (self.site, "All sites", library.facets("site"), str),
            (self.language, "All languages", library.facets("language"), language_name),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(label, None)
            for value, count in values:
                combo.addItem(f"{name(value)} ({count})", value)
            found = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(0, found))
            combo.blockSignals(False)

    def refresh(self) -> None:
        """Show what the search field, the filters and the sort order select."""
        from reader.library.errors import LibraryError

        self._typing.stop()
        if not self.service.available:
            self.model.set_articles([])
            self.status.setText(self.service.error or "The library is not available.")
            self.pages.setCurrentIndex(1)
            return
        if not self.articles_mode:
            self.people.show_people(self.service.checked_library, self.filters(), self.query)
            self.status.setText(self.people.status_text())
            self.pages.setCurrentWidget(self.people)
            self._update_problems()
            return
        chosen = self.list.currentIndex().data(ROW_ROLE)
        try:
            self._show_articles()
        except LibraryError as exc:
            self.status.setText(str(exc))
        if chosen is not None:  # the article chosen stays chosen (refreshed while adding)
            row = next((i for i, r in enumerate(self.model.rows) if r.id == chosen.id), None)
            if row is not None:
                auto = self.list.hasAutoScroll()
                self.list.setAutoScroll(False)  # where the list was scrolled stays
                self.list.setCurrentIndex(self.model.index(row))
                self.list.setAutoScroll(auto)
        self._update_problems()

    def _show_articles(self) -> None:
        from reader.library.search import count_matches, fts_query, search, snippets

        library = self.service.checked_library
        filters, query = self.filters(), self.query
        bar = self.list.verticalScrollBar()
        keep = bar.value()
        fts = fts_query(query, prefix_last=True)
        if fts:
            self._sort_best_match(True)
            hits = search(
                library,
                query,
                filters,
                sort=self.sort_key(),
                limit=SEARCH_LIMIT,
                prefix_last=True,
                with_snippets=False,  # made for the rows painted (library_models.py)
            )
            self.model.set_hits(hits, lambda ids: snippets(library, fts, ids))
            total = len(hits)
            if total == SEARCH_LIMIT:
                total = count_matches(library, query, filters, prefix_last=True)
            shown = f" (the best {len(hits)} shown)" if total > len(hits) else ""
            self.status.setText(
                f"{total:,} article{'s' if total != 1 else ''} match{'es' if total == 1 else ''}"
                f"{shown}"
                if total
                else "No article matches."
            )
            self.pages.setCurrentIndex(0)
            return
        self._sort_best_match(False)
        sort = self.sort_key() or "added"
        rows = library.articles(filters, sort, limit=PAGE)
        n = len(rows) if len(rows) < PAGE else library.count(filters)
        self.model.set_articles(
            rows, n, lambda offset: library.articles(filters, sort, limit=PAGE, offset=offset)
        )
        bar.setValue(keep)
        total = library.count() if filters.where()[0] != "1" else n
        if total == 0:
            self.pages.setCurrentIndex(1)
            self.status.setText("")
            return
        self.pages.setCurrentIndex(0)
        text = f"{n:,} article{'s' if n != 1 else ''}"
        if n != total:
            text += f" of {total:,}"
        self.status.setText(text)

    def _sort_best_match(self, searching: bool) -> None:
        """While searching, the sort list offers (and starts at) "Best match"."""
        has = self.sort.count() > len(SORTS)
        if searching == has:
            return
        self.sort.blockSignals(True)
        if searching:
            self.sort.addItem(BEST_MATCH)
            self.sort.setCurrentIndex(len(SORTS))
        else:
            if self.sort.currentIndex() == len(SORTS):
                self.sort.setCurrentIndex(0)
            self.sort.removeItem(len(SORTS))
        self.sort.blockSignals(False)

    def _update_problems(self) -> None:
        failures = self.service.checked_library.failures() if self.service.available else {}
        n = len(failures)
        self.problems.setText(f"{n} file{'s' if n != 1 else ''} could not be read")
        self.problems.setVisible(n > 0)

    def show_problems(self) -> None:
        """The files that could not be added, each with its reason."""
        from reader.gui.library_dialogs import show_failures

        if self.service.available:
            show_failures(self, self.service.checked_library.failures())

    # -- events --------------------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self._typing.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Down in the search field goes on to the results, as in a browser's address bar."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.articles_mode
        ):
            if self._typing.isActive():
                self.refresh()
            if self.model.rowCount() > 0:
                if not self.list.currentIndex().isValid():
                    self.list.setCurrentIndex(self.model.index(0))
                self.list.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _search_entered(self) -> None:
        """Enter searches at once and opens the chosen result, or the first one."""
        self.refresh()
        if not self.articles_mode or self.model.rowCount() == 0:
            return
        index = self.list.currentIndex()
        self._open_index(index if index.isValid() else self.model.index(0))

    def _mode_changed(self, articles: bool) -> None:
        self._queries[not articles] = self.search.text()  # each mode keeps its own search
        self.search.blockSignals(True)
        self.search.setText(self._queries[articles])
        self.search.blockSignals(False)
        self.search.setPlaceholderText(
            "Search titles, text and summaries" if articles else "Find a person by name"
        )
        self.speaker.setVisible(articles)
        self.sort.setEnabled(articles)
        self.refresh()

    def _library_changed(self) -> None:
        if self.service.indexing:
            if not self._later.isActive():
                self._later.start()
        else:
            self.reload()

    def _open_index(self, index: QModelIndex) -> None:
        path = index.data(PATH_ROLE)
        if path:
            self.open_requested.emit(str(path))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def set_colors(self, colors: Colors) -> None:
        """New colours for the rows (the rest follows the application's style sheet, see
        :func:`reader.gui.theme.style_sheet`)."""
        self.colors = colors
        self.delegate.colors = colors
        if self._people is not None:
            self._people.set_colors(colors)
        self.list.viewport().update()
