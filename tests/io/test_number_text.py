"""Text numbers in every convention: cell readings, per-column decisions, and the property that a
number written in any convention parses back to itself or is reported as ambiguous, never wrong."""

from __future__ import annotations

import math
import os
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjm_desktop.io.sheets.number_text import (
    BY_CHOICE,
    BY_COLUMN,
    BY_DEFAULT,
    BY_FILE,
    COMMA,
    DOT,
    UNDECIDED,
    read_number_text,
    settle_numbers,
)

NBSP, NNBSP, MINUS = "\u00a0", "\u202f", "\u2212"


@pytest.mark.parametrize(
    ("text", "kind", "dot", "comma"),
    [
        ("870", "same", 870, 870),
        ("12.500", "both", 12.5, 12500),
        ("1,045", "both", 1045, 1.045),
        ("12,5", COMMA, None, 12.5),
        ("1.234,5", COMMA, None, 1234.5),
        ("1,234.5", DOT, 1234.5, None),
        (f"12{NBSP}500", "same", 12500, 12500),
        (f"1{NNBSP}234,50 €", COMMA, None, 1234.5),
        ("1 235 Ft", "same", 1235, 1235),
        ("1.234,50 lei", COMMA, None, 1234.5),
        ("EUR 12,50", COMMA, None, 12.5),
        ("1'234.5", DOT, 1234.5, None),
        ("12,5 %", COMMA, None, 0.125),
        ("12.5%", DOT, 0.125, None),
        (f"{MINUS}12,5", COMMA, None, -12.5),
        ("(1.234,5)", COMMA, None, -1234.5),
        ("0,5-", COMMA, None, -0.5),
        ("-€5", "same", -5, -5),
        ("€-5.25", DOT, -5.25, None),
        ("1.000.000", COMMA, None, 1000000),
        ("1,000,000", DOT, 1000000, None),
        ("0.500", DOT, 0.5, None),
    ],
)
def test_cell_readings(text: str, kind: str, dot: float | None, comma: float | None) -> None:
    reading = read_number_text(text)
    assert reading is not None and reading.kind == kind
    assert (reading.dot, reading.comma) == (dot, comma) or (
        math.isclose(reading.dot or 0, dot or 0) and math.isclose(reading.comma or 0, comma or 0)
    )


@pytest.mark.parametrize(
    "text",
    ["00123", "n/a", "Awareness", "12 50", "1.23.4", "1,2,3", "--5", "€", "12 €€", "2024-01-31", "1 2345"],
)
def test_text_that_is_not_a_number(text: str) -> None:
    assert read_number_text(text) is None


def test_currency_and_percent_formats() -> None:
    assert read_number_text("12,5 %").number_format == "0.0%"  # type: ignore[union-attr]
    assert read_number_text("1 234,50 €").number_format == '"€"#,##0.00'  # type: ignore[union-attr]
    assert read_number_text("1 235 Ft").number_format == "[$Ft]#,##0.00"  # type: ignore[union-attr]


def test_a_column_decides_from_its_own_cells_then_from_the_file() -> None:
    rows = [["Visits", "Revenue"], ["12.500", "1.234,50"], ["870", "99,90"]]
    visits, revenue = settle_numbers(rows)
    assert (revenue.decimal, revenue.source) == (COMMA, BY_COLUMN)
    assert (visits.decimal, visits.source) == (COMMA, BY_FILE)  # the other column settles the file
    assert rows[1:] == [["12.500" and 12500, 1234.5], [870, 99.9]]


def test_an_unsettled_column_stays_text_and_is_reported_with_both_readings() -> None:
    rows = [["Visits"], ["12.500"], ["1.045"], ["870"]]
    (visits,) = settle_numbers(rows)
    assert visits.source == UNDECIDED and visits.undecided
    assert visits.ambiguous_text == "12.500" and visits.readings == (12.5, 12500)
    assert rows[1:] == [["12.500"], ["1.045"], [870]]  # nothing guessed; 870 is 870 either way


def test_a_choice_settles_and_a_default_only_fills_in() -> None:
    rows = [["Visits"], ["12.500"], ["870"]]
    (visits,) = settle_numbers(rows, decimal=DOT)
    assert (visits.source, rows[1][0]) == (BY_CHOICE, 12.5)
    rows = [["Visits"], ["12.500"], ["870"]]
    (visits,) = settle_numbers(rows, default=COMMA)
    assert (visits.source, rows[1][0]) == (BY_DEFAULT, 12500)
    rows = [["Rate"], ["12.5"], ["1.045"]]  # the column's own 12.5 wins over the map's default
    (rate,) = settle_numbers(rows, default=COMMA)
    assert (rate.source, rows[2][0]) == (BY_COLUMN, 1.045)


def test_a_file_with_both_conventions_does_not_settle_other_columns() -> None:
    rows = [["A", "B", "C"], ["1,5", "2.5", "12.500"]]
    a, b, c = settle_numbers(rows)
    assert (a.decimal, b.decimal, c.source) == (COMMA, DOT, UNDECIDED)


@pytest.mark.parametrize("first", [0.5, 10**400, True, None], ids=["float", "huge int", "bool", "blank"])
def test_a_text_number_deep_in_a_column_of_real_numbers_is_found(first: object) -> None:
    # Whatever the column's other cells are (numbers that add up, an int no float holds, a
    # blank), one text cell far below the head rows is read.
    rows: list[list[object]] = [["Stage", "Visits"]] + [["S", float(i)] for i in range(5000)]
    rows[40][1], rows[4000][1] = first, "1 234,5"
    (stage, visits) = settle_numbers(rows)  # type: ignore[arg-type]
    assert rows[4000][1] == 1234.5 and (visits.decimal, visits.text_numbers) == (COMMA, 1)
    assert rows[40][1] == first and stage.text_numbers == 0


# ---- the property ----------------------------------------------------------------------------------
CONVENTIONS = {
    DOT: (".", [",", " ", NBSP, NNBSP, "'"]),
    COMMA: (",", [".", " ", NBSP, NNBSP, "'"]),
}


def write(number: Decimal, decimal: str, group: str | None, style: str, affix: str) -> str:
    """A number as a tool in that convention writes it."""
    mark, _groups = CONVENTIONS[decimal]
    whole, _, fraction = f"{abs(number):f}".partition(".")
    if group is not None:
        digits = whole
        parts = []
        while len(digits) > 3:
            parts.insert(0, digits[-3:])
            digits = digits[:-3]
        whole = group.join([digits, *parts])
    text = whole + (mark + fraction if fraction else "")
    if affix:
        text = f"{text} {affix}" if affix != "$" else f"${text}"
    if number < 0:
        text = {"minus": f"-{text}", "sign": f"{MINUS}{text}", "paren": f"({text})", "trail": f"{text}-"}[
            style
        ]
    return text


numbers = st.decimals(min_value=-(10**9), max_value=10**9, places=3, allow_nan=False, allow_infinity=False)


@settings(max_examples=400, deadline=None)
@given(
    number=numbers,
    decimal=st.sampled_from([DOT, COMMA]),
    group_index=st.integers(-1, 4),
    style=st.sampled_from(["minus", "sign", "paren", "trail"]),
    affix=st.sampled_from(["", "€", "EUR", "Ft", "lei", "kr", "$"]),
)
def test_any_number_in_any_convention_reads_back_or_is_ambiguous(
    number: Decimal, decimal: str, group_index: int, style: str, affix: str
) -> None:
    number = number.normalize() if number != 0 else Decimal(0)
    if number == number.to_integral_value():
        number = number.quantize(Decimal(1))
    group = None if group_index < 0 else CONVENTIONS[decimal][1][group_index]
    text = write(number, decimal, group, style, affix)
    reading = read_number_text(text)
    assert reading is not None, text
    expected = float(number)
    assert math.isclose(reading.value(decimal), expected, rel_tol=1e-12, abs_tol=1e-12), text
    unforced = reading.value(None)  # what is read without a choice: right, or nothing
    assert unforced is None or math.isclose(unforced, expected, rel_tol=1e-12, abs_tol=1e-12), text
    # A column of such numbers: settled right, or reported as undecided with the cell left as text.
    rows = [["Value"], [text], [write(Decimal(7), decimal, group, style, affix)]]
    (info,) = settle_numbers(rows)
    if info.undecided:
        assert rows[1][0] == text
    else:
        assert math.isclose(rows[1][0], expected, rel_tol=1e-12, abs_tol=1e-12), text


def test_the_grouping_named_is_the_one_most_cells_use() -> None:
    rows = [["1 234,5"], ["2 345,5"], ["3\u202f456,5"]]
    (info,) = settle_numbers(rows)
    assert rows == [[1234.5], [2345.5], [3456.5]]
    assert info.thousands == " "


MIXED_GROUPING = """
from cjm_desktop.io.sheets.number_text import settle_numbers
print(repr(settle_numbers([["1 234,5"], ["3\\u202f456,5"], ["5\\u00a0678,5"]])[0].thousands))
"""


def test_the_grouping_named_for_a_mixed_column_does_not_change_between_runs() -> None:
    # The texts are gathered in a set, whose order changes with the hash seed of each run.
    import subprocess
    import sys

    named = {
        subprocess.run(
            [sys.executable, "-c", MIXED_GROUPING],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert named == {repr(" ") + "\n"}
