"""Number formats of an OpenDocument sheet's first rows (percent, currency, date, duration). No Qt.

calamine gives .ods cells as plain values (0.125, 1234.5); the cell's value type says what the
user saw (12,5 %, 1 234,50 €). The types are mapped to the Excel-style codes the importer's
guessing already understands, so .ods columns are honoured exactly like .xlsx ones.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile

_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_VALUE_TYPE = f"{{{_OFFICE}}}value-type"
_CURRENCY = f"{{{_OFFICE}}}currency"
_NAME = f"{{{_TABLE}}}name"
_COLS_REPEATED = f"{{{_TABLE}}}number-columns-repeated"
_ROWS_REPEATED = f"{{{_TABLE}}}number-rows-repeated"
_TABLE_TAG = f"{{{_TABLE}}}table"
_ROW_TAG = f"{{{_TABLE}}}table-row"
_CELL_TAGS = (f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell")
MAX_COLUMNS = 1024  # formats are only sampled: a row repeated to 16,384 columns is not walked
_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹", "RUB": "₽"}


def format_code(value_type: str, currency: str = "") -> str | None:
    """The Excel-style format code for an OpenDocument value type (None: nothing to say)."""
    if value_type == "percentage":
        return "0.0%"
    if value_type == "currency":
        symbol = _SYMBOLS.get(currency.upper(), currency) or "¤"
        return f'"{symbol}"#,##0.00' if len(symbol) == 1 else f"[${symbol}]#,##0.00"
    if value_type == "time":
        return "[h]:mm:ss"
    if value_type == "date":
        return "yyyy-mm-dd"
    return None


def peek_ods_formats(
    archive: zipfile.ZipFile, sheet: str, first_row: int, first_column: int, sample_rows: int
) -> dict[tuple[int, int], str]:
    """Formats of the sheet's first ``sample_rows`` rows, keyed in Table coordinates."""
    formats: dict[tuple[int, int], str] = {}
    inside = False
    row = -1
    with archive.open("content.xml") as part:
        for event, element in ET.iterparse(part, events=("start", "end")):
            tag = element.tag
            if tag == _TABLE_TAG:
                if event == "start":
                    inside = element.get(_NAME) == sheet
                elif inside:
                    break
                continue
            if not inside:
                if event == "end" and tag == _ROW_TAG:
                    element.clear()
                continue
            if tag == _ROW_TAG and event == "end":
                row += _count(element.get(_ROWS_REPEATED))
                if row - first_row >= sample_rows:
                    break
                _row_formats(element, row, first_row, first_column, formats)
                element.clear()
    return formats


def _row_formats(
    element: ET.Element, row: int, first_row: int, first_column: int, formats: dict[tuple[int, int], str]
) -> None:
    """Record the formats of one row's cells (the last of its repeats stands for all)."""
    if row < first_row:
        return
    column = 0
    for cell in element:
        if cell.tag not in _CELL_TAGS:
            continue
        repeat = _count(cell.get(_COLS_REPEATED))
        code = format_code(cell.get(_VALUE_TYPE, ""), cell.get(_CURRENCY, ""))
        if code is not None:
            for c in range(column, min(column + repeat, MAX_COLUMNS)):
                if c >= first_column:
                    formats[(row - first_row, c - first_column)] = code
        column += repeat
        if column >= MAX_COLUMNS:
            return


def _count(text: str | None) -> int:
    return int(text) if text and text.isdigit() else 1
