"""Three-way merge of two edited copies of a map at the level of objects and fields.

Rules: a field changed on one side takes that side's value; a field changed differently on both
sides takes ours and is a conflict. Additions on both sides are kept. A record deleted on one
side and edited on the other is kept (edited) and reported. Order: ours, with the records theirs
added or moved put after the record that precedes them in theirs. The result always passes the
map's reference checks: a record something still refers to is kept and reported.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from cjm_desktop.model import Journey
from cjm_desktop.versions.diff import ADDED, CHANGED, diff_collection, place
from cjm_desktop.versions.records import COLLECTIONS, Key, Record, collections_of, journey_from_collections


@dataclass
class Conflict:
    """A field both sides changed differently; ours was kept."""

    collection: str
    key: Key
    field: str
    base: Any
    ours: Any
    theirs: Any
    record: Record  # the merged record, to name it in reports


@dataclass
class Kept:
    """A record one side deleted that the merge kept, and why."""

    collection: str
    key: Key
    reason: str  # "edited" (deleted on one side, edited on the other) or "referenced"
    record: Record


@dataclass
class MergeResult:
    """The merged map with what needs the user's attention."""

    journey: Journey
    conflicts: list[Conflict] = field(default_factory=list)
    kept: list[Kept] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        """True when no field conflicted."""
        return not self.conflicts


def _merge_fields(
    name: str, key: Key, base: Record | None, ours: Record, theirs: Record, conflicts: list[Conflict]
) -> Record:
    # Records come fresh from collections_of(): nothing else holds them, so no copies are needed.
    if theirs == base or theirs == ours:
        return ours
    if ours == base:
        return theirs
    merged = dict(ours)
    base = base or {}
    for f in dict.fromkeys([*ours, *theirs]):
        o, t, b = ours.get(f), theirs.get(f), base.get(f)
        if o == t or t == b:
            continue
        if o == b:
            merged[f] = t
        else:
            conflicts.append(Conflict(name, key, f, b, o, t, merged))
    return merged


def merge_collection(
    name: str,
    base: dict[Key, Record],
    ours: dict[Key, Record],
    theirs: dict[Key, Record],
    conflicts: list[Conflict],
    kept: list[Kept],
) -> dict[Key, Record]:
    """Merge one collection; appends to ``conflicts`` and ``kept``."""
    result: dict[Key, Record] = {}
    from_theirs: set[Key] = set()  # records ours lacks: placed by theirs' order
    for key in dict.fromkeys([*ours, *theirs, *base]):
        b, o, t = base.get(key), ours.get(key), theirs.get(key)
        if o is not None and t is not None:
            result[key] = _merge_fields(name, key, b, o, t, conflicts)
        elif o is not None and b is None:
            result[key] = o  # added by ours
        elif t is not None and b is None:
            result[key] = t  # added by theirs
            from_theirs.add(key)
        elif o is not None and o != b:
            result[key] = o  # deleted by theirs, edited by ours
            kept.append(Kept(name, key, "edited", result[key]))
        elif t is not None and t != b:
            result[key] = t  # deleted by ours, edited by theirs
            from_theirs.add(key)
            kept.append(Kept(name, key, "edited", result[key]))
    ours_changes = {c.key: c for c in diff_collection(name, base, ours)}
    ours_placed = {k for k, c in ours_changes.items() if c.kind == ADDED or c.moved}
    order = [k for k in ours if k in result]
    for change in diff_collection(name, base, theirs):
        moved_by_theirs = change.kind == CHANGED and change.moved and change.key not in ours_placed
        if change.key not in result or not (change.key in from_theirs or moved_by_theirs):
            continue
        if change.key in order:
            order.remove(change.key)
        place(order, change.key, _anchor(change.after, theirs, order), skip=ours_placed)
    placed = set(order)
    order.extend(k for k in result if k not in placed)
    return {k: result[k] for k in order}


def _anchor(after: Key | None, theirs: dict[Key, Record], order: list[Key]) -> Key | None:
    # The nearest record before this one in theirs that the merged order holds.
    keys = list(theirs)
    while after is not None and after not in order:
        index = keys.index(after)
        after = keys[index - 1] if index else None
    return after


# collection -> [(field, referenced collection, is a list of ids)]
REFERENCES: dict[str, list[tuple[str, str, bool]]] = {
    "cards": [
        ("stage_id", "stages", False),
        ("lane_id", "lanes", False),
        ("persona_ids", "personas", True),
        ("pain_point_ids", "cards", True),  # an opportunity keeps the pain point it addresses
    ],
    "emotions": [("persona_id", "personas", False), ("stage_id", "stages", False)],
    "routes": [("from_card", "cards", False), ("to_card", "cards", False), ("persona_id", "personas", False)],
    "metric_values": [
        ("metric_id", "metrics", False),
        ("stage_id", "stages", False),
        ("card_id", "cards", False),  # a touchpoint's value ("" = none)
        ("persona_id", "personas", False),  # a persona's value ("" = none)
    ],
    "map": [("funnel_metric_id", "metrics", False)],
    "voting": [("lane_ids", "lanes", True)],
}


def keep_referenced(
    merged: dict[str, dict[Key, Record]], sides: list[dict[str, dict[Key, Record]]], kept: list[Kept]
) -> None:
    """Bring back deleted records that merged records still refer to, until nothing dangles."""
    changed = True
    while changed:
        changed = False
        for name, refs in REFERENCES.items():
            for record in list(merged[name].values()):
                for f, target, many in refs:
                    ids = record.get(f) if many else [record.get(f)]
                    for ref in ids or []:
                        if not ref or (str(ref),) in merged[target]:  # "" or None: no reference
                            continue
                        source = next((s[target][(ref,)] for s in sides if (ref,) in s[target]), None)
                        if source is not None:
                            merged[target][(ref,)] = copy.deepcopy(source)
                            kept.append(Kept(target, (ref,), "referenced", merged[target][(ref,)]))
                        elif many:
                            record[f] = [i for i in record[f] if i != ref]
                        else:
                            record[f] = None  # only optional references can lack a source
                        changed = True


def merge_records(base: Journey, ours: Journey, theirs: Journey) -> tuple[dict, list[Conflict], list[Kept]]:
    """Merged collections, conflicts and kept records, before the map is built."""
    b, o, t = collections_of(base), collections_of(ours), collections_of(theirs)
    conflicts: list[Conflict] = []
    kept: list[Kept] = []
    merged = {
        name: merge_collection(name, b[name], o[name], t[name], conflicts, kept) for name, _ in COLLECTIONS
    }
    keep_referenced(merged, [o, t, b], kept)
    return merged, conflicts, kept


def merge(base: Journey, ours: Journey, theirs: Journey, notes: bool = True) -> MergeResult:
    """Merge two maps edited from ``base``; with ``notes``, each conflict becomes a note card."""
    merged, conflicts, kept = merge_records(base, ours, theirs)
    if notes and conflicts:
        from cjm_desktop.versions.conflict_notes import add_conflict_notes

        add_conflict_notes(merged, conflicts)
    return MergeResult(journey_from_collections(merged), conflicts, kept)
