"""How the reader process sends rows to the editor: a column of dates travels as day numbers.

Pickling a ``datetime.date`` costs a reduce call and a class reference per cell, about three times
a number: a 100,000-row sheet with a date column spent most of its pickling there. Only plain
values cross the pipe, so the editor's restricted unpickler needs no new type.
"""

from __future__ import annotations

import pickle
from datetime import date
from operator import itemgetter
from typing import Any


def pack_rows(rows: list[list[Any]]) -> tuple[tuple[int, ...], list[list[Any]]]:
    """(columns sent as day numbers, the rows changed in place): columns that hold a date in every row."""
    if not rows:
        return (), rows
    width = min(map(len, rows))  # a column past a short row is not in every row
    columns = []
    for j in range(width):
        if type(rows[-1][j]) is not date:
            continue
        column = list(map(itemgetter(j), rows))  # C-speed: types and day numbers without a Python loop
        if set(map(type, column)) == {date}:
            columns.append(j)
            for row, day in zip(rows, map(date.toordinal, column), strict=True):
                row[j] = day
    return tuple(columns), rows


def unpack_rows(columns: tuple[int, ...], rows: list[list[Any]]) -> list[list[Any]]:
    """The rows as read: day numbers back to dates (in place); UnpicklingError for anything malformed."""
    try:
        for j in columns:
            for row, day in zip(rows, list(map(date.fromordinal, map(itemgetter(j), rows))), strict=True):
                row[j] = day
    except (TypeError, ValueError, IndexError, OverflowError) as error:
        raise pickle.UnpicklingError(f"malformed rows: {error}") from None
    return rows
