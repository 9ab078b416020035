"""The Changes dock of a visual compare: walk the changes one by one, with before and after."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.i18n import tr
from cjm_desktop.versions.compare import Comparison
from cjm_desktop.versions.diff import Change
from cjm_desktop.versions.labels import describe
from cjm_desktop.versions.records import collections_of
from cjm_desktop.versions.report import change_lines

MARKS = {"added": "+", "removed": "−", "changed": "~"}


class ChangesPanel(QWidget):
    """A list of the changes, Previous/Next, the selected change's before and after, End compare."""

    change_chosen = Signal(object)  # Change
    end_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._on_row)
        self.list.setAccessibleName(tr("Compare", "Changes between the two versions"))
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(tr("Compare", "The chosen change, before and after"))
        self.detail.setPlaceholderText(tr("Compare", "Choose a change to see it before and after"))
        self.previous_button = QPushButton(tr("Compare", "&Previous"))
        self.next_button = QPushButton(tr("Compare", "&Next"))
        self.end_button = QPushButton(tr("Compare", "&End compare"))
        self.previous_button.clicked.connect(lambda _c=False: self.step(-1))
        self.next_button.clicked.connect(lambda _c=False: self.step(1))
        self.end_button.clicked.connect(lambda _c=False: self.end_requested.emit())
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.detail, 1)
        self.changes: list[Change] = []
        self._sides: list = []

    def show_comparison(self, comparison: Comparison, name: str) -> None:
        """List a comparison's changes, keeping the selected one when it is still there."""
        current = self.current_change()
        kept = (current.collection, current.key) if current else None
        self.changes = comparison.changes
        self._sides = [collections_of(comparison.new), collections_of(comparison.old)]
        self.title.setText(
            tr("Compare", "The map compared with “%1”: %n changes", None, len(self.changes)).replace(
                "%1", name
            )
            if self.changes
            else tr("Compare", "The map is the same as “%1”.").replace("%1", name)
        )
        self.list.blockSignals(True)
        self.list.clear()
        row = -1
        for i, change in enumerate(self.changes):
            record = change.new if change.new is not None else change.old
            text = f"{MARKS[change.kind]} {describe(change.collection, record or {}, self._sides)}"
            QListWidgetItem(text, self.list)
            if (change.collection, change.key) == kept:
                row = i
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._show_detail(row)

    def current_change(self) -> Change | None:
        """The change selected in the list."""
        row = self.list.currentRow()
        return self.changes[row] if 0 <= row < len(self.changes) else None

    def step(self, delta: int) -> None:
        """Go to the previous (-1) or next (+1) change, wrapping around."""
        if self.changes:
            self.list.setCurrentRow((self.list.currentRow() + delta) % len(self.changes))

    def select_key(self, collection: str, key: tuple[str, ...]) -> None:
        """Select the change of one record (a card chosen on the canvas), if it has one."""
        for i, change in enumerate(self.changes):
            if (change.collection, change.key) == (collection, key):
                self.list.setCurrentRow(i)
                return

    def _on_row(self, row: int) -> None:
        self._show_detail(row)
        if 0 <= row < len(self.changes):
            self.change_chosen.emit(self.changes[row])

    def _show_detail(self, row: int) -> None:
        if not 0 <= row < len(self.changes):
            self.detail.clear()
            return
        change = self.changes[row]
        lines = change_lines(change, self._sides)
        if change.kind == "changed":
            for name, (old, new) in change.fields.items():
                lines.append(tr("Compare", "%1 before: %2").replace("%1", name).replace("%2", str(old)))
                lines.append(tr("Compare", "%1 after: %2").replace("%1", name).replace("%2", str(new)))
        self.detail.setPlainText("\n".join(lines))


def before_after_text(change: Change, name: str) -> str:
    """A card's change in words for the inspector: new, or each changed field before and after."""
    if change.kind == "added":
        return tr("Compare", "New since “%1”.").replace("%1", name)
    lines = [tr("Compare", "Compared with “%1”:").replace("%1", name)]
    if (
        change.old
        and change.new
        and (change.old["lane_id"], change.old["stage_id"])
        != (
            change.new["lane_id"],
            change.new["stage_id"],
        )
    ):
        lines.append(tr("Compare", "Moved to another cell."))
    for field, (old, new) in change.fields.items():
        if field in ("lane_id", "stage_id"):
            continue
        lines.append(
            tr("Compare", "%1: before “%2”, after “%3”")
            .replace("%1", field)
            .replace("%2", str(old))
            .replace("%3", str(new))
        )
    return "\n".join(lines)


def focus_rect(scene, change: Change) -> QRectF | None:
    """Where a change is on the canvas: its card, its old cell for a removed card, its stage or lane."""
    layout = scene.layout
    record = change.new if change.new is not None else change.old or {}
    if change.collection == "cards":
        if change.key[0] in layout.cards:
            return QRectF(*layout.cards[change.key[0]])
        lane, stage = record.get("lane_id"), record.get("stage_id")
        if lane in layout.lane_ids and stage in layout.stage_ids:
            return QRectF(*layout.cell_rect(layout.lane_ids.index(lane), layout.stage_ids.index(stage)))
    if change.collection == "stages" and change.key[0] in layout.stage_ids:
        return QRectF(*layout.stage_rect(layout.stage_ids.index(change.key[0])))
    if change.collection == "lanes" and change.key[0] in layout.lane_ids:
        return QRectF(*layout.lane_rect(layout.lane_ids.index(change.key[0])))
    stage = record.get("stage_id")
    if stage in layout.stage_ids:
        return QRectF(*layout.stage_rect(layout.stage_ids.index(stage)))
    return None
