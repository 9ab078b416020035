"""Dock names: a short title for its tab, the full name in the View menu and for screen readers.

Qt draws a tabbed dock's tab from its window title. Three docks share the right-hand area, about 300 px
wide on a 1366x768 screen, so long Finnish, Greek and Hungarian titles read "Tulajdonsá…". Each dock
therefore gets a short title (translators keep it short, context "DockTab"), while its View-menu entry,
with an accelerator, its accessible name and its tab's tooltip say the whole thing.

Four or more docks in one 320 px area cannot all show their titles at once; Qt then squeezed every tab
to "Insp…", "Hist…". Their tab bars keep whole titles instead and scroll (arrows at the end, the
wheel), and Qt scrolls the tab of the dock brought forward into sight.
"""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QToolTip

from cjm_desktop.i18n import tr


def _names() -> dict[str, tuple[str, str | None]]:
    """Dock object name -> (short tab title, View-menu entry); None keeps the entry the feature chose."""
    return {
        "inspector": (tr("DockTab", "Inspector"), tr("ViewMenu", "I&nspector")),
        "history": (tr("DockTab", "History"), tr("ViewMenu", "His&tory")),
        "personas": (tr("DockTab", "Personas"), tr("ViewMenu", "P&ersonas")),
        "metrics": (tr("DockTab", "Metrics"), None),
        "opportunity-matrix": (tr("DockTab", "Impact × effort"), None),
        "dot-voting": (tr("DockTab", "Dot voting"), tr("ViewMenu", "&Dot voting")),
        "metrics-grid": (tr("DockTab", "Metrics grid"), tr("ViewMenu", "Metrics &grid")),
        "compare-changes": (tr("DockTab", "Changes"), tr("ViewMenu", "C&hanges")),
        "outline": (tr("DockTab", "Outline"), None),
    }


def name_dock(dock: QDockWidget) -> None:
    """Give DOCK its short tab title and a View entry with an accelerator; the full title stays readable."""
    short, entry = _names().get(dock.objectName(), (None, None))
    if short is None:
        return
    toggle = dock.toggleViewAction()
    full = dock.windowTitle()
    entry = entry or toggle.text()  # captured first: a new window title resets the entry's text
    if not dock.accessibleName():
        dock.setAccessibleName(full)
    dock.setWindowTitle(short)
    toggle.setText(entry)
    if not toggle.statusTip():
        toggle.setStatusTip(full)


def name_docks(docks: list[QDockWidget]) -> None:
    """name_dock() for each of DOCKS (a window's, once its features have built them)."""
    for dock in docks:
        name_dock(dock)


def keep_titles_whole(bar: QTabBar) -> None:
    """Tabs of BAR show their whole titles; when they do not all fit, the bar scrolls."""
    if bar.elideMode() != Qt.TextElideMode.ElideNone:
        bar.setElideMode(Qt.TextElideMode.ElideNone)
    bar.setUsesScrollButtons(True)


class FullNameTips(QObject):
    """Hovering a dock's tab shows the dock's full name (the tab shows its short title).

    Qt's dock layout makes and remakes the tab bars and sets each tab's tooltip to the short title,
    so the tooltip is answered when asked for rather than stored on the tab. The same filter keeps the
    bars' titles whole (keep_titles_whole): Qt sets a new bar to elide right after making it, so that
    is undone when the bar is polished, before it first shows.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)
        # Qt makes the docks' tab bars children of the window itself; a search of every widget below
        # it would have PySide wrap each one (~5-10 ms of the start).
        for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            bar.installEventFilter(self)
            keep_titles_whole(bar)

    def full_name(self, bar: QTabBar, index: int) -> str:
        """The full name of the dock behind tab INDEX of BAR ('' when there is none)."""
        for dock in self.window.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if dock.windowTitle() == bar.tabText(index) and dock.accessibleName():
                return dock.accessibleName()
        return ""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self.window:
            if isinstance(event, QChildEvent) and event.added() and isinstance(event.child(), QTabBar):
                event.child().installEventFilter(self)  # a tab bar for docks tabbed just now
            return False
        if event.type() in (QEvent.Type.Polish, QEvent.Type.Show) and isinstance(obj, QTabBar):
            keep_titles_whole(obj)
            return False
        if event.type() == QEvent.Type.ToolTip and isinstance(obj, QTabBar) and isinstance(event, QHelpEvent):
            index = obj.tabAt(event.pos())
            name = self.full_name(obj, index) if index >= 0 else ""
            if name:
                QToolTip.showText(event.globalPos(), name, obj)
                return True
        return False
