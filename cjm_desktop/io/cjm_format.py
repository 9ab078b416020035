"""The .cjm document as plain JSON data: model <-> dict, with no file access.

The same functions serve saving, loading, autosave, copy/paste and undo snapshots in tests.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from cjm_desktop.model import (
    Card,
    Channel,
    EmotionPoint,
    Journey,
    Lane,
    LaneKind,
    Metric,
    MetricSource,
    MetricValue,
    Persona,
    Route,
    Snapshot,
    Stage,
    VotingSettings,
)
from cjm_desktop.model.channels import channel_for_unknown

FORMAT_VERSION = 5
MIME_TYPE = "application/x-cjm-journey"

T = TypeVar("T")


class FormatError(ValueError):
    """The data is not a valid journey map; the message says where and why."""


_NO_DEFAULT, _DEFAULT, _FACTORY = 0, 1, 2


_DEFAULTS: dict[type, tuple[tuple[str, int, Any], ...]] = {}


def _field_defaults(cls: type) -> tuple[tuple[str, int, Any], ...]:
    """Per dataclass, once: each saved field with its default (saving a 10,000-card map asks often)."""
    cached = _DEFAULTS.get(cls)
    if cached is not None:
        return cached
    found: list[tuple[str, int, Any]] = []
    for f in dataclasses.fields(cls):
        if f.name.startswith("_"):
            continue
        if f.default is not dataclasses.MISSING:
            found.append((f.name, _DEFAULT, f.default))
        elif f.default_factory in (list, dict):
            found.append((f.name, _DEFAULT, f.default_factory()))  # an empty one, only compared against
        elif f.default_factory is not dataclasses.MISSING:
            found.append((f.name, _FACTORY, f.default_factory))  # e.g. a translated title: made each time
        else:
            found.append((f.name, _NO_DEFAULT, None))
    _DEFAULTS[cls] = tuple(found)
    return _DEFAULTS[cls]


def record_to_dict(record: Any) -> dict[str, Any]:
    """A dataclass as a JSON-ready dict; fields at their default are left out to keep files small."""
    result: dict[str, Any] = {}
    for name, kind, default in _field_defaults(type(record)):
        value = getattr(record, name)
        if kind == _DEFAULT and value == default:
            continue
        if kind == _FACTORY and value == default():
            continue
        if dataclasses.is_dataclass(value):
            value = record_to_dict(value)
        elif isinstance(value, list):
            value = [list(v) if isinstance(v, tuple) else v for v in value]
        elif isinstance(value, dict):
            value = dict(value)
        result[name] = value
    return result


def record_from_dict(cls: type[T], data: dict[str, Any], where: str) -> T:
    """Build a dataclass from a dict already checked against the schema; unknown keys are ignored."""
    if not isinstance(data, dict):
        raise FormatError(f"{where} should be an object")
    known = {f.name for f in dataclasses.fields(cls) if not f.name.startswith("_")}  # type: ignore[arg-type]
    kwargs = {key: value for key, value in data.items() if key in known}
    try:
        return cls(**kwargs)
    except TypeError as error:  # a required field is missing
        raise FormatError(f"{where}: {error}") from error


def journey_to_dict(journey: Journey) -> dict[str, Any]:
    """The whole map as the JSON document saved in a .cjm file."""
    return {
        "format_version": FORMAT_VERSION,
        "map": _map_meta(journey),
        "stages": [record_to_dict(s) for s in journey.stages],
        "lanes": [record_to_dict(lane) for lane in journey.lanes],
        "cards": [record_to_dict(c) for c in journey.cards],
        "personas": [record_to_dict(p) for p in journey.personas],
        "emotions": [record_to_dict(e) for e in journey.emotions],
        "routes": [record_to_dict(r) for r in journey.routes],
        "metrics": [record_to_dict(m) for m in journey.metrics],
        "metric_values": [record_to_dict(v) for v in journey.metric_values],
        "metric_source": record_to_dict(journey.metric_source) if journey.metric_source else None,
        "voting": record_to_dict(journey.voting),
        "snapshots": [record_to_dict(s) for s in journey.snapshots],
        "channels": [record_to_dict(c) for c in journey.channels],
    }


def _map_meta(journey: Journey) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "title": journey.title,
        "description": journey.description,
        "goals": journey.goals,
    }
    if journey.number_locale:
        meta["number_locale"] = journey.number_locale
    if journey.funnel_metric_id:
        meta["funnel_metric_id"] = journey.funnel_metric_id
    return meta


def journey_from_dict(data: dict[str, Any]) -> Journey:
    """Build a Journey from a current-version document that passed the schema; checks references."""
    meta = data.get("map", {})
    journey = Journey(
        title=meta.get("title", "Untitled journey"),
        description=meta.get("description", ""),
        goals=meta.get("goals", ""),
        number_locale=meta.get("number_locale", ""),
        funnel_metric_id=meta.get("funnel_metric_id", ""),
    )
    journey.stages = [
        record_from_dict(Stage, d, f"stages[{i}]") for i, d in enumerate(data.get("stages", []))
    ]
    journey.lanes = [record_from_dict(Lane, d, f"lanes[{i}]") for i, d in enumerate(data.get("lanes", []))]
    for lane in journey.lanes:
        lane.kind = _lane_kind(lane.kind)
    journey.cards = [record_from_dict(Card, d, f"cards[{i}]") for i, d in enumerate(data.get("cards", []))]
    journey.personas = [
        record_from_dict(Persona, d, f"personas[{i}]") for i, d in enumerate(data.get("personas", []))
    ]
    journey.emotions = [
        record_from_dict(EmotionPoint, d, f"emotions[{i}]") for i, d in enumerate(data.get("emotions", []))
    ]
    journey.routes = [
        record_from_dict(Route, d, f"routes[{i}]") for i, d in enumerate(data.get("routes", []))
    ]
    journey.metrics = [
        record_from_dict(Metric, d, f"metrics[{i}]") for i, d in enumerate(data.get("metrics", []))
    ]
    journey.metric_values = [
        record_from_dict(MetricValue, d, f"metric_values[{i}]")
        for i, d in enumerate(data.get("metric_values", []))
    ]
    for value in journey.metric_values:
        value.series = [(str(point[0]), float(point[1])) for point in value.series]
    source = data.get("metric_source")
    journey.metric_source = record_from_dict(MetricSource, source, "metric_source") if source else None
    if "voting" in data:
        journey.voting = record_from_dict(VotingSettings, data["voting"], "voting")
    journey.snapshots = [
        record_from_dict(Snapshot, d, f"snapshots[{i}]") for i, d in enumerate(data.get("snapshots", []))
    ]
    if "channels" in data:
        journey.channels = [
            record_from_dict(Channel, d, f"channels[{i}]") for i, d in enumerate(data["channels"])
        ]
    adopt_unknown_channels(journey)
    check_references(journey)
    return journey


def adopt_unknown_channels(journey: Journey) -> None:
    """Give every channel a card or persona names a place in the map's list, so none shows as a raw id."""
    known = {c.id for c in journey.channels}
    used = [c.channel for c in journey.cards if c.channel] + [x for p in journey.personas for x in p.channels]
    for raw in used:
        if isinstance(raw, str) and raw.strip() and raw not in known:  # a blank value is no channel
            journey.channels.append(channel_for_unknown(raw))
            known.add(raw)


def _lane_kind(kind: str) -> LaneKind:
    # A lane kind from a newer version shows as a notes lane rather than refusing the map.
    try:
        return LaneKind(kind)
    except ValueError:
        return LaneKind.NOTES


def check_references(journey: Journey) -> None:
    """Refuse duplicate ids and references to things that do not exist."""
    for name, items in (
        ("stage", journey.stages),
        ("lane", journey.lanes),
        ("card", journey.cards),
        ("persona", journey.personas),
        ("route", journey.routes),
        ("metric", journey.metrics),
        ("snapshot", journey.snapshots),
        ("channel", journey.channels),
    ):
        seen: set[str] = set()
        for item in items:
            if item.id in seen:
                raise FormatError(f"two {name}s share the id {item.id!r}")
            seen.add(item.id)
    stages = {s.id for s in journey.stages}
    lanes = {lane.id for lane in journey.lanes}
    cards = {c.id for c in journey.cards}
    personas = {p.id for p in journey.personas}
    metrics = {m.id for m in journey.metrics}
    for card in journey.cards:
        if card.stage_id not in stages:
            raise FormatError(f"card {card.id!r} is in stage {card.stage_id!r}, which does not exist")
        if card.lane_id not in lanes:
            raise FormatError(f"card {card.id!r} is in lane {card.lane_id!r}, which does not exist")
        missing = [p for p in card.persona_ids if p not in personas]
        if missing:
            raise FormatError(f"card {card.id!r} is linked to persona {missing[0]!r}, which does not exist")
        # A link to a missing pain point is refused like any other broken reference: dropping it
        # silently would lose what the team decided an opportunity addresses.
        missing = [p for p in card.pain_point_ids if p not in cards]
        if missing:
            raise FormatError(
                f"opportunity card {card.id!r} addresses pain point {missing[0]!r}, which does not exist"
            )
    seen_points: set[tuple[str, str]] = set()
    for point in journey.emotions:
        if point.persona_id not in personas or point.stage_id not in stages:
            raise FormatError(
                f"an emotion score refers to persona {point.persona_id!r} and stage {point.stage_id!r}; "
                "one of them does not exist"
            )
        if (point.persona_id, point.stage_id) in seen_points:
            raise FormatError(
                f"persona {point.persona_id!r} has two emotion scores at stage {point.stage_id!r}"
            )
        seen_points.add((point.persona_id, point.stage_id))
    for route in journey.routes:
        if route.from_card not in cards or route.to_card not in cards:
            raise FormatError(f"route {route.id!r} connects a card that does not exist")
        if route.persona_id is not None and route.persona_id not in personas:
            raise FormatError(
                f"route {route.id!r} belongs to persona {route.persona_id!r}, which does not exist"
            )
    for value in journey.metric_values:
        if value.metric_id not in metrics or value.stage_id not in stages:
            raise FormatError(
                f"a metric value refers to metric {value.metric_id!r} at stage {value.stage_id!r}; "
                "one of them does not exist"
            )
        if value.card_id and value.card_id not in cards:
            raise FormatError(f"a metric value is on card {value.card_id!r}, which does not exist")
        if value.persona_id and value.persona_id not in personas:
            raise FormatError(f"a metric value belongs to persona {value.persona_id!r}, which does not exist")
    for lane_id in journey.voting.lane_ids:
        if lane_id not in lanes:
            raise FormatError(f"voting refers to lane {lane_id!r}, which does not exist")
