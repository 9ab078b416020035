"""Conflicts a merge could not decide, written into the map as note cards the user resolves."""

from __future__ import annotations

import hashlib
import json

from cjm_desktop.i18n import tr
from cjm_desktop.model import Card, Lane, LaneKind
from cjm_desktop.versions.labels import describe, short
from cjm_desktop.versions.merge import Conflict
from cjm_desktop.versions.records import Key, Record, full_record

CONFLICT_LANE_ID = "lane-merge-conflicts"
CONFLICT_TAG = "merge-conflict"
CONFLICT_COLOR = "#f2b84b"


def conflict_text(conflict: Conflict, sides: list[dict[str, dict[Key, Record]]]) -> str:
    """One conflict in words: what, which field, the value kept and the other one."""
    return (
        tr("Versions", "Merge conflict in %1, field “%2”: kept ours “%3”; theirs was “%4”.")
        .replace("%1", describe(conflict.collection, conflict.record, sides))
        .replace("%2", conflict.field)
        .replace("%3", short(conflict.ours))
        .replace("%4", short(conflict.theirs))
    )


def add_conflict_notes(merged: dict[str, dict[Key, Record]], conflicts: list[Conflict]) -> None:
    """Add a note card per conflict, in a "Merge conflicts" notes lane, at the stage concerned."""
    stages = list(merged["stages"])
    texts = [conflict_text(c, [merged]) for c in conflicts]
    if not stages:
        # No cell to put a card in: the description carries the notes instead.
        meta = merged["map"][("",)]
        meta["description"] = "\n".join([meta.get("description", ""), *texts]).strip()
        return
    if (CONFLICT_LANE_ID,) not in merged["lanes"]:
        lane = Lane(CONFLICT_LANE_ID, LaneKind.NOTES, tr("Versions", "Merge conflicts"))
        merged["lanes"][(CONFLICT_LANE_ID,)] = full_record(lane)
    for conflict, text in zip(conflicts, texts, strict=True):
        stage = conflict.record.get("stage_id") if conflict.collection != "stages" else conflict.record["id"]
        if (str(stage),) not in merged["stages"]:
            stage = stages[0][0]
        # A content hash, not a random id: merging the same files twice gives the same bytes.
        digest = hashlib.sha1(json.dumps([conflict.collection, conflict.key, conflict.field, text]).encode())
        card = Card(
            f"conflict-{digest.hexdigest()[:12]}",
            CONFLICT_LANE_ID,
            str(stage),
            text,
            color=CONFLICT_COLOR,
            tags=[CONFLICT_TAG],
        )
        merged["cards"][(card.id,)] = full_record(card)
