"""The import wizard's view of a sheet: the file-type filter and a preview of the first rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from cjm_desktop.i18n import tr
from cjm_desktop.io.metrics.metrics_import import display_name
from cjm_desktop.io.sheets.sheet_suffixes import TEXT_SUFFIXES, WORKBOOK_SUFFIXES
from cjm_desktop.io.sheets.table import Table
from cjm_desktop.model.metric_format import decimal_mark

PREVIEW_ROWS = 200


def file_filter() -> str:
    """The file dialog filter for every spreadsheet type the reader opens."""
    patterns = " ".join(f"*{s}" for s in (*WORKBOOK_SUFFIXES, *TEXT_SUFFIXES))
    return ";;".join(
        [
            tr("SheetReading", "Spreadsheets (%s)") % patterns,
            tr("SheetReading", "Excel workbooks (*.xlsx *.xlsm *.xlsb *.xls)"),
            tr("SheetReading", "LibreOffice (*.ods)"),
            tr("SheetReading", "Text tables (*.csv *.tsv *.txt)"),
            tr("SheetReading", "All files (*)"),
        ]
    )


class PreviewModel(QAbstractTableModel):
    """The first rows of a table as text, the header row in bold."""

    def __init__(self, table: Table, header_row: int) -> None:
        super().__init__()
        self.rows = table.rows[:PREVIEW_ROWS]
        self.width, self.header_row, self.first_row = table.width, header_row, table.first_row
        self.letters = [table.column_letter(c) for c in range(table.width)]
        # Percent columns read as 0.544; show them as the spreadsheet app does (54.4 %, fi 54,4 %).
        self.percent = {c for c, fmt in enumerate(table.number_formats) if fmt and "%" in fmt}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.width

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.rows[index.row()]
            value = row[index.column()] if index.column() < len(row) else None
            if isinstance(value, float) and index.row() != self.header_row:
                # In the decimal mark of the user's language: "1234.5" reads as twelve thousand and more
                # to a Greek or Romanian analyst, who is checking here that the file was read right.
                text = f"{value * 100:.1f} %" if index.column() in self.percent else display_name(value)
                return text.replace(".", decimal_mark())
            return display_name(value)
        if role == Qt.ItemDataRole.FontRole and index.row() == self.header_row:
            bold = QFont()
            bold.setBold(True)
            return bold
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.letters[section] if section < len(self.letters) else ""
        return str(self.first_row + section + 1)  # the row number the spreadsheet app shows
