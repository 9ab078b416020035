"""``python main.py import-metrics``: headless, one clear message and exit 1 on any failure."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.paths import sample_map_path
from tests.ui.metrics_workbook import daily_rows, expected, write_daily

REPO = Path(__file__).resolve().parents[2]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "import-metrics", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        env=env,
    )


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_daily(tmp_path_factory.mktemp("cli") / "daily.xlsx")


def values_by_name(path: Path) -> dict[tuple[str, str], float]:
    journey = load_map(path)
    metrics = {m.id: m.name for m in journey.metrics}
    stages = {s.id: s.name for s in journey.stages}
    return {(stages[v.stage_id], metrics[v.metric_id]): v.value for v in journey.metric_values}


def test_import_with_a_stage_mapping(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.cjm"
    result = run(sample_map_path(), data, "--map-stage", "Loyalty=Retention", "-o", out)
    assert result.returncode == 0, result.stderr
    assert "5 metrics (" in result.stdout and "stages with values: 5" in result.stdout
    values = values_by_name(out)
    hand = expected()
    assert values[("Retention", "Sessions")] == hand[("Loyalty", "Sessions")]
    assert values[("Awareness", "Bounce rate")] == pytest.approx(hand[("awareness", "Bounce rate")])
    assert values[("Purchase", "Time on page")] == pytest.approx(hand[("Purchase ", "Time on page")])
    journey = load_map(out)
    assert journey.metric_source is not None
    assert Path(journey.metric_source.path) == data.resolve() and journey.metric_source.sheet == "Daily"
    assert journey.metric_source.stage_mapping["Loyalty"] == "stage-retention"
    assert any(lane.kind == "metrics" for lane in journey.lanes)


def test_unmatched_stages_fail_with_their_names_and_write_nothing(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.cjm"
    result = run(sample_map_path(), data, "-o", out)
    assert result.returncode == 1
    assert "'Loyalty' (7 rows)" in result.stderr and "--create-stages" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_create_or_skip_unmatched(data: Path, tmp_path: Path) -> None:
    created = tmp_path / "created.cjm"
    assert run(sample_map_path(), data, "--create-stages", "-o", created).returncode == 0
    assert [s.name for s in load_map(created).stages][-1] == "Loyalty"
    skipped = tmp_path / "skipped.cjm"
    result = run(sample_map_path(), data, "--skip-unmatched", "--aggregate", "max", "-o", skipped)
    assert result.returncode == 0, result.stderr
    values = values_by_name(skipped)
    assert ("Retention", "Sessions") not in values
    assert values[("Awareness", "Sessions")] == max(r[2] for r in daily_rows() if r[1] == "awareness")
    assert "left out: 7 rows for stages you chose to skip (first: row" in result.stdout


def test_csv_long_layout(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Étape", "Metric", "Value"])
        for stage, visits in [("Awareness", 100), ("awareness", 50), ("Considération", 60), ("Purchase", 20)]:
            writer.writerow([stage, "Visits", visits])
    out = tmp_path / "out.cjm"
    result = run(sample_map_path(), path, "--layout", "long", "--stage-column", "Étape", "-o", out)
    assert result.returncode == 0, result.stderr
    assert values_by_name(out)[("Awareness", "Visits")] == 150
    assert values_by_name(out)[("Consideration", "Visits")] == 60


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.xlsx"], "does not exist"),
        (["{data}", "--sheet", "Nope"], "Nope"),
        (["{data}", "--stage-column", "Region"], "no stage column named 'Region'"),
        (["{data}", "--map-stage", "Loyalty=Nowhere"], "no stage 'Nowhere'"),
    ],
)
def test_failures_are_clear(data: Path, tmp_path: Path, args: list[str], message: str) -> None:
    out = tmp_path / "out.cjm"
    result = run(sample_map_path(), *[a.replace("{data}", str(data)) for a in args], "-o", out)
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_damaged_map_fails_cleanly(data: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.cjm"
    bad.write_text("{ not json", encoding="utf-8")
    result = run(bad, data, "-o", tmp_path / "out.cjm")
    assert result.returncode == 1 and "bad.cjm" in result.stderr and "Traceback" not in result.stderr
