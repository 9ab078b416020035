"""Rows cross from the reader process to the editor unchanged: dates, date-times, blanks, ragged rows."""

from __future__ import annotations

import copy
import pickle
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from cjm_desktop.io.sheets.guarded_read import read_guarded
from cjm_desktop.io.sheets.row_wire import pack_rows, unpack_rows
from cjm_desktop.io.sheets.spreadsheet_reader import read_sheet


def _through_the_pipe(rows: list[list]) -> list[list]:
    return unpack_rows(*pickle.loads(pickle.dumps(pack_rows(copy.deepcopy(rows)))))


def test_a_date_column_travels_as_day_numbers_and_comes_back_as_dates() -> None:
    rows = [
        [date(2024, 1, 1) + (date(2024, 1, 2) - date(2024, 1, 1)) * i, "Awareness", 3.5] for i in range(50)
    ]
    columns, packed = pack_rows(copy.deepcopy(rows))
    assert columns == (0,) and isinstance(packed[0][0], int)
    back = _through_the_pipe(rows)
    assert back == rows and all(type(row[0]) is date for row in back)


@pytest.mark.parametrize(
    "rows",
    [
        [["Date", "Stage"], [date(2024, 1, 1), "A"]],  # a header above the dates
        [[date(2024, 1, 1), "A"], [None, "B"]],  # a blank date
        [[datetime(2024, 1, 1, 9, 30), "A"], [datetime(2024, 1, 2, 18, 0), "B"]],  # times kept
        [[date(2024, 1, 1)], [date(2024, 1, 2), "longer row"], []],  # ragged rows
        [],
    ],
)
def test_mixed_columns_travel_as_they_are(rows: list[list]) -> None:
    back = _through_the_pipe(rows)
    assert back == rows
    assert [[type(v) for v in row] for row in back] == [[type(v) for v in row] for row in rows]


def test_malformed_day_numbers_are_refused_as_unpickling_errors() -> None:
    with pytest.raises(pickle.UnpicklingError):
        unpack_rows((3,), [[1, 2]])
    with pytest.raises(pickle.UnpicklingError):
        unpack_rows((0,), [["not a day"]])


def test_a_guarded_read_of_many_dated_rows_equals_a_direct_read(tmp_path: Path) -> None:
    """More rows than one chunk, so whole chunks of dates take the compact form."""
    path = tmp_path / "dated.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Date", "Stage", "Sessions"])
    for i in range(6500):
        sheet.append([date(2020, 1, 1).fromordinal(date(2020, 1, 1).toordinal() + i), "Purchase", i * 1.5])
    book.save(path)
    names, guarded = read_guarded(path)
    direct = read_sheet(path)
    assert names == ["Sheet"]
    assert guarded.rows == direct.rows
    assert all(type(row[0]) is date for row in guarded.rows[1:])
