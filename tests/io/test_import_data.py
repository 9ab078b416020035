"""The JSON form an import crosses the reader's pipe in: what goes back is exactly what was built."""

from __future__ import annotations

import json
from datetime import date

from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.io.metrics.import_data import map_from_wire, map_to_wire, result_from_wire, result_to_wire
from cjm_desktop.io.metrics.metrics_import import NEW_STAGE, build_import, source_from_spec, suggest_spec
from cjm_desktop.io.metrics.metrics_targets import touchpoint_cards
from cjm_desktop.io.sheets.table import Table
from cjm_desktop.paths import sample_map_path


def through_json(data: dict) -> dict:
    return json.loads(json.dumps(data))


def test_the_maps_side_arrives_as_it_was() -> None:
    journey = load_map(sample_map_path())
    targets = map_from_wire(through_json(map_to_wire(journey)))
    assert targets.stages == journey.stages and targets.metrics == journey.metrics
    assert targets.touchpoints == touchpoint_cards(journey) and targets.touchpoints
    assert targets.personas == journey.personas


def test_a_result_with_series_new_stages_and_odd_numbers_arrives_as_it_was(tmp_path) -> None:
    journey = load_map(sample_map_path())
    rows = [["Date", "Stage", "Visits", "Rate"]]
    for day in range(1, 4):
        rows += [
            [date(2024, 1, day), "Awareness", 0.1 * day, -0.0],
            [date(2024, 1, day), "Loyalty", 1e300, 1 / 3],
        ]
    table = Table(tmp_path / "t.xlsx", "Data", rows)
    spec = suggest_spec(table, journey.stages)
    spec.stage_mapping = {"Loyalty": NEW_STAGE}
    result = build_import(table, spec, journey.stages, journey.metrics)
    source = source_from_spec(table, spec, result)
    assert result.new_stages and all(v.series for v in result.values)
    back, back_source = result_from_wire(through_json(result_to_wire(result, source)))
    assert back.metrics == result.metrics and back.new_stages == result.new_stages
    assert back.values == result.values  # floats to the last bit, series as (day, number) tuples
    assert all(type(point) is tuple for v in back.values for point in v.series)
    assert back_source == source
