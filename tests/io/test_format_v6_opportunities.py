"""Format version 6: opportunities link to pain points and carry owner and status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cjm_desktop.io.mapfile.cjm_file import MapFileError, dumps, load_map, loads
from cjm_desktop.io.mapfile.cjm_format import FORMAT_VERSION
from cjm_desktop.io.mapfile.migrations import MIGRATIONS

DATA = Path(__file__).resolve().parents[1] / "data"


def test_the_5_to_6_step_only_bumps_the_version() -> None:
    raw = json.loads((DATA / "format-v5.cjm").read_text(encoding="utf-8"))
    migrated = MIGRATIONS[5](raw)
    assert migrated["format_version"] == 6
    assert {k: v for k, v in migrated.items() if k != "format_version"} == {
        k: v for k, v in raw.items() if k != "format_version"
    }


def test_a_version_5_file_opens_with_opportunities_unlinked_and_saves_as_the_current_version() -> None:
    raw = json.loads((DATA / "format-v5.cjm").read_text(encoding="utf-8"))
    assert raw["format_version"] == 5
    journey = load_map(DATA / "format-v5.cjm")
    assert [c.id for c in journey.cards] == [c["id"] for c in raw["cards"]]
    assert all(c.pain_point_ids == [] and c.owner == "" and c.status == "" for c in journey.cards)
    impacts = {c["id"]: c.get("impact") for c in raw["cards"]}
    assert {c.id: c.impact for c in journey.cards} == impacts  # v4 ratings kept as they were
    assert json.loads(dumps(journey))["format_version"] == FORMAT_VERSION == 6


def test_a_version_5_file_round_trips_its_links_owner_and_status() -> None:
    journey = load_map(DATA / "format-v6.cjm")
    checkout = journey.card("card-031")
    assert checkout.pain_point_ids == ["card-025", "card-026"]
    assert (checkout.owner, checkout.status, checkout.impact, checkout.effort) == (
        "Checkout squad",
        "idea",
        3,
        3,
    )
    assert journey.card("card-032").status == "done"
    again = loads(dumps(journey))
    assert again == journey
    assert again.card("card-031").pain_point_ids == ["card-025", "card-026"]
    assert dumps(again) == (DATA / "format-v6.cjm").read_bytes()  # the same bytes, links and all


def test_a_link_to_a_missing_card_is_refused_with_the_card_named(tmp_path: Path) -> None:
    doc = json.loads((DATA / "format-v6.cjm").read_text(encoding="utf-8"))
    opp = next(c for c in doc["cards"] if c["id"] == "card-031")
    opp["pain_point_ids"].append("card-ghost")
    path = tmp_path / "broken.cjm"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(MapFileError) as info:
        load_map(path)
    assert "broken.cjm" in str(info.value)
    assert "card-031" in info.value.problem and "card-ghost" in info.value.problem


def test_an_unknown_status_is_refused_by_the_schema(tmp_path: Path) -> None:
    doc = json.loads((DATA / "format-v6.cjm").read_text(encoding="utf-8"))
    next(c for c in doc["cards"] if c["id"] == "card-031")["status"] = "maybe"
    path = tmp_path / "status.cjm"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(MapFileError) as info:
        load_map(path)
    assert "status" in info.value.problem
