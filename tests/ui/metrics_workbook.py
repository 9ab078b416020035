"""A generated analytics export for metrics tests: daily rows for the five sample stages."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.model import Journey, LaneKind
from cjm_desktop.paths import sample_map_path

# Sheet names as an analytics tool writes them; "Loyalty" matches no stage of the sample map
# (its stage is "Retention"), so the user has to assign it.
SHEET_STAGES = ("awareness", "CONSIDERATION", "Purchase ", "Loyalty", "Advocacy")
BASE_SESSIONS = (12000, 5400, 1800, 900, 240)
DAYS = 7
HEADER = ("Date", "Stage", "Sessions", "Conversions", "Bounce rate", "Time on page", "NPS")


def daily_rows(scale: float = 1.0) -> list[tuple]:
    """(date, stage, sessions, conversions, bounce rate, seconds on page, NPS) per stage and day."""
    rows = []
    start = date(2024, 3, 1)
    for day in range(DAYS):
        for k, stage in enumerate(SHEET_STAGES):
            sessions = round(BASE_SESSIONS[k] * scale) + 10 * day
            rows.append(
                (
                    start + timedelta(days=day),
                    stage,
                    sessions,
                    sessions // 10 + k,
                    0.30 + 0.05 * k + 0.01 * day,
                    60 + 15 * k + day,
                    20 + 5 * k - day,
                )
            )
    return rows


def write_daily(path: Path, scale: float = 1.0) -> Path:
    """Write the export to ``path`` with real number formats (dates, percent, durations)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Daily"
    sheet.append(["Web analytics export, March 2024"])  # a title line above the header
    sheet.append(list(HEADER))
    for when, stage, sessions, conversions, bounce, seconds, nps in daily_rows(scale):
        sheet.append([when, stage, sessions, conversions, bounce, timedelta(seconds=seconds), nps])
        row = sheet.max_row
        sheet.cell(row, 1).number_format = "yyyy-mm-dd"
        sheet.cell(row, 5).number_format = "0.0%"
        sheet.cell(row, 6).number_format = "[h]:mm:ss"
    book.save(path)
    return path


def expected(scale: float = 1.0) -> dict[tuple[str, str], float]:
    """Hand-computed per-stage aggregates: sums of counts, means of the rest; keyed by (sheet stage, metric)."""
    result: dict[tuple[str, str], float] = {}
    rows = daily_rows(scale)
    for stage in SHEET_STAGES:
        mine = [r for r in rows if r[1] == stage]
        result[(stage, "Sessions")] = sum(r[2] for r in mine)
        result[(stage, "Conversions")] = sum(r[3] for r in mine)
        result[(stage, "Bounce rate")] = sum(r[4] for r in mine) / len(mine)
        result[(stage, "Time on page")] = sum(r[5] for r in mine) / len(mine)
        result[(stage, "NPS")] = sum(r[6] for r in mine) / len(mine)
    return result


def bare_sample() -> Journey:
    """The sample before any import: tests of an import bring their own sheet (the sample ships with one)."""
    journey = load_map(sample_map_path())
    journey.metrics, journey.metric_values, journey.metric_source, journey.funnel_metric_id = [], [], None, ""
    journey.lanes = [lane for lane in journey.lanes if lane.kind != LaneKind.METRICS]
    return journey
