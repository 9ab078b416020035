"""The metrics import wizard: file and sheet, header and layout, metrics, stage matching, then one undo step.

Every guess (header row, layout, columns, each metric's format and direction, stage matches) is
pre-set from the spreadsheet core and can be changed. Reading runs off the GUI thread. Nothing is
applied until Finish, which is disabled while any sheet stage still needs a decision; a failed
import shows why and leaves the map as it was.
"""

from __future__ import annotations

import math
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from cjm_desktop.document import JourneyDocument
from cjm_desktop.document.metric_edits import apply_import
from cjm_desktop.i18n import arg, tr, tr_noop
from cjm_desktop.io.metrics.import_summary import summarize, summary_lines
from cjm_desktop.io.metrics.left_out import unmatched_lines
from cjm_desktop.io.metrics.metrics_import import (
    AGGREGATES,
    NEW_STAGE,
    ImportResult,
    ImportSpec,
    ImportSpecError,
    build_import,
    column_names,
    match_stages,
    sheet_stage_names,
    source_from_spec,
    suggest_spec,
)
from cjm_desktop.io.metrics.metrics_targets import touchpoint_cards
from cjm_desktop.io.sheets.spreadsheet_errors import SpreadsheetError
from cjm_desktop.io.sheets.table import Table
from cjm_desktop.model import Journey
from cjm_desktop.ui.reading_options import ReadingOptions
from cjm_desktop.ui.sheet_preview import PREVIEW_ROWS, PreviewModel, file_filter
from cjm_desktop.ui.sheet_reading import SheetReading

FORMATS = ("number", "percent", "currency", "duration")
CHOOSE = None  # stage combo data: no decision yet


def table_summary(table: Table) -> str:
    """What was read: its rows and columns (each count its own plural form) and, for text, how."""
    text = arg(
        tr("SourcePage", "%1 × %2 read from “%3”."),
        tr("SourcePage", "%n rows", None, len(table.rows)),
        tr("SourcePage", "%n columns", None, table.width),
        table.sheet,
    )
    if table.encoding:
        names = {"\t": tr("SourcePage", "Tab"), " ": tr("SourcePage", "Space")}
        text += " " + tr("SourcePage", "Text file: encoding %s, delimiter “%s”.") % (
            table.encoding,
            names.get(table.delimiter, table.delimiter),
        )
    return text


class SourcePage(QWizardPage):
    """Step 1: the file and the sheet."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("SourcePage", "Spreadsheet"))
        self.setSubTitle(
            tr(
                "SourcePage",
                "Pick an Excel, LibreOffice or CSV file exported from analytics, CRM or survey tools.",
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(tr("SourcePage", "Spreadsheet file"))
        self.path_edit.setPlaceholderText(tr("SourcePage", "Path to a .xlsx, .xls, .ods, .csv … file"))
        self.path_edit.editingFinished.connect(self._path_entered)
        browse = QPushButton(tr("SourcePage", "Bro&wse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.sheet_combo = QComboBox()
        self.sheet_combo.activated.connect(
            lambda _i: self.w.load(self.path_edit.text(), self.sheet_combo.currentText(), keep_options=True)
        )
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.options = ReadingOptions()
        self.options.changed.connect(
            lambda: self.w.load(self.path_edit.text(), self.sheet_combo.currentText(), keep_options=True)
        )
        form = QFormLayout()
        # Every label has an Alt letter, unique on the page with the wizard's buttons (a test checks
        # each language); a row holding a layout needs its buddy set by hand.
        file_label = QLabel(tr("SourcePage", "F&ile:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        form.addRow(tr("SourcePage", "&Sheet:"), self.sheet_combo)
        # The wrapping texts below the form sit in a box layout: a form row spanning a widget whose
        # labels wrap kept one line's height, so a two-line "Text as read" in Hungarian was cut.
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.info)
        box.addWidget(self.options)
        box.addStretch(1)

    def browse(self) -> None:
        """Ask for a file and read it."""
        path, _ = QFileDialog.getOpenFileName(
            self, tr("SourcePage", "Import metrics"), self.path_edit.text(), file_filter()
        )
        if path:
            self.path_edit.setText(path)
            self.w.load(path)

    def _path_entered(self) -> None:
        text = self.path_edit.text().strip()
        if text and (self.w.table is None or Path(text) != self.w.table.path):
            self.w.load(text)

    def show_table(self, names: list[str], table: Table) -> None:
        """The sheet list and what was read."""
        self.sheet_combo.clear()
        self.sheet_combo.addItems(names)
        self.sheet_combo.setCurrentText(table.sheet)
        self.info.setText(table_summary(table))
        self.completeChanged.emit()

    def show_error(self, message: str) -> None:
        """Why the file could not be read."""
        self.info.setText(f"<b>{tr('SourcePage', 'Could not read this file.')}</b><br>{message}")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.w.table is not None and not self.options.undecided  # never a guessed number


class LayoutPage(QWizardPage):
    """Step 2: header row, layout and the stage / date / metric columns, over a preview."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("LayoutPage", "Layout"))
        self.setSubTitle(
            tr(
                "LayoutPage",
                "Check the header row and how the sheet is laid out. The bold row is the header.",
            )
        )
        self.header_spin = QSpinBox()
        self.header_spin.setSpecialValueText(tr("LayoutPage", "No header row"))
        self.header_spin.valueChanged.connect(self._header_changed)
        self.layout_group = QButtonGroup(self)
        radios = QHBoxLayout()
        for key, text in (
            ("rows", tr("LayoutPage", "One row per stage")),
            ("columns", tr("LayoutPage", "One column per stage")),
            ("long", tr("LayoutPage", "Stage, metric, value rows")),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"layout-{key}")
            button.setProperty("layout", key)
            self.layout_group.addButton(button)
            radios.addWidget(button)
        self.layout_group.buttonClicked.connect(self._layout_changed)
        self.stage_combo, self.date_combo = QComboBox(), QComboBox()
        self.metric_combo, self.value_combo = QComboBox(), QComboBox()
        # Optional: values onto a touchpoint card named in the row's stage, and/or per persona.
        self.touchpoint_combo, self.persona_combo = QComboBox(), QComboBox()
        self.touchpoint_combo.setObjectName("touchpoint-column")
        self.persona_combo.setObjectName("persona-column")
        self.aggregate_combo = QComboBox()
        self.aggregate_combo.addItem(tr("LayoutPage", "Per metric (sum for counts, mean otherwise)"), "")
        for name in AGGREGATES:
            self.aggregate_combo.addItem(tr("MetricsPage", CHOICES.get(name, name)), name)
        self.preview = QTableView()
        self.preview.setAccessibleName(tr("LayoutPage", "Sheet preview"))
        self.preview.verticalHeader().setDefaultSectionSize(22)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c53030")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("LayoutPage", "&Header row:"), self.header_spin)
        layout_label = QLabel(tr("LayoutPage", "&Layout:"))
        layout_label.setBuddy(self.layout_group.buttons()[0])  # then the arrow keys pick a layout
        form.addRow(layout_label, radios)
        form.addRow(tr("LayoutPage", "&Stage column:"), self.stage_combo)
        form.addRow(tr("LayoutPage", "&Metric name column:"), self.metric_combo)
        form.addRow(tr("LayoutPage", "&Value column:"), self.value_combo)
        form.addRow(tr("LayoutPage", "&Date column:"), self.date_combo)
        form.addRow(tr("LayoutPage", "&Touchpoint column:"), self.touchpoint_combo)
        form.addRow(tr("LayoutPage", "&Persona or segment column:"), self.persona_combo)
        form.addRow(tr("LayoutPage", "Several &rows per stage:"), self.aggregate_combo)
        self.form = form
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.preview, 1)
        box.addWidget(self.error)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        table = self.w.table
        assert table is not None
        self.header_spin.blockSignals(True)
        self.header_spin.setRange(table.first_row, table.first_row + min(len(table.rows), PREVIEW_ROWS))
        self.header_spin.setValue(
            table.first_row + self.w.spec.header_row + 1 if self.w.spec.header_row >= 0 else table.first_row
        )
        self.header_spin.blockSignals(False)
        self._show_spec()

    def _header_changed(self, value: int) -> None:
        table = self.w.table
        header = -1 if value == table.first_row else value - 1 - table.first_row
        self.w.spec = suggest_spec(table, self.w.doc.journey.stages, header_row=header)
        self._show_spec()

    def _layout_changed(self) -> None:
        layout = self.layout_group.checkedButton().property("layout")
        if layout == self.w.spec.layout:
            return
        # Guessing again for the chosen layout fills its columns; the header row is kept.
        spec = suggest_spec(self.w.table, self.w.doc.journey.stages, header_row=self.w.spec.header_row)
        if spec.layout != layout:
            from cjm_desktop.io.metrics.columns import guess_long_columns, guess_stage_column

            stages = [s.name for s in self.w.doc.journey.stages]
            spec.layout = layout
            spec.stage_column = (
                None
                if layout == "columns"
                else guess_stage_column(self.w.table, spec.header_row, stages, exclude={spec.date_column})
            )
            if layout == "long":
                spec.metric_column, spec.value_column = guess_long_columns(
                    self.w.table, spec.header_row, spec.stage_column, spec.date_column
                )
        self.w.spec = spec
        self._show_spec()

    def _show_spec(self) -> None:
        spec, table = self.w.spec, self.w.table
        names = column_names(table, spec.header_row)
        for button in self.layout_group.buttons():
            button.setChecked(button.property("layout") == spec.layout)
        for combo, ref, optional in (
            (self.stage_combo, spec.stage_column, False),
            (self.metric_combo, spec.metric_column, False),
            (self.value_combo, spec.value_column, False),
            (self.date_combo, spec.date_column, True),
            (self.touchpoint_combo, spec.touchpoint_column, True),
            (self.persona_combo, spec.persona_column, True),
        ):
            combo.clear()
            if optional or combo is self.metric_combo:
                combo.addItem(tr("LayoutPage", "(none)"), None)
            for column, name in enumerate(names):
                combo.addItem(name, column)
            combo.setCurrentIndex(
                max(combo.findData(ref) if isinstance(ref, int) else combo.findText(str(ref)), 0)
                if ref is not None
                else 0
            )
        self.form.setRowVisible(self.stage_combo, spec.layout != "columns")
        self.form.setRowVisible(self.metric_combo, spec.layout != "rows")
        self.form.setRowVisible(self.value_combo, spec.layout == "long")
        self.form.setRowVisible(self.touchpoint_combo, spec.layout != "columns")
        self.form.setRowVisible(self.persona_combo, spec.layout != "columns")
        self.preview.setModel(PreviewModel(table, spec.header_row))
        self.error.clear()

    def apply_to_spec(self) -> ImportSpec:
        """The spec with the columns chosen here."""
        spec = self.w.spec
        spec.stage_column = self.stage_combo.currentData() if spec.layout != "columns" else None
        spec.metric_column = self.metric_combo.currentData() if spec.layout != "rows" else None
        spec.value_column = self.value_combo.currentData() if spec.layout == "long" else None
        spec.date_column = self.date_combo.currentData()
        spec.touchpoint_column = self.touchpoint_combo.currentData() if spec.layout != "columns" else None
        spec.persona_column = self.persona_combo.currentData() if spec.layout != "columns" else None
        spec.aggregate = self.aggregate_combo.currentData()
        return spec

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        spec = self.apply_to_spec()
        try:
            result = build_import(self.w.table, spec, *_targets_of(self.w.doc.journey))
        except ImportSpecError as error:
            self.error.setText(str(error))
            return False
        if not result.metrics:
            self.error.setText(
                tr("LayoutPage", "No column with numbers was found: check the header row and the layout.")
            )
            return False
        self.w.draft = result
        return True


class MetricsPage(QWizardPage):
    """Step 3: each metric's name, unit, format, direction, target and aggregate."""

    COLUMNS = (
        tr_noop("MetricsPage", "Metric"),
        tr_noop("MetricsPage", "Unit"),
        tr_noop("MetricsPage", "Format"),
        tr_noop("MetricsPage", "Better when"),
        tr_noop("MetricsPage", "Target"),
        tr_noop("MetricsPage", "Aggregate"),
    )

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("MetricsPage", "Metrics"))
        self.setSubTitle(
            tr(
                "MetricsPage",
                "Guessed from the column names and cell formats. Untick a metric to leave it out. "
                "Targets are typed as shown (40 for 40 %, seconds for durations).",
            )
        )
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setAccessibleName(tr("MetricsPage", "Metrics to import"))
        self.table.setHorizontalHeaderLabels([tr("MetricsPage", c) for c in self.COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        QVBoxLayout(self).addWidget(self.table)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        metrics = self.w.draft.metrics
        self.table.setRowCount(len(metrics))
        for row, metric in enumerate(metrics):
            name = QTableWidgetItem(metric.name)
            name.setData(Qt.ItemDataRole.UserRole, metric.name)  # the column it came from
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(metric.unit))
            self.table.setCellWidget(row, 2, _combo(FORMATS, metric.format))
            self.table.setCellWidget(
                row, 3, _combo(("higher", "lower"), "higher" if metric.higher_is_better else "lower")
            )
            target = (
                ""
                if metric.target is None
                else f"{metric.target * (100 if metric.format == 'percent' else 1):g}"
            )
            self.table.setItem(row, 4, QTableWidgetItem(target))
            self.table.setCellWidget(row, 5, _combo(AGGREGATES, metric.aggregate))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(4, max(self.table.columnWidth(4), 90))  # room to type a target

    def choices(self) -> list[dict]:
        """Per metric row: source name, included, and the user's settings."""
        result = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, 0)
            fmt = self.table.cellWidget(row, 2).currentData()
            result.append(
                {
                    "source": name.data(Qt.ItemDataRole.UserRole),
                    "include": name.checkState() == Qt.CheckState.Checked,
                    "name": name.text().strip() or name.data(Qt.ItemDataRole.UserRole),
                    "unit": self.table.item(row, 1).text().strip(),
                    "format": fmt,
                    "higher_is_better": self.table.cellWidget(row, 3).currentData() == "higher",
                    "target": _parse_target(self.table.item(row, 4).text(), fmt),
                    "aggregate": self.table.cellWidget(row, 5).currentData(),
                }
            )
        return result

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        choices = self.choices()
        bad = [c["name"] for c in choices if isinstance(c["target"], str)]
        if bad:
            QMessageBox.warning(
                self,
                tr("MetricsPage", "Import metrics"),
                tr("MetricsPage", "The target of %s is not a number.") % ", ".join(bad),
            )
            return False
        if not any(c["include"] for c in choices):
            QMessageBox.warning(
                self,
                tr("MetricsPage", "Import metrics"),
                tr("MetricsPage", "Tick at least one metric to import."),
            )
            return False
        return True


class StagesPage(QWizardPage):
    """Step 4: every sheet stage goes to a map stage, a new stage, or is skipped on purpose."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("StagesPage", "Stages"))
        self.setSubTitle(
            tr(
                "StagesPage",
                "Stage names were matched ignoring case, accents and spacing. "
                "Decide what happens to the ones that match no stage of the map.",
            )
        )
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(tr("StagesPage", "Sheet stages and map stages"))
        self.table.setHorizontalHeaderLabels(
            [tr("StagesPage", "In the spreadsheet"), tr("StagesPage", "On the map")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(self.table)
        box.addWidget(self.summary)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        stages = self.w.doc.journey.stages
        names = sheet_stage_names(self.w.table, self.w.spec)
        matched = match_stages(names, stages)
        waiting = self.w.draft.unmatched_rows
        self.table.setRowCount(len(names))
        for row, name in enumerate(names):
            label = (
                name
                if name in matched.matched
                else arg(tr("StagesPage", "%1 (%n rows, no match)", None, waiting.get(name, 0)), name)
            )
            item = QTableWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            combo = QComboBox()
            if name not in matched.matched:
                combo.addItem(tr("StagesPage", "— choose —"), CHOOSE)
            for stage in stages:
                combo.addItem(stage.name, stage.id)
            combo.addItem(tr("StagesPage", "Create new stage “%s”") % name, NEW_STAGE)
            combo.addItem(tr("StagesPage", "Skip these rows"), "")
            current = self.w.spec.stage_mapping.get(name, matched.matched.get(name, CHOOSE))
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(row, 1, combo)
        self._changed()

    def mapping(self) -> dict[str, str | None]:
        """Sheet name -> stage id, NEW_STAGE, "" (skip) or None (undecided)."""
        return {
            self.table.item(r, 0).data(Qt.ItemDataRole.UserRole): self.table.cellWidget(r, 1).currentData()
            for r in range(self.table.rowCount())
        }

    def _changed(self) -> None:
        undecided = [name for name, target in self.mapping().items() if target is CHOOSE]
        lines = []
        if undecided:
            lines.append(tr("StagesPage", "<b>Still to decide:</b> %s") % ", ".join(undecided))
        if self.w.draft.unmatched_targets:  # the touchpoint and persona names that matched nothing
            lines.append(
                tr("StagesPage", "Matched nothing: %s")
                % "; ".join(unmatched_lines(self.w.draft.unmatched_targets))
            )
        if not undecided:
            lines.append(tr("StagesPage", "Every sheet stage has a place on the map."))
        # What was read: encoding, each metric's format and decimal mark, rows used, cells left out.
        lines += [escape(line) for line in summary_lines(summarize(self.w.table, self.w.draft))]
        self.summary.setText("<br>".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return all(target is not CHOOSE for target in self.mapping().values())


class ImportWizard(QWizard):
    """Import metrics from a spreadsheet onto a map's stages, as one undoable step."""

    table_loaded = Signal()  # a sheet was read (or failed: load_failed); tests and the pages wait on it
    load_failed = Signal(str)
    imported = Signal()

    def __init__(
        self, doc: JourneyDocument, parent: QWidget | None = None, path: str | Path | None = None
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.table: Table | None = None
        self.spec = ImportSpec()
        self.draft = ImportResult()
        self.reading: SheetReading | None = None
        self.setWindowTitle(tr("ImportWizard", "Import metrics"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.source_page, self.layout_page = SourcePage(self), LayoutPage(self)
        self.metrics_page, self.stages_page = MetricsPage(self), StagesPage(self)
        for page in (self.source_page, self.layout_page, self.metrics_page, self.stages_page):
            self.addPage(page)
        self.resize(900, 640)
        if path:
            self.source_page.path_edit.setText(str(path))
            self.load(path)

    def load(self, path: str | Path, sheet: str | None = None, keep_options: bool = False) -> None:
        """Read a file's sheet in the background; the pages update when it arrives."""
        if self.reading is not None:
            self.reading.stop()
        if not keep_options:
            self.source_page.options.reset()
        self.table = None
        self.source_page.completeChanged.emit()
        options = self.source_page.options.read_options(self.doc.journey)
        self.reading = SheetReading(self, path, sheet or None, options).start()
        self.reading.finished.connect(self._loaded)
        self.reading.failed.connect(self._failed)

    def _loaded(self, names: list[str], table: Table) -> None:
        self.reading = None
        self.table = table
        self.spec = suggest_spec(table, self.doc.journey.stages)
        self.source_page.options.show_table(table, self.spec)
        self.source_page.show_table(names, table)
        self.table_loaded.emit()

    def _failed(self, error: Exception) -> None:
        self.reading = None
        message = error.problem if isinstance(error, SpreadsheetError) else str(error)
        if getattr(error, "kind", "") == "cancelled":
            message = tr("ImportWizard", "Reading was cancelled.")
        self.source_page.show_error(message)
        self.load_failed.emit(message)

    def final_result(self) -> tuple[ImportSpec, ImportResult]:
        """Build the import with every choice made in the wizard (raises ImportSpecError)."""
        spec = self.spec
        choices = self.metrics_page.choices()
        spec.aggregates = {c["source"]: c["aggregate"] for c in choices}
        spec.stage_mapping = {
            name: target for name, target in self.stages_page.mapping().items() if target is not CHOOSE
        }
        result = build_import(self.table, spec, *_targets_of(self.doc.journey))
        by_source = {c["source"]: c for c in choices}
        kept, dropped = [], set()
        for metric in result.metrics:
            choice = by_source.get(metric.name)
            if choice is not None and not choice["include"]:
                dropped.add(metric.id)
                continue
            if choice is not None:
                metric.name, metric.unit, metric.format = choice["name"], choice["unit"], choice["format"]
                metric.higher_is_better, metric.target = choice["higher_is_better"], choice["target"]
            kept.append(metric)
        result.metrics = kept
        result.values = [v for v in result.values if v.metric_id not in dropped]
        return spec, result

    def accept(self) -> None:
        try:
            spec, result = self.final_result()
            source = source_from_spec(self.table, spec, result)
            options = self.source_page.options.read_options(self.doc.journey)
            source.decimal, source.encoding = options["decimal"] or "", options["encoding"] or ""
            apply_import(self.doc, result, source)
        except Exception as error:  # noqa: BLE001 - accept() is a Qt virtual: report, never raise
            QMessageBox.critical(
                self,
                tr("ImportWizard", "Import metrics"),
                tr("ImportWizard", "The metrics could not be imported; the map is unchanged.\n\n%s") % error,
            )
            return
        self.imported.emit()
        super().accept()

    def reject(self) -> None:
        if self.reading is not None:
            self.reading.stop()
            self.reading = None
        super().reject()


# What the metric combos show for the importer's values (which stay as they are, as item data).
CHOICES = {
    "number": tr_noop("MetricsPage", "number"),
    "percent": tr_noop("MetricsPage", "percent"),
    "currency": tr_noop("MetricsPage", "currency"),
    "duration": tr_noop("MetricsPage", "duration"),
    "higher": tr_noop("MetricsPage", "higher"),
    "lower": tr_noop("MetricsPage", "lower"),
    "sum": tr_noop("MetricsPage", "sum"),
    "mean": tr_noop("MetricsPage", "mean"),
    "median": tr_noop("MetricsPage", "median"),
    "min": tr_noop("MetricsPage", "min"),
    "max": tr_noop("MetricsPage", "max"),
    "last": tr_noop("MetricsPage", "last"),
    "count": tr_noop("MetricsPage", "count"),
}


def _targets_of(journey: Journey) -> tuple:
    """build_import's map arguments: stages, metrics, touchpoint cards and personas."""
    return journey.stages, journey.metrics, touchpoint_cards(journey), journey.personas


def _combo(items: tuple[str, ...], current: str) -> QComboBox:
    combo = QComboBox()
    for value in items:
        combo.addItem(tr("MetricsPage", CHOICES.get(value, value)), value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _parse_target(text: str, fmt: str) -> float | None | str:
    """A typed target in stored units (percent as a fraction); the text itself when it is not a number."""
    cleaned = text.strip().replace("%", "").replace(",", ".").strip()
    if not cleaned:
        return None
    try:
        number = float(cleaned)
    except ValueError:
        return text
    if not math.isfinite(number):
        return text
    return number / 100 if fmt == "percent" else number
