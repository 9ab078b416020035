"""The locale matrix: en, fi, hu, el, ro x UTF-8 / UTF-8 BOM / legacy code page CSV, text cells
in .xlsx, typed .ods and .xls; every file must import the exact numbers on every stage.

The fixtures are written by tests/data/locales/make_fixtures.py (see its docstring).
"""

from __future__ import annotations

import importlib.util
import math
from datetime import date
from pathlib import Path

import pytest

from cjm_desktop.io.metrics.metrics_import import build_import, suggest_spec
from cjm_desktop.io.sheets.spreadsheet_reader import read_sheet
from cjm_desktop.model import Stage

DATA = Path(__file__).resolve().parents[1] / "data" / "locales"
_spec = importlib.util.spec_from_file_location("make_fixtures", DATA / "make_fixtures.py")
fixtures = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(fixtures)  # type: ignore[union-attr]

LOCALES = list(fixtures.STAGES)
KINDS = ["utf8.csv", "utf8-bom.csv", "legacy.csv", "text-cells.xlsx", "typed.ods", "typed.xls"]
ENCODINGS = {"utf8.csv": "utf-8", "utf8-bom.csv": "utf-8-sig"}


def fixture(locale: str, kind: str) -> Path:
    """The fixture file of a locale and kind."""
    if kind == "legacy.csv":
        return DATA / f"{locale}-{fixtures.LEGACY[locale]}.csv"
    return DATA / f"{locale}-{kind}"


def stages(locale: str) -> list[Stage]:
    """The map's stages, in the locale's language (the map uses modern Romanian ș/ț)."""
    return [Stage(f"stage-{i}", name) for i, name in enumerate(fixtures.STAGES[locale])]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("locale", LOCALES)
def test_every_locale_and_kind_imports_the_exact_numbers(locale: str, kind: str) -> None:
    map_stages = stages(locale)
    table = read_sheet(fixture(locale, kind), stage_names=[s.name for s in map_stages])
    if kind.endswith(".csv"):
        assert table.encoding == ENCODINGS.get(kind, fixtures.LEGACY[locale])
    assert not table.undecided  # every column is settled by its own cells or by the file
    result = build_import(table, suggest_spec(table, map_stages), map_stages)
    assert result.ready and not result.skipped
    headers = fixtures.HEADERS[locale]
    by_name = {metric.name: metric for metric in result.metrics}
    expected = dict(fixtures.EXPECTED)
    if locale == "hu":
        expected["Revenue"] = fixtures.EXPECTED_HU_REVENUE
    for header, key in zip(headers[1:], ["Visits", "Conversion", "Revenue", "Change"], strict=True):
        metric = by_name[header]
        values = {v.stage_id: v.value for v in result.values if v.metric_id == metric.id}
        got = [values[stage.id] for stage in map_stages]
        assert all(math.isclose(a, b, rel_tol=1e-12) for a, b in zip(got, expected[key], strict=True)), (
            header,
            got,
        )
    assert by_name[headers[2]].format == "percent"
    revenue = by_name[headers[3]]
    assert revenue.format == "currency"
    if kind != "typed.ods":  # .ods currencies are codes (EUR, HUF): the unit comes from the name
        assert revenue.unit == fixtures.UNITS[locale]
    if kind == "typed.ods":  # dates and durations of the .ods come through typed
        assert table.number_formats[6] == "[h]:mm:ss"


@pytest.mark.parametrize("locale", LOCALES)
def test_typed_xls_cells_keep_their_percent_currency_date_and_duration_formats(locale: str) -> None:
    map_stages = stages(locale)
    table = read_sheet(fixture(locale, "typed.xls"))
    # LibreOffice stores the codes with Excel's escapes ("d\\.m\\.yyyy"); they are passed on as stored.
    date_code = table.number_formats[5]
    assert date_code is not None and date_code.replace("\\", "") == fixtures.XLS_DATE[locale]
    assert table.number_formats[2] == "0.0%"
    assert table.number_formats[6] == "[h]:mm:ss"
    assert table.cell_formats[(1, 2)] == table.cell_formats[(3, 2)] == "0.0%"  # per cell, rows 1-3
    assert (0, 2) not in table.cell_formats  # the header cell is General
    assert [row[5] for row in table.rows[1:]] == [date(2026, 11, 20), date(2026, 11, 21), date(2026, 11, 22)]
    result = build_import(table, suggest_spec(table, map_stages), map_stages)
    by_name = {metric.name: metric for metric in result.metrics}
    conversion, revenue = by_name[fixtures.HEADERS[locale][2]], by_name[fixtures.HEADERS[locale][3]]
    assert (conversion.format, conversion.unit) == ("percent", "%")  # 0.125 shows as 12.5 %
    assert (revenue.format, revenue.unit) == ("currency", fixtures.UNITS[locale])
    duration = by_name["Time on page"]
    assert (duration.format, duration.unit) == ("duration", "s")
    per_stage = {v.stage_id: v.value for v in result.values if v.metric_id == duration.id}
    assert [per_stage[s.id] for s in map_stages] == [205.0, 60.0, 3600.0]


def test_romanian_cedilla_stages_of_a_cp1250_file_match_the_maps_comma_below_names() -> None:
    map_stages = stages("ro")
    table = read_sheet(fixture("ro", "legacy.csv"), stage_names=[s.name for s in map_stages])
    assert [row[0] for row in table.rows[1:]] == ["Conştientizare", "Evaluare", "Achiziţie"]
    result = build_import(table, suggest_spec(table, map_stages), map_stages)
    assert result.ready and not result.new_stages


def test_the_fixture_script_reproduces_the_committed_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fixtures, "HERE", tmp_path)
    fixtures.main()
    for made in sorted(tmp_path.iterdir()):
        assert made.read_bytes() == (DATA / made.name).read_bytes(), made.name
