"""Snapshots of a map: its content as saved data, and a map built back from a snapshot."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

from cjm_desktop.i18n import arg, tr
from cjm_desktop.io.mapfile.cjm_format import FormatError, journey_from_dict, journey_to_dict
from cjm_desktop.io.mapfile.migrations import migrate
from cjm_desktop.io.mapfile.schema import validate
from cjm_desktop.model import Journey, Snapshot, new_id


def snapshot_content(journey: Journey) -> dict[str, Any]:
    """The map's content as saved, without its own snapshots (a snapshot never nests others)."""
    doc = journey_to_dict(journey)
    doc.pop("snapshots", None)
    return doc


def take_snapshot(journey: Journey, name: str, note: str = "", status: str = "") -> Snapshot:
    """A new snapshot of the map as it is now, dated now (UTC)."""
    created = datetime.now(UTC).isoformat(timespec="seconds")
    return Snapshot(new_id("snapshot"), name, created, note, status, snapshot_content(journey))


def journey_from_snapshot(snapshot: Snapshot) -> Journey:
    """The map a snapshot holds, migrated and checked like a file (FormatError names the snapshot)."""
    try:
        doc = migrate(copy.deepcopy(snapshot.content))
        validate(doc)
        doc.pop("snapshots", None)
        return journey_from_dict(doc)
    except FormatError as error:
        raise FormatError(arg(tr("MapFile", "snapshot “%1”: %2"), snapshot.name, error)) from None
