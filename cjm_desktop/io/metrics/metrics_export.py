"""Export a map's metrics (and its cards per stage and lane) to an .xlsx workbook with openpyxl.

The "Metrics" sheet is laid out the way the importer reads best (one row per stage, one column per
metric, real number formats), so an exported workbook re-imports cleanly: same stages, names,
formats and values. "Series" holds dated values in long layout, "Touchpoints and personas" the
values of touchpoint cards and personas (long layout), "Cards" the map's text, and "Opportunities"
the portfolio: each opportunity with the pain points it addresses, owner, status, impact and effort.
Sheet names, header cells and the words in the "Metric details" sheet are in the interface language
(``tr``); the importer finds columns by their values, and knows these headers in every language.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from cjm_desktop.i18n import tr, tr_noop
from cjm_desktop.io.mapfile.atomic import write_atomic
from cjm_desktop.model.journey import Journey, Metric, MetricValue
from cjm_desktop.model.opportunities import PortfolioRow, portfolio

PERCENT_FORMAT = "0.0%"
DURATION_FORMAT = "[h]:mm:ss"
INTEGER_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
MAX_CELL_CHARS = 32_767  # Excel's limit for one cell
SECONDS_PER_DAY = 86_400

_Values = dict[tuple[str, str], MetricValue]  # (metric id, stage id) -> value
_BOLD = Font(bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")
SHEET_NAME_CHARS = 31  # Excel refuses longer sheet names ...
_NOT_IN_SHEET_NAMES = re.compile(r"[:\\/?*\[\]]")  # ... and these characters in them
# The codes the "Metric details" sheet spells out, in the reader's language.
DETAIL_WORDS = {
    "number": tr_noop("MetricsWorkbook", "number"),
    "percent": tr_noop("MetricsWorkbook", "percent"),
    "currency": tr_noop("MetricsWorkbook", "currency"),
    "duration": tr_noop("MetricsWorkbook", "duration"),
    "higher": tr_noop("MetricsWorkbook", "higher"),
    "lower": tr_noop("MetricsWorkbook", "lower"),
    "sum": tr_noop("MetricsWorkbook", "sum"),
    "mean": tr_noop("MetricsWorkbook", "mean"),
    "median": tr_noop("MetricsWorkbook", "median"),
    "min": tr_noop("MetricsWorkbook", "min"),
    "max": tr_noop("MetricsWorkbook", "max"),
    "last": tr_noop("MetricsWorkbook", "last"),
    "count": tr_noop("MetricsWorkbook", "count"),
}


def export_workbook(journey: Journey, path: str | Path) -> None:
    """Write the journey's metrics, series and cards to an .xlsx file, atomically."""
    book = Workbook(write_only=True)
    taken: set[str] = set()

    def sheet(name: str) -> WriteOnlyWorksheet:
        return book.create_sheet(sheet_name(name, taken))

    values = {(v.metric_id, v.stage_id): v for v in journey.stage_values()}
    _metrics_sheet(sheet(tr("MetricsWorkbook", "Metrics")), journey, values)
    if any(v.series for v in journey.metric_values):
        _series_sheet(sheet(tr("MetricsWorkbook", "Series")), journey, values)
    if any(not v.is_stage_value for v in journey.metric_values):
        _targets_sheet(sheet(tr("MetricsWorkbook", "Touchpoints and personas")), journey)
    _details_sheet(sheet(tr("MetricsWorkbook", "Metric details")), journey.metrics)
    _cards_sheet(sheet(tr("MetricsWorkbook", "Cards")), journey)
    rows = portfolio(journey)
    if rows:
        _portfolio_sheet(sheet(tr("MetricsWorkbook", "Opportunities")), rows)
    buffer = io.BytesIO()
    book.save(buffer)
    # Same guarantee as saving a map: the target is the complete old file or the complete new one.
    write_atomic(path, buffer.getvalue())


def sheet_name(name: str, taken: set[str]) -> str:
    """NAME as Excel accepts it (31 characters, none of : \\ / ? * [ ]), unique among TAKEN (added)."""
    base = _NOT_IN_SHEET_NAMES.sub(" ", name).strip().strip("'") or tr("MetricsWorkbook", "Sheet")
    candidate, n = base[:SHEET_NAME_CHARS], 1
    while candidate.casefold() in taken:  # Excel compares sheet names without case
        n += 1
        suffix = f" ({n})"
        candidate = base[: SHEET_NAME_CHARS - len(suffix)] + suffix
    taken.add(candidate.casefold())
    return candidate


def number_format(metric: Metric, values: Iterable[float] = ()) -> str:
    """The Excel number format that shows a metric the way the map does."""
    if metric.format == "percent":
        return PERCENT_FORMAT
    if metric.format == "currency":
        return f'"{metric.unit}"{DECIMAL_FORMAT}' if metric.unit else DECIMAL_FORMAT
    if metric.format == "duration":
        return DURATION_FORMAT
    whole = metric.is_count or all(float(v).is_integer() for v in values)
    return INTEGER_FORMAT if whole else DECIMAL_FORMAT


def _metrics_sheet(sheet: WriteOnlyWorksheet, journey: Journey, values: _Values) -> None:
    sheet.freeze_panes = "B2"
    sheet.column_dimensions["A"].width = 28
    formats = {
        m.id: number_format(m, [v.value for v in journey.metric_values if v.metric_id == m.id])
        for m in journey.metrics
    }
    sheet.append(
        [_header(sheet, tr("MetricsWorkbook", "Stage")), *(_header(sheet, m.name) for m in journey.metrics)]
    )
    for stage in journey.stages:
        row = [_text(sheet, stage.name)]
        for metric in journey.metrics:
            value = values.get((metric.id, stage.id))
            row.append(None if value is None else _number(sheet, metric, value.value, formats[metric.id]))
        sheet.append(row)


def _series_sheet(sheet: WriteOnlyWorksheet, journey: Journey, values: _Values) -> None:
    sheet.freeze_panes = "A2"
    titles = (
        tr("MetricsWorkbook", "Date"),
        tr("MetricsWorkbook", "Stage"),
        tr("MetricsWorkbook", "Metric"),
        tr("MetricsWorkbook", "Value"),
    )
    sheet.append([_header(sheet, title) for title in titles])
    for metric in journey.metrics:
        fmt = number_format(metric, [v.value for v in journey.metric_values if v.metric_id == metric.id])
        for stage in journey.stages:
            value = values.get((metric.id, stage.id))
            for when, number in sorted(value.series) if value is not None else ():
                sheet.append(
                    [
                        _date(sheet, when),
                        _text(sheet, stage.name),
                        _text(sheet, metric.name),
                        _number(sheet, metric, number, fmt),
                    ]
                )


def _targets_sheet(sheet: WriteOnlyWorksheet, journey: Journey) -> None:
    # Long layout, the way import-metrics --touchpoint-column/--persona-column reads it back.
    sheet.freeze_panes = "A2"
    titles = (
        tr("MetricsWorkbook", "Stage"),
        tr("MetricsWorkbook", "Touchpoint"),
        tr("MetricsWorkbook", "Persona"),
        tr("MetricsWorkbook", "Metric"),
        tr("MetricsWorkbook", "Value"),
    )
    sheet.append([_header(sheet, t) for t in titles])
    stages = {s.id: s.name for s in journey.stages}
    cards = {c.id: c.text for c in journey.cards}
    personas = {p.id: p.name for p in journey.personas}
    metrics = {m.id: m for m in journey.metrics}
    for value in journey.metric_values:
        metric = metrics.get(value.metric_id)
        if value.is_stage_value or metric is None:
            continue
        fmt = number_format(metric, [value.value])
        sheet.append(
            [
                _text(sheet, stages.get(value.stage_id, "")),
                _text(sheet, cards.get(value.card_id, "")),
                _text(sheet, personas.get(value.persona_id, "")),
                _text(sheet, metric.name),
                _number(sheet, metric, value.value, fmt),
            ]
        )


def _details_sheet(sheet: WriteOnlyWorksheet, metrics: list[Metric]) -> None:
    # What the numbers alone cannot say: direction, target, how stage values were aggregated.
    titles = (
        tr("MetricsWorkbook", "Metric"),
        tr("MetricsWorkbook", "Unit"),
        tr("MetricsWorkbook", "Format"),
        tr("MetricsWorkbook", "Better when"),
        tr("MetricsWorkbook", "Target"),
        tr("MetricsWorkbook", "Aggregate"),
        tr("MetricsWorkbook", "Source note"),
    )
    sheet.append([_header(sheet, title) for title in titles])
    for metric in metrics:
        sheet.append(
            [
                _text(sheet, metric.name),
                _text(sheet, metric.unit),
                _text(sheet, _word(metric.format)),
                _text(sheet, _word("higher" if metric.higher_is_better else "lower")),
                metric.target,
                _text(sheet, _word(metric.aggregate)),
                _text(sheet, metric.source_note),
            ]
        )


def _word(code: str) -> str:
    """A format, direction or aggregate code in the reader's language (an unknown code as it is)."""
    return tr("MetricsWorkbook", DETAIL_WORDS[code]) if code in DETAIL_WORDS else code


def _cards_sheet(sheet: WriteOnlyWorksheet, journey: Journey) -> None:
    sheet.freeze_panes = "B2"
    sheet.column_dimensions["A"].width = 22
    cells = journey.cells()
    sheet.append(
        [
            _header(sheet, tr("MetricsWorkbook", "Lane")),
            *(_header(sheet, stage.name) for stage in journey.stages),
        ]
    )
    for lane in journey.lanes:
        row = [_text(sheet, lane.title)]
        for stage in journey.stages:
            texts = [card.text for card in cells.get((lane.id, stage.id), []) if card.text.strip()]
            cell = _text(sheet, "\n".join(texts)) if texts else None
            if cell is not None:
                cell.alignment = _WRAP
            row.append(cell)
        sheet.append(row)


def _portfolio_sheet(sheet: WriteOnlyWorksheet, rows: list[PortfolioRow]) -> None:
    # One row per opportunity, left to right; its pain points one per line ("Stage: text").
    sheet.freeze_panes = "A2"
    titles = (
        tr("MetricsWorkbook", "Stage"),
        tr("MetricsWorkbook", "Opportunity"),
        tr("MetricsWorkbook", "Pain points addressed"),
        tr("MetricsWorkbook", "Owner"),
        tr("MetricsWorkbook", "Status"),
        tr("MetricsWorkbook", "Impact"),
        tr("MetricsWorkbook", "Effort"),
    )
    sheet.append([_header(sheet, title) for title in titles])
    for row in rows:
        pains = _text(sheet, "\n".join(row.pain_points))
        pains.alignment = _WRAP
        sheet.append(
            [
                _text(sheet, row.stage),
                _text(sheet, row.text),
                pains,
                _text(sheet, row.owner),
                _text(sheet, row.status),
                row.impact,
                row.effort,
            ]
        )


def _text(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    """A cell that is always text: a card reading '=HYPERLINK(...)' must never become a formula."""
    clean = ILLEGAL_CHARACTERS_RE.sub("", text)
    if len(clean) > MAX_CELL_CHARS:
        clean = clean[: MAX_CELL_CHARS - 1] + "…"
    cell = WriteOnlyCell(sheet, clean)
    cell.data_type = "s"
    return cell


def _header(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    cell = _text(sheet, text)
    cell.font = _BOLD
    return cell


def _number(sheet: WriteOnlyWorksheet, metric: Metric, value: float, fmt: str) -> WriteOnlyCell:
    # Excel keeps durations in days; the map keeps seconds.
    cell = WriteOnlyCell(sheet, value / SECONDS_PER_DAY if metric.format == "duration" else value)
    cell.number_format = fmt
    return cell


def _date(sheet: WriteOnlyWorksheet, when: str) -> WriteOnlyCell:
    try:
        cell = WriteOnlyCell(sheet, date.fromisoformat(when))
        cell.number_format = DATE_FORMAT
    except ValueError:
        cell = _text(sheet, when)  # a month ('2024-01') or a year stays as written
    return cell
