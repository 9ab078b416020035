"""The canvas paints the map in the app's theme: the dark map palette beside a dark chrome.

Switching the theme in Preferences (or the desktop's own light/dark setting, under the system
theme) repaints the open map at once; nothing in the map or its undo history changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from cjm_desktop.ui.theme import map_palette_for

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow


# A theme switch reaches a window as one or both of these, depending on how Qt propagates it.
_THEME_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange, QEvent.Type.StyleChange)


class MapTheme(QObject):
    """Keeps a window's scene painting with the palette of the current theme."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)  # the chrome's palette changes with every theme switch
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.styleHints().colorSchemeChanged.connect(self.follow)  # the desktop's, under "system"
        self.follow()

    def follow(self) -> None:
        """Paint the map with the palette that matches the chrome now."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.window.scene.set_map_palette(map_palette_for(app))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self.window and event.type() in _THEME_EVENTS:
            self.follow()
        return False
