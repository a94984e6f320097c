"""Light and dark themes: the application palette, the reading colours and the fonts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

#: Text faces for reading, best first; Qt falls back along the list.
SERIF_FAMILIES = [
    "Charter",
    "Iowan Old Style",
    "Georgia",
    "Source Serif 4",
    "Source Serif Pro",
    "Literata",
    "Noto Serif",
    "Cambria",
    "DejaVu Serif",
    "Times New Roman",
    "serif",
]
READING_POINT_SIZE = 12.5


@dataclass(frozen=True)
class Colors:
    """Every colour the window draws itself (the rest comes from the palette)."""

    dark: bool
    window: str
    panel: str
    paper: str
    ink: str
    muted: str
    rule: str
    accent: str
    summary_tint: str
    mark: str
    find: str  # every find match: a hue no speaker and no tint uses
    find_text: str
    find_current: str  # the current find match (the view's selection colour)
    find_current_text: str
    # selected text (a statement chosen in the Speakers list, a mouse selection): a quiet
    # grey-blue, not the saturated current find match
    selection: str
    selection_text: str
    speakers: tuple[str, ...]

    def speaker(self, index: int) -> QColor:
        return QColor(self.speakers[index % len(self.speakers)])


LIGHT = Colors(
    dark=False,
    window="#eceae5",
    panel="#f5f4f0",
    paper="#fdfcf9",
    ink="#26231f",
    muted="#7c766c",
    rule="#dcd8d0",
    accent="#2f6bb3",
    summary_tint="#fbefc4",
    mark="#ffcd57",
    find="#f7a35c",
    find_text="#26231f",
    find_current="#d9480f",
    find_current_text="#ffffff",
    selection="#cdd6e4",
    selection_text="#26231f",
    speakers=(
        "#cfe2fb",
        "#d3efd0",
        "#f9d6de",
        "#e4dbfa",
        "#ffe0c2",
        "#c9ecec",
        "#eee3c6",
        "#e0e6c4",
    ),
)

DARK = Colors(
    dark=True,
    window="#202124",
    panel="#26272b",
    paper="#1b1c1f",
    ink="#e2dfd8",
    muted="#9a958c",
    rule="#3a3b40",
    accent="#8ab4f8",
    summary_tint="#453c22",
    mark="#8a6a1c",
    find="#c96a1a",
    find_text="#1b1c1f",
    find_current="#ffb070",
    find_current_text="#1b1c1f",
    selection="#44546e",
    selection_text="#f2efe8",
    speakers=(
        "#24426c",
        "#2a5030",
        "#5e2a37",
        "#44366e",
        "#5f4123",
        "#1d5254",
        "#514728",
        "#424c23",
    ),
)


def system_is_dark() -> bool:
    """Whether the desktop asks for a dark colour scheme (light when it does not say)."""
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


def colors_for(choice: str) -> Colors:
    """The colours for a theme choice: ``"light"``, ``"dark"`` or ``"system"``."""
    if choice == "dark" or (choice == "system" and system_is_dark()):
        return DARK
    return LIGHT


def palette_for(colors: Colors) -> QPalette:
    """An application palette matching ``colors``."""
    c = QColor
    pal = QPalette(c(colors.window))
    roles = QPalette.ColorRole
    pal.setColor(roles.Window, c(colors.window))
    pal.setColor(roles.WindowText, c(colors.ink))
    pal.setColor(roles.Base, c(colors.panel))
    pal.setColor(roles.AlternateBase, c(colors.window))
    pal.setColor(roles.Text, c(colors.ink))
    pal.setColor(roles.Button, c(colors.panel))
    pal.setColor(roles.ButtonText, c(colors.ink))
    pal.setColor(roles.ToolTipBase, c(colors.panel))
    pal.setColor(roles.ToolTipText, c(colors.ink))
    pal.setColor(roles.PlaceholderText, c(colors.muted))
    pal.setColor(roles.Link, c(colors.accent))
    pal.setColor(roles.Highlight, c("#3d74c4" if not colors.dark else "#3f6fb8"))
    pal.setColor(roles.HighlightedText, c("#ffffff"))
    pal.setColor(roles.BrightText, c("#ff5555"))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        pal.setColor(disabled, role, c(colors.muted))
    return pal


def style_sheet(colors: Colors) -> str:
    """The few widget styles the palette cannot express."""
    from reader.gui.resources import resources_dir

    icons = resources_dir().as_posix()
    return f"""
    QTabBar::close-button {{ image: url({icons}/tab-close.svg); subcontrol-position: right; }}
    QTabBar::close-button:hover {{ image: url({icons}/tab-close-hover.svg); }}
    QTabWidget::pane {{ border: none; }}
    QTabBar::tab {{ padding: 6px 10px 6px 12px; margin: 0; border: none;
        border-bottom: 2px solid transparent; color: {colors.muted}; background: {colors.window}; }}
    QTabBar::tab:hover {{ color: {colors.ink}; }}
    QTabBar::tab:selected {{ color: {colors.ink}; background: {colors.paper};
        border-bottom: 2px solid {colors.accent}; }}
    QSplitter#SidePanel {{ background: {colors.panel}; border: none;
        border-left: 1px solid {colors.rule}; }}
    QSplitter#SidePanel::handle {{ background: {colors.panel};
        border-top: 1px solid {colors.rule}; margin: 3px 12px 3px 14px; }}
    QLabel#PanelTitle {{ font-weight: 600; color: {colors.ink}; letter-spacing: 0.5px; }}
    QLabel#PanelNote, QLabel#Muted {{ color: {colors.muted}; }}
    QListWidget {{ background: transparent; border: none; outline: none; }}
    QListWidget QScrollBar:vertical {{ background: transparent; width: 8px; margin: 0; }}
    QListWidget QScrollBar::handle:vertical {{ background: {colors.rule}; border-radius: 4px;
        min-height: 24px; }}
    QListWidget QScrollBar::handle:vertical:hover {{ background: {colors.muted}; }}
    QListWidget QScrollBar::add-line:vertical, QListWidget QScrollBar::sub-line:vertical {{
        height: 0; }}
    QListWidget QScrollBar::add-page:vertical, QListWidget QScrollBar::sub-page:vertical {{
        background: none; }}
    QFrame#MessageBar[kind="error"] {{ background: {"#5a2626" if colors.dark else "#fbe3e1"};
        border-bottom: 1px solid {colors.rule}; }}
    QFrame#MessageBar[kind="info"] {{ background: {"#22364f" if colors.dark else "#e3eefb"};
        border-bottom: 1px solid {colors.rule}; }}
    QFrame#FindBar {{ background: {colors.panel}; border-top: 1px solid {colors.rule}; }}
    QWidget#ErrorPage, QWidget#LoadingPage {{ background: {colors.paper}; }}
    QLabel#ErrorTitle {{ font-size: 15pt; font-weight: 600; }}
    QSplitter::handle {{ background: {colors.rule}; }}
    QWidget#LibraryHead {{ background: {colors.window}; border-bottom: 1px solid {colors.rule}; }}
    QListView#LibraryList, QListView#PeopleList, QListView#QuotesList, QWidget#PeopleRight {{
        background: {colors.paper}; border: none; outline: none; }}
    QListView#PeopleList {{ border-right: 1px solid {colors.rule}; }}
    QListView QScrollBar:vertical {{ background: transparent; width: 8px; margin: 0; }}
    QListView QScrollBar::handle:vertical {{ background: {colors.rule}; border-radius: 4px;
        min-height: 24px; }}
    QListView QScrollBar::handle:vertical:hover {{ background: {colors.muted}; }}
    QListView QScrollBar::add-line:vertical, QListView QScrollBar::sub-line:vertical {{
        height: 0; }}
    QListView QScrollBar::add-page:vertical, QListView QScrollBar::sub-page:vertical {{
        background: none; }}
    QLabel#LibraryEmpty {{ color: {colors.muted}; }}
    QPushButton#LibraryProblems {{ color: {colors.accent}; border: none;
        text-decoration: underline; }}
    QToolButton#LibraryMode:checked {{ background: {colors.paper};
        border: 1px solid {colors.rule}; border-radius: 4px; }}
    QLineEdit#LibrarySearch {{ padding: 5px 8px; border: 1px solid {colors.rule};
        border-radius: 5px; background: {colors.paper}; }}
    """


def apply_theme(app: QApplication, choice: str) -> Colors:
    """Apply the palette and styles for ``choice`` to the whole application."""
    colors = colors_for(choice)
    if app.style().objectName().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(palette_for(colors))
    app.setStyleSheet(style_sheet(colors))
    return colors


def reading_font(point_size: float) -> QFont:
    """The serif text face at ``point_size``."""
    font = QFont()
    font.setFamilies(SERIF_FAMILIES)
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def zoomed_size(zoom: int) -> float:
    """The reading size in points at zoom step ``zoom`` (0 = default), on half points."""
    return round(READING_POINT_SIZE * (1.1**zoom) * 2) / 2
