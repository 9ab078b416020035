"""The bundled sample carries real metrics: stage, touchpoint and persona values from the sheet beside it."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from cjm_desktop.io.mapfile.cjm_file import load_map, loads
from cjm_desktop.io.metrics.metrics_import import build_import, diff_metrics, spec_from_source
from cjm_desktop.io.metrics.metrics_targets import touchpoint_cards
from cjm_desktop.io.sheets.spreadsheet_reader import read_sheet
from cjm_desktop.model import LaneKind
from cjm_desktop.paths import resources_dir
from tests.cli.test_import_metrics_cli import REPO, run

SAMPLES = resources_dir() / "samples"
LANGUAGES = ["en", "fi", "el", "ro", "hu"]


def sample(code: str) -> Path:
    return SAMPLES / "ecommerce.cjm" if code == "en" else SAMPLES / code / "ecommerce.cjm"


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_sample_holds_exactly_what_its_sheet_says(code: str) -> None:
    journey = load_map(sample(code))
    assert [lane.kind for lane in journey.lanes].count(LaneKind.METRICS) == 1
    source = journey.metric_source
    assert source is not None and source.path == "ecommerce-metrics.xlsx"  # relative: beside the map
    sheet = Path(source.file_path(sample(code).parent))
    assert sheet.is_file()
    on_cards = [v for v in journey.metric_values if v.card_id]
    per_persona = [v for v in journey.metric_values if v.persona_id]
    assert len(journey.metrics) == 7 and len(on_cards) >= 10 and len(per_persona) >= 4
    assert all(journey.card(v.card_id).stage_id == v.stage_id for v in on_cards)
    assert {v.persona_id for v in per_persona} == {p.id for p in journey.personas}
    assert journey.funnel_metric_id == "metric-sessions"
    # Re-reading the shipped sheet the way Refresh does changes nothing: the map is the sheet.
    table = read_sheet(sheet)
    spec = spec_from_source(source, table, journey.stages)
    result = build_import(
        table, spec, journey.stages, journey.metrics, touchpoint_cards(journey), journey.personas
    )
    assert not result.unmatched and not result.unmatched_targets
    assert diff_metrics(journey.metric_values, result) == []


def test_every_language_shares_the_metric_ids_and_figures() -> None:
    english = load_map(sample("en"))
    figures = sorted(
        (v.metric_id, v.stage_id, v.card_id, v.persona_id, v.value) for v in english.metric_values
    )
    for code in LANGUAGES[1:]:
        local = load_map(sample(code))
        assert [m.id for m in local.metrics] == [m.id for m in english.metrics]
        assert [m.name for m in local.metrics] != [m.name for m in english.metrics]  # translated headers
        assert (
            sorted((v.metric_id, v.stage_id, v.card_id, v.persona_id, v.value) for v in local.metric_values)
            == figures
        )


def test_the_documented_touchpoint_import_works_on_the_shipped_sheet(tmp_path: Path) -> None:
    text = (REPO / "docs" / "spreadsheet-import.md").read_text(encoding="utf-8")
    (line,) = re.findall(r"^python main\.py import-metrics .*$", text, flags=re.MULTILINE)
    args = shlex.split(line)[3:]
    out = args.index("-o") + 1
    args[out] = str(tmp_path / args[out])  # the same command, writing into a scratch folder
    result = run(*args)
    assert result.returncode == 0, result.stderr
    assert "7 metrics (" in result.stdout and "stages with values: 5" in result.stdout
    assert "left out" not in result.stderr
    written = loads((tmp_path / "my-journey.cjm").read_bytes())
    checkout = written.card("card-005")
    assert checkout.text == "Checkout page"
    values = {(v.metric_id, v.persona_id): v.value for v in written.metric_values if v.card_id == checkout.id}
    assert values[("metric-abandon", "")] == pytest.approx(0.69)
    maya = {v.metric_id: v.value for v in written.metric_values if v.persona_id == "persona-maya"}
    assert maya["metric-conversion"] == pytest.approx(0.27)
