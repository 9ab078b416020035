"""Cells as values: numbers (text numbers, durations, percentages), dates, display names, kinds."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

import numpy as np

from cjm_desktop.io.sheets.number_text import read_number_text
from cjm_desktop.io.sheets.spreadsheet_text import parse_text_cell

_ISO = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?\Z")
_MONTH = re.compile(r"\d{4}-\d{2}\Z|\d{4}-[Ww]\d{2}\Z|\d{4}\Z")
_DAY_MONTH = re.compile(r"(\d{1,2})([./])(\d{1,2})\2(\d{4})\Z")


def display_name(value: object) -> str:
    """A cell as the name a user would read: 12.0 -> '12', a date -> '2024-01-31', None -> ''."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


def to_numbers(values: Sequence[object]) -> tuple[np.ndarray, np.ndarray]:
    """Values as floats (NaN for blanks and non-numbers) and a mask of the non-number cells."""
    if set(map(type, values)) <= {float, int, type(None)}:
        return np.array(values, dtype=float).reshape(len(values)), np.zeros(len(values), dtype=bool)
    numbers = np.full(len(values), np.nan)
    bad = np.zeros(len(values), dtype=bool)
    for i, value in enumerate(values):
        number = number_of(value)
        if number is None:
            bad[i] = value is not None
        else:
            numbers[i] = number
    return numbers, bad


def number_of(value: object) -> float | None:
    """A cell as a number: durations in seconds, '12.5%' as 0.125; None when it is not a number."""
    if isinstance(value, str):
        value, _fmt = parse_text_cell(value)
    if isinstance(value, bool) or value is None:
        return None
    if type(value) is float:  # the usual cell: math's test costs a tenth of numpy's on a scalar
        return value if math.isfinite(value) else None
    if isinstance(value, int | float):
        return float(value) if np.isfinite(value) else None
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, time):
        return value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
    return None


def date_key(value: object, day_first: bool = True) -> str | None:
    """A date cell as an ISO string ('2024-01-31', '2024-01', '2024'); None if it is not a date."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        number = int(value)  # analytics exports write days as 20240131
        if 19000101 <= number <= 21001231:
            return _iso(number // 10000, number // 100 % 100, number % 100)
        return str(number) if 1900 <= number <= 2100 else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if match := _ISO.match(text):
        return _iso(*(int(g) for g in match.groups()))
    if _MONTH.match(text):
        return text.upper() if "w" in text.lower() else text
    if match := _DAY_MONTH.match(text):
        a, _sep, b, year = match.groups()
        day, month = (int(a), int(b)) if day_first or _sep == "." else (int(b), int(a))
        return _iso(int(year), month, day)
    if text.isdigit() and len(text) == 8:
        return date_key(int(text))
    return None


def date_codes(raw: Sequence[object]) -> tuple[np.ndarray, list[str]]:
    """Each cell's index into the sorted distinct ISO dates (-1: blank or unreadable), and those dates."""
    distinct = list(dict.fromkeys(raw))
    slashed = [m.groups() for v in distinct if isinstance(v, str) and (m := _DAY_MONTH.match(v.strip()))]
    # 03/04/2024 is ambiguous: a number above 12 anywhere in the column settles the order; day first
    # (most of the world) when nothing does.
    firsts = [int(a) for a, sep, _b, _y in slashed if sep == "/"]
    seconds = [int(b) for _a, sep, b, _y in slashed if sep == "/"]
    day_first = any(n > 12 for n in firsts) or not any(n > 12 for n in seconds)
    keys = {value: date_key(value, day_first) for value in distinct}
    iso = sorted({k for k in keys.values() if k is not None})
    index = {k: i for i, k in enumerate(iso)}
    lookup = {value: index[k] if k is not None else -1 for value, k in keys.items()}
    return np.fromiter(map(lookup.__getitem__, raw), dtype=np.int64, count=len(raw)), iso  # C-speed


def cell_kind(value: object) -> str:
    """'number', 'date' or 'text': what a cell holds, as the column guesses count it."""
    if type(value) is float:  # most cells: what number_of says of a float, without the type tests
        return "number" if math.isfinite(value) else "text"
    if isinstance(value, date | datetime):
        return "date"
    if isinstance(value, str):
        if date_key(value) is not None and not value.strip().isdigit():
            return "date"
        # A cell that reads two ways (12.500) is still a number: which one is asked, never guessed.
        return "number" if number_of(value) is not None or read_number_text(value) else "text"
    return "number" if number_of(value) is not None else "text"


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
