"""Changes and merge outcomes for people (text lines) and for tools (JSON-ready dicts)."""

from __future__ import annotations

from typing import Any

from cjm_desktop.i18n import tr
from cjm_desktop.model import Journey
from cjm_desktop.versions.diff import ADDED, REMOVED, Change
from cjm_desktop.versions.labels import describe, short
from cjm_desktop.versions.merge import MergeResult
from cjm_desktop.versions.records import ORDERED, Key, Record, collections_of
from cjm_desktop.versions.words import word_diff, word_diff_text

Sides = list[dict[str, dict[Key, Record]]]
CELL_FIELDS = ("lane_id", "stage_id")


def _value(value: Any) -> str:
    return "—" if value is None or value == "" else short(value)


def _cell(record: Record, sides: Sides) -> str:
    lane = describe("lanes", _lookup(sides, "lanes", record["lane_id"]), sides)
    stage = describe("stages", _lookup(sides, "stages", record["stage_id"]), sides)
    return tr("Versions", "%1 / %2").replace("%1", lane).replace("%2", stage)


def _lookup(sides: Sides, collection: str, ident: str) -> Record:
    for side in sides:
        record = side[collection].get((ident,))
        if record is not None:
            return record
    return {"id": ident, "name": ident, "title": ident}


def change_lines(change: Change, sides: Sides) -> list[str]:
    """One change as a headline and one indented line per changed field."""
    record = change.new if change.new is not None else change.old
    label = describe(change.collection, record or {}, sides)
    if change.kind == ADDED:
        return ["+ " + label]
    if change.kind == REMOVED:
        return ["- " + label]
    lines = ["~ " + label]
    if change.collection == "cards" and any(f in change.fields for f in CELL_FIELDS):
        lines.append(
            "    "
            + tr("Versions", "moved from %1 to %2")
            .replace("%1", _cell(change.old or {}, sides))
            .replace("%2", _cell(change.new or {}, sides))
        )
    elif change.moved and change.collection in ORDERED:
        lines.append("    " + tr("Versions", "moved to a new position"))
    for name, (old, new) in change.fields.items():
        if change.collection == "cards" and name in CELL_FIELDS:
            continue
        if isinstance(old, str) and isinstance(new, str) and old and new:
            shown = word_diff_text(old, new)
        else:
            shown = f"{_value(old)} → {_value(new)}"
        lines.append(f"    {name}: {shown}")
    return lines


def visible(changes: list[Change]) -> list[Change]:
    """Changes worth telling: order-only moves of unordered collections are left out."""
    return [c for c in changes if c.kind != "changed" or c.fields or c.collection in ORDERED]


def diff_text(changes: list[Change], old: Journey, new: Journey) -> str:
    """The human-readable list of changes, empty text when there are none."""
    sides = [collections_of(new), collections_of(old)]
    shown = visible(changes)
    lines = [tr("Versions", "Changes: %1").replace("%1", str(len(shown)))] if shown else []
    for change in shown:
        lines.extend(change_lines(change, sides))
    return "\n".join(lines)


def change_json(change: Change, sides: Sides) -> dict[str, Any]:
    """A change as plain JSON data; text fields carry their word-by-word runs."""
    record = change.new if change.new is not None else change.old
    fields: dict[str, Any] = {}
    for name, (old, new) in change.fields.items():
        entry: dict[str, Any] = {"old": old, "new": new}
        if isinstance(old, str) and isinstance(new, str):
            entry["words"] = [list(run) for run in word_diff(old, new)]
        fields[name] = entry
    result: dict[str, Any] = {
        "collection": change.collection,
        "key": list(change.key),
        "kind": change.kind,
        "label": describe(change.collection, record or {}, sides),
        "moved": change.moved,
        "fields": fields,
    }
    if change.kind in (ADDED, REMOVED):
        result["record"] = record
    return result


def diff_json(changes: list[Change], old: Journey, new: Journey) -> dict[str, Any]:
    """The changes for tools: {"same": bool, "changes": [...]}."""
    sides = [collections_of(new), collections_of(old)]
    shown = visible(changes)
    return {"same": not shown, "changes": [change_json(c, sides) for c in shown]}


def merge_lines(result: MergeResult) -> list[str]:
    """What a merge could not decide or had to keep, one line each."""
    from cjm_desktop.versions.conflict_notes import conflict_text

    sides = [collections_of(result.journey)]
    lines = [conflict_text(c, sides) for c in result.conflicts]
    for kept in result.kept:
        label = describe(kept.collection, kept.record, sides)
        if kept.reason == "edited":
            text = tr("Versions", "Kept %1: deleted on one side, edited on the other.")
        else:
            text = tr("Versions", "Kept %1: deleted on one side, still used on the other.")
        lines.append(text.replace("%1", label))
    return lines
