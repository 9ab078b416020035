"""Editors the inspector uses for card fields that are more than text: linked personas, a picture."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.i18n import tr
from cjm_desktop.model import Persona

THUMB_W, THUMB_H = 220, 140
ROW_H = 24


def _dot_icon(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class PersonaChecklist(QListWidget):
    """A checkable list of the map's personas; ``changed`` fires when the user ticks one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIconSize(QSize(14, 14))
        self.setUniformItemSizes(True)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self._shown: tuple = ()

    def show_personas(self, personas: list[Persona], checked: list[str]) -> None:
        """Show every persona, ticked when linked (no ``changed`` signal)."""
        shown = tuple((p.id, p.name, p.color, p.id in checked) for p in personas)
        if shown == self._shown:
            return
        self._shown = shown
        self.blockSignals(True)
        self.clear()
        for persona_id, name, color, ticked in shown:
            item = QListWidgetItem(_dot_icon(color), name or persona_id)
            item.setData(Qt.ItemDataRole.UserRole, persona_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.addItem(item)
        if not shown:
            hint = QListWidgetItem(tr("PersonaChecklist", "No personas yet (Map ▸ Personas…)"))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(hint)
        self.blockSignals(False)
        rows = max(1, min(len(shown), 6))
        self.setFixedHeight(rows * ROW_H + 2 * self.frameWidth() + 4)

    def checked_ids(self) -> list[str]:
        """Ids of the ticked personas, in the map's persona order."""
        ids = []
        for row in range(self.count()):
            item = self.item(row)
            persona_id = item.data(Qt.ItemDataRole.UserRole)
            if persona_id and item.checkState() == Qt.CheckState.Checked:
                ids.append(persona_id)
        return ids

    def set_checked(self, persona_id: str, checked: bool) -> None:
        """Tick or untick a persona as the user would (emits ``changed``)."""
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == persona_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class ImageEditor(QWidget):
    """A storyboard frame's picture: a preview with Choose… and Remove buttons."""

    choose_requested = Signal()
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(60)
        self.preview.setStyleSheet("border: 1px dashed #9aa5b1; border-radius: 4px; color: #52606d;")
        self.choose = QPushButton(tr("ImageEditor", "Choose picture…"))
        self.remove = QPushButton(tr("ImageEditor", "Remove picture"))
        self.choose.clicked.connect(lambda _c=False: self.choose_requested.emit())
        self.remove.clicked.connect(lambda _c=False: self.remove_requested.emit())
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        self._data: str | None = None

    def show_image(self, data_b64: str) -> None:
        """Show the embedded picture (or a hint when there is none)."""
        if data_b64 == self._data:
            return
        self._data = data_b64
        self.remove.setEnabled(bool(data_b64))
        if not data_b64:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(tr("ImageEditor", "No picture"))
            return
        from cjm_desktop.canvas.image_codec import decode_embedded

        image = decode_embedded(data_b64)
        if image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(tr("ImageEditor", "The picture is damaged"))
            return
        pixmap = QPixmap.fromImage(image).scaled(
            THUMB_W, THUMB_H, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.preview.setText("")
        self.preview.setPixmap(pixmap)
