"""Object- and field-level differences between two versions of a map, and applying them (patch)."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from cjm_desktop.model import Journey
from cjm_desktop.versions.records import (
    COLLECTIONS,
    Key,
    Record,
    collections_of,
    journey_from_collections,
)

ADDED = "added"
REMOVED = "removed"
CHANGED = "changed"


@dataclass
class Change:
    """One record that differs: added, removed, or changed (fields and/or its place in the order)."""

    collection: str
    key: Key
    kind: str
    old: Record | None = None
    new: Record | None = None
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # name -> (old, new)
    moved: bool = False
    # The key of the record just before this one in the new version's order (None: first); it is
    # how a patch puts added and moved records back in place.
    after: Key | None = None


def stayed_in_order(old_keys: list[Key], new_keys: list[Key]) -> set[Key]:
    """Keys of both versions that keep their relative order (a longest common run); the rest moved."""
    common = set(old_keys) & set(new_keys)
    a = [k for k in old_keys if k in common]
    b = [k for k in new_keys if k in common]
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    stayed: set[Key] = set()
    for block in matcher.get_matching_blocks():
        stayed.update(a[block.a : block.a + block.size])
    return stayed


def diff_collection(name: str, old: dict[Key, Record], new: dict[Key, Record]) -> list[Change]:
    """Changes of one collection, removed ones first, then the rest in the new version's order."""
    changes = [Change(name, key, REMOVED, old=record) for key, record in old.items() if key not in new]
    stayed = stayed_in_order(list(old), list(new))
    previous: Key | None = None
    for key, record in new.items():
        if key not in old:
            changes.append(Change(name, key, ADDED, new=record, after=previous))
        else:
            before = old[key]
            if before == record and key in stayed:
                previous = key
                continue  # the common case, decided by one C-level comparison
            fields = {
                f: (before.get(f), record.get(f))
                for f in dict.fromkeys([*before, *record])
                if before.get(f) != record.get(f)
            }
            moved = key not in stayed
            if fields or moved:
                changes.append(
                    Change(
                        name, key, CHANGED, old=before, new=record, fields=fields, moved=moved, after=previous
                    )
                )
        previous = key
    return changes


def diff(old: Journey, new: Journey) -> list[Change]:
    """Every difference between two maps; empty when they are the same."""
    before, after = collections_of(old), collections_of(new)
    changes: list[Change] = []
    for name, _ in COLLECTIONS:
        changes.extend(diff_collection(name, before[name], after[name]))
    return changes


def place(
    order: list[Key], key: Key, after: Key | None, skip: set[Key] | frozenset[Key] = frozenset()
) -> None:
    """Insert ``key`` just after ``after`` (at the start for None), past any keys in ``skip``."""
    index = order.index(after) + 1 if after is not None and after in order else 0
    while index < len(order) and order[index] in skip:
        index += 1
    order.insert(index, key)


def patch_collection(records: dict[Key, Record], changes: list[Change]) -> dict[Key, Record]:
    """Apply one collection's changes to its records (a new mapping; the input is left alone)."""
    result = dict(records)  # fresh records from collections_of(): changed in place below
    placed: list[Change] = []
    for change in changes:
        if change.kind == REMOVED:
            result.pop(change.key, None)
        elif change.kind == ADDED:
            result[change.key] = copy.deepcopy(change.new or {})
            placed.append(change)
        else:
            target = result.setdefault(change.key, copy.deepcopy(change.old or {}))
            target = result[change.key] = dict(target)  # the change may hold this very dict
            for name, (_, value) in change.fields.items():
                target[name] = copy.deepcopy(value)
            if change.moved:
                placed.append(change)
    order = [k for k in result if k not in {c.key for c in placed}]
    for change in placed:
        place(order, change.key, change.after)
    return {k: result[k] for k in order}


def patch(old: Journey, changes: list[Change]) -> Journey:
    """Apply changes made by :func:`diff` to a map, giving a new map (``old`` is not touched)."""
    collections = collections_of(old)
    for name, _ in COLLECTIONS:
        mine = [c for c in changes if c.collection == name]
        if mine:
            collections[name] = patch_collection(collections[name], mine)
    return journey_from_collections(collections)
