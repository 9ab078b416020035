"""Import onto touchpoints and personas from CSV, xlsx and ods: tolerant matching within the stage,
names that match nothing reported, two cards with one text in a stage refused naming the cell."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import pytest

from cjm_desktop.io.mapfile.cjm_file import dumps, loads, save_map
from cjm_desktop.io.metrics.errors import ImportSpecError
from cjm_desktop.io.metrics.metrics_import import (
    ImportSpec,
    build_import,
    diff_metrics,
    source_from_spec,
    spec_from_source,
)
from cjm_desktop.io.metrics.metrics_targets import NO_CARD, NO_PERSONA, touchpoint_cards
from cjm_desktop.io.sheets.spreadsheet_reader import read_sheet
from cjm_desktop.model import Card, Journey, Lane, LaneKind, MetricValue, Persona, Stage
from tests.cli.test_import_metrics_cli import run

HEADER = ["Stage", "Touchpoint", "Persona", "Sessions"]
ROWS = [
    ["Awareness", None, None, 5000],  # the stage's own value
    ["Awareness", "Search ad", "Anna", 1200],
    ["Awareness", "  SEARCH-ad ", "Anna", 300],  # tolerant: case, spacing, punctuation -> the same card
    ["Awareness", "Search ad", "b2b", 700],  # a segment only Bence has
    ["Purchase", "Checkout page", None, 900],
    ["Purchase", "Search ad", None, 50],  # a card of another stage: no match within Purchase
    ["Purchase", "Chekout", None, 10],  # a typo: reported
    ["Purchase", "Checkout page", "Zoe", 5],  # no such persona: reported
]


def journey() -> Journey:
    j = Journey(stages=[Stage("aw", "Awareness"), Stage("pu", "Purchase")])
    j.lanes = [Lane("tp", LaneKind.TOUCHPOINTS, "Touchpoints"), Lane("n", LaneKind.NOTES, "Notes")]
    j.cards = [
        Card("ad", "tp", "aw", "Search ad"),
        Card("co", "tp", "pu", "Checkout page"),
        Card("note", "n", "pu", "Chekout"),  # not a touchpoint: never a target
    ]
    j.personas = [Persona("anna", "Anna", segment="B2C"), Persona("bence", "Bence", segment="B2B")]
    return j


def write_csv(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([HEADER, *rows])
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for row in [HEADER, *rows]:
        book.active.append(row)
    book.save(path)
    return path


def write_ods(path: Path, rows: list[list[object]]) -> Path:
    def cell(value: object) -> str:
        if value is None:
            return "<table:table-cell/>"
        if isinstance(value, str):
            return f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'

    body = "".join(f"<table:table-row>{''.join(map(cell, row))}</table:table-row>" for row in [HEADER, *rows])
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Data">{body}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        book.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        book.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


WRITERS = {"csv": write_csv, "xlsx": write_xlsx, "ods": write_ods}


def spec() -> ImportSpec:
    return ImportSpec(
        layout="rows",
        header_row=0,
        stage_column="Stage",
        touchpoint_column="Touchpoint",
        persona_column="Persona",
    )


def values(result_values: list[MetricValue]) -> set[tuple[str, str, str, float]]:
    return {(v.stage_id, v.card_id, v.persona_id, v.value) for v in result_values}


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_values_land_on_stage_touchpoint_and_persona(tmp_path: Path, kind: str) -> None:
    j = journey()
    table = read_sheet(WRITERS[kind](tmp_path / f"data.{kind}", ROWS))
    result = build_import(table, spec(), j.stages, j.metrics, touchpoint_cards(j), j.personas)
    assert [m.name for m in result.metrics] == ["Sessions"]
    assert values(result.values) == {
        ("aw", "", "", 5000.0),
        ("aw", "ad", "anna", 1500.0),  # both spellings of the card summed (a count metric)
        ("aw", "ad", "bence", 700.0),
        ("pu", "co", "", 900.0),
    }
    assert result.unmatched_targets == {NO_CARD: {"Search ad": 1, "Chekout": 1}, NO_PERSONA: {"Zoe": 1}}
    assert result.skipped[NO_CARD] == 2 and result.skipped[NO_PERSONA] == 1
    assert result.examples[NO_CARD] == ["row 7", "row 8"]


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_two_cards_with_one_text_in_a_stage_are_refused_naming_the_cell(tmp_path: Path, kind: str) -> None:
    j = journey()
    j.cards.append(Card("co2", "tp", "pu", "Checkout  page"))
    table = read_sheet(WRITERS[kind](tmp_path / f"data.{kind}", ROWS))
    with pytest.raises(ImportSpecError, match=r"cell B6 names the touchpoint 'Checkout page', but 2 cards"):
        build_import(table, spec(), j.stages, j.metrics, touchpoint_cards(j), j.personas)


def test_the_columns_are_remembered_for_refresh_and_saved(tmp_path: Path) -> None:
    j = journey()
    table = read_sheet(write_csv(tmp_path / "data.csv", ROWS))
    result = build_import(table, spec(), j.stages, j.metrics, touchpoint_cards(j), j.personas)
    source = source_from_spec(table, spec(), result)
    assert (source.touchpoint_column, source.persona_column) == ("Touchpoint", "Persona")
    again = spec_from_source(source, table, j.stages)
    assert (again.touchpoint_column, again.persona_column) == ("Touchpoint", "Persona")
    j.metrics, j.metric_values, j.metric_source = result.metrics, result.values, source
    assert loads(dumps(j)) == j  # card and persona values survive a save
    assert diff_metrics(j.metric_values, result) == []  # the same sheet: nothing to refresh
    changed = build_import(
        read_sheet(write_csv(tmp_path / "more.csv", [*ROWS, ["Purchase", "Checkout page", None, 100]])),
        again,
        j.stages,
        j.metrics,
        touchpoint_cards(j),
        j.personas,
    )
    (change,) = diff_metrics(j.metric_values, changed)
    assert (change.stage_id, change.card_id, change.old, change.new) == ("pu", "co", 900.0, 1000.0)


def test_cli_imports_onto_touchpoints_and_reports_what_matched_nothing(tmp_path: Path) -> None:
    save_map(journey(), tmp_path / "map.cjm")
    data = write_xlsx(tmp_path / "data.xlsx", ROWS)
    out = tmp_path / "out.cjm"
    result = run(
        tmp_path / "map.cjm",
        data,
        "-o",
        out,
        "--touchpoint-column",
        "Touchpoint",
        "--persona-column",
        "Persona",
    )
    assert result.returncode == 0, result.stderr
    assert "'Chekout' (1 row)" in result.stderr and "'Zoe' (1 row)" in result.stderr
    saved = loads(out.read_bytes())
    assert {(v.card_id, v.persona_id, v.value) for v in saved.metric_values if v.card_id} == {
        ("ad", "anna", 1500.0),
        ("ad", "bence", 700.0),
        ("co", "", 900.0),
    }


def test_cli_refuses_an_ambiguous_touchpoint_and_writes_nothing(tmp_path: Path) -> None:
    j = journey()
    j.cards.append(Card("ad2", "tp", "aw", "search ad"))
    save_map(j, tmp_path / "map.cjm")
    data = write_csv(tmp_path / "data.csv", ROWS)
    out = tmp_path / "out.cjm"
    result = run(tmp_path / "map.cjm", data, "-o", out, "--touchpoint-column", "Touchpoint")
    assert result.returncode == 1 and "cell B3 names the touchpoint 'Search ad'" in result.stderr
    assert not out.exists()
