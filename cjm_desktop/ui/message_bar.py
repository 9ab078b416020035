"""A non-blocking message bar above the map: a wrapping text and a few buttons (read-only, changed on disk)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QToolBar, QWidget


class MessageBar(QToolBar):
    """A toolbar on its own row that shows one message and its buttons; hidden until needed."""

    def __init__(self, window: QMainWindow, name: str, background: str, border: str) -> None:
        super().__init__(window)
        self.setObjectName(name)
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not a toolbar the user switches on or off
        self._box = QWidget(self)
        self._layout = QHBoxLayout(self._box)
        self._layout.setContentsMargins(8, 2, 8, 2)
        self.label = QLabel(self._box)
        self.label.setWordWrap(True)
        self._layout.addWidget(self.label, 1)
        self.addWidget(self._box)
        self.setStyleSheet(
            f"QToolBar#{name} {{ background: {background}; border-bottom: 1px solid {border}; }}"
        )
        window.addToolBarBreak()
        window.addToolBar(self)
        self.hide()

    def add_button(self, text: str) -> QPushButton:
        """A button after the message (and the buttons added before it)."""
        button = QPushButton(text, self._box)
        self._layout.addWidget(button)
        return button
