"""The three table layouts (rows, long, columns) turned into each metric's raw observations."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING

import numpy as np

from cjm_desktop.i18n import tr
from cjm_desktop.io.metrics.cell_values import display_name
from cjm_desktop.io.metrics.columns import profile_columns, resolve_column
from cjm_desktop.io.metrics.errors import ImportSpecError
from cjm_desktop.io.metrics.metrics_guess import normalize_name
from cjm_desktop.io.sheets.table import Table

if TYPE_CHECKING:
    from cjm_desktop.io.metrics.metrics_import import ImportSpec

NO_METRIC = "rows with no metric name"
NO_NUMBERS = "columns without any numbers"


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


def rows_layout(
    table: Table,
    data: Sequence[Sequence[object]],
    first: int,
    names: list[str],
    spec: ImportSpec,
    date_col: int | None,
) -> list[Observations]:
    """One stage column and one column per metric."""
    stage_col = resolve_column(spec.stage_column, names, "stage")
    if stage_col is None:
        raise ImportSpecError(tr("ImportSpec", "choose the column that holds the stage names."))
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
    data: Sequence[Sequence[object]],
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
        raise ImportSpecError(tr("ImportSpec", "choose the stage, metric name and value columns."))
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
    data: Sequence[Sequence[object]],
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


def _group_rows(
    data: Sequence[Sequence[object]], label_col: int, value_cols: list[int], wanted: list[str] | None
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


def _columns(data: Sequence[Sequence[object]], wanted: Iterable[int | None]) -> dict[int, list[object]]:
    """The wanted columns of the data rows (blank where a row is short), one list each."""
    columns = {c for c in wanted if c is not None}
    try:  # C-speed while rows are full (a short row stops it), without a pass to measure them first
        return {c: list(map(itemgetter(c), data)) for c in columns}
    except IndexError:
        return {c: [_cell(row, c) for row in data] for c in columns}


def _cell(row: Sequence[object], column: int | None) -> object:
    return row[column] if column is not None and column < len(row) else None


def _format(table: Table, column: int) -> str | None:
    return table.number_formats[column] if column < len(table.number_formats) else None
