"""What a visual compare shows: the map's cards, metrics and curves against another version."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cjm_desktop.model import Journey
from cjm_desktop.versions.diff import ADDED, REMOVED, Change, diff
from cjm_desktop.versions.records import Record
from cjm_desktop.versions.report import visible

CELL_FIELDS = ("lane_id", "stage_id")


@dataclass
class Comparison:
    """The current map (``new``) against another version (``old``), sorted by what the canvas shows."""

    old: Journey
    new: Journey
    changes: list[Change]
    added_cards: set[str] = field(default_factory=set)
    changed_cards: dict[str, dict[str, tuple[Any, Any]]] = field(default_factory=dict)  # id -> fields
    moved_cards: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (old lane, old stage)
    removed_cards: list[Record] = field(default_factory=list)
    metric_values: dict[tuple[str, str], tuple[float | None, float | None]] = field(default_factory=dict)

    @property
    def same(self) -> bool:
        """True when nothing differs."""
        return not self.changes


def compare(old: Journey, new: Journey) -> Comparison:
    """Compare two versions of a map (``old`` a snapshot or another file, ``new`` the open map)."""
    # A map's own snapshots are not part of what is compared (a snapshot holds none of them).
    changes = [c for c in visible(diff(old, new)) if c.collection != "snapshots"]
    result = Comparison(old, new, changes)
    for change in changes:
        card_id = change.key[0]
        if change.collection == "cards":
            if change.kind == ADDED:
                result.added_cards.add(card_id)
            elif change.kind == REMOVED:
                result.removed_cards.append(change.old or {})
            else:
                fields = {k: v for k, v in change.fields.items() if k not in CELL_FIELDS}
                if fields:
                    result.changed_cards[card_id] = fields
                if any(k in change.fields for k in CELL_FIELDS) and change.old is not None:
                    result.moved_cards[card_id] = (change.old["lane_id"], change.old["stage_id"])
        elif change.collection == "metric_values" and not any(change.key[2:]):  # the stage's own value
            before = change.old["value"] if change.old else None
            after = change.new["value"] if change.new else None
            result.metric_values[change.key[0], change.key[1]] = (before, after)
    return result
