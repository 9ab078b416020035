"""The shape of a metrics table: header row, column roles, layouts, numbers, dates, aggregation.

Helpers for metrics_import; pure Python and numpy, no Qt. Guessing looks at a sample of rows
(SAMPLE_ROWS) so it stays instant on 100,000-row sheets; converting and aggregating work on whole
columns at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from operator import itemgetter
from typing import TYPE_CHECKING

import numpy as np

from cjm_desktop.io.metrics_guess import is_known_metric, normalize_name
from cjm_desktop.io.number_text import read_number_text
from cjm_desktop.io.spreadsheet_reader import Table
from cjm_desktop.io.spreadsheet_text import parse_text_cell

if TYPE_CHECKING:
    from cjm_desktop.io.metrics_import import ImportSpec

SAMPLE_ROWS = 500
HEADER_SCAN_ROWS = 30
STAGE_WORDS = {
    "stage",
    "stages",
    "journey stage",
    "step",
    "phase",
    "etape",
    "etapa",
    "fase",
    "stufe",
    "stadium",
}
METRIC_WORDS = {
    "metric",
    "metrics",
    "metric name",
    "kpi",
    "kpis",
    "measure",
    "measures",
    "indicator",
    "indicators",
    "variable",
    "kennzahl",
    "indicateur",
    "metrica",
}
VALUE_WORDS = {"value", "values", "amount", "result", "wert", "valeur", "valor"}
DATE_WORDS = {
    "date",
    "day",
    "week",
    "month",
    "period",
    "year",
    "datum",
    "fecha",
    "data",
    "jour",
    "mois",
    "timestamp",
    "date time",
}
NO_METRIC = "rows with no metric name"
NO_NUMBERS = "columns without any numbers"
_ISO = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?\Z")
_MONTH = re.compile(r"\d{4}-\d{2}\Z|\d{4}-[Ww]\d{2}\Z|\d{4}\Z")
_DAY_MONTH = re.compile(r"(\d{1,2})([./])(\d{1,2})\2(\d{4})\Z")


class ImportSpecError(ValueError):
    """The import settings do not fit the table; ``str()`` says what to change."""


@dataclass
class Observations:
    """One metric's raw cells: stage, optional date and value per observation, with source rows."""

    name: str
    number_format: str | None
    stages: Sequence[object]
    dates: Sequence[object] | None
    values: Sequence[object]
    rows: np.ndarray  # index in Table.rows of each observation
    columns: Sequence[int] | int | None = None  # column of each value (one int: all the same)


@dataclass
class ColumnProfile:
    """What kinds of value a column holds, counted over the sampled rows."""

    numbers: int = 0
    dates: int = 0
    texts: int = 0
    distinct: dict[str, None] = field(default_factory=dict)  # text values, first seen first

    @property
    def filled(self) -> int:
        """Non-blank cells."""
        return self.numbers + self.dates + self.texts

    @property
    def is_numeric(self) -> bool:
        """Mostly numbers (or durations)."""
        return self.numbers > 0 and self.numbers * 2 >= self.filled

    @property
    def is_text(self) -> bool:
        """Mostly text."""
        return self.texts > 0 and self.texts * 2 >= self.filled

    @property
    def is_date(self) -> bool:
        """Mostly dates."""
        return self.dates > 0 and self.dates * 5 >= self.filled * 3


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


def column_names(table: Table, header_row: int) -> list[str]:
    """A unique name per column: the header text, or 'Column C' where there is none."""
    header = table.rows[header_row] if 0 <= header_row < len(table.rows) else []
    names: list[str] = []
    seen: dict[str, int] = {}
    for column in range(table.width):
        name = display_name(header[column] if column < len(header) else None)
        name = name or f"Column {table.column_letter(column)}"
        key = normalize_name(name)
        seen[key] = seen.get(key, 0) + 1
        names.append(name if seen[key] == 1 else f"{name} ({seen[key]})")
    return names


def detect_header_row(rows: Sequence[Sequence[object]], scan: int = HEADER_SCAN_ROWS) -> int:
    """Index of the header row: the first wide row of text labels (title lines above are skipped).

    Returns -1 when the first wide row already holds data (numbers, dates): the sheet has no header.
    """
    sample = [[v for v in row if v is not None] for row in rows[:scan]]
    width = max((len(cells) for cells in sample), default=0)
    need = 1 if width <= 1 else max(2, (width + 1) // 2)
    wide = [(i, cells) for i, cells in enumerate(sample) if len(cells) >= need]
    for position, (index, cells) in enumerate(wide):
        share = _text_share(cells)
        if share == 1.0:
            return index
        following = wide[position + 1][1] if position + 1 < len(wide) else None
        if share >= 0.5 and (following is None or _text_share(following) < share):
            return index
        return -1
    return 0


def profile_columns(table: Table, header_row: int, sample: int = SAMPLE_ROWS) -> list[ColumnProfile]:
    """Per column: how many numbers, dates and texts the first ``sample`` data rows hold."""
    profiles = [ColumnProfile() for _ in range(table.width)]
    for row in table.rows[header_row + 1 : header_row + 1 + sample]:
        for column, value in enumerate(row):
            if value is None:
                continue
            profile, kind = profiles[column], _kind(value)
            if kind == "number":
                profile.numbers += 1
            elif kind == "date":
                profile.dates += 1
            else:
                profile.texts += 1
                if len(profile.distinct) < 1000:
                    profile.distinct.setdefault(display_name(value))
    return profiles


def guess_date_column(table: Table, header_row: int) -> int | None:
    """The column of dates, if any: real dates, or a date-named column of 20240131 / '2024-01' values."""
    profiles = profile_columns(table, header_row)
    for column, profile in enumerate(profiles):
        if profile.is_date:
            return column
    names = column_names(table, header_row)
    for column, name in enumerate(names):
        if normalize_name(name) in DATE_WORDS:
            values = [
                r[column]
                for r in table.rows[header_row + 1 : header_row + 1 + SAMPLE_ROWS]
                if column < len(r) and r[column] is not None
            ]
            keys = [date_key(v) for v in values]
            if values and sum(k is not None for k in keys) * 5 >= len(values) * 3:
                return column
    return None


def guess_stage_column(
    table: Table, header_row: int, stage_names: Iterable[str], exclude: Iterable[int | None] = ()
) -> int | None:
    """The text column whose values best match the map's stage names (or that is called 'Stage')."""
    wanted = {normalize_name(name) for name in stage_names}
    names = column_names(table, header_row)
    best, best_score = None, (0, False, 0)
    for column, profile in enumerate(profile_columns(table, header_row)):
        if column in set(exclude) or not profile.is_text:
            continue
        hits = len({normalize_name(v) for v in profile.distinct} & wanted)
        score = (hits, normalize_name(names[column]) in STAGE_WORDS, -column)
        if best is None or score > best_score:
            best, best_score = column, score
    return best


def guess_layout(table: Table, header_row: int, stage_names: Iterable[str]) -> str:
    """'columns' when stage names head the columns, 'long' for stage/metric/value rows, else 'rows'."""
    wanted = {normalize_name(name) for name in stage_names}
    names = column_names(table, header_row)
    in_header = sum(normalize_name(name) in wanted for name in names) if header_row >= 0 else 0
    if in_header >= min(2, len(wanted)) and in_header:
        return "columns"
    profiles = profile_columns(table, header_row)
    texts = [c for c, p in enumerate(profiles) if p.is_text]
    numbers = [c for c, p in enumerate(profiles) if p.is_numeric]
    if numbers and any(normalize_name(names[c]) in METRIC_WORDS for c in texts):
        return "long"
    if len(numbers) != 1 or len(texts) < 2:
        return "rows"
    # One number column beside two text columns: long only if one of those holds metric names
    # (a "Page" or "Channel" column beside the stages is just another dimension).
    if normalize_name(names[numbers[0]]) in VALUE_WORDS:
        return "long"
    for column in texts:
        distinct = list(profiles[column].distinct)
        if sum(map(is_known_metric, distinct)) * 2 > len(distinct):
            return "long"
    return "rows"


def guess_long_columns(
    table: Table, header_row: int, stage_column: int | None, date_column: int | None
) -> tuple[int | None, int | None]:
    """(metric name column, value column) of a long table."""
    names = [normalize_name(n) for n in column_names(table, header_row)]
    profiles = profile_columns(table, header_row)
    texts = [c for c, p in enumerate(profiles) if p.is_text and c not in (stage_column, date_column)]
    numbers = [c for c, p in enumerate(profiles) if p.is_numeric and c != date_column]
    metric = next((c for c in texts if names[c] in METRIC_WORDS), None)
    if metric is None and texts:
        metric = min(texts, key=lambda c: len(profiles[c].distinct))  # metric names repeat the most
    value = next((c for c in numbers if names[c] in VALUE_WORDS), numbers[0] if numbers else None)
    return metric, value


def resolve_column(ref: int | str | None, names: list[str], what: str) -> int | None:
    """A column index from an index or a header name (compared loosely)."""
    if ref is None or ref == "":
        return None
    if isinstance(ref, int):
        if 0 <= ref < len(names):
            return ref
        raise ImportSpecError(f"the {what} column {ref + 1} is beyond the sheet's {len(names)} columns.")
    for column, name in enumerate(names):
        if normalize_name(name) == normalize_name(ref):
            return column
    listed = ", ".join(names)
    raise ImportSpecError(f"the sheet has no {what} column named '{ref}'. Its columns are: {listed}.")


def rows_layout(
    table: Table,
    data: list[list[object]],
    first: int,
    names: list[str],
    spec: ImportSpec,
    date_col: int | None,
) -> list[Observations]:
    """One stage column and one column per metric."""
    stage_col = resolve_column(spec.stage_column, names, "stage")
    if stage_col is None:
        raise ImportSpecError("choose the column that holds the stage names.")
    if spec.metric_columns is not None:
        metric_cols = [resolve_column(ref, names, "metric") for ref in spec.metric_columns]
    else:
        profiles = profile_columns(table, spec.header_row)
        metric_cols = [c for c, p in enumerate(profiles) if p.is_numeric and c not in (stage_col, date_col)]
    rows = np.arange(first, first + len(data))
    columns = _columns(data, [stage_col, date_col, *metric_cols])
    dates = columns[date_col] if date_col is not None else None
    return [
        Observations(names[c], _format(table, c), columns[stage_col], dates, columns[c], rows, c)
        for c in metric_cols
        if c is not None
    ]


def long_layout(
    table: Table,
    data: list[list[object]],
    first: int,
    names: list[str],
    spec: ImportSpec,
    date_col: int | None,
) -> tuple[list[Observations], dict[str, int]]:
    """One row per stage x metric (x date): stage, metric and value columns."""
    stage_col = resolve_column(spec.stage_column, names, "stage")
    metric_col = resolve_column(spec.metric_column, names, "metric name")
    value_col = resolve_column(spec.value_column, names, "value")
    if stage_col is None or metric_col is None or value_col is None:
        raise ImportSpecError("choose the stage, metric name and value columns.")
    groups, reasons = _group_rows(data, metric_col, [value_col], spec.metric_names)
    observations = []
    for name, indices in groups.items():
        fmt = next(
            (
                table.cell_formats[(first + i, value_col)]
                for i in indices[:50]
                if (first + i, value_col) in table.cell_formats
            ),
            _format(table, value_col),
        )
        observations.append(
            Observations(
                name,
                fmt,
                [_cell(data[i], stage_col) for i in indices],
                None if date_col is None else [_cell(data[i], date_col) for i in indices],
                [_cell(data[i], value_col) for i in indices],
                np.asarray(indices, dtype=np.int64) + first,
                value_col,
            )
        )
    return observations, reasons


def columns_layout(
    table: Table,
    data: list[list[object]],
    first: int,
    names: list[str],
    spec: ImportSpec,
    date_col: int | None,
) -> tuple[list[Observations], dict[str, int]]:
    """One row per metric (x date) and one column per stage, stage names in the header."""
    profiles = profile_columns(table, spec.header_row)
    label_col = resolve_column(spec.metric_column, names, "metric name")
    if label_col is None:
        label_col = next((c for c, p in enumerate(profiles) if p.is_text and c != date_col), 0)
    others = [c for c in range(len(names)) if c not in (label_col, date_col)]
    stage_cols = [c for c in others if profiles[c].is_numeric]
    groups, reasons = _group_rows(data, label_col, stage_cols, spec.metric_names)
    text_only = sum(1 for c in others if profiles[c].filled and not profiles[c].is_numeric)
    if text_only:
        reasons[NO_NUMBERS] = text_only
    observations = []
    for name, indices in groups.items():
        cells = [(i, c) for i in indices for c in stage_cols]
        fmt = next(
            (
                table.cell_formats[(first + i, c)]
                for i, c in cells[:200]
                if (first + i, c) in table.cell_formats
            ),
            None,
        )
        observations.append(
            Observations(
                name,
                fmt,
                [names[c] for _i, c in cells],
                None if date_col is None else [_cell(data[i], date_col) for i, _c in cells],
                [_cell(data[i], c) for i, c in cells],
                np.asarray([i for i, _c in cells], dtype=np.int64) + first,
                [c for _i, c in cells],
            )
        )
    return observations, reasons


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
    return np.fromiter((lookup[v] for v in raw), dtype=np.int64, count=len(raw)), iso


def aggregate(
    keys: np.ndarray, values: np.ndarray, order: np.ndarray, how: str, groups: int
) -> tuple[np.ndarray, np.ndarray]:
    """Aggregate ``values`` per group ``keys`` (0..groups-1): results (NaN when empty) and counts.

    ``order`` ranks values in time for 'last' (dates, or row positions when there are none).
    """
    counts = np.bincount(keys, minlength=groups)[:groups]
    with np.errstate(invalid="ignore", divide="ignore"):
        if how in ("sum", "mean", "count"):
            sums = np.bincount(keys, weights=values, minlength=groups)[:groups]
            result = {"sum": sums, "mean": sums / counts, "count": counts.astype(float)}[how]
            return np.where(counts > 0, result, np.nan), counts
        if how == "last":
            sort = np.lexsort((np.arange(len(keys)), order, keys))
        else:
            sort = np.lexsort((values, keys))
        ordered, grouped = values[sort], keys[sort]
        starts = np.searchsorted(grouped, np.arange(groups), side="left")
        ends = np.searchsorted(grouped, np.arange(groups), side="right")
        filled = ends > starts
        top = np.where(filled, ends - 1, 0)
        low = np.where(filled, starts, 0)
        if how == "min":
            result = ordered[low] if len(ordered) else np.zeros(groups)
        elif how in ("max", "last"):
            result = ordered[top] if len(ordered) else np.zeros(groups)
        elif how == "median":
            lower = np.where(filled, (starts + ends - 1) // 2, 0)
            upper = np.where(filled, (starts + ends) // 2, 0)
            result = (ordered[lower] + ordered[upper]) / 2 if len(ordered) else np.zeros(groups)
        else:
            raise ImportSpecError(f"unknown aggregate '{how}'.")
    return np.where(filled, result, np.nan), counts


def _group_rows(
    data: list[list[object]], label_col: int, value_cols: list[int], wanted: list[str] | None
) -> tuple[dict[str, list[int]], dict[str, int]]:
    """Row indices per metric name (first spelling wins), skipping rows without a name."""
    keep = None if wanted is None else {normalize_name(n) for n in wanted}
    spelled: dict[str, str] = {}
    groups: dict[str, list[int]] = {}
    reasons: dict[str, int] = {}
    for i, row in enumerate(data):
        name = display_name(_cell(row, label_col))
        if not name:
            if any(_cell(row, c) is not None for c in value_cols):
                reasons[NO_METRIC] = reasons.get(NO_METRIC, 0) + 1
            continue
        key = normalize_name(name)
        if keep is None or key in keep:
            groups.setdefault(spelled.setdefault(key, name), []).append(i)
    return groups, reasons


def _columns(data: list[list[object]], wanted: Iterable[int | None]) -> dict[int, list[object]]:
    """The wanted columns of the data rows (blank where a row is short), one list each."""
    columns = {c for c in wanted if c is not None}
    if data and min(map(len, data)) > max(columns, default=-1):
        return {c: list(map(itemgetter(c), data)) for c in columns}  # C-speed for full rows
    return {c: [_cell(row, c) for row in data] for c in columns}


def _cell(row: Sequence[object], column: int | None) -> object:
    return row[column] if column is not None and column < len(row) else None


def _format(table: Table, column: int) -> str | None:
    return table.number_formats[column] if column < len(table.number_formats) else None


def _kind(value: object) -> str:
    if isinstance(value, date | datetime):
        return "date"
    if isinstance(value, str):
        if date_key(value) is not None and not value.strip().isdigit():
            return "date"
        # A cell that reads two ways (12.500) is still a number: which one is asked, never guessed.
        return "number" if number_of(value) is not None or read_number_text(value) else "text"
    return "number" if number_of(value) is not None else "text"


def _text_share(cells: list[object]) -> float:
    return sum(_kind(v) == "text" for v in cells) / len(cells) if cells else 0.0


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
