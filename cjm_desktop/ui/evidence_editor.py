"""The inspector's evidence editor: a card's evidence items and the buttons that change them.

Every change goes through document/evidence_edits.py (one undo step each); the list only mirrors
the card. An item opens only on the Open button, a double-click or Enter (ui/evidence_open.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.document import JourneyDocument
from cjm_desktop.document import evidence_edits as edits
from cjm_desktop.i18n import tr
from cjm_desktop.io.mapfile.evidence_targets import normalized_url, stored_file_path
from cjm_desktop.model import Evidence, EvidenceKind
from cjm_desktop.model.evidence import EVIDENCE_KINDS, kind_label
from cjm_desktop.ui.evidence_open import map_folder, open_evidence

# A glyph per kind so the list reads without colour: a page, a globe, a speech mark.
KIND_GLYPHS: dict[str, str] = {
    EvidenceKind.FILE: "\U0001f4c4",
    EvidenceKind.URL: "\U0001f310",
    EvidenceKind.REFERENCE: "\u201c",
}


class EvidenceList(QListWidget):
    """The items; Enter opens the current one, Delete removes it, Alt+Up/Down move it."""

    open_requested = Signal()
    remove_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down

    def event(self, event: QEvent) -> bool:
        # The window's Delete (delete the card) and Alt+arrow (move the card) shortcuts must not
        # fire while the list has focus: these keys act on the evidence item here.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if self._handles(event):
                event.accept()
                return True
        return super().event(event)

    def _handles(self, event: QKeyEvent) -> bool:
        key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete):
            return self.currentRow() >= 0
        return alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.open_requested.emit()
        elif key == Qt.Key.Key_Delete and self.currentRow() >= 0:
            self.remove_requested.emit()
        elif alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)


class EvidenceDialog(QDialog):
    """Add or edit one item: its kind, where it is (or what it says) and an optional label."""

    def __init__(self, item: Evidence, folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Evidence", "Evidence"))
        self.folder = folder
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Evidence", "Kind"))
        for kind in EVIDENCE_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(max(self.kind.findData(item.kind), 0))
        self.target = QLineEdit(item.target)
        self.target.setAccessibleName(tr("Evidence", "Where"))
        self.browse = QPushButton(tr("Evidence", "&Browse…"))
        self.browse.clicked.connect(self._browse)
        self.label = QLineEdit(item.label)
        self.label.setAccessibleName(tr("Evidence", "Label (optional)"))
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(tr("Evidence", "Kind"), self.kind)
        form.addRow(tr("Evidence", "Where"), row)
        form.addRow(tr("Evidence", "Label (optional)"), self.label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._update)
        self.target.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        kind = self.kind.currentData()
        self.browse.setVisible(kind == EvidenceKind.FILE)
        hints = {
            EvidenceKind.FILE: tr("Evidence", "research/interview-12.txt"),
            EvidenceKind.URL: tr("Evidence", "https://…"),
            EvidenceKind.REFERENCE: tr("Evidence", "interview 12, 03:14"),
        }
        self.target.setPlaceholderText(hints[EvidenceKind(kind)])
        self.ok_button.setEnabled(bool(self.target.text().strip()))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Evidence", "Choose a file"), str(self.folder or ""))
        if path:
            self.target.setText(stored_file_path(path, self.folder))

    def item(self) -> Evidence:
        """The item as entered: file paths stored relative to the map when possible, https added."""
        kind, target = self.kind.currentData(), self.target.text().strip()
        if kind == EvidenceKind.URL:
            target = normalized_url(target)
        elif kind == EvidenceKind.FILE and Path(target).is_absolute():
            target = stored_file_path(target, self.folder)
        return Evidence(kind, target, self.label.text().strip())


class EvidenceEditor(QWidget):
    """A card's evidence items with Add, Edit, Remove, Up, Down and Open."""

    def __init__(self, doc: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.card_id = ""
        self.list = EvidenceList()
        self.list.setAccessibleName(tr("Evidence", "Evidence items"))
        self.list.setMinimumHeight(70)
        self.list.setMaximumHeight(150)  # the buttons stay in sight below it
        self.list.itemDoubleClicked.connect(lambda _item: self.open_current())
        self.list.open_requested.connect(self.open_current)
        self.list.remove_requested.connect(self.remove_current)
        self.list.move_requested.connect(self.move_current)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.add_button = self._button(tr("Evidence", "Add…"), self.add_item)
        self.edit_button = self._button(tr("Evidence", "Edit…"), self.edit_current)
        self.remove_button = self._button(tr("Evidence", "Remove"), self.remove_current)
        self.open_button = self._button(tr("Evidence", "Open"), self.open_current)
        self.up_button = self._button(tr("Evidence", "Up"), lambda: self.move_current(-1))
        self.down_button = self._button(tr("Evidence", "Down"), lambda: self.move_current(1))
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for i, button in enumerate(
            (
                self.add_button,
                self.edit_button,
                self.remove_button,
                self.open_button,
                self.up_button,
                self.down_button,
            )
        ):
            grid.addWidget(button, i // 2, i % 2)  # two a row: Finnish and Hungarian labels fit a narrow dock
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(grid)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    # ---- showing ------------------------------------------------------------------------------
    def items(self) -> list[Evidence]:
        """The shown card's evidence (from the model)."""
        return list(self.doc.journey.card(self.card_id).evidence) if self.card_id else []

    def show_card(self, card_id: str) -> None:
        """Mirror this card's evidence, keeping the current row where it was."""
        self.card_id = card_id
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for item in self.items():
            entry = QListWidgetItem(f"{KIND_GLYPHS.get(item.kind, '')} {item.shown()}")
            entry.setToolTip(f"{kind_label(item.kind)}: {item.target}")
            self.list.addItem(entry)
        self.list.setCurrentRow(min(row, self.list.count() - 1) if row >= 0 else -1)
        self.list.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        has = row >= 0
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(has)
        self.open_button.setEnabled(has and self.items()[row].kind != EvidenceKind.REFERENCE)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < count - 1)

    # ---- editing ------------------------------------------------------------------------------
    def folder(self) -> Path | None:
        """The saved map's folder, which relative file paths are read from."""
        return map_folder(self.doc.path)

    def ask(self, item: Evidence) -> Evidence | None:
        """Let the user fill in an item; None when cancelled."""
        dialog = EvidenceDialog(item, self.folder(), self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.item() if accepted else None
        dialog.deleteLater()
        return result

    def add_item(self) -> None:
        """Ask for a new item and add it at the end; it becomes the current one."""
        item = self.ask(Evidence(EvidenceKind.REFERENCE, ""))
        if item is not None and item.target:
            edits.add_evidence(self.doc, self.card_id, item)
            self._show_row(self.list.count())

    def edit_current(self) -> None:
        """Edit the current item."""
        row = self.list.currentRow()
        if row < 0:
            return
        item = self.ask(self.items()[row])
        if item is not None and item.target:
            edits.edit_evidence(self.doc, self.card_id, row, item)
            self._show_row(row)

    def remove_current(self) -> None:
        """Remove the current item."""
        row = self.list.currentRow()
        if row >= 0:
            edits.remove_evidence(self.doc, self.card_id, row)
            self._show_row(min(row, self.list.count() - 2))

    def move_current(self, step: int) -> None:
        """Move the current item up (-1) or down (+1); it stays current."""
        row = self.list.currentRow()
        if row < 0 or not 0 <= row + step < self.list.count():
            return
        edits.move_evidence(self.doc, self.card_id, row, row + step)
        self._show_row(row + step)

    def _show_row(self, row: int) -> None:
        # Mirror the changed card now (not on the inspector's deferred refresh) so the row is right.
        self.show_card(self.card_id)
        self.list.setCurrentRow(row)

    def open_current(self) -> None:
        """Open the current item (after a confirmation when it needs one)."""
        row = self.list.currentRow()
        if row >= 0:
            open_evidence(self, self.items()[row], self.folder())
