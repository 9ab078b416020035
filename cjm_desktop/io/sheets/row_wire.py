"""How the reader process sends rows to the editor: a column of dates travels as day numbers.

Pickling a ``datetime.date`` costs a reduce call and a class reference per cell, about three times
a number: a 100,000-row sheet with a date column spent most of its pickling there. Only plain
values cross the pipe, so the editor's restricted unpickler needs no new type.
"""

from __future__ import annotations

import pickle
from datetime import date
from typing import Any


def pack_rows(rows: list[list[Any]]) -> tuple[tuple[int, ...], list[list[Any]]]:
    """(columns sent as day numbers, the rows changed in place): columns that hold a date in every row."""
    if not rows:
        return (), rows
    columns = tuple(
        j
        for j, value in enumerate(rows[-1])
        if type(value) is date and all(len(row) > j and type(row[j]) is date for row in rows)
    )
    for j in columns:
        for row in rows:
            row[j] = row[j].toordinal()
    return columns, rows


def unpack_rows(columns: tuple[int, ...], rows: list[list[Any]]) -> list[list[Any]]:
    """The rows as read: day numbers back to dates (in place); UnpicklingError for anything malformed."""
    from_ordinal = date.fromordinal
    try:
        for j in columns:
            for row in rows:
                row[j] = from_ordinal(row[j])
    except (TypeError, ValueError, IndexError, OverflowError) as error:
        raise pickle.UnpicklingError(f"malformed rows: {error}") from None
    return rows
