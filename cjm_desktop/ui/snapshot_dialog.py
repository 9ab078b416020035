"""The Snapshots window: list the map's snapshots; take, restore, delete, mark, use as to-be, compare."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.document import JourneyDocument
from cjm_desktop.document import snapshot_edits as se
from cjm_desktop.i18n import tr
from cjm_desktop.io.mapfile.cjm_format import FormatError
from cjm_desktop.io.mapfile.snapshots import journey_from_snapshot
from cjm_desktop.model import Journey
from cjm_desktop.model.snapshot import AS_IS, TO_BE


def status_label(status: str) -> str:
    """A snapshot status as shown to people."""
    return {AS_IS: tr("Snapshots", "as-is"), TO_BE: tr("Snapshots", "to-be")}.get(status, "")


def local_time(iso: str) -> str:
    """An ISO date and time shown in the user's locale and time zone."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class TakeSnapshotDialog(QDialog):
    """Name, note and status of a new snapshot."""

    def __init__(self, parent: QWidget | None, default_name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Snapshots", "Take snapshot"))
        self.name = QLineEdit(default_name)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(tr("Snapshots", "Why this version matters (optional)"))
        self.status = QComboBox()
        for status in ("", AS_IS, TO_BE):
            self.status.addItem(status_label(status) or tr("Snapshots", "—"), status)
        form = QFormLayout(self)
        form.addRow(tr("Snapshots", "&Name:"), self.name)
        form.addRow(tr("Snapshots", "N&ote:"), self.note)
        form.addRow(tr("Snapshots", "&Mark as:"), self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class SnapshotsDialog(QDialog):
    """The list of snapshots, kept in step with the document, with what can be done to each."""

    COLUMNS = 4

    def __init__(
        self,
        doc: JourneyDocument,
        parent: QWidget | None,
        compare: Callable[[Journey, str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc, self.compare = doc, compare
        self.setWindowTitle(tr("Snapshots", "Snapshots"))
        self.resize(720, 380)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [
                tr("Snapshots", "Name"),
                tr("Snapshots", "Taken"),
                tr("Snapshots", "Status"),
                tr("Snapshots", "Note"),
            ]
        )
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.take_button = self._button(tr("Snapshots", "&Take snapshot…"), self.take)
        self.restore_button = self._button(tr("Snapshots", "&Restore"), self.restore_selected)
        self.compare_button = self._button(tr("Snapshots", "&Compare with the map"), self.compare_selected)
        self.as_is_button = self._button(tr("Snapshots", "Mark &as-is"), lambda: self.mark(AS_IS))
        self.to_be_button = self._button(tr("Snapshots", "Mark t&o-be"), lambda: self.mark(TO_BE))
        self.curves_button = self._button(tr("Snapshots", "Use its curves as &to-be"), self.use_curves)
        self.delete_button = self._button(tr("Snapshots", "&Delete"), self.delete_selected)
        self.compare_button.setVisible(compare is not None)
        side = QVBoxLayout()
        for button in (
            self.take_button,
            self.restore_button,
            self.compare_button,
            self.as_is_button,
            self.to_be_button,
            self.curves_button,
            self.delete_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(side)
        doc.collection_changed.connect(self._on_changed)
        doc.item_changed.connect(self._on_changed)
        doc.reset.connect(self.refresh)
        self.refresh()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _on_changed(self, collection: str, *_args: object) -> None:
        if collection == "snapshots":
            self.refresh()

    def refresh(self) -> None:
        """Show the document's snapshots, newest last, keeping the selection."""
        chosen = self.selected_id()
        self.tree.clear()
        for snapshot in self.doc.journey.snapshots:
            item = QTreeWidgetItem(
                [
                    snapshot.name,
                    local_time(snapshot.created),
                    status_label(snapshot.status),
                    " ".join(snapshot.note.split()),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, snapshot.id)
            item.setToolTip(3, snapshot.note)
            self.tree.addTopLevelItem(item)
            if snapshot.id == chosen:
                item.setSelected(True)
        for column in range(self.COLUMNS - 1):
            self.tree.resizeColumnToContents(column)
        self._update_buttons()

    def selected_id(self) -> str | None:
        """The id of the selected snapshot, if any."""
        items = self.tree.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def select(self, snapshot_id: str) -> None:
        """Select a snapshot in the list."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None:
                item.setSelected(item.data(0, Qt.ItemDataRole.UserRole) == snapshot_id)

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for button in (
            self.restore_button,
            self.compare_button,
            self.as_is_button,
            self.to_be_button,
            self.curves_button,
            self.delete_button,
        ):
            button.setEnabled(has)

    def take(self) -> None:
        """Ask for a name and take a snapshot."""
        default = tr("Snapshots", "Snapshot %1").replace("%1", str(len(self.doc.journey.snapshots) + 1))
        dialog = TakeSnapshotDialog(self, default)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            snapshot = se.take_snapshot(
                self.doc, dialog.name.text(), dialog.note.toPlainText(), dialog.status.currentData()
            )
            self.select(snapshot.id)

    def _selected_map(self) -> Journey | None:
        snapshot_id = self.selected_id()
        if snapshot_id is None:
            return None
        snapshot = se.snapshot_by_id(self.doc, snapshot_id)
        try:
            return journey_from_snapshot(snapshot)
        except FormatError as error:
            QMessageBox.warning(self, tr("Snapshots", "Damaged snapshot"), str(error))
            return None

    def restore_selected(self) -> None:
        """Make the map what the selected snapshot holds (Ctrl+Z undoes it)."""
        snapshot_id = self.selected_id()
        if snapshot_id is not None and self._selected_map() is not None:
            se.restore_snapshot(self.doc, snapshot_id)

    def compare_selected(self) -> None:
        """Show the map compared with the selected snapshot."""
        other = self._selected_map()
        if other is not None and self.compare is not None:
            self.compare(other, se.snapshot_by_id(self.doc, self.selected_id() or "").name)

    def mark(self, status: str) -> None:
        """Mark the selected snapshot; marking it again with the same status clears the mark."""
        snapshot_id = self.selected_id()
        if snapshot_id is None:
            return
        current = se.snapshot_by_id(self.doc, snapshot_id).status
        se.set_snapshot_status(self.doc, snapshot_id, "" if current == status else status)

    def use_curves(self) -> None:
        """The selected snapshot's emotion curves become the map's dashed to-be curves."""
        other = self._selected_map()
        if other is not None:
            se.set_to_be_curves(self.doc, other)

    def delete_selected(self) -> None:
        """Delete the selected snapshot (Ctrl+Z brings it back)."""
        snapshot_id = self.selected_id()
        if snapshot_id is not None:
            se.delete_snapshot(self.doc, snapshot_id)
