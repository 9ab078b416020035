"""Exporting metrics and cards to .xlsx, and re-importing the workbook cleanly."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest

from cjm_desktop.io.mapfile.errors import MapFileError
from cjm_desktop.io.metrics.metrics_export import export_workbook
from cjm_desktop.io.metrics.metrics_import import build_import, diff_metrics, suggest_spec
from cjm_desktop.io.sheets.spreadsheet_reader import read_sheet, sheet_names
from cjm_desktop.model.journey import Card, Journey, Lane, LaneKind, Metric, MetricValue, Stage


def sample_journey() -> Journey:
    stages = [Stage("s1", "Awareness"), Stage("s2", "Purchase"), Stage("s3", "Advocacy")]
    metrics = [
        Metric("m1", "Sessions", aggregate="sum", is_count=True),
        Metric("m2", "Bounce rate", "%", "percent", higher_is_better=False),
        Metric("m3", "Revenue", "€", "currency"),
        Metric("m4", "Time on page", "s", "duration"),
        Metric("m5", "NPS", target=30.0),
    ]
    values = [
        MetricValue("m1", "s1", 1200.0, [("2024-01-01", 700.0), ("2024-01-02", 500.0)]),
        MetricValue("m1", "s2", 300.0, [("2024-01-01", 300.0)]),
        MetricValue("m2", "s1", 0.425),
        MetricValue("m3", "s2", 1234.5),
        MetricValue("m4", "s1", 75.0),
        MetricValue("m4", "s3", 3725.0),
        MetricValue("m5", "s3", 42.0),
    ]
    lanes = [Lane("l1", LaneKind.ACTIONS, "Doing"), Lane("l2", LaneKind.PAIN_POINTS, "Pain points")]
    cards = [
        Card("c1", "l1", "s1", "Searches for shoes"),
        Card("c2", "l1", "s1", '=HYPERLINK("http://x")'),
        Card("c3", "l2", "s2", "Extra fees\x07 at checkout"),
        Card("c4", "l2", "s2", "   "),
    ]
    return Journey(
        title="Shoes", stages=stages, lanes=lanes, cards=cards, metrics=metrics, metric_values=values
    )


def test_workbook_has_the_sheets_and_number_formats(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    export_workbook(sample_journey(), path)
    assert sheet_names(path) == ["Metrics", "Series", "Metric details", "Cards"]
    sheet = openpyxl.load_workbook(path)["Metrics"]
    header = [c.value for c in sheet[1]]
    assert header == ["Stage", "Sessions", "Bounce rate", "Revenue", "Time on page", "NPS"]
    formats = [sheet[ref].number_format for ref in ("B2", "C2", "D3", "E2", "F4")]
    assert formats == ["#,##0", "0.0%", '"€"#,##0.00', "[h]:mm:ss", "#,##0"]
    assert sheet["E2"].value == timedelta(seconds=75)  # stored as days, the way Excel keeps durations
    assert sheet.freeze_panes == "B2"


def test_export_reimports_cleanly_into_the_same_map(tmp_path: Path) -> None:
    journey = sample_journey()
    path = tmp_path / "out.xlsx"
    export_workbook(journey, path)
    table = read_sheet(path, "Metrics")
    result = build_import(table, suggest_spec(table, journey.stages), journey.stages, journey.metrics)
    assert result.ready and result.skipped == {} and result.new_stages == []
    assert [m.id for m in result.metrics] == ["m1", "m2", "m3", "m4", "m5"]
    assert result.metrics == journey.metrics  # settings kept, nothing renamed
    plain = [MetricValue(v.metric_id, v.stage_id, v.value) for v in journey.metric_values]
    assert diff_metrics(plain, result) == []


def test_export_reimports_cleanly_into_a_new_map(tmp_path: Path) -> None:
    journey = sample_journey()
    path = tmp_path / "out.xlsx"
    export_workbook(journey, path)
    table = read_sheet(path, "Metrics")
    result = build_import(table, suggest_spec(table, journey.stages), journey.stages)
    guessed = {
        m.name: (m.format, m.unit, m.aggregate, m.is_count, m.higher_is_better) for m in result.metrics
    }
    assert guessed == {
        "Sessions": ("number", "", "sum", True, True),
        "Bounce rate": ("percent", "%", "mean", False, False),
        "Revenue": ("currency", "€", "mean", False, True),
        "Time on page": ("duration", "s", "mean", False, True),
        "NPS": ("number", "", "mean", False, True),
    }
    by_name = {m.id: m.name for m in result.metrics}
    got = {(by_name[v.metric_id], v.stage_id): v.value for v in result.values}
    assert got == {
        ("Sessions", "s1"): 1200.0,
        ("Sessions", "s2"): 300.0,
        ("Bounce rate", "s1"): 0.425,
        ("Revenue", "s2"): 1234.5,
        ("Time on page", "s1"): 75.0,
        ("Time on page", "s3"): 3725.0,
        ("NPS", "s3"): 42.0,
    }


def test_series_sheet_reimports_as_the_same_series(tmp_path: Path) -> None:
    journey = sample_journey()
    path = tmp_path / "out.xlsx"
    export_workbook(journey, path)
    table = read_sheet(path, "Series")
    spec = suggest_spec(table, journey.stages)
    assert spec.layout == "long" and spec.date_column == 0
    result = build_import(table, spec, journey.stages, journey.metrics)
    assert [(v.metric_id, v.stage_id, v.value, v.series) for v in result.values] == [
        ("m1", "s1", 1200.0, [("2024-01-01", 700.0), ("2024-01-02", 500.0)]),
        ("m1", "s2", 300.0, [("2024-01-01", 300.0)]),
    ]


def test_cards_sheet_holds_texts_per_lane_and_stage_never_formulas(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    export_workbook(sample_journey(), path)
    assert read_sheet(path, "Cards").rows == [
        ["Lane", "Awareness", "Purchase", "Advocacy"],
        ["Doing", 'Searches for shoes\n=HYPERLINK("http://x")', None, None],
        ["Pain points", None, "Extra fees at checkout", None],
    ]
    assert openpyxl.load_workbook(path)["Cards"]["B2"].data_type == "s"


def test_details_sheet_keeps_direction_and_target(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    export_workbook(sample_journey(), path)
    rows = read_sheet(path, "Metric details").rows
    assert rows[0] == ["Metric", "Unit", "Format", "Better when", "Target", "Aggregate", "Source note"]
    assert rows[2][:6] == ["Bounce rate", "%", "percent", "lower", None, "mean"]
    assert rows[5][:6] == ["NPS", None, "number", "higher", 30.0, "mean"]


def test_empty_map_exports_a_readable_workbook(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    export_workbook(Journey(), path)
    assert sheet_names(path) == ["Metrics", "Metric details", "Cards"]
    assert read_sheet(path, "Metrics").rows == [["Stage"]]


def test_export_replaces_atomically_and_a_failure_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"previous version")
    export_workbook(sample_journey(), path)
    assert read_sheet(path, "Metrics").rows[1][0] == "Awareness"
    before = path.read_bytes()

    def full_disk(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("cjm_desktop.io.mapfile.atomic.os.replace", full_disk)
    with pytest.raises(MapFileError, match="disk is full"):
        export_workbook(sample_journey(), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def test_export_to_a_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(MapFileError, match="folder does not exist"):
        export_workbook(sample_journey(), tmp_path / "nope" / "out.xlsx")


def test_touchpoint_and_persona_values_export_and_reimport_onto_the_same_cards(tmp_path: Path) -> None:
    from cjm_desktop.io.metrics.metrics_import import ImportSpec
    from cjm_desktop.io.metrics.metrics_targets import touchpoint_cards
    from cjm_desktop.model.journey import Persona

    j = Journey(stages=[Stage("s1", "Awareness"), Stage("s2", "Purchase")])
    j.lanes = [Lane("tp", LaneKind.TOUCHPOINTS, "Touchpoints")]
    j.cards = [Card("ad", "tp", "s1", "Search ad"), Card("co", "tp", "s2", "Checkout page")]
    j.personas = [Persona("anna", "Anna")]
    j.metrics = [Metric("m1", "Sessions", is_count=True, aggregate="sum", source_note="GA4")]
    j.metric_values = [
        MetricValue("m1", "s1", 5000),
        MetricValue("m1", "s1", 1500, card_id="ad", persona_id="anna"),
        MetricValue("m1", "s2", 900, card_id="co"),
    ]
    path = tmp_path / "out.xlsx"
    export_workbook(j, path)
    assert "Touchpoints and personas" in sheet_names(path)
    assert read_sheet(path, "Metric details").rows[1][6] == "GA4"
    table = read_sheet(path, "Touchpoints and personas")
    spec = ImportSpec(
        layout="long",
        header_row=0,
        stage_column="Stage",
        metric_column="Metric",
        value_column="Value",
        touchpoint_column="Touchpoint",
        persona_column="Persona",
    )
    result = build_import(table, spec, j.stages, j.metrics, touchpoint_cards(j), j.personas)
    assert {(v.stage_id, v.card_id, v.persona_id, v.value) for v in result.values} == {
        ("s1", "ad", "anna", 1500.0),
        ("s2", "co", "", 900.0),
    }
