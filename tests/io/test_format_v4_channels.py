"""Format version 3: the map's own channel list, and the migrations that bring old files to it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cjm_desktop.io.mapfile.cjm_file import dumps, load_map, loads
from cjm_desktop.io.mapfile.cjm_format import FORMAT_VERSION, FormatError, journey_from_dict
from cjm_desktop.io.mapfile.migrations import MIGRATIONS
from cjm_desktop.model import Journey
from cjm_desktop.model.channels import DEFAULT_CHANNELS, default_channels

DATA = Path(__file__).resolve().parents[1] / "data"
BUILTIN = [channel_id for channel_id, _, _ in DEFAULT_CHANNELS]


def test_a_new_map_starts_with_the_ten_channels_and_seven_more() -> None:
    ids = [c.id for c in Journey().channels]
    assert ids[:10] == ["web", "mobile_app", "email", "phone", "store", "social", "messaging", "courier",
                        "partner", "other"]  # fmt: skip
    assert ids[10:] == ["search_engine", "ads", "push_notification", "chatbot", "review_site",
                        "product_configurator", "callback_request"]  # fmt: skip
    assert all(c.name == "" for c in Journey().channels)  # built-ins show their translated names


def test_version_1_file_migrates_with_every_card_channel_and_metric_value_in_place() -> None:
    path = DATA / "legacy-v1-channels-metrics.cjm"
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["format_version"] == 1
    journey = load_map(path)
    # every card, in the same cell, order and channel
    assert [(c.id, c.lane_id, c.stage_id, c.text, c.channel) for c in journey.cards] == [
        (c["id"], c["lane_id"], c["stage_id"], c.get("text", ""), c.get("channel")) for c in raw["cards"]
    ]
    # every channel value a card or persona used is now a channel of the map, unknown ones named
    ids = [c.id for c in journey.channels]
    assert ids[: len(BUILTIN)] == BUILTIN
    assert ids[len(BUILTIN) :] == ["kiosk", "call_centre_2"]
    assert journey.channel("kiosk").name == "Kiosk" and journey.channel("kiosk").icon == "other"
    assert journey.channel("call_centre_2").name == "Call centre 2"
    assert journey.channel("review_site").name == ""  # a built-in now, not a raw id
    for card in journey.cards:
        assert card.channel is None or journey.channel(card.channel) is not None
    assert journey.personas[0].channels == ["web", "kiosk", "call_centre_2"]
    # every metric and value, with its series
    assert [(m.id, m.name, m.format, m.target) for m in journey.metrics] == [
        ("metric-sessions", "Sessions", "number", None),
        ("metric-conversion", "Conversion", "percent", 0.05),
    ]
    assert [(v.metric_id, v.stage_id, v.value, v.series) for v in journey.metric_values] == [
        (v["metric_id"], v["stage_id"], v["value"], [tuple(p) for p in v.get("series", [])])
        for v in raw["metric_values"]
    ]
    # and it saves as the current version, reading back the same
    saved = json.loads(dumps(journey))
    assert saved["format_version"] == FORMAT_VERSION
    assert loads(dumps(journey)) == journey


def test_the_3_to_4_step_adds_channels_and_changes_nothing_else() -> None:
    raw = json.loads((DATA / "format-v3.cjm").read_text(encoding="utf-8"))
    migrated = MIGRATIONS[3](raw)
    assert migrated["format_version"] == 4
    assert [c["id"] for c in migrated["channels"]] == BUILTIN  # the v3 file uses built-in channels only
    assert {k: v for k, v in migrated.items() if k not in ("channels", "format_version")} == {
        k: v for k, v in raw.items() if k != "format_version"
    }


def test_version_4_file_keeps_renamed_and_custom_channels() -> None:
    journey = load_map(DATA / "format-v4.cjm")
    assert journey.channel("web").name == "Online shop"
    kiosk = journey.channel("channel-kiosk")
    assert kiosk is not None and kiosk.name == "In-store kiosk" and kiosk.icon == "store"
    assert any(card.channel == "channel-kiosk" for card in journey.cards)
    assert loads(dumps(journey)) == journey


def test_a_v4_card_naming_a_missing_channel_gets_one_named_from_its_id() -> None:
    doc = json.loads(dumps(load_map(DATA / "format-v4.cjm")))
    doc["channels"] = [c for c in doc["channels"] if c["id"] != "channel-kiosk"]
    journey = journey_from_dict(doc)
    assert journey.channel("channel-kiosk").name == "Channel kiosk"


def test_two_channels_with_one_id_are_refused() -> None:
    doc = json.loads(dumps(Journey()))
    doc["channels"].append({"id": "web"})
    with pytest.raises(FormatError, match="two channels share the id 'web'"):
        journey_from_dict(doc)


def test_channels_at_their_defaults_stay_small_in_the_file() -> None:
    saved = json.loads(dumps(Journey()))
    assert saved["channels"][0] == {"id": "web", "icon": "web", "online": True}
    assert [c.id for c in default_channels()] == [c["id"] for c in saved["channels"]]


@pytest.mark.parametrize(
    ("field", "value"),
    [("cards", 7), ("personas", 7), ("cards", [{"channel": 3}]), ("personas", [{"channels": [""]}])],
)
def test_migration_leaves_wrong_types_to_the_schema(field: str, value: object) -> None:
    # Migration runs before validation (found by the fuzzer): it must not crash on what it cannot read.
    raw = json.loads((DATA / "format-v3.cjm").read_text(encoding="utf-8"))
    raw[field] = value
    migrated = MIGRATIONS[3](raw)
    assert [c["id"] for c in migrated["channels"]] == BUILTIN


def test_blank_or_long_channel_values_load_and_save_again() -> None:
    doc = json.loads(dumps(load_map(DATA / "format-v4.cjm")))
    doc["personas"] = [{"id": "p", "name": "P", "channels": ["", " ", "x" * 300]}]
    journey = journey_from_dict(doc)
    assert journey.channel("") is None and journey.channel(" ") is None  # a blank value is no channel
    assert journey.channel("x" * 300) is not None
    assert loads(dumps(journey)) == journey  # what opens saves and opens again


@pytest.mark.parametrize("name", ["format-v1.cjm", "legacy-v1-channels-metrics.cjm"])
def test_each_version_1_file_keeps_every_card_channel_and_metric_value(name: str) -> None:
    raw = json.loads((DATA / name).read_text(encoding="utf-8"))
    assert raw["format_version"] == 1
    journey = load_map(DATA / name)
    # Every card in its cell and order, with its channel; every channel used is a channel of the map.
    assert [(c.id, c.lane_id, c.stage_id, c.text, c.channel, c.online) for c in journey.cards] == [
        (c["id"], c["lane_id"], c["stage_id"], c.get("text", ""), c.get("channel"), c.get("online"))
        for c in raw["cards"]
    ]
    used = {c["channel"] for c in raw["cards"] if c.get("channel")}
    used |= {ch for p in raw.get("personas", []) for ch in p.get("channels", [])}
    assert used <= {c.id for c in journey.channels}
    assert [c.id for c in journey.channels][: len(BUILTIN)] == BUILTIN
    # Every metric and value where it was: the stage's own value (no card or persona in version 1).
    assert [m.id for m in journey.metrics] == [m["id"] for m in raw.get("metrics", [])]
    assert [(v.metric_id, v.stage_id, v.value, v.card_id, v.persona_id) for v in journey.metric_values] == [
        (v["metric_id"], v["stage_id"], v["value"], "", "") for v in raw.get("metric_values", [])
    ]
    assert loads(dumps(journey)) == journey
