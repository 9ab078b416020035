"""Hostile and broken .cjm files, one named case each: refused with a clear message, never a crash."""

from __future__ import annotations

import base64
import json
import os
import struct
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cjm_desktop.io.mapfile import cjm_file, migrations
from cjm_desktop.io.mapfile.cjm_file import dumps, load_map, loads
from cjm_desktop.io.mapfile.errors import MapFileError
from cjm_desktop.model import Journey
from cjm_desktop.paths import sample_map_path

DATA = Path(__file__).resolve().parent.parent / "data"


def sample() -> dict[str, Any]:
    """The sample map with a persona, an emotion score and a metric, so every reference kind exists."""
    doc = json.loads(sample_map_path().read_bytes())
    stage = doc["stages"][0]["id"]
    doc["personas"].append({"id": "persona-ana", "name": "Ana"})
    doc["cards"][0]["persona_ids"] = ["persona-ana"]
    doc["emotions"].append({"persona_id": "persona-ana", "stage_id": stage, "score": -2})
    doc["metrics"] = [{"id": "metric-cr", "name": "Conversion rate", "format": "percent", "target": 0.05}]
    doc["metric_values"] = [{"metric_id": "metric-cr", "stage_id": stage, "value": 0.031}]
    return doc


def sample_journey() -> Journey:
    return loads(json.dumps(sample()).encode())


def refused(data: bytes | str, *fragments: str, name: str = "hostile.cjm") -> str:
    """Load ``data`` expecting a MapFileError naming the file and containing ``fragments``."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    with pytest.raises(MapFileError) as caught:
        loads(raw, name)
    message = str(caught.value)
    assert message.startswith(f"{name}: ") and caught.value.problem.strip()
    for fragment in fragments:
        assert fragment in message, message
    return message


def with_raw(doc: dict[str, Any], place: Callable[[dict[str, Any]], None], token: str) -> str:
    """The document as JSON with one value replaced by a raw token no Python value writes."""
    place(doc)
    return json.dumps(doc).replace('"@RAW@"', token, 1)


# ---- file-level damage -----------------------------------------------------------------------------
def test_truncated_file_names_line_and_column() -> None:
    data = sample_map_path().read_bytes()
    refused(data[: len(data) // 2], "invalid JSON at line")


def test_random_bytes() -> None:
    refused(bytes(range(256)) * 4, "not UTF-8")


def test_nul_bytes_and_text_that_is_not_json() -> None:
    refused(b"\x00" * 100, "invalid JSON")
    refused(b"PK\x03\x04 this is a zip, not a map", "invalid JSON")


def test_empty_and_whitespace_files(tmp_path: Path) -> None:
    path = tmp_path / "empty.cjm"
    path.write_bytes(b" \n\t ")
    with pytest.raises(MapFileError, match="empty"):
        load_map(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_instead_of_blocking(tmp_path: Path) -> None:
    path = tmp_path / "pipe.cjm"
    os.mkfifo(path)
    with pytest.raises(MapFileError, match="not a regular file"):
        load_map(path)


def test_file_over_the_size_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.cjm"
    path.write_bytes(sample_map_path().read_bytes())
    monkeypatch.setattr(cjm_file, "MAX_FILE_BYTES", 1000)
    with pytest.raises(MapFileError, match="too large"):
        load_map(path)


# ---- wrong shapes and values ------------------------------------------------------------------
def test_wrong_types_name_the_place() -> None:
    doc = sample()
    doc["cards"][2]["text"] = 42
    refused(json.dumps(doc), "cards[2].text", "not of type 'string'")
    doc = sample()
    doc["stages"] = "Awareness, Purchase"
    refused(json.dumps(doc), "stages")


def test_unknown_fields_are_ignored_and_not_written_back() -> None:
    doc = sample()
    doc["plugin_payload"] = {"exec": "import os; os.system('rm -rf ~')"}
    doc["cards"][0]["__class__"] = "os.system"
    journey = loads(json.dumps(doc).encode())
    assert b"plugin_payload" not in dumps(journey) and b"__class__" not in dumps(journey)


def test_missing_required_field() -> None:
    doc = sample()
    del doc["cards"][0]["stage_id"]
    refused(json.dumps(doc), "cards[0]", "stage_id")


@pytest.mark.parametrize("token", ["1e400", "-1e400", "1" + "0" * 400, "-" + "9" * 5000])
def test_huge_numbers(token: str) -> None:
    def place(doc: dict[str, Any]) -> None:
        doc["metric_values"][0]["value"] = "@RAW@"

    refused(with_raw(sample(), place, token), "number too large")


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json_numbers(token: str) -> None:
    def place(doc: dict[str, Any]) -> None:
        doc["metrics"][0]["target"] = "@RAW@"

    refused(with_raw(sample(), place, token), token)


def test_a_map_holding_nan_in_memory_still_saves_and_reopens() -> None:
    journey = sample_journey()
    journey.metric_values[0].value = float("nan")
    journey.metrics[0].target = float("inf")
    reopened = loads(dumps(journey))
    assert reopened.metric_values[0].value == 0.0 and reopened.metrics[0].target > 1e300


def test_deep_nesting_of_100000_levels() -> None:
    doc = json.dumps(sample())
    refused(doc[:-1] + ', "x": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply")
    refused(doc[:-1] + ', "x": ' + '{"a":' * 100_000 + "1" + "}" * 100_000 + "}", "nested too deeply")


def test_moderate_nesting_in_a_known_field_is_refused_before_validation() -> None:
    doc = sample()
    nested: Any = "deep"
    for _ in range(200):
        nested = [nested]
    doc["cards"][0]["tags"] = nested
    refused(json.dumps(doc), "nested more than")


def test_lone_surrogate_text_is_refused_because_it_could_never_be_saved() -> None:
    doc = sample()
    doc["map"]["title"] = "@RAW@"
    refused(json.dumps(doc).replace('"@RAW@"', '"broken \\ud83d emoji"'), "not valid Unicode")


def test_a_valid_surrogate_pair_escape_is_fine() -> None:
    doc = sample()
    doc["map"]["title"] = "@RAW@"
    journey = loads(json.dumps(doc).replace('"@RAW@"', '"rocket \\ud83d\\ude80"').encode())
    assert journey.title == "rocket 🚀"


# ---- ids and references ----------------------------------------------------------------------------
def test_duplicate_ids() -> None:
    doc = sample()
    doc["cards"][1]["id"] = doc["cards"][0]["id"]
    refused(json.dumps(doc), "two cards share the id")
    doc = sample()
    doc["stages"].append(dict(doc["stages"][0]))
    refused(json.dumps(doc), "two stages share the id")


def test_card_in_a_deleted_stage() -> None:
    doc = sample()
    gone = doc["stages"].pop(1)["id"]
    refused(json.dumps(doc), f"stage {gone!r}", "does not exist")


def test_other_dangling_references() -> None:
    doc = sample()
    doc["cards"][0]["lane_id"] = "lane-removed"
    refused(json.dumps(doc), "lane 'lane-removed'", "does not exist")
    doc = sample()
    doc["cards"][0]["persona_ids"] = ["persona-ghost"]
    refused(json.dumps(doc), "persona 'persona-ghost'")
    doc = sample()
    doc["emotions"][0]["persona_id"] = "persona-ghost"
    refused(json.dumps(doc), "emotion score", "does not exist")


# ---- format versions ---------------------------------------------------------------------------------
def test_every_released_format_version_has_a_test_file_that_loads() -> None:
    # Format 1 is the first released format: tests/data holds one file per released version.
    files = sorted(DATA.glob("format-v*.cjm"))
    assert [f.name for f in files] == [f"format-v{v}.cjm" for v in range(1, migrations.FORMAT_VERSION + 1)]
    for file in files:
        journey = load_map(file)
        assert journey.stages and journey.cards


def test_newer_format_version_names_the_version() -> None:
    doc = sample()
    doc["format_version"] = 99
    refused(json.dumps(doc), "newer cjm-desktop", "version 99", "Update cjm-desktop")


@pytest.mark.parametrize("version", [0, -1, -(2**40)])
def test_version_zero_or_negative_is_not_supported(version: int) -> None:
    doc = sample()
    doc["format_version"] = version
    refused(json.dumps(doc), f"version {version} is not supported")


@pytest.mark.parametrize("version", ["1", 1.0, 1.5, None, True, [1]])
def test_version_that_is_not_a_whole_number(version: object) -> None:
    doc = sample()
    doc["format_version"] = version
    refused(json.dumps(doc), "format_version is missing or not a whole number")


def test_missing_format_version() -> None:
    doc = sample()
    del doc["format_version"]
    refused(json.dumps(doc), "format_version is missing")


def test_migration_chain_runs_each_step_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    # No older released format exists, so the chain is exercised with a pretend format 3 whose
    # steps 1 -> 2 -> 3 each leave a mark; a real step would rename or restructure fields.
    steps: list[int] = []

    def step(version: int) -> Callable[[dict[str, Any]], dict[str, Any]]:
        def run(doc: dict[str, Any]) -> dict[str, Any]:
            steps.append(version)
            doc = dict(doc, format_version=version + 1)
            doc["map"] = dict(doc["map"], title=doc["map"]["title"] + f" (from v{version})")
            return doc

        return run

    monkeypatch.setattr(migrations, "FORMAT_VERSION", 3)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: step(1), 2: step(2)})
    version_1 = (Path(__file__).parents[1] / "data" / "format-v1.cjm").read_bytes()  # the sample is newer
    journey = loads(version_1)
    assert steps == [1, 2]
    assert journey.title.endswith("(from v1) (from v2)")
    # A version the chain has no step for is refused, naming it.
    monkeypatch.setattr(migrations, "MIGRATIONS", {2: step(2)})
    refused(version_1, "version 1 is not supported")


# ---- embedded images -----------------------------------------------------------------------------
def _png(width: int, height: int, payload: bytes = b"\x00" * 64) -> bytes:
    def chunk(tag: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(payload))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    "image",
    [
        base64.b64encode(_png(100_000, 100_000)).decode(),  # a decompression bomb: 10 gigapixels declared
        base64.b64encode(_png(60_000, 60_000, zlib.compress(b"\x00" * 2_000_000))).decode(),
        base64.b64encode(b"\x89PNG\r\n\x1a\n garbage after a PNG signature").decode(),
        base64.b64encode(b"\xff\xd8\xff\xe0 truncated JPEG").decode(),
        "not base64 at all ✗",
    ],
    ids=["bomb-header", "bomb-with-data", "malformed-png", "truncated-jpeg", "not-base64"],
)
# libjpeg reports the damage it finds as Qt warnings while decode_embedded refuses the data.
@pytest.mark.qt_log_ignore("Corrupt JPEG data", "JPEG datastream contains no image")
def test_hostile_images_open_the_map_but_are_never_decoded(qapp, image: str) -> None:
    # The map is the user's work and still opens; the image itself is refused when shown.
    from cjm_desktop.canvas.image_codec import decode_embedded

    doc = sample()
    doc["cards"][0]["image"] = image
    doc["personas"][0]["photo"] = image
    journey = loads(json.dumps(doc).encode())
    assert decode_embedded(journey.cards[0].image).isNull()
    assert decode_embedded(journey.personas[0].photo).isNull()


# ---- spreadsheets: bombs are refused within fixed memory and time -------------------------------
SPREADSHEET_CHILD = r"""
import json, resource, sys, time
from cjm_desktop.io.sheets.spreadsheet_errors import SpreadsheetError
from cjm_desktop.io.sheets.spreadsheet_reader import read_sheet
results = {}
for path in sys.argv[1:]:
    started = time.perf_counter()
    try:
        read_sheet(path)
        outcome = "read"
    except SpreadsheetError as error:
        outcome = str(error)
    results[path] = [outcome, time.perf_counter() - started]
# VmHWM is this process image's own peak: ru_maxrss keeps the parent's peak across fork and exec
# (a big pytest process would be measured instead of the reader).
try:
    hwm = next(l for l in open("/proc/self/status") if l.startswith("VmHWM:"))
    results["max_rss_mb"] = int(hwm.split()[1]) / 1024
except (OSError, StopIteration):
    results["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(results))
"""
MEMORY_CAP_MB = 400  # the whole process, Python and Qt-free parser included; a bomb would need GBs
TIME_CAP_S = 20  # generous for slow CI: a parser expanding a bomb would take minutes, or die


def _xlsx_with_sheet(path: Path, write_sheet: Callable[[Any], None]) -> Path:
    import zipfile

    import openpyxl

    book = openpyxl.Workbook()
    book.active["A1"] = "Stage"
    book.save(path)
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            if name == "xl/worksheets/sheet1.xml":
                with archive.open(name, "w") as member:
                    write_sheet(member)
            else:
                archive.writestr(name, data)
    return path


@pytest.mark.skipif(os.name != "posix", reason="measures the child's peak memory with getrusage")
def test_spreadsheet_zip_and_entity_bombs_are_refused_within_memory_and_time_caps(
    tmp_path: Path, repo_root: Path
) -> None:
    import subprocess
    import sys

    def zip_bomb(member: Any) -> None:
        member.write(
            b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml'
            b'/2006/main"><sheetData>'
        )
        block = b" " * (1 << 20)
        for _ in range(64):  # 64 MB of blanks compressing ~1000x
            member.write(block)
        member.write(b"</sheetData></worksheet>")

    def entity_bomb(member: Any) -> None:
        laughs = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
        member.write(
            (
                f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">{laughs}]>'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>'
                "</worksheet>"
            ).encode()
        )

    bombs = [
        _xlsx_with_sheet(tmp_path / "zip-bomb.xlsx", zip_bomb),
        _xlsx_with_sheet(tmp_path / "billion-laughs.xlsx", entity_bomb),
    ]
    assert all(bomb.stat().st_size < 1 << 20 for bomb in bombs)
    child = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", SPREADSHEET_CHILD, *map(str, bombs)],
        capture_output=True,
        text=True,
        cwd=repo_root,
        env={**os.environ, "PYTHONPATH": str(repo_root)},
        timeout=120,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    results = json.loads(child.stdout)
    zip_message, zip_seconds = results[str(bombs[0])]
    laughs_message, laughs_seconds = results[str(bombs[1])]
    print(
        f"\nspreadsheet bombs: zip bomb refused in {zip_seconds * 1000:.0f} ms, entity bomb in "
        f"{laughs_seconds * 1000:.0f} ms; child peak memory {results['max_rss_mb']:.0f} MB"
    )
    assert zip_message.startswith("zip-bomb.xlsx: ") and "bomb" in zip_message
    assert laughs_message.startswith("billion-laughs.xlsx: ") and "entit" in laughs_message
    assert zip_seconds < TIME_CAP_S and laughs_seconds < TIME_CAP_S
    assert results["max_rss_mb"] < MEMORY_CAP_MB
