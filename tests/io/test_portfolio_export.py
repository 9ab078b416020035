"""The opportunity portfolio in the .xlsx export, read back with openpyxl."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.io.metrics.metrics_export import export_workbook
from cjm_desktop.model import Journey

DATA = Path(__file__).resolve().parents[1] / "data"


def test_the_opportunities_sheet_lists_each_with_its_pain_points_owner_status_and_ratings(
    tmp_path: Path,
) -> None:
    journey = load_map(DATA / "format-v6.cjm")
    journey.card("card-030").text = '=HYPERLINK("http://x")'  # stays text, never a formula
    out = tmp_path / "portfolio.xlsx"
    export_workbook(journey, out)
    book = openpyxl.load_workbook(out)
    assert "Opportunities" in book.sheetnames
    rows = [list(r) for r in book["Opportunities"].iter_rows(values_only=True)]
    assert rows[0] == ["Stage", "Opportunity", "Pain points addressed", "Owner", "Status", "Impact", "Effort"]
    by_text = {r[1]: r for r in rows[1:]}
    assert len(rows) - 1 == 5  # every opportunity card, linked or not
    guest = next(r for r in rows[1:] if r[1].startswith("Guest checkout"))
    assert guest[0] == "Purchase"
    assert guest[2].split("\n") == [
        "Purchase: Mandatory registration before paying",
        "Purchase: Extra delivery fee appears only at the last step",
    ]
    assert guest[3:] == ["Checkout squad", "Idea", 3, 3]
    tracking = next(r for r in rows[1:] if r[4] == "Done")
    assert tracking[0] == "Retention" and tracking[5] is None and tracking[6] is None  # unset stays blank
    assert '=HYPERLINK("http://x")' in by_text
    cell = next(c for c in book["Opportunities"]["B"] if c.value == '=HYPERLINK("http://x")')
    assert cell.data_type == "s"
    # Left to right: the stages' order.
    stages = [r[0] for r in rows[1:]]
    assert stages == ["Awareness", "Consideration", "Purchase", "Retention", "Advocacy"]


def test_a_map_without_opportunities_has_no_such_sheet(tmp_path: Path) -> None:
    out = tmp_path / "plain.xlsx"
    export_workbook(Journey(), out)
    assert "Opportunities" not in openpyxl.load_workbook(out).sheetnames
