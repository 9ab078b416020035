"""A map seen as keyed collections of plain records: the common ground of diff, patch and merge.

Every collection is an ordered list of records identified by a key (an id, or persona + stage
for an emotion score). Records are full field dicts (defaults included) so two versions compare
field by field; building a map back goes through the .cjm reader, so its checks apply.
"""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import Any

from cjm_desktop.io.mapfile.cjm_format import journey_from_dict, journey_to_dict
from cjm_desktop.model import Journey

Record = dict[str, Any]
Key = tuple[str, ...]

# (collection name in the .cjm document, the fields that identify a record)
COLLECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("map", ()),
    ("stages", ("id",)),
    ("lanes", ("id",)),
    ("personas", ("id",)),
    ("channels", ("id",)),  # the map's own channels (names, icons): a merge must not drop them
    ("cards", ("id",)),
    ("emotions", ("persona_id", "stage_id")),
    ("routes", ("id",)),
    ("metrics", ("id",)),
    # A stage's own value, a touchpoint's and a persona's share metric and stage: all four identify it.
    ("metric_values", ("metric_id", "stage_id", "card_id", "persona_id")),
    ("metric_source", ()),
    ("voting", ()),
    ("snapshots", ("id",)),
)
KEY_FIELDS = dict(COLLECTIONS)
# Collections whose order the user sees; order changes elsewhere are not reported as moves.
ORDERED = frozenset({"stages", "lanes", "personas", "channels", "cards", "metrics", "snapshots"})
SINGLE_KEY: Key = ("",)


def _plain(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if not f.name.startswith("_"))


def full_record(record: Any) -> Record:
    """All public fields of a dataclass as plain JSON values (fresh lists and dicts), defaults included."""
    result = {}
    for name in _field_names(type(record)):  # type: ignore[arg-type]  # classes are hashable
        value = getattr(record, name)
        result[name] = _plain(value) if isinstance(value, (list, tuple, dict)) else value
    return result


def collections_of(journey: Journey) -> dict[str, dict[Key, Record]]:
    """Each collection as an ordered mapping key -> full record."""
    result: dict[str, dict[Key, Record]] = {}
    for name, _ in COLLECTIONS:
        if name == "map":
            items = [
                {
                    "title": journey.title,
                    "description": journey.description,
                    "goals": journey.goals,
                    "number_locale": journey.number_locale,
                    "funnel_metric_id": journey.funnel_metric_id,
                }
            ]
        elif name == "metric_source":
            items = [full_record(journey.metric_source)] if journey.metric_source else []
        elif name == "voting":
            items = [full_record(journey.voting)]
        else:
            items = [full_record(r) for r in getattr(journey, name)]
        result[name] = {record_key(name, r): r for r in items}
    return result


def record_key(collection: str, record: Record) -> Key:
    """The key of a record in its collection."""
    fields = KEY_FIELDS[collection]
    return tuple(str(record[f]) for f in fields) if fields else SINGLE_KEY


def journey_from_collections(collections: dict[str, dict[Key, Record]]) -> Journey:
    """Build a map from collections through the .cjm reader (FormatError when references break)."""
    doc: dict[str, Any] = {}
    for name, _ in COLLECTIONS:
        records = list(collections.get(name, {}).values())
        if name == "map":
            doc["map"] = records[0] if records else {}
        elif name in ("metric_source", "voting"):
            doc[name] = records[0] if records else None
        else:
            doc[name] = records
    if doc["voting"] is None:
        del doc["voting"]
    return journey_from_dict(doc)


def canonical(journey: Journey) -> dict[str, Any]:
    """The saved form of a map, for comparing two maps for equality."""
    return journey_to_dict(journey)
