"""The map as a tree a screen reader can walk: stages > lanes > cards, then personas and metrics.

Built on Qt's item views (QTreeView + QStandardItemModel), which assistive technology announces item
by item, unlike the painted canvas. Selecting a row selects the item on the canvas and back; renaming
a stage, a lane or a persona, or editing a card's text here is the same undoable edit as on the
canvas. The tree mirrors the model. It is built once when it is first shown (or after a new map
replaced the old one) and then follows the document's typed change signals row by row: typing in a
card re-sets that card's row, an added, removed or moved card re-fills only its cells, renames touch
only their rows. Only a change of the stages or lanes themselves (add, remove, reorder) builds the
tree afresh. Changes made while the outline is hidden cost nothing: it is rebuilt when shown again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QVBoxLayout, QWidget

from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.document import edits
from cjm_desktop.document import persona_edits as pe
from cjm_desktop.document.changes import Collection
from cjm_desktop.i18n import tr
from cjm_desktop.model import Card, LaneKind
from cjm_desktop.model.evidence import level_label
from cjm_desktop.model.opportunities import status_label

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, id) of the model item a row stands for
# kind -> (collection, field) edited when the row's text is edited
EDITABLE = {
    "card": ("cards", "text"),
    "stage": ("stages", "name"),
    "lane": ("lanes", "title"),
    "persona": ("personas", "name"),
}


DRAWN_LANES = (LaneKind.EMOTIONS, LaneKind.METRICS)  # drawn lanes: their content is under Personas, Metrics
Cell = tuple[str, str]  # (lane id, stage id), as Journey.cells() keys them


@dataclass
class _Pending:
    """What changed since the tree last followed the document."""

    full: bool = False  # stages or lanes added, removed or reordered, or a new map: build afresh
    cards: set[str] = field(default_factory=set)  # cards edited, added, removed (their rows and cells)
    all_cells: bool = False  # cards re-ordered or moved without naming them: compare every cell
    stages: set[str] = field(default_factory=set)  # renamed stages
    lanes: set[str] = field(default_factory=set)  # lanes whose title or kind changed
    personas: bool = False  # the persona rows (names, roles and emotion scores)
    metrics: bool = False


class OutlineDock(QWidget):
    """The outline: a tree view of the map, kept in step with the document and the canvas selection."""

    def __init__(self, scene: JourneyScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene, self.doc = scene, scene.doc
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)  # one text line per row: the view need not measure each
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
        # The rows as shown, by key: ("card" | "stage" | "persona" | "metric", id), ("lane", "stage/lane").
        self._rows: dict[tuple[str, str], QStandardItem] = {}
        self._groups: dict[str, QStandardItem] = {}  # "stages" | "personas" | "metrics"
        self._cells: dict[Cell, list[str]] = {}  # card ids each cell shows, in order
        self._cell_of: dict[str, Cell] = {}  # the cell a card's row is in
        self._stage_ids: list[str] = []  # stages and visible lanes as shown
        self._lane_ids: list[str] = []
        self._pending = _Pending()
        self._inserted_or_removed: Collection | None = None  # its collection_changed is covered
        self._update_timer = QTimer(self)
        self._update_timer.setSingleShot(True)
        self._update_timer.setInterval(0)  # after the edit that changed the map, never inside it
        self._update_timer.timeout.connect(self._update_if_shown)
        self._stale = True  # built on the first show: a hidden outline (the default) costs nothing
        self.model.itemChanged.connect(self._item_edited)
        self.tree.selectionModel().selectionChanged.connect(self._tree_selection_changed)
        scene.selectionChanged.connect(self._scene_selection_changed)
        self.doc.reset.connect(self._on_reset)
        self.doc.collection_changed.connect(self._on_collection_changed)
        self.doc.item_changed.connect(self._on_item_changed)
        self.doc.items_inserted.connect(self._on_items_inserted_or_removed)
        self.doc.items_removed.connect(self._on_items_inserted_or_removed)

    # ---- what changed ----------------------------------------------------------------------------
    def _on_reset(self) -> None:
        self._pending.full = True
        self._update_timer.start()

    def _on_items_inserted_or_removed(self, collection: Collection, ids: list[str]) -> None:
        self._note(collection, ids)
        self._inserted_or_removed = collection  # the collection_changed that follows says no more

    def _on_collection_changed(self, collection: Collection) -> None:
        if collection == self._inserted_or_removed:
            self._inserted_or_removed = None
            return
        self._note(collection, None)

    def _on_item_changed(self, collection: Collection, item_id: str) -> None:
        self._note(collection, [item_id], fields=True)

    def _note(self, collection: Collection, ids: list[str] | None, fields: bool = False) -> None:
        """Record a change (``ids`` None: the collection was re-ordered) and update after the event."""
        pending = self._pending
        if collection == Collection.CARDS:
            if ids is None:
                pending.all_cells = True
            else:
                pending.cards.update(ids)
        elif collection == Collection.STAGES and fields and ids:
            pending.stages.update(ids)
            pending.personas = True  # the personas' descriptions name stages with their scores
        elif collection == Collection.LANES and fields and ids:
            pending.lanes.update(ids)
        elif collection in (Collection.STAGES, Collection.LANES):
            pending.full = True
        elif collection in (Collection.PERSONAS, Collection.EMOTIONS):
            pending.personas = True
        elif collection == Collection.METRICS:
            pending.metrics = True
        else:
            return  # routes, metric values, channels, ...: nothing the outline shows
        self._update_timer.start()

    def _update_if_shown(self) -> None:
        if not self.isVisible():
            self._stale = True  # rebuilt when it shows again; what changed meanwhile needs no list
            self._pending = _Pending()
        elif self._stale or self._pending.full:
            self.rebuild()
        else:
            self._follow(self._pending)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.rebuild()
        super().showEvent(event)

    # ---- building the rows -----------------------------------------------------------------------
    def _row(self, text: str, kind: str, item_id: str, description: str = "") -> QStandardItem:
        item = QStandardItem(text)
        item.setData((kind, item_id), KEY_ROLE)
        item.setData(description or text, Qt.ItemDataRole.AccessibleDescriptionRole)
        item.setEditable(kind in EDITABLE)
        return item

    def _group(self, name: str, text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setSelectable(False)
        self._groups[name] = item
        return item

    def _card_row(self, card: Card, lane_title: str, cell: Cell) -> QStandardItem:
        item = self._row(card_text(card), "card", card.id, card_description(card, lane_title))
        self._rows[("card", card.id)] = item
        self._cell_of[card.id] = cell
        return item

    def rebuild(self) -> None:
        """Build the tree afresh from the document, keeping what was expanded and selected."""
        self._update_timer.stop()
        self._stale = False
        self._pending = _Pending()
        expanded = {key for key, item in self._expandable().items() if self.tree.isExpanded(item.index())}
        first_build = self.model.rowCount() == 0
        journey = self.doc.journey
        self._syncing = True  # itemChanged from building the rows is no user edit
        try:
            # Not with blocked signals: the view must see the rows go, or it keeps state for them.
            # Not model.clear() either: with PySide6 6.11 it leaks about 600 bytes per row (3.6 MB
            # per rebuild of a 2,500-card map; benchmarks/bench_outline_dock.py), removeRows does not.
            self.model.removeRows(0, self.model.rowCount())
            self._rows.clear()
            self._groups.clear()
            self._cells.clear()
            self._cell_of.clear()
            root = self.model.invisibleRootItem()
            stages = self._group("stages", tr("OutlineDock", "Stages"))
            root.appendRow(stages)
            cells = journey.cells()
            lanes = [lane for lane in journey.lanes if lane.kind not in DRAWN_LANES]
            self._stage_ids = [stage.id for stage in journey.stages]
            self._lane_ids = [lane.id for lane in lanes]
            for number, stage in enumerate(journey.stages, start=1):
                stage_row = self._row(
                    stage.name, "stage", stage.id, stage_description(number, len(journey.stages))
                )
                self._rows[("stage", stage.id)] = stage_row
                stages.appendRow(stage_row)
                for lane in lanes:
                    cell = (lane.id, stage.id)
                    cards = cells.get(cell, [])
                    lane_row = self._row(lane.title, "lane", lane.id, lane_description(len(cards)))
                    self._rows[("lane", f"{stage.id}/{lane.id}")] = lane_row
                    stage_row.appendRow(lane_row)
                    self._cells[cell] = [card.id for card in cards]
                    for card in cards:
                        lane_row.appendRow(self._card_row(card, lane.title, cell))
            root.appendRow(self._group("personas", tr("OutlineDock", "Personas")))
            self._fill_personas()
            root.appendRow(self._group("metrics", tr("OutlineDock", "Metrics")))
            self._fill_metrics()
        finally:
            self._syncing = False
        for key, item in self._expandable().items():
            if (first_build and key[0] == "group") or key in expanded:
                self.tree.setExpanded(item.index(), True)
        self._scene_selection_changed()

    def _expandable(self) -> dict[tuple[str, str], QStandardItem]:
        """The rows that can hold others: groups, stages and lanes."""
        rows = {("group", name): item for name, item in self._groups.items()}
        rows.update((key, item) for key, item in self._rows.items() if key[0] in ("stage", "lane"))
        return rows

    def _fill_personas(self) -> None:
        group, journey = self._groups["personas"], self.doc.journey
        for number in range(group.rowCount()):
            self._rows.pop(("persona", group.child(number).data(KEY_ROLE)[1]), None)
        group.removeRows(0, group.rowCount())
        for persona in journey.personas:
            scores = [
                f"{journey.stage(p.stage_id).name} {p.score:+d}"
                for _i, p in pe.persona_curve(self.doc, persona.id)
            ]
            description = persona.role or persona.name
            if scores:
                description += " · " + ", ".join(scores)
            row = self._row(persona.name, "persona", persona.id, description)
            self._rows[("persona", persona.id)] = row
            group.appendRow(row)

    def _fill_metrics(self) -> None:
        group = self._groups["metrics"]
        for number in range(group.rowCount()):
            self._rows.pop(("metric", group.child(number).data(KEY_ROLE)[1]), None)
        group.removeRows(0, group.rowCount())
        for metric in self.doc.journey.metrics:
            row = self._row(metric.name, "metric", metric.id)
            self._rows[("metric", metric.id)] = row
            group.appendRow(row)

    # ---- following the document row by row -------------------------------------------------------
    def _follow(self, pending: _Pending) -> None:
        """Bring only the rows ``pending`` names in step with the document."""
        self._pending = _Pending()
        journey = self.doc.journey
        lanes = [lane for lane in journey.lanes if lane.kind not in DRAWN_LANES]
        if [lane.id for lane in lanes] != self._lane_ids or [s.id for s in journey.stages] != self._stage_ids:
            self.rebuild()  # a lane's kind turned it into a drawn lane (or back), or stages changed
            return
        self._syncing = True
        try:
            for stage_id in pending.stages:
                self._set_text(self._rows[("stage", stage_id)], journey.stage(stage_id).name)
            for lane_id in pending.lanes:
                title = journey.lane(lane_id).title
                for stage_id in self._stage_ids:
                    self._set_text(self._rows[("lane", f"{stage_id}/{lane_id}")], title)
                    pending.cards.update(self._cells[(lane_id, stage_id)])  # "Card in <lane>"
            cells = self._cells_to_fill(pending)
            if cells:
                now = journey.cells()
                for cell in cells:
                    self._fill_cell(cell, now.get(cell, []))
            if pending.personas:
                self._fill_personas()
            if pending.metrics:
                self._fill_metrics()
        finally:
            self._syncing = False
        self._scene_selection_changed()

    def _cells_to_fill(self, pending: _Pending) -> set[Cell]:
        """The cells whose list of cards changed; cards that only changed fields get their row set."""
        journey = self.doc.journey
        cells: set[Cell] = set()
        if pending.all_cells:
            now = journey.cells()
            cells = {cell for cell, ids in self._cells.items() if ids != [c.id for c in now.get(cell, [])]}
        for card_id in pending.cards:
            try:
                card: Card | None = journey.card(card_id)
            except KeyError:
                card = None
            shown = self._cell_of.get(card_id)
            cell = (card.lane_id, card.stage_id) if card is not None else None
            if shown != cell:
                cells.update(c for c in (shown, cell) if c is not None and c in self._cells)
            elif card is not None and shown is not None:  # cards of drawn lanes have no row
                self._set_card(self._rows[("card", card_id)], card, journey.lane(card.lane_id).title)
        return cells

    def _fill_cell(self, cell: Cell, cards: list[Card]) -> None:
        """Give one cell's lane row the cards the document has there now, in order."""
        lane_id, stage_id = cell
        lane_row = self._rows[("lane", f"{stage_id}/{lane_id}")]
        lane_title = self.doc.journey.lane(lane_id).title
        ids = [card.id for card in cards]
        if ids == self._cells[cell]:
            for card in cards:
                self._set_card(self._rows[("card", card.id)], card, lane_title)
            return
        for card_id in self._cells[cell]:
            if self._cell_of.get(card_id) == cell:  # not already shown in the cell it moved to
                del self._cell_of[card_id]
                del self._rows[("card", card_id)]
        lane_row.removeRows(0, lane_row.rowCount())
        lane_row.appendRows([self._card_row(card, lane_title, cell) for card in cards])
        self._cells[cell] = ids
        lane_row.setData(lane_description(len(cards)), Qt.ItemDataRole.AccessibleDescriptionRole)

    def _set_card(self, row: QStandardItem, card: Card, lane_title: str) -> None:
        self._set_text(row, card_text(card))
        description = card_description(card, lane_title)
        if row.data(Qt.ItemDataRole.AccessibleDescriptionRole) != description:
            row.setData(description, Qt.ItemDataRole.AccessibleDescriptionRole)

    @staticmethod
    def _set_text(row: QStandardItem, text: str) -> None:
        if row.text() != text:  # an unchanged row stays quiet: no repaint, no itemChanged
            row.setText(text)

    def index_of(self, kind: str, item_id: str) -> QModelIndex | None:
        """The row of a card, stage, persona or metric (lanes: their row under the first stage)."""
        if kind == "lane":
            key = (kind, f"{self._stage_ids[0]}/{item_id}") if self._stage_ids else None
        else:
            key = (kind, item_id)
        row = self._rows.get(key) if key is not None else None
        return row.index() if row is not None else None

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
        # An empty name is refused, and a card's text shows on one line: the row shows the model again.
        self._note(Collection(collection), [item_id], fields=True)

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


def stage_description(number: int, count: int) -> str:
    """What a screen reader says after a stage's name."""
    return tr("OutlineDock", "Stage %d of %d") % (number, count)


def lane_description(cards: int) -> str:
    """What a screen reader says after a lane's title under a stage."""
    return tr("OutlineDock", "Lane, %n cards in this stage", None, cards)


def card_text(card: Card) -> str:
    """A card's text on one line, as its row shows it."""
    return " ".join(card.text.split()) or tr("OutlineDock", "(empty card)")


def card_description(card: Card, lane_title: str) -> str:
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
    if getattr(card, "evidence_level", ""):
        # The marker on the card is a shape: a screen reader hears the level in words.
        parts.append(tr("OutlineDock", "evidence level: %s") % level_label(card.evidence_level))
    if getattr(card, "evidence", None):
        parts.append(tr("OutlineDock", "%n evidence item(s)", None, len(card.evidence)))
    return ", ".join(parts)
