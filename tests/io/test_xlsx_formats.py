"""The .xlsx number-format peek on its own: Table coordinates, the row sample, built-in format ids."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl

from cjm_desktop.io.sheets.xlsx_formats import peek_xlsx_formats, xlsx_sheet_parts


def _offset_workbook(path: Path) -> Path:
    """Cells from C3 down (two blank rows, two blank columns), a percent and a built-in date column."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Metrics"
    sheet.cell(row=3, column=3, value="Stage")
    for row in range(4, 10):
        sheet.cell(row=row, column=3, value=f"S{row}")
        sheet.cell(row=row, column=4, value=row / 100).number_format = "0.0%"
        sheet.cell(row=row, column=5, value=row).number_format = "mm-dd-yy"  # built-in id 14
    book.create_sheet("Empty")
    book.save(path)
    return path


def test_the_peek_keys_formats_in_table_coordinates_and_stops_at_the_sample(tmp_path: Path) -> None:
    with zipfile.ZipFile(_offset_workbook(tmp_path / "f.xlsx")) as archive:
        parts, styles = xlsx_sheet_parts(archive)
        assert set(parts) == {"Metrics", "Empty"}
        formats = peek_xlsx_formats(archive, parts["Metrics"], styles, 2, 2, sample_rows=3)
    # Sheet rows 3..5 (0-based 2..4) are the sample; the header row has only General.
    assert formats == {(r, c): code for r in (1, 2) for c, code in ((1, "0.0%"), (2, "mm-dd-yy"))}


def test_a_package_without_styles_gives_no_formats(tmp_path: Path) -> None:
    with zipfile.ZipFile(_offset_workbook(tmp_path / "f.xlsx")) as archive:
        parts, _styles = xlsx_sheet_parts(archive)
        assert peek_xlsx_formats(archive, parts["Metrics"], "xl/missing.xml", 2, 2, sample_rows=50) == {}
