"""Format version 2: the map's number locale, and the migration from version 1."""

from __future__ import annotations

import json
from pathlib import Path

from cjm_desktop.io.mapfile.cjm_file import dumps, load_map, loads
from cjm_desktop.io.mapfile.cjm_format import FORMAT_VERSION
from cjm_desktop.io.mapfile.migrations import MIGRATIONS, migrate

DATA = Path(__file__).resolve().parents[1] / "data"


def test_version_1_file_migrates_to_an_empty_number_locale() -> None:
    raw = json.loads((DATA / "format-v1.cjm").read_text(encoding="utf-8"))
    assert raw["format_version"] == 1 and "number_locale" not in raw["map"]
    migrated = MIGRATIONS[1](raw)  # the 1 -> 2 step itself; migrate() goes on to the current version
    assert migrated["format_version"] == 2
    assert migrate(raw)["format_version"] == FORMAT_VERSION
    assert migrated["map"]["number_locale"] == ""
    assert migrated["map"]["title"] == raw["map"]["title"]  # nothing else changes
    assert {k: v for k, v in migrated.items() if k not in ("map", "format_version")} == {
        k: v for k, v in raw.items() if k not in ("map", "format_version")
    }
    journey = load_map(DATA / "format-v1.cjm")
    assert journey.number_locale == "" and len(journey.stages) == 5


def test_version_2_file_keeps_its_locale_through_save_and_load() -> None:
    journey = load_map(DATA / "format-v2.cjm")
    assert journey.number_locale == "fi"
    saved = json.loads(dumps(journey))
    assert saved["format_version"] == FORMAT_VERSION and saved["map"]["number_locale"] == "fi"
    assert loads(dumps(journey)).number_locale == "fi"


def test_a_bad_locale_code_is_refused_naming_the_field() -> None:
    doc = json.loads((DATA / "format-v2.cjm").read_text(encoding="utf-8"))
    doc["map"]["number_locale"] = "<script>"
    try:
        loads(json.dumps(doc), "bad.cjm")
    except Exception as error:  # MapFileError
        assert "map.number_locale" in str(error) and "bad.cjm" in str(error)
    else:
        raise AssertionError("a malformed locale code was accepted")
