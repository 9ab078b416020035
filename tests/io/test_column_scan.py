"""column_scan: each column's texts, and calamine's blank ("") cells made None, column by column."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cjm_desktop.io.sheets.column_scan import HEAD_ROWS, scan_columns
from cjm_desktop.io.sheets.number_text import settle_numbers
from cjm_desktop.io.sheets.spreadsheet_reader import read_sheet

ROWS = HEAD_ROWS + 40  # past the head rows, so the column checks (not the row-by-row look) decide


def _sheet() -> list[list[object]]:
    rows: list[list[object]] = [["Stage", "Visits", "Note", "Day"]]
    for i in range(1, ROWS):
        rows.append(
            ["Awareness" if i % 2 else "Purchase", float(i), "ok" if i % 3 else "", date(2024, 1, 1 + i % 28)]
        )
    return rows


def test_blanks_become_none_where_they_are_and_nowhere_else() -> None:
    rows = _sheet()
    rows[HEAD_ROWS + 5][1] = ""  # a blank among numbers
    rows[3][0] = ""  # a blank in the head rows
    rows[-1][3] = ""  # a blank among dates
    texts = scan_columns(rows)
    assert texts == [{"Stage", "Awareness", "Purchase"}, {"Visits"}, {"Note", "ok"}, {"Day"}]
    assert rows[HEAD_ROWS + 5][1] is None and rows[3][0] is None and rows[-1][3] is None
    assert all(row[2] is None for i, row in enumerate(rows) if i and i % 3 == 0)
    assert "" not in {cell for row in rows for cell in row}
    assert rows[HEAD_ROWS + 6][1] == float(HEAD_ROWS + 6)  # the column's numbers stay numbers


def test_short_rows_are_scanned_one_by_one() -> None:
    rows = _sheet()
    rows[HEAD_ROWS + 2] = ["Purchase", ""]  # a short row with a blank
    rows[HEAD_ROWS + 3] = ["", 7.0, "12,5"]
    texts = scan_columns(rows)
    assert rows[HEAD_ROWS + 2] == ["Purchase", None] and rows[HEAD_ROWS + 3][0] is None
    assert "12,5" in texts[2] and "" not in texts[0] | texts[1] | texts[2]


def test_a_column_of_numbers_has_no_texts_and_is_left_alone() -> None:
    rows = [[float(i), i] for i in range(ROWS)]
    before = [list(row) for row in rows]
    assert scan_columns(rows) == [set(), set()] and rows == before


@pytest.mark.parametrize("blank_first", [True, False])
def test_settling_reads_text_numbers_beside_blanks(blank_first: bool) -> None:
    """Blanks are no evidence for a decimal mark and never become numbers (0 would be a wrong number)."""
    rows: list[list[object]] = [["Revenue"]] + [["1 234,5"] if i % 2 else [""] for i in range(ROWS)]
    if blank_first:
        rows[1] = [""]
    (info,) = settle_numbers(rows)
    values = [row[0] for row in rows[1:]]
    assert set(values) == {1234.5, None} and info.decimal == "comma"


def test_an_xlsx_with_blank_cells_reads_them_as_none(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Stage", "Visits", "Note"])
    for i in range(1, ROWS):
        sheet.append(["Awareness", None if i == HEAD_ROWS + 4 else i * 1.5, None if i % 2 else "x"])
    path = tmp_path / "blanks.xlsx"
    book.save(path)
    table = read_sheet(path)
    assert table.rows[HEAD_ROWS + 4][1] is None and table.rows[HEAD_ROWS + 5][1] == (HEAD_ROWS + 5) * 1.5
    assert [row[2] for row in table.rows[1:5]] == [None, "x", None, "x"]
    assert "" not in {cell for row in table.rows for cell in row}
