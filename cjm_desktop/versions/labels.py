"""Human names for records in reports and notes: "card “Checkout page”", "Anna at Purchase"."""

from __future__ import annotations

from typing import Any

from cjm_desktop.i18n import arg, tr
from cjm_desktop.versions.records import Key, Record

MAX_LABEL = 60


def short(text: Any) -> str:
    """A value on one line, cut to a readable length."""
    value = " ".join(str(text).split()) if text is not None else "—"
    return value if len(value) <= MAX_LABEL else value[: MAX_LABEL - 1] + "…"


def _name(collections: list[dict[str, dict[Key, Record]]], collection: str, ident: Any, field: str) -> str:
    for side in collections:
        record = side.get(collection, {}).get((str(ident),))
        if record is not None:
            return short(record.get(field)) or str(ident)
    return str(ident)


def describe(collection: str, record: Record, sides: list[dict[str, dict[Key, Record]]]) -> str:
    """Name a record for a person, looking names of what it refers to up in ``sides``."""
    stage = _name(sides, "stages", record.get("stage_id"), "name")
    if collection == "map":
        return tr("Versions", "the map")
    if collection == "stages":
        return tr("Versions", "stage “%1”").replace("%1", short(record.get("name")))
    if collection == "lanes":
        return tr("Versions", "lane “%1”").replace("%1", short(record.get("title")))
    if collection == "personas":
        return tr("Versions", "persona “%1”").replace("%1", short(record.get("name")))
    if collection == "channels":  # a built-in channel may have no name of its own: its id names it
        return tr("Versions", "channel “%1”").replace(
            "%1", short(record.get("name")) or str(record.get("id"))
        )
    if collection == "cards":
        lane = _name(sides, "lanes", record.get("lane_id"), "title")
        return (
            tr("Versions", "card “%1” (%2 / %3)")
            .replace("%1", short(record.get("text")) or record.get("id", ""))
            .replace("%2", lane)
            .replace("%3", stage)
        )
    if collection == "emotions":
        persona = _name(sides, "personas", record.get("persona_id"), "name")
        return tr("Versions", "emotion of %1 at %2").replace("%1", persona).replace("%2", stage)
    if collection == "routes":
        start = _name(sides, "cards", record.get("from_card"), "text")
        end = _name(sides, "cards", record.get("to_card"), "text")
        return tr("Versions", "route “%1” → “%2”").replace("%1", start).replace("%2", end)
    if collection == "metrics":
        return tr("Versions", "metric “%1”").replace("%1", short(record.get("name")))
    if collection == "metric_values":
        return _metric_value(record, stage, sides)
    if collection == "snapshots":
        return tr("Versions", "snapshot “%1”").replace("%1", short(record.get("name")))
    if collection == "metric_source":
        return tr("Versions", "the metrics source")
    return tr("Versions", "the voting settings")


def _metric_value(record: Record, stage: str, sides: list[dict[str, dict[Key, Record]]]) -> str:
    """A metric value named by what it measures: the stage, or one touchpoint and/or persona of it."""
    metric = _name(sides, "metrics", record.get("metric_id"), "name")
    card_id, persona_id = record.get("card_id"), record.get("persona_id")
    touchpoint = _name(sides, "cards", card_id, "text") if card_id else ""
    persona = _name(sides, "personas", persona_id, "name") if persona_id else ""
    if touchpoint and persona:
        text = tr("Versions", "metric “%1” at %2, touchpoint “%3”, persona “%4”")
    elif touchpoint:
        text = tr("Versions", "metric “%1” at %2, touchpoint “%3”")
    elif persona:
        text = tr("Versions", "metric “%1” at %2, persona “%3”")
    else:
        text = tr("Versions", "metric “%1” at %2")
    return arg(text, metric, stage, touchpoint or persona, persona)
