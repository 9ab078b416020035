"""The .cjm document as plain JSON data: model <-> dict, with no file access.

The same functions serve saving, loading, autosave, copy/paste and undo snapshots in tests.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from cjm_desktop.i18n import arg, tr, tr_noop
from cjm_desktop.model import (
    Card,
    Channel,
    EmotionPoint,
    Evidence,
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

FORMAT_VERSION = 6
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
            # A card's evidence items are records of their own; a dated series holds tuples.
            value = [
                record_to_dict(v) if dataclasses.is_dataclass(v) else list(v) if isinstance(v, tuple) else v
                for v in value
            ]
        elif isinstance(value, dict):
            value = dict(value)
        result[name] = value
    return result


_FIELD_NAMES: dict[type, frozenset[str]] = {}


def _field_names(cls: type) -> frozenset[str]:
    # Asked once per class, not once per record: a 10,000-card map builds 10,000 cards.
    names = _FIELD_NAMES.get(cls)
    if names is None:
        fields = dataclasses.fields(cls)
        names = _FIELD_NAMES[cls] = frozenset(f.name for f in fields if not f.name.startswith("_"))
    return names


def record_from_dict(cls: type[T], data: dict[str, Any], where: str) -> T:
    """Build a dataclass from a dict already checked against the schema; unknown keys are ignored."""
    if not isinstance(data, dict):
        raise FormatError(arg(tr("MapFile", "%1 should be an object"), where))
    known = _field_names(cls)
    kwargs = {key: value for key, value in data.items() if key in known}
    try:
        return cls(**kwargs)
    except TypeError as error:  # a required field is missing
        raise FormatError(f"{where}: {error}") from error


def card_from_dict(data: dict[str, Any], where: str) -> Card:
    """A card from its file (or clipboard) form, its evidence items built too."""
    card = record_from_dict(Card, data, where)
    if card.evidence:  # still the file's dicts here: turn them into evidence items
        raw: list[Any] = card.evidence
        card.evidence = [record_from_dict(Evidence, d, f"{where}.evidence[{k}]") for k, d in enumerate(raw)]
    return card


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
    journey.cards = [card_from_dict(d, f"cards[{i}]") for i, d in enumerate(data.get("cards", []))]
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
    # One whole sentence per kind, so each language words it with its own noun.
    for problem, items in (
        (tr_noop("MapFile", "two stages share the id '%1'"), journey.stages),
        (tr_noop("MapFile", "two lanes share the id '%1'"), journey.lanes),
        (tr_noop("MapFile", "two cards share the id '%1'"), journey.cards),
        (tr_noop("MapFile", "two personas share the id '%1'"), journey.personas),
        (tr_noop("MapFile", "two routes share the id '%1'"), journey.routes),
        (tr_noop("MapFile", "two metrics share the id '%1'"), journey.metrics),
        (tr_noop("MapFile", "two snapshots share the id '%1'"), journey.snapshots),
        (tr_noop("MapFile", "two channels share the id '%1'"), journey.channels),
    ):
        seen: set[str] = set()
        for item in items:
            if item.id in seen:
                raise FormatError(arg(tr("MapFile", problem), item.id))
            seen.add(item.id)
    stages = {s.id for s in journey.stages}
    lanes = {lane.id for lane in journey.lanes}
    cards = {c.id for c in journey.cards}
    personas = {p.id for p in journey.personas}
    metrics = {m.id for m in journey.metrics}
    for card in journey.cards:
        if card.stage_id not in stages:
            problem = tr("MapFile", "card '%1' is in stage '%2', which does not exist")
            raise FormatError(arg(problem, card.id, card.stage_id))
        if card.lane_id not in lanes:
            raise FormatError(
                arg(tr("MapFile", "card '%1' is in lane '%2', which does not exist"), card.id, card.lane_id)
            )
        missing = [p for p in card.persona_ids if p not in personas]
        if missing:
            problem = tr("MapFile", "card '%1' is linked to persona '%2', which does not exist")
            raise FormatError(arg(problem, card.id, missing[0]))
        # A link to a missing pain point is refused like any other broken reference: dropping it
        # silently would lose what the team decided an opportunity addresses.
        missing = [p for p in card.pain_point_ids if p not in cards]
        if missing:
            problem = tr("MapFile", "opportunity card '%1' addresses pain point '%2', which does not exist")
            raise FormatError(arg(problem, card.id, missing[0]))
    seen_points: set[tuple[str, str]] = set()
    for point in journey.emotions:
        if point.persona_id not in personas or point.stage_id not in stages:
            problem = tr(
                "MapFile",
                "an emotion score refers to persona '%1' and stage '%2'; one of them does not exist",
            )
            raise FormatError(arg(problem, point.persona_id, point.stage_id))
        if (point.persona_id, point.stage_id) in seen_points:
            problem = tr("MapFile", "persona '%1' has two emotion scores at stage '%2'")
            raise FormatError(arg(problem, point.persona_id, point.stage_id))
        seen_points.add((point.persona_id, point.stage_id))
    for route in journey.routes:
        if route.from_card not in cards or route.to_card not in cards:
            raise FormatError(arg(tr("MapFile", "route '%1' connects a card that does not exist"), route.id))
        if route.persona_id is not None and route.persona_id not in personas:
            problem = tr("MapFile", "route '%1' belongs to persona '%2', which does not exist")
            raise FormatError(arg(problem, route.id, route.persona_id))
    for value in journey.metric_values:
        if value.metric_id not in metrics or value.stage_id not in stages:
            problem = tr(
                "MapFile", "a metric value refers to metric '%1' at stage '%2'; one of them does not exist"
            )
            raise FormatError(arg(problem, value.metric_id, value.stage_id))
        if value.card_id and value.card_id not in cards:
            problem = tr("MapFile", "a metric value is on card '%1', which does not exist")
            raise FormatError(arg(problem, value.card_id))
        if value.persona_id and value.persona_id not in personas:
            problem = tr("MapFile", "a metric value belongs to persona '%1', which does not exist")
            raise FormatError(arg(problem, value.persona_id))
    for lane_id in journey.voting.lane_ids:
        if lane_id not in lanes:
            raise FormatError(arg(tr("MapFile", "voting refers to lane '%1', which does not exist"), lane_id))
