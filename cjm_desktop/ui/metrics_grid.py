"""The metrics grid dock: metric definitions and stage values typed by hand, spreadsheet-like.

Every change is one undo step (a typed cell, a pasted block, a cleared selection); values typed
here are marked as typed by hand, shown in italics, and an import or Refresh never replaces them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.document import metric_grid_edits as ge
from cjm_desktop.document.document import JourneyDocument
from cjm_desktop.i18n import tr
from cjm_desktop.model import Metric
from cjm_desktop.model.metric_format import format_value
from cjm_desktop.model.number_locale import decimal_convention
from cjm_desktop.ui.lazy_dock import LazyDock

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow

NAME, UNIT, FORMAT, BETTER, TARGET, NOTE = range(6)
FORMAT_LABELS = {"number": "Number", "percent": "Percent", "currency": "Currency", "duration": "Duration"}


def parse_typed(text: str, metric: Metric, locale: str) -> float | None:
    """A typed number in the map's convention; a percent metric reads "4,5" as 4,5 %. None: not a number."""
    # Imported with the first typed value: the grid's module is loaded at every start, its reader is not.
    from cjm_desktop.io.sheets.number_text import read_number_text

    reading = read_number_text(text)
    if reading is None:
        return None
    number = reading.value(decimal_convention(locale))
    if number is None:
        return None
    if metric.format == "percent" and "%" not in text:
        return number / 100
    return float(number)


def fill(template: str, *args: str) -> str:
    """Put %1, %2, ... into a translated template in one pass (a name holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: args[int(m[1]) - 1] if 0 < int(m[1]) <= len(args) else m[0], template)


class _Grid(QTableWidget):
    """A table that mirrors the model; ``_loading`` tells its own refills from the user's edits."""

    def __init__(self, rows: int, columns: int) -> None:
        super().__init__(rows, columns)
        self._loading = False


class DefinitionsTable(_Grid):
    """One row per metric: name, unit, format, which way is better, target and source note."""

    def __init__(self, doc: JourneyDocument) -> None:
        super().__init__(0, 6)
        self.doc = doc
        self.setObjectName("metric-definitions")
        self.setAccessibleName(tr("MetricsGrid", "Metric definitions"))
        self.setHorizontalHeaderLabels(
            [
                tr("MetricsGrid", "Name"),
                tr("MetricsGrid", "Unit"),
                tr("MetricsGrid", "Format"),
                tr("MetricsGrid", "Better"),
                tr("MetricsGrid", "Target"),
                tr("MetricsGrid", "Source note"),
            ]
        )
        self.horizontalHeader().setStretchLastSection(True)
        self.itemChanged.connect(self._item_changed)

    def refresh(self) -> None:
        """Show the map's metric definitions."""
        journey = self.doc.journey
        self._loading = True
        try:
            self.setRowCount(len(journey.metrics))
            for row, metric in enumerate(journey.metrics):
                target = (
                    ""
                    if metric.target is None
                    else format_value(metric, metric.target, journey.number_locale)
                )
                for column, text in (
                    (NAME, metric.name),
                    (UNIT, metric.unit),
                    (TARGET, target),
                    (NOTE, metric.source_note),
                ):
                    item = self.item(row, column)
                    if item is None:
                        self.setItem(row, column, QTableWidgetItem(text))
                    elif item.text() != text:
                        item.setText(text)
                self._combo(
                    row,
                    FORMAT,
                    [(k, tr("MetricsGrid", v)) for k, v in FORMAT_LABELS.items()],
                    metric.format,
                    "format",
                )
                better = [(True, tr("MetricsGrid", "Higher")), (False, tr("MetricsGrid", "Lower"))]
                self._combo(row, BETTER, better, metric.higher_is_better, "higher_is_better")
        finally:
            self._loading = False

    def _combo(self, row: int, column: int, choices: list, current: object, field: str) -> None:
        combo = self.cellWidget(row, column)
        metric_id = self.doc.journey.metrics[row].id
        if not isinstance(combo, QComboBox) or combo.property("metric") != metric_id:
            combo = QComboBox()
            combo.setProperty("metric", metric_id)
            combo.setAccessibleName(self.horizontalHeaderItem(column).text())  # "Format", "Better"
            for value, label in choices:
                combo.addItem(label, value)
            combo.activated.connect(lambda _i, c=combo, f=field: self._combo_chosen(c, f))
            self.setCellWidget(row, column, combo)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _combo_chosen(self, combo: QComboBox, field: str) -> None:
        ge.edit_metric(self.doc, combo.property("metric"), {field: combo.currentData()})

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        metric = self.doc.journey.metrics[item.row()]
        text = item.text().strip()
        if item.column() == NAME:
            if text:
                ge.edit_metric(self.doc, metric.id, {"name": text})
            else:
                self.refresh()  # a metric never loses its name
        elif item.column() == UNIT:
            ge.edit_metric(self.doc, metric.id, {"unit": text})
        elif item.column() == NOTE:
            ge.edit_metric(self.doc, metric.id, {"source_note": item.text()})
        elif item.column() == TARGET:
            target = parse_typed(text, metric, self.doc.journey.number_locale) if text else None
            if text and target is None:
                self.refresh()  # not a number: the cell goes back to the target it had
                return
            ge.edit_metric(self.doc, metric.id, {"target": target})


STAGES, TOUCHPOINTS = "stages", "touchpoints"  # what the values grid shows; else a persona's id
Column = tuple[str, str, str]  # (stage id, touchpoint card id or "", persona id or "")
WATCHED = frozenset({"metrics", "metric_values", "stages", "personas", "cards", "lanes"})


class ValuesTable(_Grid):
    """Metrics down; across, the stages, the touchpoint cards or one persona's stages: typed, pasted, cleared."""

    def __init__(self, doc: JourneyDocument) -> None:
        super().__init__(0, 0)
        self.doc = doc
        self.target = STAGES
        self.columns: list[Column] = []
        self.setObjectName("metric-values")
        self.setAccessibleName(tr("MetricsGrid", "Metric values"))
        self.itemChanged.connect(self._item_changed)

    def set_target(self, target: str) -> None:
        """Show the stages' own values, the touchpoints' values, or one persona's values per stage."""
        self.target = target
        self.refresh()

    def _columns(self) -> tuple[list[Column], list[str]]:
        journey = self.doc.journey
        if self.target == TOUCHPOINTS:
            # Imported here: metrics_targets brings numpy, which the editor's start does not need.
            from cjm_desktop.io.metrics.metrics_targets import touchpoint_cards

            stages = {s.id: (i, s.name) for i, s in enumerate(journey.stages)}
            cards = sorted(
                (c for c in touchpoint_cards(journey) if c.stage_id in stages),
                key=lambda c: stages[c.stage_id][0],  # stable: the cards' own order within a stage
            )
            header = tr("MetricsGrid", "%1\n(%2)")  # the card's text, its stage below
            headers = [fill(header, c.text, stages[c.stage_id][1]) for c in cards]
            return [(c.stage_id, c.id, "") for c in cards], headers
        persona = self.target if any(p.id == self.target for p in journey.personas) else ""
        if self.target != STAGES and not persona:
            self.target = STAGES  # the persona was deleted: back to the stages
        return [(s.id, "", persona) for s in journey.stages], [s.name for s in journey.stages]

    def refresh(self) -> None:
        """Show every value of the chosen target, typed ones in italics."""
        journey = self.doc.journey
        self.columns, headers = self._columns()
        values = {(v.metric_id, v.stage_id, v.card_id, v.persona_id): v for v in journey.metric_values}
        self._loading = True
        try:
            self.setRowCount(len(journey.metrics))
            self.setColumnCount(len(self.columns))
            self.setHorizontalHeaderLabels(headers)
            self.setVerticalHeaderLabels([m.name for m in journey.metrics])
            for row, metric in enumerate(journey.metrics):
                for column, (stage_id, card_id, persona_id) in enumerate(self.columns):
                    value = values.get((metric.id, stage_id, card_id, persona_id))
                    text = "" if value is None else format_value(metric, value.value, journey.number_locale)
                    item = self.item(row, column)
                    if item is None:
                        item = QTableWidgetItem()
                        self.setItem(row, column, item)
                    if item.text() != text:
                        item.setText(text)
                    manual = value is not None and value.manual
                    font = item.font()
                    font.setItalic(manual)
                    item.setFont(font)
                    item.setToolTip(tr("MetricsGrid", "Typed by hand: Refresh keeps it") if manual else "")
        finally:
            self._loading = False

    def _cell(self, row: int, column: int, text: str) -> ge.TargetCell | None:
        journey = self.doc.journey
        if not (0 <= row < len(journey.metrics) and 0 <= column < len(self.columns)):
            return None
        metric = journey.metrics[row]
        text = text.strip()
        number = parse_typed(text, metric, journey.number_locale) if text else None
        if text and number is None:
            return None
        stage_id, card_id, persona_id = self.columns[column]
        return metric.id, stage_id, card_id, persona_id, number

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        cell = self._cell(item.row(), item.column(), item.text())
        if cell is None:
            QTimer.singleShot(0, self.refresh)  # not a number: the cell shows what the map holds
            return
        ge.set_values(self.doc, [cell])
        QTimer.singleShot(0, self.refresh)  # show it formatted ("4,5" -> "4,5 %")

    def paste_text(self, text: str) -> None:
        """Paste a block copied from a spreadsheet (tab-separated rows) at the current cell: one step."""
        top, left = max(self.currentRow(), 0), max(self.currentColumn(), 0)
        cells = []
        for r, line in enumerate(text.rstrip("\r\n").splitlines()):
            for c, cell_text in enumerate(line.split("\t")):
                cell = self._cell(top + r, left + c, cell_text)
                if cell is not None:
                    cells.append(cell)
        if cells:
            ge.set_values(self.doc, cells, tr("MetricsGrid", "Paste metric values"))

    def clear_selection_values(self) -> None:
        """Clear the selected cells' values: one step."""
        cells = [self._cell(i.row(), i.column(), "") for i in self.selectedIndexes()]
        ge.set_values(self.doc, [c for c in cells if c is not None], tr("MetricsGrid", "Clear metric values"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_text(QGuiApplication.clipboard().text())
        elif (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.state() != self.State.EditingState
        ):
            self.clear_selection_values()
        else:
            super().keyPressEvent(event)


class MetricsGrid(QWidget):
    """Definitions above, values below, with add and delete buttons."""

    def __init__(self, doc: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.definitions = DefinitionsTable(doc)
        self.values = ValuesTable(doc)
        self.add_button = QPushButton(tr("MetricsGrid", "&Add metric"))
        self.delete_button = QPushButton(tr("MetricsGrid", "&Delete metric"))
        self.add_button.clicked.connect(
            lambda _c=False: ge.add_metric(self.doc, tr("MetricsGrid", "New metric"))
        )
        self.delete_button.clicked.connect(lambda _c=False: self.delete_current())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("values-target")
        self.target_combo.setAccessibleName(tr("MetricsGrid", "Values of"))
        self.target_combo.activated.connect(
            lambda _i: self.values.set_target(self.target_combo.currentData() or STAGES)
        )
        target_label = QLabel(tr("MetricsGrid", "&Values of:"))
        target_label.setBuddy(self.target_combo)
        targets = QHBoxLayout()
        targets.addWidget(target_label)
        targets.addWidget(self.target_combo, 1)
        values_box = QWidget()
        values_layout = QVBoxLayout(values_box)
        values_layout.setContentsMargins(0, 0, 0, 0)
        values_layout.addLayout(targets)
        values_layout.addWidget(self.values, 1)
        hint = QLabel(tr("MetricsGrid", "Values in italics were typed by hand; Refresh keeps them."))
        hint.setWordWrap(True)
        italic = QFont(hint.font())
        italic.setItalic(True)
        hint.setFont(italic)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.definitions)
        splitter.addWidget(values_box)
        box = QVBoxLayout(self)
        box.addLayout(buttons)
        box.addWidget(splitter, 1)
        box.addWidget(hint)
        self._timer = QTimer(self, singleShot=True, interval=0, timeout=self.refresh)
        doc.reset.connect(self._timer.start)
        doc.collection_changed.connect(lambda name: name in WATCHED and self._timer.start())
        # A card's text is a column header only while the touchpoints are shown.
        doc.item_changed.connect(
            lambda name, _i: (
                (
                    name in ("metrics", "stages", "map", "personas")
                    or (name == "cards" and self.values.target == TOUCHPOINTS)
                )
                and self._timer.start()
            )
        )
        self.refresh()

    def refresh(self) -> None:
        """Show the model (both tables)."""
        self.definitions.refresh()
        self.values.refresh()
        self._fill_targets()

    def _fill_targets(self) -> None:
        """Stages, touchpoints, then each persona by name; the choice stays while it exists."""
        choices = [(STAGES, tr("MetricsGrid", "Stages")), (TOUCHPOINTS, tr("MetricsGrid", "Touchpoints"))]
        choices += [(p.id, fill(tr("MetricsGrid", "Persona: %1"), p.name)) for p in self.doc.journey.personas]
        combo = self.target_combo
        if [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())] != choices:
            combo.clear()
            for data, label in choices:
                combo.addItem(label, data)
        combo.setCurrentIndex(max(0, combo.findData(self.values.target)))

    def delete_current(self) -> None:
        """Delete the metric whose definition row is selected, with its values."""
        row = self.definitions.currentRow()
        if 0 <= row < len(self.doc.journey.metrics):
            ge.delete_metrics(self.doc, [self.doc.journey.metrics[row].id])


class MetricsGridActions(QObject):
    """Map ▸ Metrics grid… and its dock, in one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        # The grid is built when the dock first shows: it starts hidden.
        self.dock = LazyDock(tr("MetricsGrid", "Metrics grid"), window, lambda: MetricsGrid(window.doc))
        self.dock.setObjectName("metrics-grid")
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.open_action = QAction(tr("MetricsGrid", "Metrics &grid…"), window)
        self.open_action.setStatusTip(tr("MetricsGrid", "Type metric definitions and values by hand"))
        self.open_action.triggered.connect(lambda _c=False: (self.dock.show(), self.dock.raise_()))
        window.map_menu.addAction(self.open_action)

    @property
    def grid(self) -> MetricsGrid:
        """The grid in the dock (built on first use)."""
        return self.dock.content()
