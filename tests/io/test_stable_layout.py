"""Saved files are deterministic and diff-friendly: small edits give small, local line diffs."""

from __future__ import annotations

import difflib
import json

from cjm_desktop.io.mapfile.cjm_file import dumps, load_map, loads
from cjm_desktop.model import Card, MetricSource
from cjm_desktop.paths import sample_map_path


def line_diff(before: bytes, after: bytes) -> list[str]:
    """The +/- lines of a unified diff, as `git diff` would show them."""
    lines = difflib.unified_diff(before.decode().splitlines(), after.decode().splitlines(), lineterm="", n=0)
    return [line for line in lines if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def test_same_map_same_bytes_and_trailing_newline() -> None:
    journey = load_map(sample_map_path())
    first = dumps(journey)
    assert first == dumps(journey)
    assert dumps(loads(first)) == first
    assert first.endswith(b"}\n") and not first.endswith(b"\n\n")
    assert json.loads(first)["format_version"] >= 1  # any JSON reader reads it


def test_plain_mappings_are_sorted_so_insertion_order_does_not_matter() -> None:
    journey = load_map(sample_map_path())
    journey.metric_source = MetricSource("data.xlsx", stage_mapping={"b": "s2", "a": "s1"})
    first = dumps(journey)
    journey.metric_source = MetricSource("data.xlsx", stage_mapping={"a": "s1", "b": "s2"})
    assert dumps(journey) == first
    assert b'"stage_mapping": {"a": "s1", "b": "s2"}' in first


def test_changing_one_card_text_changes_at_most_four_lines() -> None:
    journey = load_map(sample_map_path())
    before = dumps(journey)
    journey.cards[5].text = "A completely different text"
    changed = line_diff(before, dumps(journey))
    assert 0 < len(changed) <= 4
    assert any("A completely different text" in line for line in changed)


def test_adding_a_card_adds_only_its_own_lines() -> None:
    journey = load_map(sample_map_path())
    before = dumps(journey)
    lane, stage = journey.lanes[0].id, journey.stages[-1].id
    for index in (len(journey.cards), 3):  # appended (a new cell) and inserted in the middle
        journey.cards.insert(index, Card(f"card-new-{index}", lane, stage, "New card"))
        after = dumps(journey)
        changed = line_diff(before, after)
        assert changed and all(line.startswith("+") for line in changed), changed
        assert any(f'"id": "card-new-{index}"' in line for line in changed)
        assert len(changed) == 6  # the separator-and-brace line, id, lane, stage, text, brace
        before = after


def test_removing_a_card_removes_only_its_own_lines() -> None:
    journey = load_map(sample_map_path())
    before = dumps(journey)
    removed = journey.cards.pop(4)
    changed = line_diff(before, dumps(journey))
    assert changed and all(line.startswith("-") for line in changed)
    assert any(removed.id in line for line in changed)


def test_a_negative_zero_is_written_like_zero() -> None:
    """-0.0 == 0.0, so diff and merge see no change between them: the bytes must agree too."""
    journey = load_map(sample_map_path())
    value = journey.metric_values[0]
    value.value, value.series = 0.0, [("2026-01-05", 0.0)]
    zero = dumps(journey)
    value.value, value.series = -0.0, [("2026-01-05", -0.0)]
    assert dumps(journey) == zero
    assert b"-0.0" not in zero
