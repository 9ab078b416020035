"""The shape of a metrics table: header row, column profiles and the guesses of each column's role.

Guessing looks at a sample of rows (SAMPLE_ROWS) so it stays instant on 100,000-row sheets.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from cjm_desktop.i18n import arg, tr, tr_noop
from cjm_desktop.io.metrics.cell_values import cell_kind, date_key, display_name
from cjm_desktop.io.metrics.errors import ImportSpecError
from cjm_desktop.io.metrics.metrics_guess import is_known_metric, normalize_name
from cjm_desktop.io.sheets.table import Table

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
    """Per column: how many numbers, dates and texts the first ``sample`` data rows hold.

    One import asks four times for the same rows (date, stage and layout guesses, then the
    layout itself); the profiles are remembered by the sampled cells' values, so a repeat costs
    a hash of the sample instead of classifying every cell again. Callers only read them.
    """
    rows = tuple(map(tuple, table.rows[header_row + 1 : header_row + 1 + sample]))
    # The types are part of the key: True == 1 == 1.0, but a boolean cell counts as text.
    types = tuple(tuple(map(type, row)) for row in rows)
    return list(_profile(rows, types, table.width))


@lru_cache(maxsize=8)
def _profile(
    rows: tuple[tuple[object, ...], ...], _types: tuple[tuple[type, ...], ...], width: int
) -> tuple[ColumnProfile, ...]:
    profiles = [ColumnProfile() for _ in range(width)]
    for row in rows:
        for column, value in enumerate(row):
            if value is None:
                continue
            profile, kind = profiles[column], cell_kind(value)
            if kind == "number":
                profile.numbers += 1
            elif kind == "date":
                profile.dates += 1
            else:
                profile.texts += 1
                if len(profile.distinct) < 1000:
                    profile.distinct.setdefault(display_name(value))
    return tuple(profiles)


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
    if not names:  # "Its columns are: ." would read as a fault of ours
        raise ImportSpecError(tr("ImportSpec", "the sheet is empty: it has no columns."))
    if isinstance(ref, int):
        if 0 <= ref < len(names):
            return ref
        raise ImportSpecError(arg(tr("ImportSpec", _BEYOND[what]), ref + 1, len(names)))
    for column, name in enumerate(names):
        if normalize_name(name) == normalize_name(ref):
            return column
    listed = ", ".join(names)
    raise ImportSpecError(arg(tr("ImportSpec", _NAMED[what]), ref, listed))


# Whole sentences per kind of column (``what`` of resolve_column), so each language words its own.
_BEYOND = {
    "stage": tr_noop("ImportSpec", "the stage column %1 is beyond the sheet's %2 columns."),
    "metric": tr_noop("ImportSpec", "the metric column %1 is beyond the sheet's %2 columns."),
    "metric name": tr_noop("ImportSpec", "the metric name column %1 is beyond the sheet's %2 columns."),
    "value": tr_noop("ImportSpec", "the value column %1 is beyond the sheet's %2 columns."),
    "date": tr_noop("ImportSpec", "the date column %1 is beyond the sheet's %2 columns."),
    "touchpoint": tr_noop("ImportSpec", "the touchpoint column %1 is beyond the sheet's %2 columns."),
    "persona": tr_noop("ImportSpec", "the persona column %1 is beyond the sheet's %2 columns."),
}
_NAMED = {
    "stage": tr_noop("ImportSpec", "the sheet has no stage column named '%1'. Its columns are: %2."),
    "metric": tr_noop("ImportSpec", "the sheet has no metric column named '%1'. Its columns are: %2."),
    "metric name": tr_noop(
        "ImportSpec", "the sheet has no metric name column named '%1'. Its columns are: %2."
    ),
    "value": tr_noop("ImportSpec", "the sheet has no value column named '%1'. Its columns are: %2."),
    "date": tr_noop("ImportSpec", "the sheet has no date column named '%1'. Its columns are: %2."),
    "touchpoint": tr_noop(
        "ImportSpec", "the sheet has no touchpoint column named '%1'. Its columns are: %2."
    ),
    "persona": tr_noop("ImportSpec", "the sheet has no persona column named '%1'. Its columns are: %2."),
}


def _text_share(cells: list[object]) -> float:
    return sum(cell_kind(v) == "text" for v in cells) / len(cells) if cells else 0.0
