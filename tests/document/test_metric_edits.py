"""Applying imported metrics: one undo step, nothing changed by a failure, refresh keeps metric ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjm_desktop.document import JourneyDocument
from cjm_desktop.document.metric_edits import UnresolvedStagesError, apply_import, apply_refresh
from cjm_desktop.io.mapfile.cjm_file import dumps
from cjm_desktop.io.metrics.metrics_import import (
    build_import,
    diff_metrics,
    source_from_spec,
    spec_from_source,
    suggest_spec,
)
from cjm_desktop.io.sheets.spreadsheet_reader import read_sheet
from cjm_desktop.model import LaneKind
from tests.ui.metrics_workbook import bare_sample, expected, write_daily


@pytest.fixture
def doc(qapp) -> JourneyDocument:
    return JourneyDocument(bare_sample())


def _import(doc: JourneyDocument, path: Path, mapping: dict[str, str]):
    table = read_sheet(path)
    spec = suggest_spec(table, doc.journey.stages)
    spec.stage_mapping = mapping
    result = build_import(table, spec, doc.journey.stages, doc.journey.metrics)
    return table, spec, result


def test_import_is_one_undo_step(doc: JourneyDocument, tmp_path: Path) -> None:
    path = write_daily(tmp_path / "daily.xlsx")
    before = dumps(doc.journey)
    table, spec, result = _import(doc, path, {"Loyalty": "stage-retention"})
    depth = doc.undo_stack.count()
    apply_import(doc, result, source_from_spec(table, spec, result))
    after = dumps(doc.journey)
    assert doc.undo_stack.count() == depth + 1
    journey = doc.journey
    assert [m.name for m in journey.metrics] == [
        "Sessions",
        "Conversions",
        "Bounce rate",
        "Time on page",
        "NPS",
    ]
    assert sum(lane.kind == LaneKind.METRICS for lane in journey.lanes) == 1
    assert journey.metric_source is not None and journey.metric_source.path == str(path)
    sessions = journey.metrics[0].id
    value = next(
        v for v in journey.metric_values if v.metric_id == sessions and v.stage_id == "stage-retention"
    )
    assert value.value == expected()[("Loyalty", "Sessions")]
    assert len(value.series) == 7
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before
    doc.undo_stack.redo()
    assert dumps(doc.journey) == after


def test_created_stage_and_skipped_stage(doc: JourneyDocument, tmp_path: Path) -> None:
    path = write_daily(tmp_path / "daily.xlsx")
    before = dumps(doc.journey)
    _table, _spec, result = _import(doc, path, {"Loyalty": "new:", "Advocacy": ""})
    apply_import(doc, result, None)
    names = [s.name for s in doc.journey.stages]
    assert names[-1] == "Loyalty" and len(names) == 6
    loyalty = doc.journey.stages[-1].id
    assert {v.stage_id for v in doc.journey.metric_values} == {
        "stage-awareness",
        "stage-consideration",
        "stage-purchase",
        loyalty,
    }
    assert doc.journey.metric_source is None
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before


def test_unresolved_stages_refuse_and_change_nothing(doc: JourneyDocument, tmp_path: Path) -> None:
    before = dumps(doc.journey)
    _table, _spec, result = _import(doc, write_daily(tmp_path / "d.xlsx"), {})
    assert result.unmatched == ["Loyalty"]
    with pytest.raises(UnresolvedStagesError, match="Loyalty"):
        apply_import(doc, result, None)
    assert dumps(doc.journey) == before
    assert doc.undo_stack.count() == 0


def test_failure_midway_leaves_the_map_byte_identical(
    doc: JourneyDocument, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _table, _spec, result = _import(doc, write_daily(tmp_path / "d.xlsx"), {"Loyalty": "new:Loyalty"})
    before = dumps(doc.journey)
    depth = doc.undo_stack.count()
    real = doc.set_fields

    def broken(name: str, item_id: str, values: dict) -> dict:
        if "metric_source" in values:
            raise OSError("disk on fire")
        return real(name, item_id, values)

    monkeypatch.setattr(doc, "set_fields", broken)
    # The stage insert and both list replacements ran before the failure.
    with pytest.raises(OSError):
        apply_import(doc, result, source_from_spec(_table, _spec, result))
    assert dumps(doc.journey) == before
    assert doc.undo_stack.count() == depth
    assert not doc.undo_stack.canRedo()


def test_refresh_keeps_ids_and_undo_restores_numbers(doc: JourneyDocument, tmp_path: Path) -> None:
    path = write_daily(tmp_path / "daily.xlsx")
    table, spec, result = _import(doc, path, {"Loyalty": "stage-retention"})
    apply_import(doc, result, source_from_spec(table, spec, result))
    ids = [m.id for m in doc.journey.metrics]
    doc.journey.metrics[4].target = 25.0  # a setting the user made must survive a refresh
    imported = dumps(doc.journey)
    write_daily(path, scale=1.5)  # next month's export
    table = read_sheet(path)
    source = doc.journey.metric_source
    spec = spec_from_source(source, table, doc.journey.stages)
    fresh = build_import(table, spec, doc.journey.stages, doc.journey.metrics)
    changes = diff_metrics(doc.journey.metric_values, fresh)
    assert {c.kind for c in changes} == {"changed"}
    assert any(
        c.metric_id == ids[0]
        and c.stage_id == "stage-retention"
        and c.old == expected()[("Loyalty", "Sessions")]
        and c.new == expected(1.5)[("Loyalty", "Sessions")]
        for c in changes
    )
    apply_refresh(doc, fresh)
    assert [m.id for m in doc.journey.metrics] == ids
    assert doc.journey.metrics[4].target == 25.0
    assert sum(lane.kind == LaneKind.METRICS for lane in doc.journey.lanes) == 1
    assert doc.undo_stack.undoText() == "Refresh metrics"
    sessions = {v.stage_id: v.value for v in doc.journey.metric_values if v.metric_id == ids[0]}
    assert sessions["stage-awareness"] == expected(1.5)[("awareness", "Sessions")]
    doc.undo_stack.undo()
    assert dumps(doc.journey) == imported


def test_metrics_not_in_the_import_are_kept(doc: JourneyDocument, tmp_path: Path) -> None:
    from cjm_desktop.model import Metric, MetricValue

    doc.journey.metrics = [Metric("csat", "CSAT")]
    doc.journey.metric_values = [MetricValue("csat", "stage-purchase", 4.2)]
    _table, _spec, result = _import(doc, write_daily(tmp_path / "d.xlsx"), {"Loyalty": "stage-retention"})
    apply_import(doc, result, None)
    assert doc.journey.metrics[0].id == "csat"
    assert MetricValue("csat", "stage-purchase", 4.2) in doc.journey.metric_values


def test_headless_apply_gives_the_same_map_as_the_undoable_import(
    doc: JourneyDocument, tmp_path: Path
) -> None:
    """The command line applies the same plan straight to the journey (no Qt): same result."""
    from cjm_desktop.io.metrics.metrics_apply import apply_plan, plan_import

    path = write_daily(tmp_path / "daily.xlsx")
    headless = bare_sample()
    table, spec, result = _import(doc, path, {"Loyalty": ""})
    source = source_from_spec(table, spec, result)
    apply_import(doc, result, source)
    apply_plan(headless, plan_import(headless, result), source)
    # The new metrics lane gets a fresh id each time: compare with the ids aligned.
    new_lane = next(lane for lane in doc.journey.lanes if lane.kind == LaneKind.METRICS)
    next(lane for lane in headless.lanes if lane.kind == LaneKind.METRICS).id = new_lane.id
    assert dumps(headless) == dumps(doc.journey)


def test_a_moved_touchpoint_takes_its_metric_values_to_its_new_stage(qapp) -> None:
    from cjm_desktop.document.edits import move_cards
    from cjm_desktop.io.mapfile.cjm_file import load_map
    from cjm_desktop.paths import sample_map_path

    doc = JourneyDocument(load_map(sample_map_path()))
    journey = doc.journey
    value = next(v for v in journey.metric_values if v.card_id)
    card = journey.card(value.card_id)
    target = next(s.id for s in journey.stages if s.id != card.stage_id)
    others = [(v.metric_id, v.stage_id, v.value) for v in journey.metric_values if v.card_id != card.id]
    before, steps = dumps(journey), doc.undo_stack.count()
    move_cards(doc, [card.id], card.lane_id, target, 0)
    assert doc.undo_stack.count() == steps + 1  # the card and its values: one step
    assert journey.card(card.id).stage_id == target
    assert {v.stage_id for v in journey.metric_values if v.card_id == card.id} == {target}
    assert [
        (v.metric_id, v.stage_id, v.value) for v in journey.metric_values if v.card_id != card.id
    ] == others
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before
