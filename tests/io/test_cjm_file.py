"""The .cjm file: round trip, atomic save, and a clear error naming the file for every bad file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cjm_desktop.io.mapfile import atomic
from cjm_desktop.io.mapfile.cjm_file import dumps, load_map, loads, save_map
from cjm_desktop.io.mapfile.cjm_format import FORMAT_VERSION, journey_to_dict
from cjm_desktop.io.mapfile.errors import MapFileError
from cjm_desktop.model import (
    Card,
    EmotionPoint,
    Journey,
    Lane,
    LaneKind,
    Metric,
    MetricSource,
    MetricValue,
    Persona,
    Route,
    Stage,
    VotingSettings,
)
from cjm_desktop.paths import resources_dir, sample_map_path


def full_journey() -> Journey:
    """A map using every collection and many non-default fields, including non-ASCII text."""
    j = Journey(
        title="Küche kaufen — ROPO", description="Omnichannel «research online»", goals="Why 50 % leave"
    )
    j.stages = [Stage("s1", "Awareness", "Learns the brand", "#112233"), Stage("s2", "Purchase ✓")]
    j.lanes = [
        Lane("l1", LaneKind.TOUCHPOINTS, "Touchpoints"),
        Lane("l2", LaneKind.QUOTES, "Quotes", True),
        Lane("l3", LaneKind.EMOTIONS, "Feeling"),
    ]
    j.personas = [Persona("p1", "Anna", role="Buyer", channels=["web", "store"], visible=False)]
    j.cards = [
        Card(
            "c1",
            "l1",
            "s1",
            "Configurator\nsecond line",
            color="#abcdef",
            tags=["web", "見る"],
            channel="web",
            online=True,
            moment_of_truth=True,
            persona_ids=["p1"],
        ),
        Card("c2", "l1", "s2", "Store", channel="store", online=False, votes=3),
        Card("c3", "l2", "s2", "I gave up at the fees", author="P7", source="interview", date="2026-01-02"),
        Card("c4", "l1", "s1", "", severity=None),
    ]
    j.emotions = [EmotionPoint("p1", "s1", 2, "curious"), EmotionPoint("p1", "s2", -3)]
    j.routes = [Route("r1", "c1", "c2", "p1", "goes to the store")]
    j.metrics = [Metric("m1", "Conversion", "%", "percent", target=0.3)]
    j.metric_values = [MetricValue("m1", "s2", 0.12, [("2026-01", 0.1), ("2026-02", 0.14)])]
    j.metric_source = MetricSource("/data/analytics.xlsx", "Sheet1", stage_mapping={"Buy": "s2"})
    j.voting = VotingSettings(3, ["l1"])
    return j


# ---- round trip -----------------------------------------------------------------------------------


def test_round_trip_is_identical(tmp_path: Path) -> None:
    journey = full_journey()
    path = tmp_path / "map.cjm"
    save_map(journey, path)
    loaded = load_map(path)
    assert loaded == journey
    assert dumps(loaded) == dumps(journey)
    assert [c.id for c in loaded.cards] == ["c1", "c2", "c3", "c4"]  # order (and so cell order) kept
    assert loaded.lanes[0].kind is LaneKind.TOUCHPOINTS
    assert loaded.metric_values[0].series == [("2026-01", 0.1), ("2026-02", 0.14)]


def test_file_is_utf8_json_with_integer_version_and_stable_ids(tmp_path: Path) -> None:
    path = tmp_path / "map.cjm"
    save_map(full_journey(), path)
    raw = path.read_bytes()
    text = raw.decode("utf-8")  # strict: raises if not UTF-8
    assert "Küche" in text and "見る" in text  # written as UTF-8, not \u escapes
    data = json.loads(text)
    assert data["format_version"] == FORMAT_VERSION and type(data["format_version"]) is int
    assert [s["id"] for s in data["stages"]] == ["s1", "s2"]
    assert data["map"]["title"] == "Küche kaufen — ROPO"
    # Saving twice gives the same bytes: ids and key order are stable, so files diff well.
    save_map(load_map(path), path)
    assert path.read_bytes() == raw


def test_defaults_are_left_out_and_come_back() -> None:
    journey = Journey(
        stages=[Stage("s", "S")], lanes=[Lane("l", LaneKind.NOTES, "N")], cards=[Card("c", "l", "s")]
    )
    data = json.loads(dumps(journey))
    assert data["cards"] == [{"id": "c", "lane_id": "l", "stage_id": "s"}]
    assert loads(dumps(journey)) == journey


def test_sample_map_loads_and_round_trips() -> None:
    journey = load_map(sample_map_path())
    assert len(journey.stages) >= 5 and journey.cards
    assert loads(dumps(journey)) == journey


def test_schema_is_valid_json_schema_and_accepts_a_full_map() -> None:
    import jsonschema

    schema = json.loads((resources_dir() / "schema" / "cjm.schema.json").read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema).check_schema(schema)
    jsonschema.validate(journey_to_dict(full_journey()), schema)


def test_unknown_fields_are_ignored() -> None:
    data = json.loads(dumps(full_journey()))
    data["from_the_future"] = {"x": 1}
    data["stages"][0]["shape"] = "hexagon"
    data["cards"][0]["glow"] = True
    data["map"]["locale"] = "de"
    assert loads(json.dumps(data)) == full_journey()


def test_unknown_lane_kind_becomes_notes() -> None:
    data = json.loads(dumps(full_journey()))
    data["lanes"][1]["kind"] = "holograms"
    assert loads(json.dumps(data)).lanes[1].kind is LaneKind.NOTES


def test_utf8_bom_is_accepted() -> None:
    assert loads(b"\xef\xbb\xbf" + dumps(full_journey())) == full_journey()


# ---- atomic save --------------------------------------------------------------------------------


def test_save_keeps_previous_version_as_backup_and_leaves_no_temp_files(tmp_path: Path) -> None:
    path = tmp_path / "map.cjm"
    first = full_journey()
    save_map(first, path)
    second = full_journey()
    second.title = "Second"
    save_map(second, path)
    assert load_map(path).title == "Second"
    assert load_map(tmp_path / "map.cjm.bak").title == first.title
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.cjm", "map.cjm.bak"]


def test_failed_save_leaves_the_old_file_complete(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "map.cjm"
    save_map(full_journey(), path)
    before = path.read_bytes()

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", disk_full)
    changed = full_journey()
    changed.title = "Changed"
    with pytest.raises(MapFileError) as info:
        save_map(changed, path, keep_backup=False)
    assert "disk is full" in info.value.problem
    assert info.value.path == path
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.cjm"]  # the temporary file is gone


def test_save_into_a_missing_folder_names_the_problem(tmp_path: Path) -> None:
    with pytest.raises(MapFileError) as info:
        save_map(full_journey(), tmp_path / "nope" / "map.cjm")
    assert "folder does not exist" in info.value.problem


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs permissions that root ignores")
def test_save_into_a_read_only_folder_names_the_problem(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(MapFileError) as info:
            save_map(full_journey(), folder / "map.cjm")
        assert "read-only" in info.value.problem
    finally:
        folder.chmod(0o700)


# ---- bad files: each gives a clear message naming the file and the problem ---------------------


def good_dict() -> dict:
    return json.loads(dumps(full_journey()))


def write(tmp_path: Path, content: bytes | str | dict | list, name: str = "bad.cjm") -> Path:
    path = tmp_path / name
    if isinstance(content, (dict, list)):
        content = json.dumps(content)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def expect_error(path: Path, *fragments: str) -> MapFileError:
    with pytest.raises(MapFileError) as info:
        load_map(path)
    error = info.value
    assert error.path == path
    assert path.name in str(error) and str(path) in error.message
    for fragment in fragments:
        assert fragment in error.problem, error.problem
    return error


def test_missing_file(tmp_path: Path) -> None:
    expect_error(tmp_path / "gone.cjm", "does not exist")


def test_empty_file(tmp_path: Path) -> None:
    expect_error(write(tmp_path, b""), "empty")
    expect_error(write(tmp_path, b"  \n\t ", "blank.cjm"), "empty")


def test_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "folder.cjm"
    folder.mkdir()
    expect_error(folder, "folder")


def test_not_utf8(tmp_path: Path) -> None:
    expect_error(
        write(tmp_path, '{"format_version": 1, "map": {"title": "Käse"}}'.encode("latin-1")), "not UTF-8"
    )


def test_binary_file(tmp_path: Path) -> None:
    expect_error(write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe"), "not")


@pytest.mark.parametrize(
    "text", ["not json at all", '{"format_version": 1,', "{'single': 'quotes'}", "[1, 2"]
)
def test_not_json(tmp_path: Path, text: str) -> None:
    expect_error(write(tmp_path, text), "invalid JSON", "line 1")


def test_truncated_file_names_line_and_column(tmp_path: Path) -> None:
    data = dumps(full_journey())
    error = expect_error(write(tmp_path, data[: len(data) // 2]), "damaged", "line")
    assert "column" in error.problem


@pytest.mark.parametrize("content", [[], [good_dict()], "42", '"a string"', "null", "true"])
def test_top_level_not_an_object(tmp_path: Path, content: object) -> None:
    expect_error(write(tmp_path, content), "top level is not a JSON object")


def test_deeply_nested_json(tmp_path: Path) -> None:
    expect_error(write(tmp_path, "[" * 100000 + "]" * 100000), "nested too deeply")


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d["stages"][0].update(name=5), "stages[0].name"),
        (lambda d: d["stages"][1].pop("name"), "stages[1]"),
        (lambda d: d["stages"][0].update(color="red"), "stages[0].color"),
        (lambda d: d.update(stages={"s1": "x"}), "stages"),
        (lambda d: d["lanes"][0].update(title=None), "lanes[0].title"),
        (lambda d: d["cards"][0].update(tags="web"), "cards[0].tags"),
        (lambda d: d["cards"][1].update(votes=-1), "cards[1].votes"),
        (lambda d: d["cards"][0].update(id=7), "cards[0].id"),
        (lambda d: d["cards"][0].update(id=""), "cards[0].id"),
        (lambda d: d.update(map="title"), "map"),
    ],
)
def test_wrong_types_name_the_place(tmp_path: Path, mutate, where: str) -> None:
    data = good_dict()
    mutate(data)
    expect_error(write(tmp_path, data), where)


@pytest.mark.parametrize("version", [None, "1", 1.0, True])
def test_format_version_missing_or_not_an_integer(tmp_path: Path, version: object) -> None:
    data = good_dict()
    if version is None:
        del data["format_version"]
    else:
        data["format_version"] = version
    expect_error(write(tmp_path, data), "format_version")


def test_newer_format_version_names_the_version(tmp_path: Path) -> None:
    data = good_dict()
    data["format_version"] = FORMAT_VERSION + 6
    error = expect_error(write(tmp_path, data), "newer", f"version {FORMAT_VERSION + 6}", "Update")
    assert str(FORMAT_VERSION) in error.problem


def test_unsupported_older_version(tmp_path: Path) -> None:
    data = good_dict()
    data["format_version"] = 0
    expect_error(write(tmp_path, data), "version 0")


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        (lambda d: d["stages"].append(dict(d["stages"][0])), "two stages share the id 's1'"),
        (lambda d: d["lanes"].append(dict(d["lanes"][0])), "two lanes share the id 'l1'"),
        (lambda d: d["cards"].append(dict(d["cards"][0])), "two cards share the id 'c1'"),
        (lambda d: d["personas"].append(dict(d["personas"][0])), "two personas share the id 'p1'"),
    ],
)
def test_duplicate_ids(tmp_path: Path, mutate, fragment: str) -> None:
    data = good_dict()
    mutate(data)
    expect_error(write(tmp_path, data), fragment)


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        (lambda d: d["cards"][0].update(stage_id="s-gone"), "stage 's-gone', which does not exist"),
        (lambda d: d["cards"][0].update(lane_id="l-gone"), "lane 'l-gone', which does not exist"),
        (lambda d: d["cards"][0].update(persona_ids=["p-gone"]), "persona 'p-gone'"),
        (lambda d: d["routes"][0].update(to_card="c-gone"), "route 'r1'"),
        (lambda d: d["emotions"][0].update(stage_id="s-gone"), "s-gone"),
        (lambda d: d["metric_values"][0].update(metric_id="m-gone"), "m-gone"),
        (lambda d: d["voting"].update(lane_ids=["l-gone"]), "l-gone"),
    ],
)
def test_dangling_references(tmp_path: Path, mutate, fragment: str) -> None:
    data = good_dict()
    mutate(data)
    expect_error(write(tmp_path, data), fragment)


def test_nothing_in_a_file_runs_code(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    data = good_dict()
    data["stages"][0]["name"] = f"__import__('os').system('touch {marker}')"
    data["map"]["title"] = "{{7*7}} ${7*7} !!python/object:os.system"
    journey = load_map(write(tmp_path, data))
    assert journey.stages[0].name.startswith("__import__")  # kept as plain text
    assert not marker.exists()


def test_error_message_is_plain_words_not_a_traceback(tmp_path: Path) -> None:
    data = good_dict()
    data["stages"][0]["name"] = 5
    error = expect_error(write(tmp_path, data))
    assert "Traceback" not in str(error) and "\n" not in error.problem
    assert len(error.problem) < 400


# ---- the user documentation -------------------------------------------------------------------


def test_documented_example_loads_and_every_schema_field_is_documented() -> None:
    doc = (resources_dir().parent / "docs" / "file-format.md").read_text(encoding="utf-8")
    example = doc.split("```json", 1)[1].split("```", 1)[0]
    journey = loads(example, "example.cjm")
    assert journey.cards and journey.personas and journey.emotions and journey.routes
    schema = json.loads((resources_dir() / "schema" / "cjm.schema.json").read_text(encoding="utf-8"))

    def field_names(node: dict) -> set[str]:
        names: set[str] = set()
        for key, sub in node.get("properties", {}).items():
            names.add(key)
            for child in (sub, sub.get("items", {}), *sub.get("anyOf", [])):
                if isinstance(child, dict):
                    names |= field_names(child)
        return names

    missing = sorted(name for name in field_names(schema) if f"`{name}`" not in doc)
    assert missing == []
