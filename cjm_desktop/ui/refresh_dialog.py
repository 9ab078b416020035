"""Refresh metrics: re-read the remembered source, show old → new per stage and metric, apply as one step."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.document import JourneyDocument
from cjm_desktop.document.metric_edits import apply_refresh
from cjm_desktop.i18n import arg, quoted, tr
from cjm_desktop.io.metrics.left_out import left_out_text
from cjm_desktop.io.metrics.metrics_import import (
    Change,
    ImportResult,
    ImportSpecError,
    build_import,
    diff_metrics,
    spec_from_source,
)
from cjm_desktop.io.metrics.metrics_targets import touchpoint_cards
from cjm_desktop.io.sheets.spreadsheet_errors import SpreadsheetError
from cjm_desktop.io.sheets.table import Table
from cjm_desktop.model import Metric, MetricSource
from cjm_desktop.model.metric_format import format_value
from cjm_desktop.model.number_locale import decimal_convention
from cjm_desktop.ui.button_box import tab_as_laid_out
from cjm_desktop.ui.sheet_preview import file_filter
from cjm_desktop.ui.sheet_reading import SheetReading


class RefreshDialog(QDialog):
    """Re-reads the map's metric source in the background and previews the changes before applying."""

    ready = Signal()  # the changes are listed (or a problem is shown): tests wait on one of these
    failed = Signal(str)
    sheet_missing = Signal(list)  # the remembered sheet is gone: the workbook's sheets to choose from

    def __init__(self, doc: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.source: MetricSource | None = copy.deepcopy(doc.journey.metric_source)
        self.result: ImportResult | None = None
        self.changes: list[Change] = []
        self.reading: SheetReading | None = None
        # The sheet the map remembers, and the workbook's first sheet as read while listing its
        # sheets (choosing it then needs no second read).
        self.remembered_sheet = self.source.sheet if self.source else ""
        self.first_sheet: tuple[list[str], Table] | None = None
        self.asked_sheet: str | None = None  # the sheet the running read asked for (None: the first)
        self.setWindowTitle(tr("RefreshDialog", "Refresh metrics"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                tr("RefreshDialog", "Stage"),
                tr("RefreshDialog", "Metric"),
                tr("RefreshDialog", "Before"),
                tr("RefreshDialog", "After"),
                tr("RefreshDialog", "Change"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # Shown only when the remembered sheet is gone (renamed in Excel, or a workbook exported in
        # another language): the user picks the sheet to refresh from, remembered on Apply.
        self.sheet_combo = QComboBox()
        self.sheet_combo.setPlaceholderText(tr("RefreshDialog", "Choose a sheet…"))
        self.sheet_combo.activated.connect(lambda index: self.choose_sheet(self.sheet_combo.itemText(index)))
        self.sheet_row = QWidget()
        form = QFormLayout(self.sheet_row)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("RefreshDialog", "&Sheet:"), self.sheet_combo)
        self.sheet_row.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            tr("RefreshDialog", "&Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setEnabled(False)
        self.locate_button = QPushButton(tr("RefreshDialog", "&Locate…"))
        self.buttons.addButton(self.locate_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.locate_button.hide()
        self.locate_button.clicked.connect(self.locate)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.message)
        box.addWidget(self.sheet_row)
        box.addWidget(self.table, 1)
        box.addWidget(self.buttons)
        tab_as_laid_out(self.buttons)  # once in the dialog: reparenting remakes the chain
        self.resize(720, 480)

    def start(self) -> None:
        """Read the source (call once the dialog's signals are connected)."""
        if self.source is None:
            self._problem(
                tr("RefreshDialog", "This map has no metrics source yet. Use Map ▸ Import metrics… first."),
                locate=False,
            )
            return
        path = self._path()
        if not path.is_file():
            self._problem(
                tr(
                    "RefreshDialog",
                    "The source file was not found:\n%s\n\nIt may have been moved, renamed or deleted. "
                    "Locate it to refresh from its new place.",
                )
                % path
            )
            return
        self.sheet_row.hide()  # a located file has sheets of its own
        self.first_sheet = None
        self._read(self.source.sheet or None)

    def choose_sheet(self, name: str) -> None:
        """Refresh from sheet NAME of the workbook instead of the remembered one (kept on Apply)."""
        if self.source is None or not name:
            return
        self.source.sheet = name
        if self.first_sheet is not None and self.first_sheet[1].sheet == name:
            self._loaded(*self.first_sheet)
        else:
            self._read(name)

    def _path(self) -> Path:
        assert self.source is not None
        return Path(self.source.file_path(self.doc.path.parent if self.doc.path else None))

    def _read(self, sheet: str | None, listing: bool = False) -> None:
        """Read SHEET of the source (None: the first one); LISTING: only to learn the sheets' names."""
        assert self.source is not None
        path = self._path()
        self.message.setText(tr("RefreshDialog", "Reading %s…") % path.name)
        self.result, self.changes = None, []  # nothing stale to apply while this sheet is read
        self.table.setRowCount(0)
        self.apply_button.setEnabled(False)
        if self.reading is not None:
            self.reading.stop()
        journey = self.doc.journey
        options = {  # read as the import did: its decimal and encoding choices, the map's locale
            "encoding": self.source.encoding or None,
            "decimal": self.source.decimal or None,
            "default_decimal": decimal_convention(journey.number_locale) if journey.number_locale else None,
            "stage_names": [stage.name for stage in journey.stages],
        }
        self.asked_sheet = sheet
        self.reading = SheetReading(self, path, sheet, options).start()
        self.reading.finished.connect(self._listed if listing else self._loaded)
        self.reading.failed.connect(self._read_failed)

    def locate(self) -> None:
        """Pick the moved source file and read it instead."""
        start = str(Path(self.source.path).parent) if self.source else ""
        path, _ = QFileDialog.getOpenFileName(
            self, tr("RefreshDialog", "Locate the metrics source"), start, file_filter()
        )
        if path and self.source is not None:
            self.source.path = path
            self.start()

    def _problem(self, text: str, locate: bool = True) -> None:
        self.message.setText(text)
        self.table.setRowCount(0)
        self.apply_button.setEnabled(False)
        self.locate_button.setVisible(locate)
        self.failed.emit(text)

    def _read_failed(self, error: Exception) -> None:
        self.reading = None
        if (
            isinstance(error, SpreadsheetError)
            and error.kind == "missing"
            and self.asked_sheet  # (never again for the first sheet: that would read forever)
            and self._path().is_file()  # the file is there: its sheet is not
        ):
            self._read(None, listing=True)
            return
        problem = error.problem if isinstance(error, SpreadsheetError) else str(error)
        self._problem(
            tr("RefreshDialog", "The source could not be read: %s\n%s") % (self.source.path, problem)
        )

    def _listed(self, names: list[str], table: Table) -> None:
        """The remembered sheet is gone: say so and offer the workbook's sheets."""
        self.reading = None
        assert self.source is not None
        self.first_sheet = (names, table)
        text = arg(
            tr(
                "RefreshDialog",
                "The sheet %1 was not found in\n%2\n\nIt may have been renamed, or the workbook exported in "
                "another language. Choose the sheet to refresh from:",
            ),
            quoted(self.source.sheet),
            self._path(),
        )
        self.message.setText(text)  # not `failed`: the user can go on by choosing a sheet
        self.locate_button.hide()
        self.sheet_combo.clear()
        self.sheet_combo.addItems(names)
        self.sheet_combo.setCurrentIndex(-1)  # the placeholder: a guess could silently read the wrong data
        self.sheet_row.show()
        self.sheet_missing.emit(list(names))
        if len(names) == 1:  # nothing to choose between
            self.sheet_combo.setCurrentIndex(0)
            self.choose_sheet(names[0])
        else:
            self.sheet_combo.setFocus()

    def _loaded(self, _names: list[str], table: Table) -> None:
        self.reading = None
        journey = self.doc.journey
        try:
            spec = spec_from_source(self.source, table, journey.stages)
            result = build_import(
                table, spec, journey.stages, journey.metrics, touchpoint_cards(journey), journey.personas
            )
        except ImportSpecError as error:
            if (
                not self.sheet_row.isHidden()
            ):  # a sheet the user chose: another one may fit, another file won't help
                text = tr(
                    "RefreshDialog", "The sheet %1 does not fit this map's import: %2\nChoose another sheet."
                )
                self._problem(arg(text, quoted(self.source.sheet), error), locate=False)
                return
            self._problem(
                tr("RefreshDialog", "The source has changed and no longer fits the import: %s\n%s")
                % (self.source.path, error)
            )
            return
        if result.unmatched:
            self._problem(
                tr(
                    "RefreshDialog",
                    "The source now has stages that match no stage of the map: %s.\n"
                    "Use Map ▸ Import metrics… to assign them.",
                )
                % ", ".join(result.unmatched),
                locate=False,
            )
            return
        self.result = result
        self.source.stage_mapping.update(result.stage_mapping)
        self.changes = diff_metrics(journey.metric_values, result)
        self._show_changes()
        self.ready.emit()

    def _show_changes(self) -> None:
        assert self.result is not None
        metrics = {m.id: m for m in (*self.doc.journey.metrics, *self.result.metrics)}
        stages = {s.id: s.name for s in (*self.doc.journey.stages, *self.result.new_stages)}
        self.table.setRowCount(len(self.changes))
        kinds = {
            "added": tr("RefreshDialog", "added"),
            "removed": tr("RefreshDialog", "removed"),
            "changed": tr("RefreshDialog", "changed"),
        }
        cards = {c.id: c.text for c in self.doc.journey.cards}
        personas = {p.id: p.name for p in self.doc.journey.personas}
        for row, change in enumerate(self.changes):
            metric = metrics.get(change.metric_id, Metric(change.metric_id, change.metric_id))
            # Where the value sits: the stage, and the touchpoint and persona it belongs to, if any.
            where = [stages.get(change.stage_id, change.stage_id)]
            where += [cards.get(change.card_id, change.card_id)] if change.card_id else []
            where += [personas.get(change.persona_id, change.persona_id)] if change.persona_id else []
            cells = (
                " · ".join(where),
                metric.name,
                _shown(metric, change.old, self.doc.journey.number_locale),
                _shown(metric, change.new, self.doc.journey.number_locale),
                kinds[change.kind],
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        new_metrics = [
            m.name for m in self.result.metrics if m.id not in {x.id for x in self.doc.journey.metrics}
        ]
        lines = [
            # Worded so one number reads right whatever it is ("1 values change" did not).
            tr("RefreshDialog", "Values to update from %s: %d.")
            % (Path(self.source.path).name, len(self.changes))
            if self.changes
            else tr("RefreshDialog", "The metrics are up to date: nothing changed in %s.")
            % Path(self.source.path).name
        ]
        if new_metrics:
            lines.append(tr("RefreshDialog", "New metrics: %s.") % ", ".join(new_metrics))
        if self.source.sheet != self.remembered_sheet and self.remembered_sheet:
            lines.append(
                arg(
                    tr("RefreshDialog", "%1 has no sheet %2 any more: read from %3, which Apply remembers."),
                    Path(self.source.path).name,
                    quoted(self.remembered_sheet),
                    quoted(self.source.sheet),
                )
            )
        if self.result.skipped:
            lines.append(
                tr("RefreshDialog", "Left out: %s.")
                % "; ".join(left_out_text(why, n) for why, n in self.result.skipped.items())
            )
        self.message.setText("\n".join(lines))
        self.locate_button.hide()
        self.apply_button.setEnabled(
            bool(self.changes)
            or bool(new_metrics)
            or self.source.path != (self.doc.journey.metric_source or self.source).path
            or self.source.sheet != self.remembered_sheet
        )

    def accept(self) -> None:
        if self.result is not None:
            try:
                apply_refresh(self.doc, self.result, self.source)
            except Exception as error:  # noqa: BLE001 - accept() is a Qt virtual: report, never raise
                self._problem(
                    tr("RefreshDialog", "The metrics could not be refreshed; the map is unchanged.\n%s")
                    % error,
                    locate=False,
                )
                return
        super().accept()

    def reject(self) -> None:
        if self.reading is not None:
            self.reading.stop()
            self.reading = None
        super().reject()


def _shown(metric: Metric, value: float | None, locale: str) -> str:
    return "–" if value is None else format_value(metric, value, locale)
