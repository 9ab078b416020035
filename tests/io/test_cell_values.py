"""What a cell counts as in the column guesses, and as a number."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

import pytest

from cjm_desktop.io.metrics.cell_values import cell_kind, number_of


@pytest.mark.parametrize(
    ("value", "kind", "number"),
    [
        (12.5, "number", 12.5),
        (-0.0, "number", 0.0),
        (math.nan, "text", None),
        (math.inf, "text", None),
        (7, "number", 7.0),
        (True, "text", None),
        (date(2024, 1, 31), "date", None),
        (datetime(2024, 1, 31, 8, 0), "date", None),
        (timedelta(seconds=90), "number", 90.0),
        ("1 234,5", "number", None),  # a text number reads one way only once its column is settled
        ("Awareness", "text", None),
        ("2024-01-31", "date", None),
    ],
)
def test_cell_kind_and_number(value: object, kind: str, number: float | None) -> None:
    assert cell_kind(value) == kind
    if number is not None:
        assert number_of(value) == number
