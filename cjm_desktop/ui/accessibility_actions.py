"""Keyboard and assistive-technology entries of a window: the outline dock, the shortcut sheet and
metric targets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from cjm_desktop.i18n import tr
from cjm_desktop.ui.lazy_dock import LazyDock

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow
    from cjm_desktop.ui.metric_targets import MetricTargetsDialog
    from cjm_desktop.ui.outline_dock import OutlineDock
    from cjm_desktop.ui.shortcut_sheet import ShortcutSheet


def help_menu(window: MainWindow) -> QMenu:
    """The window's Help menu (the menu bar's last one)."""
    menus = [m for a in window.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
    return menus[-1]


def describe_toolbar_buttons(window: MainWindow) -> None:
    """Give each toolbar button its action's name and status tip, for screen readers (icons say nothing)."""
    # The window's own toolbars only: a recursive search wraps every widget of the window in Python.
    for toolbar in window.findChildren(QToolBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        for action in toolbar.actions():
            if action.isSeparator():
                continue  # its widget is a private Qt class, which PySide searches dozens of types for
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                button.setAccessibleName(name)
                button.setAccessibleDescription(action.statusTip() or action.toolTip())


class AccessibilityActions(QObject):
    """The outline dock and Map ▸ Metric targets… of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.targets_action = QAction(tr("AccessibilityActions", "&Metric targets…"), window)
        self.targets_action.setStatusTip(tr("AccessibilityActions", "Type a target for each metric"))
        self.targets_action.triggered.connect(lambda _c=False: self.edit_targets())
        window.map_menu.addAction(self.targets_action)
        # The tree is built when the dock first shows (the dock and its toggle exist from the start).
        self.outline_dock: LazyDock[OutlineDock] = LazyDock(
            tr("AccessibilityActions", "Outline"), window, self._build_outline
        )
        self.outline_dock.setObjectName("outline")
        self.outline_dock.setAccessibleName(tr("AccessibilityActions", "Outline"))
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)
        self.outline_dock.hide()  # View ▸ Outline (Ctrl+Shift+O) brings it up
        toggle = self.outline_dock.toggleViewAction()
        toggle.setText(tr("AccessibilityActions", "Out&line"))
        toggle.setShortcut(QKeySequence("Ctrl+Shift+O"))
        toggle.setStatusTip(tr("AccessibilityActions", "The map as a tree that screen readers can read"))
        toggle.toggled.connect(lambda on: on and self.outline.tree.setFocus())
        window.view_menu.addAction(toggle)
        self.outline_action = toggle
        # Keyboard focus on the canvas shows as a frame in the highlight colour (room kept when unfocused,
        # so nothing shifts): a keyboard user always sees where the keys go.
        describe_toolbar_buttons(window)
        window.view.setStyleSheet(
            "JourneyView { border: 2px solid transparent; }"
            " JourneyView:focus { border: 2px solid palette(highlight); }"
        )

    def _build_outline(self) -> OutlineDock:
        from cjm_desktop.ui.outline_dock import OutlineDock

        return OutlineDock(self.window.scene)

    @property
    def outline(self) -> OutlineDock:
        """The outline tree in the dock (built on first use)."""
        return self.outline_dock.content()

    def show_shortcuts(self) -> ShortcutSheet:
        """Open the shortcut sheet (Help ▸ Keyboard shortcuts)."""
        from cjm_desktop.ui.shortcut_sheet import show_shortcut_sheet

        return show_shortcut_sheet(self.window)

    def edit_targets(self) -> MetricTargetsDialog:
        """Open the metric targets dialog."""
        from cjm_desktop.ui.metric_targets import MetricTargetsDialog

        dialog = MetricTargetsDialog(self.window.doc, self.window)
        dialog.show()
        return dialog
