"""Help ▸ User guide and Keyboard shortcuts: the actions; their windows load on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from cjm_desktop.i18n import tr

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow


def _show_user_guide(window: MainWindow) -> None:
    # Imported here: the guide's text browser and dialog are no part of the start (ui/help_menu.py).
    from cjm_desktop.ui.help_menu import user_guide

    dialog = user_guide(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()


def _show_shortcut_sheet(window: MainWindow) -> None:
    from cjm_desktop.ui.shortcut_sheet import show_shortcut_sheet  # loaded on first use, not at start

    show_shortcut_sheet(window)


def add_help_actions(window: MainWindow) -> tuple[QAction, QAction]:
    """Help ▸ User guide (F1) and Keyboard shortcuts; About shows licence and notices."""
    help_menu = next(m for a in reversed(window.menuBar().actions()) if isinstance(m := a.menu(), QMenu))
    first = help_menu.actions()[0] if help_menu.actions() else None
    guide = QAction(tr("Help", "&User guide"), window)
    guide.setShortcut(QKeySequence.StandardKey.HelpContents)
    guide.triggered.connect(lambda _c=False: _show_user_guide(window))
    sheet = QAction(tr("Help", "&Keyboard shortcuts"), window)
    sheet.setShortcut(QKeySequence("Ctrl+/"))
    sheet.triggered.connect(lambda _c=False: _show_shortcut_sheet(window))
    if first is None:
        help_menu.addActions([guide, sheet])
    else:
        help_menu.insertActions(first, [guide, sheet])
        help_menu.insertSeparator(first)
    return guide, sheet
