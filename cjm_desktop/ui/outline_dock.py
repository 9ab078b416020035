"""The map as a tree a screen reader can walk: stages > lanes > cards, then personas and metrics.

Built on Qt's item views (QTreeView + QStandardItemModel), which assistive technology announces item
by item, unlike the painted canvas. Selecting a row selects the item on the canvas and back; renaming
a stage, a lane or a persona, or editing a card's text here is the same undoable edit as on the
canvas. The tree mirrors the model and is rebuilt from it (after the event that changed it).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QVBoxLayout, QWidget

from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.document import edits
from cjm_desktop.document import persona_edits as pe
from cjm_desktop.i18n import tr
from cjm_desktop.model import LaneKind
from cjm_desktop.model.opportunities import status_label

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, id) of the model item a row stands for
# kind -> (collection, field) edited when the row's text is edited
EDITABLE = {
    "card": ("cards", "text"),
    "stage": ("stages", "name"),
    "lane": ("lanes", "title"),
    "persona": ("personas", "name"),
}


class OutlineDock(QWidget):
    """The outline: a tree view of the map, kept in step with the document and the canvas selection."""

    def __init__(self, scene: JourneyScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene, self.doc = scene, scene.doc
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.tree.setAccessibleName(tr("OutlineDock", "Map outline"))
        self.tree.setAccessibleDescription(
            tr(
                "OutlineDock",
                "Stages with their lanes and cards, then personas and metrics. F2 edits a name or text.",
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self._syncing = False  # set while one side's selection is copied to the other
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(0)  # after the edit that changed the map, never inside it
        self._rebuild_timer.timeout.connect(self._rebuild_if_shown)
        self._stale = False  # the map changed while the outline was hidden
        self.model.itemChanged.connect(self._item_edited)
        self.tree.selectionModel().selectionChanged.connect(self._tree_selection_changed)
        scene.selectionChanged.connect(self._scene_selection_changed)
        self.doc.reset.connect(self._rebuild_timer.start)
        self.doc.collection_changed.connect(lambda *_a: self._rebuild_timer.start())
        self.doc.item_changed.connect(lambda *_a: self._rebuild_timer.start())
        self.rebuild()

    # ---- mirroring the model ---------------------------------------------------------------------
    def _row(self, text: str, kind: str, item_id: str, description: str = "") -> QStandardItem:
        item = QStandardItem(text)
        item.setData((kind, item_id), KEY_ROLE)
        item.setData(description or text, Qt.ItemDataRole.AccessibleDescriptionRole)
        item.setEditable(kind in EDITABLE)
        return item

    def _group(self, text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setSelectable(False)
        return item

    def _rebuild_if_shown(self) -> None:
        # A hidden outline (the default) costs an edit nothing: it is rebuilt when it shows again.
        if self.isVisible():
            self.rebuild()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.rebuild()
        super().showEvent(event)

    def rebuild(self) -> None:
        """Build the tree afresh from the document, keeping what was expanded and selected."""
        self._rebuild_timer.stop()
        self._stale = False
        expanded = {key for key, index in self._indexes().items() if self.tree.isExpanded(index)}
        first_build = self.model.rowCount() == 0
        journey = self.doc.journey
        self._syncing = True  # itemChanged from building the rows is no user edit
        try:
            # Not with blocked signals: the view must see the reset, or it keeps state for the
            # rows that are gone (memory grew by megabytes per edit on a 2,500-card map).
            self.model.clear()
            root = self.model.invisibleRootItem()
            stages = self._group(tr("OutlineDock", "Stages"))
            root.appendRow(stages)
            cells = journey.cells()
            for number, stage in enumerate(journey.stages, start=1):
                stage_row = self._row(
                    stage.name,
                    "stage",
                    stage.id,
                    tr("OutlineDock", "Stage %d of %d") % (number, len(journey.stages)),
                )
                stages.appendRow(stage_row)
                for lane in journey.lanes:
                    if lane.kind in (LaneKind.EMOTIONS, LaneKind.METRICS):
                        continue  # drawn lanes: their content is under Personas and Metrics
                    cards = cells.get((lane.id, stage.id), [])
                    lane_row = self._row(
                        lane.title,
                        "lane",
                        lane.id,
                        tr("OutlineDock", "Lane, %d cards in this stage") % len(cards)
                        if len(cards) != 1
                        else tr("OutlineDock", "Lane, one card in this stage"),
                    )
                    stage_row.appendRow(lane_row)
                    for card in cards:
                        text = " ".join(card.text.split()) or tr("OutlineDock", "(empty card)")
                        lane_row.appendRow(
                            self._row(text, "card", card.id, card_description(card, lane.title))
                        )
            personas = self._group(tr("OutlineDock", "Personas"))
            root.appendRow(personas)
            for persona in journey.personas:
                scores = [
                    f"{journey.stage(p.stage_id).name} {p.score:+d}"
                    for _i, p in pe.persona_curve(self.doc, persona.id)
                ]
                description = persona.role or persona.name
                if scores:
                    description += " · " + ", ".join(scores)
                personas.appendRow(self._row(persona.name, "persona", persona.id, description))
            metrics = self._group(tr("OutlineDock", "Metrics"))
            root.appendRow(metrics)
            for metric in journey.metrics:
                metrics.appendRow(self._row(metric.name, "metric", metric.id))
        finally:
            self._syncing = False
        for key, index in self._indexes().items():
            if first_build and key[0] == "group" or key in expanded:
                self.tree.setExpanded(index, True)
        for row in range(self.model.rowCount()):
            if first_build:
                self.tree.setExpanded(self.model.index(row, 0), True)
        self._scene_selection_changed()

    def _indexes(self) -> dict[tuple[str, str], QModelIndex]:
        """Every row by (kind, id); groups by ("group", title); lanes by stage too."""
        found: dict[tuple[str, str], QModelIndex] = {}

        def walk(parent: QModelIndex, prefix: str) -> None:
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                key = index.data(KEY_ROLE)
                if key is None:
                    key = ("group", index.data())
                kind, item_id = key
                # A lane shows under every stage: keep each lane row apart by its stage.
                found[(kind, f"{prefix}/{item_id}" if kind == "lane" else item_id)] = index
                walk(index, item_id if kind == "stage" else prefix)

        walk(QModelIndex(), "")
        return found

    def index_of(self, kind: str, item_id: str) -> QModelIndex | None:
        """The row of a card, stage, persona or metric (lanes: their row under the first stage)."""
        indexes = self._indexes()
        if kind == "lane":
            return next(
                (i for (k, key), i in indexes.items() if k == "lane" and key.endswith("/" + item_id)), None
            )
        return indexes.get((kind, item_id))

    # ---- edits -----------------------------------------------------------------------------------
    def _item_edited(self, item: QStandardItem) -> None:
        if self._syncing:
            return
        kind, item_id = item.data(KEY_ROLE) or ("", "")
        if kind not in EDITABLE:
            return
        collection, field = EDITABLE[kind]
        text = item.text() if kind == "card" else " ".join(item.text().split())
        labels = {
            "card": tr("JourneyView", "Edit card text"),
            "stage": tr("JourneyView", "Rename stage"),
            "lane": tr("JourneyView", "Rename lane"),
            "persona": tr("OutlineDock", "Rename persona"),
        }
        if text:
            edits.set_fields(self.doc, collection, item_id, {field: text}, labels[kind])
        self._rebuild_timer.start()  # an empty name is refused: the row shows the model again

    # ---- selection -------------------------------------------------------------------------------
    def _tree_selection_changed(self, *_args: object) -> None:
        if self._syncing:
            return
        ids = []
        for index in self.tree.selectionModel().selectedRows():
            kind, item_id = index.data(KEY_ROLE) or ("", "")
            if kind in ("card", "stage", "lane") and item_id not in ids:
                ids.append(item_id)
        self._syncing = True
        try:
            self.scene.select_ids(ids)
            for item_id in ids[:1]:
                item = self.scene.item_for(item_id)
                for view in self.scene.views():
                    if item is not None:
                        view.ensureVisible(item, 40, 40)
        finally:
            self._syncing = False

    def _scene_selection_changed(self) -> None:
        # The scene clears its selection while a closing window deletes it: nothing to mirror then.
        if self._syncing or not shiboken6.isValid(self.scene) or not shiboken6.isValid(self.tree):
            return
        selection = self.tree.selectionModel()
        self._syncing = True
        try:
            selection.clearSelection()
            first = None
            for kind in ("card", "stage", "lane"):
                for item_id in self.scene.selected_ids(kind):
                    index = self.index_of(kind, item_id)
                    if index is not None:
                        selection.select(
                            index,
                            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                        )
                        first = first or index
            if first is not None:
                selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.tree.scrollTo(first)
        finally:
            self._syncing = False

    def selected_keys(self) -> list[tuple[str, str]]:
        """(kind, id) of the selected rows."""
        return [
            index.data(KEY_ROLE)
            for index in self.tree.selectionModel().selectedRows()
            if index.data(KEY_ROLE)
        ]


def card_description(card, lane_title: str) -> str:
    """What a screen reader says after a card's text: its lane and what else it carries."""
    parts = [tr("OutlineDock", "Card in %s") % lane_title]
    if getattr(card, "severity", None):
        parts.append(tr("OutlineDock", "severity %s") % card.severity)
    if getattr(card, "status", ""):
        parts.append(tr("OutlineDock", "status: %s") % status_label(card.status))
    if getattr(card, "pain_point_ids", None):
        parts.append(tr("OutlineDock", "pain points addressed: %d") % len(card.pain_point_ids))
    if getattr(card, "votes", 0):
        parts.append(tr("OutlineDock", "votes: %d") % card.votes)
    return ", ".join(parts)
