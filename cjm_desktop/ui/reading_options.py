"""The import wizard's reading options: the text file's encoding (with a live preview) and the
decimal mark, and the columns whose numbers read two ways, shown side by side until the user
chooses. Changing an option re-reads the file (``changed``)."""

from __future__ import annotations

import csv
import io
from html import escape
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from cjm_desktop.i18n import tr
from cjm_desktop.io.metrics.import_summary import needs_choice
from cjm_desktop.io.metrics.metrics_import import ImportSpec, column_names
from cjm_desktop.io.sheets.number_text import COMMA, DOT
from cjm_desktop.io.sheets.table import Table
from cjm_desktop.model import Journey
from cjm_desktop.model.number_locale import decimal_convention

COMMON_ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "cp1250",
    "cp1252",
    "cp1253",
    "iso-8859-2",
    "iso-8859-7",
    "iso-8859-15",
)
PREVIEW_LINES = 3
PREVIEW_BYTES = 16_384  # enough for three lines of any real export


def text_as_read(table: Table) -> list[str]:
    """The text file's first non-blank lines as decoded with the encoding read, cells joined by " · ".

    The file's own text, not the numbers read from it: "12,5%" stays "12,5%" (the cells' Python form,
    "0.125", misled exactly the readers who must judge the encoding and the decimal mark here)."""
    try:
        with table.path.open(encoding=table.encoding, errors="replace", newline="") as file:
            head = file.read(PREVIEW_BYTES)
    except (OSError, LookupError):
        return []
    rows = csv.reader(io.StringIO(head.removeprefix("\ufeff")), delimiter=table.delimiter or ",")
    lines = []
    for row in rows:
        cells = [cell.strip() for cell in row if cell.strip()]
        if cells:
            lines.append(" · ".join(cells))
        if len(lines) == PREVIEW_LINES:
            break
    return lines


class ReadingOptions(QWidget):
    """Encoding and decimal mark for the next read; ``changed`` asks the wizard to read again."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.encoding = QComboBox()
        self.encoding.setObjectName("encoding")
        self.encoding.activated.connect(lambda _i: self.changed.emit())
        self.decimal = QComboBox()
        self.decimal.setObjectName("decimal")
        self.decimal.addItem(tr("ReadingOptions", "Automatic (from the file, then the map)"), None)
        self.decimal.addItem(tr("ReadingOptions", "Point: 1,234.5"), DOT)
        self.decimal.addItem(tr("ReadingOptions", "Comma: 1.234,5 or 1 234,5"), COMMA)
        self.decimal.activated.connect(lambda _i: self.changed.emit())
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(tr("ReadingOptions", "&Encoding:"), self.encoding)
        self.form.addRow(tr("ReadingOptions", "&Decimal mark:"), self.decimal)
        self.form.addRow(self.preview)
        self.form.addRow(self.notice)
        self.undecided: list[str] = []
        self.detected: str = ""  # the last detection: its encoding and the other likely ones
        self.alternatives: list[str] = []

    def read_options(self, journey: Journey) -> dict[str, Any]:
        """Keyword arguments for read_sheet: the choices, the map's stage names and number locale."""
        return {
            "encoding": self.encoding.currentData() or None,
            "stage_names": [stage.name for stage in journey.stages],
            "decimal": self.decimal.currentData(),
            "default_decimal": decimal_convention(journey.number_locale) if journey.number_locale else None,
        }

    def reset(self) -> None:
        """A new file: detect its encoding again."""
        self.encoding.clear()

    def show_table(self, table: Table, spec: ImportSpec) -> None:
        """The encoding read, a preview of its text, and any column that still needs a choice."""
        self.form.setRowVisible(self.encoding, bool(table.encoding))
        if table.encoding:
            chosen = self.encoding.currentData() or ""
            if not chosen:  # read with detection: remember what it found
                self.detected, self.alternatives = table.encoding, table.encoding_alternatives
            self.encoding.clear()
            self.encoding.addItem(tr("ReadingOptions", "%s (detected)") % self.detected, "")
            for name in dict.fromkeys([*self.alternatives, *COMMON_ENCODINGS]):
                if name != self.detected:
                    self.encoding.addItem(name, name)
            self.encoding.setCurrentIndex(max(self.encoding.findData(chosen), 0))
            lines = text_as_read(table)
            self.preview.setText(tr("ReadingOptions", "Text as read: %s") % escape(" | ".join(lines))[:400])
        else:
            self.preview.setText("")
        names = column_names(table, spec.header_row)
        undecided = needs_choice(table, spec)
        self.undecided = [names[info.column] for info in undecided]
        rows = [
            tr("ReadingOptions", "“%s”: %s is %s with a decimal point, or %s with a decimal comma.")
            % (escape(names[info.column]), escape(info.ambiguous_text), *(info.readings or ("", "")))
            for info in undecided
        ]
        if rows:
            heading = tr("ReadingOptions", "These numbers read two ways; choose the decimal mark above:")
            self.notice.setText(f"<b>{heading}</b><br>" + "<br>".join(rows))
        else:
            self.notice.setText("")
