"""Turn a spreadsheet Table into metrics over a journey's stages: layout, matching, aggregation.

Pure functions, no Qt: the import wizard, the command line and "Refresh" all call them. Nothing is
dropped silently: sheet stages that match no map stage come back in ``unmatched`` for the user to
assign, create or skip, and every left-out row or cell is counted in ``skipped`` with its reason.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from cjm_desktop.i18n import arg, tr
from cjm_desktop.io.metrics.aggregate import aggregate
from cjm_desktop.io.metrics.cell_values import date_codes, display_name, to_numbers
from cjm_desktop.io.metrics.columns import (
    column_names,
    detect_header_row,
    guess_date_column,
    guess_layout,
    guess_long_columns,
    guess_stage_column,
    profile_columns,
    resolve_column,
)
from cjm_desktop.io.metrics.errors import ImportSpecError
from cjm_desktop.io.metrics.import_data import (
    ImportResult as ImportResult,  # re-exported: importers name it here
)
from cjm_desktop.io.metrics.layouts import (
    NO_METRIC as NO_METRIC,  # re-exported: a key of ImportResult.skipped
)
from cjm_desktop.io.metrics.layouts import (
    NO_NUMBERS as NO_NUMBERS,
)
from cjm_desktop.io.metrics.layouts import (
    Observations,
    columns_layout,
    long_layout,
    rows_layout,
)
from cjm_desktop.io.metrics.metrics_guess import MetricGuess, guess_metric, normalize_name
from cjm_desktop.io.metrics.metrics_targets import _NO_CARD, _NO_PERSONA, NO_CARD, NO_PERSONA, Targets
from cjm_desktop.io.sheets.table import Table
from cjm_desktop.io.sheets.text_encoding import looks_garbled
from cjm_desktop.model.ids import new_id
from cjm_desktop.model.journey import Card, Metric, MetricSource, MetricValue, Persona, Stage

__all__ = [
    "AGGREGATES",
    "LAYOUTS",
    "Change",
    "ImportResult",
    "ImportSpec",
    "ImportSpecError",
    "GarbledNameError",
    "MatchResult",
    "MetricGuess",
    "build_import",
    "column_names",
    "detect_header_row",
    "diff_metrics",
    "display_name",
    "guess_date_column",
    "guess_layout",
    "guess_metric",
    "guess_stage_column",
    "match_stages",
    "normalize_name",
    "sheet_stage_names",
    "source_from_spec",
    "spec_from_source",
    "suggest_spec",
]

LAYOUTS = ("rows", "columns", "long")
AGGREGATES = ("sum", "mean", "median", "min", "max", "last", "count")
NEW_STAGE = "new:"  # stage_mapping value prefix: create a stage (named after the prefix, or the sheet name)
ColumnRef = int | str

# Why rows or cells were left out, in the user's words (keys of ImportResult.skipped).
NO_STAGE = "rows with no stage name"
SKIPPED_STAGE = "rows for stages you chose to skip"
NOT_A_NUMBER = "cells that are not numbers"
BAD_DATE = "rows with a missing or unreadable date"

_SKIP, _BLANK, _UNMATCHED = -1, -2, -3  # stage codes below 0


class GarbledNameError(ImportSpecError):
    """A new stage or metric name shows the marks of a wrong encoding (U+FFFD, 'Ã©', ...)."""

    def __init__(self, name: str) -> None:
        problem = tr(
            "ImportSpec",
            "the name '%1' looks garbled, as if the file was read in the wrong encoding; nothing was "
            "imported. Name the file's encoding (for example --encoding cp1250 or cp1253, or the "
            "Encoding list of the import wizard).",
        )
        super().__init__(arg(problem, name))
        self.name = name


@dataclass
class MatchResult:
    """Sheet stage names matched to map stage ids, and the names that matched nothing."""

    matched: dict[str, str] = field(default_factory=dict)
    unmatched: list[str] = field(default_factory=list)


@dataclass
class ImportSpec:
    """How to read a table; ``suggest_spec`` fills it in, the wizard lets the user change it."""

    layout: str = "rows"  # rows: a stage column + metric columns; columns: a column per stage; long
    header_row: int = 0  # index in Table.rows; -1 = no header row (columns are named by letter)
    stage_column: ColumnRef | None = None  # rows/long: the column of stage names (index or header)
    date_column: ColumnRef | None = None  # optional, any layout: values then also form a time series
    metric_column: ColumnRef | None = None  # long: metric names; columns: the metric label column
    value_column: ColumnRef | None = None  # long: the values
    metric_columns: list[ColumnRef] | None = None  # rows: metric columns; None = every numeric column
    metric_names: list[str] | None = None  # long/columns: metrics to import; None = all
    aggregate: str = ""  # one aggregate for every metric; "" = each metric's own (or its default)
    aggregates: dict[str, str] = field(default_factory=dict)  # metric name -> aggregate
    stage_mapping: dict[str, str] = field(default_factory=dict)  # sheet name -> stage id, "" skip, "new:..."
    touchpoint_column: ColumnRef | None = None  # values go onto the card of this text within the stage
    persona_column: ColumnRef | None = None  # values belong to the persona (or segment) named here


@dataclass
class Change:
    """One stage x metric value that a refresh changes (None: absent before / after)."""

    stage_id: str
    metric_id: str
    old: float | None
    new: float | None
    card_id: str = ""  # a touchpoint's value
    persona_id: str = ""  # a persona's value

    @property
    def kind(self) -> str:
        """'added', 'removed' or 'changed'."""
        return "added" if self.old is None else "removed" if self.new is None else "changed"


def match_stages(sheet_stage_names: Sequence[str], stages: Sequence[Stage]) -> MatchResult:
    """Match names ignoring case, accents, spacing and punctuation; ambiguous names stay unmatched."""
    by_name: dict[str, list[str]] = {}
    for stage in stages:
        by_name.setdefault(normalize_name(stage.name), []).append(stage.id)
    result = MatchResult()
    for name in dict.fromkeys(sheet_stage_names):
        ids = by_name.get(normalize_name(name), [])
        if len(ids) == 1:
            result.matched[name] = ids[0]
        else:
            result.unmatched.append(name)  # no stage, or two stages with this name: the user decides
    return result


def suggest_spec(table: Table, stages: Sequence[Stage], header_row: int | None = None) -> ImportSpec:
    """Best guesses for every choice the wizard offers; the user confirms or changes them."""
    header = detect_header_row(table.rows) if header_row is None else header_row
    layout = guess_layout(table, header, [stage.name for stage in stages])
    spec = ImportSpec(layout=layout, header_row=header, date_column=guess_date_column(table, header))
    _guess_layout_columns(spec, table, stages)
    return spec


def _guess_layout_columns(spec: ImportSpec, table: Table, stages: Sequence[Stage]) -> None:
    """Fill in the columns the spec's layout needs and does not name yet."""
    names = column_names(table, spec.header_row)
    date_column = resolve_column(spec.date_column, names, "date")
    if spec.layout == "columns":
        if spec.metric_column is None:
            profiles = profile_columns(table, spec.header_row)
            spec.metric_column = next(
                (c for c, p in enumerate(profiles) if p.is_text and c != date_column), 0
            )
        return
    if spec.stage_column is None:
        spec.stage_column = guess_stage_column(
            table, spec.header_row, [s.name for s in stages], exclude={date_column}
        )
    if spec.layout == "long" and (spec.metric_column is None or spec.value_column is None):
        stage_column = resolve_column(spec.stage_column, names, "stage")
        metric, value = guess_long_columns(table, spec.header_row, stage_column, date_column)
        spec.metric_column = metric if spec.metric_column is None else spec.metric_column
        spec.value_column = value if spec.value_column is None else spec.value_column


def sheet_stage_names(table: Table, spec: ImportSpec) -> list[str]:
    """Distinct stage names in the sheet, in first-seen order (what the matching step lists)."""
    observations, _reasons = _observations(table, spec)
    names: dict[str, None] = {}
    for obs in observations:
        for raw in dict.fromkeys(obs.stages):
            if raw is not None and display_name(raw):
                names.setdefault(display_name(raw))
    return list(names)


def build_import(
    table: Table,
    spec: ImportSpec,
    stages: Sequence[Stage],
    existing: Sequence[Metric] = (),
    touchpoints: Sequence[Card] = (),
    personas: Sequence[Persona] = (),
) -> ImportResult:
    """Read, match and aggregate a table into metrics; ids of ``existing`` metrics are reused by name.

    With a touchpoint and/or persona column, values land on the ``touchpoints`` card named within
    the row's stage and/or on the persona named (see metrics_targets.py).
    """
    if spec.layout not in LAYOUTS:
        problem = tr("ImportSpec", "unknown layout '%1' (use one of: %2).")
        raise ImportSpecError(arg(problem, spec.layout, ", ".join(LAYOUTS)))
    observations, reasons = _observations(table, spec)
    result = ImportResult()
    slots = [stage.id for stage in stages]
    lookup = _stage_lookup(observations, spec, stages, result, slots)
    targets = Targets(slots, touchpoints, personas)
    names = column_names(table, spec.header_row)
    card_col = resolve_column(spec.touchpoint_column, names, "touchpoint")
    persona_col = resolve_column(spec.persona_column, names, "persona")
    row_reasons: dict[str, list[np.ndarray]] = {
        NO_STAGE: [],
        SKIPPED_STAGE: [],
        BAD_DATE: [],
        NO_CARD: [],
        NO_PERSONA: [],
    }
    waiting: set[tuple[int, str]] = set()  # (row, sheet stage name) of rows held back by unmatched names
    stage_codes: dict[int, np.ndarray] = {}  # cached per stage column: the rows layout shares one
    dates_seen: dict[int, tuple[np.ndarray, list[str]]] = {}  # one coding per date column
    existing_by_name = {normalize_name(m.name): m for m in existing}
    existing_ids = {m.id for m in existing}
    used = np.zeros(len(table.rows), dtype=bool)  # a mask, not np.unique: no sort of every value's row
    day_groups: dict[
        tuple[str, bytes], tuple[np.ndarray, np.ndarray]
    ] = {}  # metrics of one layout share them
    for obs in observations:
        codes = stage_codes.get(id(obs.stages))
        if codes is None:
            codes = _codes(obs.stages, lookup)
            codes = stage_codes[id(obs.stages)] = targets.remap(table, obs.rows, codes, card_col, persona_col)
        values, not_numbers = to_numbers(obs.values)
        present = ~np.isnan(values) | not_numbers
        row_reasons[NO_STAGE].append(obs.rows[present & (codes == _BLANK)])
        row_reasons[SKIPPED_STAGE].append(obs.rows[present & (codes == _SKIP)])
        row_reasons[NO_CARD].append(obs.rows[present & (codes == _NO_CARD)])
        row_reasons[NO_PERSONA].append(obs.rows[present & (codes == _NO_PERSONA)])
        for i in np.flatnonzero(present & (codes == _UNMATCHED)).tolist():
            waiting.add((int(obs.rows[i]), display_name(obs.stages[i])))
        valid = ~np.isnan(values) & (codes >= 0)
        bad_cells = not_numbers & (codes >= 0)
        reasons[NOT_A_NUMBER] = reasons.get(NOT_A_NUMBER, 0) + int(bad_cells.sum())
        _note_cells(result, table, obs, np.flatnonzero(bad_cells)[:3])
        days, iso = None, list[str]()
        if obs.dates is not None:
            if id(obs.dates) not in dates_seen:
                dates_seen[id(obs.dates)] = date_codes(obs.dates)
            days, iso = dates_seen[id(obs.dates)]
            row_reasons[BAD_DATE].append(obs.rows[valid & (days < 0)])
            valid &= days >= 0
        metric = _metric_for(obs, spec, existing_by_name)
        result.metrics.append(metric)
        columns = [obs.columns] if isinstance(obs.columns, int) else list(dict.fromkeys(obs.columns or []))
        result.value_columns.setdefault(metric.name, []).extend(columns)
        dated = None if days is None else days[valid]
        result.values += _values(metric, codes[valid], values[valid], dated, iso, targets.keys, day_groups)
        used[obs.rows[valid]] = True
    result.rows_used = int(used.sum())
    result.unmatched_targets = targets.unmatched
    for reason, parts in row_reasons.items():
        rows = _distinct_rows(parts, len(table.rows))
        reasons[reason] = reasons.get(reason, 0) + len(rows)
        if len(rows):
            result.examples[reason] = [
                tr("ImportSummary", "row %s") % (table.first_row + int(row) + 1) for row in rows[:3]
            ]
    result.skipped = {reason: count for reason, count in reasons.items() if count}
    per_name = Counter(name for _row, name in waiting)
    result.unmatched_rows = {name: per_name[name] for name in result.unmatched}
    new_names = [*result.new_stage_names, *(m.name for m in result.metrics if m.id not in existing_ids)]
    garbled = next((name for name in new_names if looks_garbled(name)), None)
    if garbled is not None:
        raise GarbledNameError(garbled)  # mojibake never becomes part of a map
    return result


def _distinct_rows(parts: list[np.ndarray], count: int) -> np.ndarray:
    """The sorted distinct row indices (below ``count``) in ``parts``.

    A mask, not np.unique: that also sorts, and its plain form loads numpy.ma (~0.1 s) to ask
    whether the array is masked.
    """
    seen = np.zeros(count, dtype=bool)
    for part in parts:
        seen[np.asarray(part, dtype=np.intp)] = True
    return np.flatnonzero(seen)


def _note_cells(result: ImportResult, table: Table, obs: Observations, indices: np.ndarray) -> None:
    """Remember up to three references ('C7') of cells left out as not numbers."""
    refs = result.examples.setdefault(NOT_A_NUMBER, [])
    for i in indices.tolist():
        if len(refs) >= 3:
            return
        column = obs.columns if isinstance(obs.columns, int) or obs.columns is None else obs.columns[i]
        row = table.first_row + int(obs.rows[i]) + 1
        refs.append(f"{table.column_letter(column)}{row}" if column is not None else str(row))


def diff_metrics(old_values: Sequence[MetricValue], new_result: ImportResult) -> list[Change]:
    """What a refresh would change, for the metrics the new import covers, in metric then stage order."""
    covered = {metric.id for metric in new_result.metrics}
    typed = {_key(v) for v in old_values if v.manual}  # typed by hand: a refresh leaves them alone
    old = {_key(v): v.value for v in old_values if v.metric_id in covered and not v.manual}
    new = {_key(v): v.value for v in new_result.values if _key(v) not in typed}
    order = {metric.id: i for i, metric in enumerate(new_result.metrics)}
    target_order: dict[tuple[str, str, str], int] = {}
    for key in [*new, *old]:
        target_order.setdefault(key[1:], len(target_order))  # journey order, as the new values come
    keys = sorted(old.keys() | new.keys(), key=lambda k: (order.get(k[0], len(order)), target_order[k[1:]]))
    changes = []
    for key in keys:
        before, after = old.get(key), new.get(key)
        if before is None or after is None or not math.isclose(before, after, rel_tol=1e-9, abs_tol=1e-12):
            changes.append(Change(key[1], key[0], before, after, card_id=key[2], persona_id=key[3]))
    return changes


def _key(value: MetricValue) -> tuple[str, str, str, str]:
    return (value.metric_id, value.stage_id, value.card_id, value.persona_id)


def source_from_spec(table: Table, spec: ImportSpec, result: ImportResult) -> MetricSource:
    """What to store in the map so "Refresh" can repeat this import (columns kept by header name)."""
    names = column_names(table, spec.header_row)
    return MetricSource(
        path=str(table.path),
        sheet=table.sheet,
        layout=spec.layout,
        stage_column=_column_label(spec.stage_column, names),
        date_column=_column_label(spec.date_column, names),
        aggregate=spec.aggregate,
        stage_mapping=dict(result.stage_mapping),
        header_row=spec.header_row,
        touchpoint_column=_column_label(spec.touchpoint_column, names),
        persona_column=_column_label(spec.persona_column, names),
    )


def spec_from_source(source: MetricSource, table: Table, stages: Sequence[Stage]) -> ImportSpec:
    """The spec a stored source describes, re-guessing what the source does not record."""
    spec = ImportSpec(
        layout=source.layout,
        header_row=source.header_row,
        aggregate=source.aggregate,
        stage_column=source.stage_column or None,
        date_column=source.date_column or None,
        stage_mapping=dict(source.stage_mapping),
        touchpoint_column=source.touchpoint_column or None,
        persona_column=source.persona_column or None,
    )
    _guess_layout_columns(spec, table, stages)  # the source does not record metric/value columns
    return spec


# ---- building blocks ---------------------------------------------------------------------------------


def _column_label(ref: ColumnRef | None, names: list[str]) -> str:
    if ref is None:
        return ""
    return names[ref] if isinstance(ref, int) and 0 <= ref < len(names) else str(ref)


def _observations(table: Table, spec: ImportSpec) -> tuple[list[Observations], dict[str, int]]:
    """Every metric's raw cells for the chosen layout, plus rows/columns left out on the way."""
    names = column_names(table, spec.header_row)
    data = table.rows[spec.header_row + 1 :] if spec.header_row >= 0 else table.rows
    first = spec.header_row + 1 if spec.header_row >= 0 else 0
    date_col = resolve_column(spec.date_column, names, "date")
    if spec.layout == "rows":
        return rows_layout(table, data, first, names, spec, date_col), {}
    if spec.layout == "long":
        return long_layout(table, data, first, names, spec, date_col)
    return columns_layout(table, data, first, names, spec, date_col)


def _stage_lookup(
    observations: list[Observations],
    spec: ImportSpec,
    stages: Sequence[Stage],
    result: ImportResult,
    slots: list[str],
) -> dict[object, int]:
    """Raw stage cell -> slot index in ``slots`` (or a negative code); fills the result's stage fields."""
    raw_values: dict[object, None] = {}
    for stages_column in {id(obs.stages): obs.stages for obs in observations}.values():  # rows layout: one
        raw_values.update(dict.fromkeys(stages_column))
    shown = {raw: display_name(raw) for raw in raw_values}
    names = list(dict.fromkeys(name for name in shown.values() if name))
    chosen = {normalize_name(k): v for k, v in spec.stage_mapping.items()}
    auto = match_stages([n for n in names if normalize_name(n) not in chosen], stages)
    by_name = {normalize_name(stage.name): i for i, stage in enumerate(stages)}
    known_ids = {stage.id: i for i, stage in enumerate(stages)}
    slot_of_name: dict[str, int] = {}
    for name in names:
        target = chosen.get(normalize_name(name), auto.matched.get(name))
        if target is None or (target and not target.startswith(NEW_STAGE) and target not in known_ids):
            result.unmatched.append(name)  # no match, or mapped to a stage deleted since
            slot_of_name[name] = _UNMATCHED
        elif target == "":
            slot_of_name[name] = _SKIP
            result.stage_mapping[name] = ""
        elif target.startswith(NEW_STAGE):
            title = target[len(NEW_STAGE) :].strip() or name
            slot = by_name.get(normalize_name(title))
            if slot is None:  # one new stage per name, even if several sheet names point to it
                result.new_stages.append(Stage(id=new_id("stage"), name=title))
                slots.append(result.new_stages[-1].id)
                slot = by_name[normalize_name(title)] = len(slots) - 1
            slot_of_name[name] = slot
            result.stage_mapping[name] = slots[slot]
        else:
            slot_of_name[name] = known_ids[target]
            result.stage_mapping[name] = target
    return {raw: slot_of_name[name] if name else _BLANK for raw, name in shown.items()}


def _codes(raw: Sequence[object], lookup: dict[object, int]) -> np.ndarray:
    return np.fromiter(map(lookup.__getitem__, raw), dtype=np.int64, count=len(raw))  # C-speed look-ups


def _metric_for(obs: Observations, spec: ImportSpec, existing: dict[str, Metric]) -> Metric:
    """The existing metric of this name (keeping the user's settings) or a fresh guessed one."""
    chosen = (
        spec.aggregates.get(obs.name)
        or {normalize_name(k): v for k, v in spec.aggregates.items()}.get(normalize_name(obs.name))
        or spec.aggregate
    )
    if chosen and chosen not in AGGREGATES:
        choices = ", ".join(AGGREGATES)
        problem = tr("ImportSpec", "unknown aggregate '%1' for '%2' (use one of: %3).")
        raise ImportSpecError(arg(problem, chosen, obs.name, choices))
    old = existing.get(normalize_name(obs.name))
    if old is not None:
        return replace(old, aggregate=chosen or old.aggregate)
    guess = guess_metric(obs.name, obs.number_format, list(obs.values[:500]))
    return Metric(
        id=new_id("metric"),
        name=obs.name,
        unit=guess.unit,
        format=guess.format,
        higher_is_better=guess.higher_is_better,
        aggregate=chosen or guess.aggregate,
        is_count=guess.is_count,
    )


def _values(
    metric: Metric,
    stages: np.ndarray,
    values: np.ndarray,
    days: np.ndarray | None,
    iso: list[str],
    slots: list[tuple[str, str, str]],
    day_groups: dict[tuple[str, bytes], tuple[np.ndarray, np.ndarray]] | None = None,
) -> list[MetricValue]:
    """One MetricValue per (stage, card, persona) with data, and its per-date series when there are dates."""
    if not len(values):
        return []
    rows = np.arange(len(values))
    when = rows if days is None else days  # what "last" means: latest date, else last row
    overall, counts = aggregate(stages, values, when, metric.aggregate, len(slots))
    series: dict[int, list[tuple[str, float]]] = {}
    if days is not None:
        width = len(iso)
        keys = stages * width + days
        # Every metric column of a rows-layout sheet usually has the same (stage, date) cells: sort
        # them once (keyed by the exact codes, so any difference sorts again).
        exact = (keys.dtype.str, keys.tobytes())  # np.unique's answer depends on nothing else
        found = None if day_groups is None else day_groups.get(exact)
        if found is None:
            found = np.unique(keys, return_inverse=True)  # sorted: stage, then date
            if day_groups is not None:
                day_groups[exact] = found
        pairs, inverse = found
        per_day, _counts = aggregate(inverse.reshape(-1), values, rows, metric.aggregate, len(pairs))
        for pair, value in zip(pairs.tolist(), per_day.tolist(), strict=True):
            series.setdefault(pair // width, []).append((iso[pair % width], value))
    return [
        MetricValue(
            metric_id=metric.id,
            stage_id=slots[slot][0],
            value=float(overall[slot]),
            series=series.get(slot, []),
            card_id=slots[slot][1],
            persona_id=slots[slot][2],
        )
        for slot in range(len(slots))
        if counts[slot] > 0
    ]
