"""In-place editing of a card's text or a header's name, over the canvas."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from cjm_desktop.canvas.contrast import mix
from cjm_desktop.canvas.style import LIGHT_MAP, MapPalette


class InlineEditor(QPlainTextEdit):
    """A text box laid over an item: Enter commits, Shift+Enter breaks the line, Esc cancels."""

    committed = Signal(str)
    cancelled = Signal()

    def __init__(
        self, parent: QWidget, text: str, single_line: bool = False, map_palette: MapPalette = LIGHT_MAP
    ) -> None:
        super().__init__(parent)
        self.single_line = single_line
        self.setPlainText(text)
        self.selectAll()
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # In the map's colours, so editing on the dark map does not flash a white box.
        p = map_palette
        selected = mix(p.surface, p.selection, 0.35)
        self.setStyleSheet(
            f"QPlainTextEdit {{ background: {p.surface.name()}; color: {p.ink.name()};"
            f" border: 2px solid {p.selection.name()}; border-radius: 6px; padding: 4px;"
            f" selection-background-color: {selected.name()}; selection-color: {p.ink.name()}; }}"
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
