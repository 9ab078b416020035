"""The exported metrics workbook speaks the interface language: sheet names, headers, details words."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from cjm_desktop.i18n import tr
from cjm_desktop.io.metrics.metrics_export import export_workbook, sheet_name
from cjm_desktop.io.metrics.metrics_import import build_import, suggest_spec
from cjm_desktop.io.sheets.spreadsheet_reader import read_sheet
from cjm_desktop.model.journey import Card, Lane, LaneKind, MetricValue
from tests.i18n.conftest import LANGS
from tests.io.test_metrics_export import sample_journey

SHEETS = ("Metrics", "Series", "Touchpoints and personas", "Metric details", "Cards", "Opportunities")


def full_journey():
    """The export test's map, plus a touchpoint card's value and an opportunity: every sheet is written."""
    journey = sample_journey()
    journey.lanes += [Lane("l3", LaneKind.TOUCHPOINTS, "Touch"), Lane("l4", LaneKind.OPPORTUNITIES, "Ideas")]
    journey.cards += [Card("c5", "l3", "s1", "Product page"), Card("c6", "l4", "s2", "Guest checkout")]
    journey.metric_values.append(MetricValue("m1", "s1", 80.0, card_id="c5"))
    return journey


@pytest.mark.parametrize("code", LANGS)
def test_workbook_names_its_sheets_and_headers_in_the_language(
    code: str, speak: Callable[[str], list[str]], tmp_path: Path
) -> None:
    speak(code)
    journey = full_journey()
    path = tmp_path / "metrics.xlsx"
    export_workbook(journey, path)
    book = openpyxl.load_workbook(path)
    names = book.sheetnames
    assert names == [tr("MetricsWorkbook", n) for n in SHEETS]
    # What Excel demands of a sheet name, checked on the translations themselves.
    assert all(len(n) <= 31 and not re.search(r"[:\\/?*\[\]]", n) for n in names), names
    assert len({n.casefold() for n in names}) == len(names)
    headers = {name: [c.value for c in book[name][1]] for name in names}
    metrics, series, targets, details, cards, opportunities = names
    assert headers[metrics][0] == tr("MetricsWorkbook", "Stage")
    assert headers[series] == [tr("MetricsWorkbook", w) for w in ("Date", "Stage", "Metric", "Value")]
    assert headers[targets][1] == tr("MetricsWorkbook", "Touchpoint")
    assert headers[details][3] == tr("MetricsWorkbook", "Better when")
    assert headers[cards][0] == tr("MetricsWorkbook", "Lane")
    assert headers[opportunities][2] == tr("MetricsWorkbook", "Pain points addressed")
    bounce = [c.value for c in book[details][3]]
    assert bounce[:4] == [
        "Bounce rate",
        "%",
        tr("MetricsWorkbook", "percent"),
        tr("MetricsWorkbook", "lower"),
    ]
    if code != "en":
        english = set(SHEETS) | {"Stage", "Date", "Metric", "Value", "Lane", "lower", "percent"}
        written = set(names) | {v for row in headers.values() for v in row} | set(bounce)
        assert english & written == set(), english & written
    # Our own workbook, in any language, imports back: stage rows and the dated series.
    table = read_sheet(path, metrics)
    result = build_import(table, suggest_spec(table, journey.stages), journey.stages, journey.metrics)
    assert result.ready and result.new_stages == [] and len(result.values) == 7
    table = read_sheet(path, series)
    spec = suggest_spec(table, journey.stages)
    assert spec.layout == "long" and (spec.date_column, spec.stage_column) == (0, 1)
    assert (spec.metric_column, spec.value_column) == (2, 3)


def test_sheet_names_are_made_valid_for_excel_and_unique() -> None:
    taken: set[str] = set()
    names = [sheet_name(n, taken) for n in ("Metrics", "METRICS", "a:b/c?d*[e]", "x" * 40, "x" * 40, "??")]
    assert names[:3] == ["Metrics", "METRICS (2)", "a b c d  e"]
    assert [len(n) for n in names[3:5]] == [31, 31] and names[3] != names[4]
    assert names[5] == "Sheet"
