"""Legacy .xls number formats: read through the guarded child, and never the reason a read fails.

The fixtures are tests/data/locales/*-typed.xls (LibreOffice-written, see make_fixtures.py).
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
import xlrd
from hypothesis import given, settings
from hypothesis import strategies as st

from cjm_desktop.io.sheets import xls_formats
from cjm_desktop.io.sheets.guarded_read import read_guarded
from cjm_desktop.io.sheets.spreadsheet_reader import read_sheet

FI_XLS = Path(__file__).resolve().parents[1] / "data" / "locales" / "fi-typed.xls"
FI_FORMATS = [None, "#,##0", "0.0%", "#,##0.00\\ [$€-40B]", "0.0", "d\\.m\\.yyyy", "[h]:mm:ss"]


def test_the_guarded_reader_brings_the_xls_formats_back() -> None:
    # The child answers on stdout: xlrd must not write its warnings there.
    names, table = read_guarded(FI_XLS)
    assert names == ["Metrics"]
    assert table.number_formats == FI_FORMATS
    assert table.rows[1][1:5] == [12500, 0.125, 1234.5, -12.5]


def test_the_sample_stops_at_its_row_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cjm_desktop.io.sheets.spreadsheet_reader.FORMAT_SAMPLE_ROWS", 2)
    table = read_sheet(FI_XLS)
    assert {row for row, _column in table.cell_formats} == {1}  # the header row has only General


def test_an_xls_whose_formats_cannot_be_read_still_imports(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise xlrd.XLRDError("Unsupported format, or corrupt file")

    monkeypatch.setattr(xlrd, "open_workbook", broken)
    table = read_sheet(FI_XLS)
    assert table.rows[1][1:5] == [12500, 0.125, 1234.5, -12.5]
    assert table.cell_formats == {} and table.number_formats[:5] == [None] * 5


def _record(opcode: int, payload: bytes) -> bytes:
    return struct.pack("<HH", opcode, len(payload)) + payload


def test_the_record_walk_reads_number_and_mulrk_cells_in_table_coordinates() -> None:
    codes = [None, "0.0%", "[h]:mm:ss"]
    stream = b"".join(
        [
            _record(0x0809, b"\0" * 16),  # BOF
            _record(0x0203, struct.pack("<HHHd", 3, 2, 1, 0.125)),  # NUMBER at C4, percent
            _record(0x00BD, struct.pack("<HHHiHiH", 4, 1, 2, 0, 1, 0, 2)),  # MULRK B5:C5
            _record(0x0203, struct.pack("<HHHd", 9, 2, 1, 0.5)),  # past the sample: not read
            _record(0x000A, b""),  # EOF
        ]
    )
    found = xls_formats._walk(stream, 0, codes, first_row=3, first_column=1, end_row=5)
    assert found == {(0, 1): "0.0%", (1, 0): "[h]:mm:ss", (1, 1): "0.0%"}


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_the_record_walk_never_fails_on_damaged_bytes(stream: bytes) -> None:
    found = xls_formats._walk(stream, 0, [None, "0%"], 0, 0, 50)
    assert set(found.values()) <= {"0%"}


def test_formats_of_a_later_sheet_land_on_its_table_cells_when_it_starts_at_c3() -> None:
    table = read_sheet(FI_XLS.with_name("offset-second-sheet.xls"), "Offset")
    assert (table.first_row, table.first_column) == (2, 2)
    assert table.rows == [["Stage", "Bounce rate"], ["Awareness", 0.25], ["Purchase", 0.5]]
    assert table.cell_formats == {(1, 1): "0.00%", (2, 1): "0.00%"}
    assert table.number_formats == [None, "0.00%"]
