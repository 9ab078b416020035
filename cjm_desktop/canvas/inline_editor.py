"""In-place editing of a card's text or a header's name, over the canvas."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class InlineEditor(QPlainTextEdit):
    """A text box laid over an item: Enter commits, Shift+Enter breaks the line, Esc cancels."""

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget, text: str, single_line: bool = False) -> None:
        super().__init__(parent)
        self.single_line = single_line
        self.setPlainText(text)
        self.selectAll()
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(
            "QPlainTextEdit { background: white; color: #1f2933; border: 2px solid #2563eb;"
            " border-radius: 6px; padding: 4px; selection-background-color: #bfdbfe; selection-color: #1f2933; }"
        )
        self._done = False
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self and event.type() == QEvent.Type.FocusOut:
            self.commit()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self._finish(cancel=True)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.single_line or not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.commit()
                return
        super().keyPressEvent(event)

    def commit(self) -> None:
        """Hand the text over and close."""
        self._finish(cancel=False)

    def _finish(self, cancel: bool) -> None:
        if self._done:
            return
        self._done = True
        if cancel:
            self.cancelled.emit()
        else:
            text = self.toPlainText()
            self.committed.emit(" ".join(text.split()) if self.single_line else text.strip())
        self.hide()
        self.deleteLater()
