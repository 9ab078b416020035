"""Format version 5 (evidence on cards): the 4 -> 5 migration, the round trip and the stable layout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cjm_desktop.io.mapfile.cjm_file import dumps, load_map, loads
from cjm_desktop.io.mapfile.cjm_format import FORMAT_VERSION
from cjm_desktop.io.mapfile.errors import MapFileError
from cjm_desktop.io.mapfile.migrations import MIGRATIONS
from cjm_desktop.model import Card, Evidence, Journey, Lane, LaneKind, Stage

DATA = Path(__file__).resolve().parents[1] / "data"


def test_the_4_to_5_step_only_raises_the_version() -> None:
    raw = json.loads((DATA / "format-v4.cjm").read_text(encoding="utf-8"))
    migrated = MIGRATIONS[4](raw)
    assert migrated["format_version"] == 5
    assert {k: v for k, v in migrated.items() if k != "format_version"} == {
        k: v for k, v in raw.items() if k != "format_version"
    }


def test_a_version_4_file_opens_with_no_evidence_and_no_level() -> None:
    raw = json.loads((DATA / "format-v4.cjm").read_text(encoding="utf-8"))
    journey = load_map(DATA / "format-v4.cjm")
    assert [c.id for c in journey.cards] == [c["id"] for c in raw["cards"]]
    assert all(c.evidence == [] and c.evidence_level == "" for c in journey.cards)
    saved = json.loads(dumps(journey))
    assert saved["format_version"] == FORMAT_VERSION
    assert not any("evidence" in c or "evidence_level" in c for c in saved["cards"])  # defaults left out


def test_a_version_5_file_keeps_its_evidence_through_a_round_trip() -> None:
    journey = load_map(DATA / "format-v5.cjm")
    first = journey.card("card-001")
    assert first.evidence_level == "data"
    assert first.evidence == [
        Evidence("url", "https://example.org/analytics/awareness", "Campaign report, March"),
        Evidence("reference", "interview 12, 03:14"),
    ]
    assert journey.card("card-002").evidence == [
        Evidence("file", "research/interviews/anna.txt", "Anna's interview notes")
    ]
    assert journey.card("card-003").evidence_level == "assumption"
    again = loads(dumps(journey))
    assert again == journey
    assert isinstance(again.card("card-001").evidence[0], Evidence)


def small_map() -> Journey:
    journey = Journey(title="t")
    journey.stages = [Stage("s", "S")]
    journey.lanes = [Lane("l", LaneKind.TOUCHPOINTS, "L")]
    journey.cards = [
        Card(
            "c1",
            "l",
            "s",
            "one",
            evidence=[Evidence("file", "a/b.pdf"), Evidence("url", "https://x.org", "X")],
        ),
        Card("c2", "l", "s", "two", evidence_level="anecdotal"),
    ]
    return journey


def test_serialization_is_stable_and_keeps_evidence_on_one_line() -> None:
    journey = small_map()
    first = dumps(journey)
    assert dumps(loads(first)) == first  # the same bytes after a load and save
    lines = first.decode("utf-8").splitlines()
    evidence_lines = [line for line in lines if '"evidence"' in line]
    assert evidence_lines == [
        '   "evidence": [{"kind": "file", "target": "a/b.pdf"}, '
        '{"kind": "url", "label": "X", "target": "https://x.org"}]'
    ]
    # changing one card's level changes one line of the file
    journey.cards[1].evidence_level = "data"
    changed = dumps(journey).decode("utf-8").splitlines()
    assert len(changed) == len(lines)
    assert [a for a, b in zip(lines, changed, strict=True) if a != b] == ['   "evidence_level": "anecdotal"']


@pytest.mark.parametrize(
    ("card", "problem"),
    [
        ({"evidence_level": "proven"}, "evidence_level"),
        ({"evidence": [{"kind": "ftp", "target": "x"}]}, "kind"),
        ({"evidence": [{"kind": "url"}]}, "target"),
        ({"evidence": "https://x.org"}, "evidence"),
    ],
)
def test_bad_evidence_is_refused_naming_the_field(card: dict, problem: str) -> None:
    doc = {
        "format_version": FORMAT_VERSION,
        "stages": [{"id": "s", "name": "S"}],
        "lanes": [{"id": "l", "kind": "notes", "title": "L"}],
        "cards": [{"id": "c", "lane_id": "l", "stage_id": "s", **card}],
    }
    with pytest.raises(MapFileError, match=problem):
        loads(json.dumps(doc).encode("utf-8"))


def test_copy_and_paste_keep_a_cards_evidence() -> None:
    from cjm_desktop.io.mapfile.clipboard_format import cards_from_bytes, cards_to_bytes

    cards = small_map().cards
    pasted = cards_from_bytes(cards_to_bytes(cards))
    assert pasted == cards
    assert all(isinstance(item, Evidence) for item in pasted[0].evidence)


@pytest.mark.parametrize(
    "card",
    [
        {"evidence": [{"kind": "url", "target": "https://x.org", "label": "X"}], "evidence_level": "data"},
        {"evidence": [], "evidence_level": ""},
        {"evidence": [{"kind": "file", "target": "a.pdf", "extra": 1}]},  # unknown fields are ignored
        {"evidence_level": "proven"},
        {"evidence_level": None},
        {"evidence": [{"kind": "file"}]},
        {"evidence": [{"kind": "note", "target": "x"}]},
        {"evidence": [{"kind": "url", "target": 5}]},
        {"evidence": [{"kind": "url", "target": "x", "label": None}]},
        {"evidence": [["url", "x"]]},
        {"evidence": {"kind": "url", "target": "x"}},
    ],
)
def test_the_fast_schema_check_agrees_with_jsonschema_on_evidence(card: dict) -> None:
    import jsonschema

    from cjm_desktop.io.mapfile import schema as map_schema
    from cjm_desktop.io.mapfile.schema_check import compile_schema

    doc = {
        "format_version": FORMAT_VERSION,
        "stages": [{"id": "s", "name": "S"}],
        "lanes": [{"id": "l", "kind": "notes", "title": "L"}],
        "cards": [{"id": "c", "lane_id": "l", "stage_id": "s", **card}],
    }
    schema = map_schema.schema()
    expected = jsonschema.validators.validator_for(schema)(schema).is_valid(doc)
    assert compile_schema(schema)(doc) == expected
