"""Metrics import: header and layout guessing, stage matching, aggregation, refresh diffs."""

from __future__ import annotations

import math
import statistics
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjm_desktop.io.metrics.columns import profile_columns
from cjm_desktop.io.metrics.metrics_import import (
    BAD_DATE,
    NO_METRIC,
    NO_STAGE,
    NOT_A_NUMBER,
    SKIPPED_STAGE,
    ImportResult,
    ImportSpec,
    ImportSpecError,
    build_import,
    column_names,
    detect_header_row,
    diff_metrics,
    guess_layout,
    guess_metric,
    match_stages,
    normalize_name,
    sheet_stage_names,
    source_from_spec,
    spec_from_source,
    suggest_spec,
)
from cjm_desktop.io.sheets.spreadsheet_reader import Table
from cjm_desktop.model.journey import Metric, MetricValue, Stage

STAGES = [Stage("s-aw", "Awareness"), Stage("s-co", "Considération"), Stage("s-pu", "Purchase")]


def table(rows: list[list[object]], formats: list[str | None] | None = None) -> Table:
    width = max(map(len, rows))
    padded = [row + [None] * (width - len(row)) for row in rows]
    return Table(Path("metrics.xlsx"), "Data", padded, formats or [None] * width)


def values_of(result: ImportResult, metric_name: str) -> dict[str, float]:
    metric = next(m for m in result.metrics if m.name == metric_name)
    return {v.stage_id: v.value for v in result.values if v.metric_id == metric.id}


def series_of(result: ImportResult, metric_name: str, stage_id: str) -> list[tuple[str, float]]:
    metric = next(m for m in result.metrics if m.name == metric_name)
    return next(v.series for v in result.values if v.metric_id == metric.id and v.stage_id == stage_id)


# ---- names and matching -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Awareness ", "awareness"),
        ("CONSIDÉRATION", "consideration"),
        ("Cart-abandonment   rate (%)", "cart abandonment rate"),
        ("Straße", "strasse"),
        (12.0, "12 0"),
    ],
)
def test_normalize_name(raw: object, expected: str) -> None:
    assert normalize_name(raw) == expected


def test_match_stages_ignores_case_spacing_and_accents() -> None:
    result = match_stages(["awareness", " Consideration ", "PURCHASE", "Totals", "awareness"], STAGES)
    assert result.matched == {"awareness": "s-aw", " Consideration ": "s-co", "PURCHASE": "s-pu"}
    assert result.unmatched == ["Totals"]


def test_a_name_two_stages_share_is_left_for_the_user() -> None:
    stages = [*STAGES, Stage("s-pu2", "purchase")]
    assert match_stages(["Purchase"], stages).unmatched == ["Purchase"]


# ---- header and layout --------------------------------------------------------------------------------


def test_header_row_below_title_lines() -> None:
    rows = [["Analytics export, March"], [], ["Stage", "Sessions", "Bounce rate"], ["Awareness", 10, 0.5]]
    assert detect_header_row(rows) == 2


def test_sheet_without_header() -> None:
    assert detect_header_row([["Awareness", 10, 0.5], ["Purchase", 3, 0.2]]) == -1
    names = column_names(table([["Awareness", 10]]), -1)
    assert names == ["Column A", "Column B"]


def test_duplicate_and_blank_headers_get_unique_names() -> None:
    names = column_names(table([["Visits", None, "visits"], [1, 2, 3]]), 0)
    assert names == ["Visits", "Column B", "visits (2)"]


def test_guess_layouts() -> None:
    names = [s.name for s in STAGES]
    rows_layout = table([["Stage", "Sessions", "Orders"], ["Awareness", 1, 2]])
    columns_layout = table([["Metric", "Awareness", "Considération", "Purchase"], ["Sessions", 1, 2, 3]])
    long_layout = table([["Stage", "KPI", "Value"], ["Awareness", "Sessions", 1], ["Purchase", "Orders", 2]])
    assert guess_layout(rows_layout, 0, names) == "rows"
    assert guess_layout(columns_layout, 0, names) == "columns"
    assert guess_layout(long_layout, 0, names) == "long"


def test_suggest_spec_finds_stage_and_date_columns() -> None:
    data = table(
        [
            ["Date", "Page", "Step", "Visits"],
            [date(2024, 1, 1), "/home", "Awareness", 3],
            [date(2024, 1, 2), "/cart", "Purchase", 4],
        ]
    )
    spec = suggest_spec(data, STAGES)
    assert (spec.layout, spec.header_row, spec.stage_column, spec.date_column) == ("rows", 0, 2, 0)


# ---- metric guesses -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt", "values", "expected"),
    [
        ("Sessions", None, [120, 80], ("", "number", True, "sum", True)),
        ("Conversions", "#,##0", [3.0], ("", "number", True, "sum", True)),
        ("Conversion rate", None, [0.02, 0.05], ("%", "percent", True, "mean", False)),
        ("Conversion rate", None, [2.0, 5.0], ("%", "number", True, "mean", False)),  # 0-100: never rescaled
        ("Bounce rate", "0.0%", [0.4], ("%", "percent", False, "mean", False)),
        ("Cart abandonment", None, [0.7], ("%", "percent", False, "mean", False)),
        ("Churn", None, [0.1], ("%", "percent", False, "mean", False)),
        ("CES", None, [2.5], ("", "number", False, "mean", False)),
        ("Customer effort score", None, [3.0], ("", "number", False, "mean", False)),
        ("NPS", None, [42], ("", "number", True, "mean", False)),
        ("CSAT", None, [4.2], ("", "number", True, "mean", False)),
        ("Time on page", None, [timedelta(seconds=75)], ("s", "duration", True, "mean", False)),
        ("Time to resolve", "[h]:mm:ss", [1.5], ("s", "duration", False, "mean", False)),
        ("Avg. handle time (min)", None, [4.5], ("min", "number", False, "mean", False)),
        ("Revenue", '"€"#,##0.00', [10.0], ("€", "currency", True, "mean", False)),
        ("Customer lifetime value (USD)", None, [99.0], ("$", "currency", True, "mean", False)),
        ("SEO rank", None, [3], ("", "number", False, "mean", False)),
        ("Engagement", None, [7], ("", "number", True, "mean", False)),
    ],
)
def test_guess_metric(name: str, fmt: str | None, values: list[object], expected: tuple) -> None:
    guess = guess_metric(name, fmt, values)
    assert (guess.unit, guess.format, guess.higher_is_better, guess.aggregate, guess.is_count) == expected


# ---- building an import -----------------------------------------------------------------------------------

DAILY = [
    ["Date", "Stage", "Sessions", "Bounce rate"],
    [date(2024, 1, 1), "Awareness", 100, 0.5],
    [date(2024, 1, 2), " awareness", 300, 0.3],
    [date(2024, 1, 2), "AWARENESS", 50, 0.1],
    [date(2024, 1, 1), "Purchase", 20, 0.2],
    [date(2024, 1, 1), "Totals", 470, None],
    [date(2024, 1, 3), None, 5, 0.1],
    [None, "Purchase", 7, 0.9],
    [date(2024, 1, 3), "Purchase", "n/a", 0.4],
    [None, None, None, None],
]


def test_rows_layout_aggregates_per_stage_and_date() -> None:
    data = table(DAILY, [None, None, None, "0.0%"])
    spec = suggest_spec(data, STAGES)
    result = build_import(data, spec, STAGES)
    sessions = next(m for m in result.metrics if m.name == "Sessions")
    assert (sessions.aggregate, sessions.is_count) == ("sum", True)
    assert values_of(result, "Sessions") == {"s-aw": 450.0, "s-pu": 20.0}
    assert series_of(result, "Sessions", "s-aw") == [("2024-01-01", 100.0), ("2024-01-02", 350.0)]
    bounce = values_of(result, "Bounce rate")
    assert bounce["s-aw"] == pytest.approx((0.5 + 0.3 + 0.1) / 3)
    assert bounce["s-pu"] == pytest.approx((0.2 + 0.4) / 2)
    expected = [("2024-01-01", 0.5), ("2024-01-02", pytest.approx(0.2))]
    assert series_of(result, "Bounce rate", "s-aw") == expected
    # Nothing silent: the unmatched name waits for the user, every other left-out row is counted.
    assert result.unmatched == ["Totals"] and result.unmatched_rows == {"Totals": 1}
    assert result.skipped == {NO_STAGE: 1, BAD_DATE: 1, NOT_A_NUMBER: 1}
    assert not result.ready


@pytest.mark.parametrize(
    ("how", "expected"),
    [
        ("sum", 10.0),
        ("mean", 2.5),
        ("median", 2.5),
        ("min", 1.0),
        ("max", 4.0),
        ("count", 4.0),
        ("last", 3.0),  # the value of the latest date, wherever its row stands
    ],
)
def test_every_aggregate(how: str, expected: float) -> None:
    rows = [
        ["Date", "Stage", "Score"],
        [date(2024, 1, 2), "Purchase", 4],
        [date(2024, 1, 4), "Purchase", 3],
        [date(2024, 1, 1), "Purchase", 1],
        [date(2024, 1, 3), "Purchase", 2],
    ]
    spec = ImportSpec(stage_column="Stage", date_column="Date", aggregates={"score": how})
    result = build_import(table(rows), spec, STAGES)
    assert values_of(result, "Score") == {"s-pu": expected}
    assert result.metrics[0].aggregate == how


def test_median_of_odd_count_and_last_without_dates() -> None:
    rows = [["Stage", "Score"], ["Purchase", 9], ["Purchase", 1], ["Purchase", 5]]
    assert values_of(
        build_import(table(rows), ImportSpec(stage_column=0, aggregate="median"), STAGES), "Score"
    ) == {"s-pu": 5.0}
    assert values_of(
        build_import(table(rows), ImportSpec(stage_column=0, aggregate="last"), STAGES), "Score"
    ) == {"s-pu": 5.0}


def test_stage_mapping_skip_new_and_stale() -> None:
    rows = [
        ["Stage", "Visits"],
        ["Awareness", 1],
        ["Loyalty club", 2],
        ["Loyalty app", 3],
        ["Totals", 6],
        ["Old", 4],
    ]
    mapping = {"loyalty club": "new:Loyalty", "Loyalty app": "new:Loyalty", "Totals": "", "Old": "s-deleted"}
    result = build_import(table(rows), ImportSpec(stage_column=0, stage_mapping=mapping), STAGES)
    assert result.new_stage_names == ["Loyalty"]
    loyalty = result.new_stages[0].id
    assert values_of(result, "Visits") == {"s-aw": 1.0, loyalty: 5.0}
    assert result.stage_mapping == {
        "Awareness": "s-aw",
        "Loyalty club": loyalty,
        "Loyalty app": loyalty,
        "Totals": "",
    }
    assert result.unmatched == ["Old"]  # mapped to a stage that no longer exists: asked again
    assert result.skipped == {SKIPPED_STAGE: 1}


def test_new_stage_named_after_the_sheet() -> None:
    result = build_import(
        table([["Stage", "Visits"], ["Onboarding", 2]]),
        ImportSpec(stage_column=0, stage_mapping={"Onboarding": "new:"}),
        STAGES,
    )
    assert result.new_stage_names == ["Onboarding"]


def test_columns_layout() -> None:
    rows = [
        ["Metric", "Awareness", "Considération", "Notes"],
        ["Sessions", 100, 40, "from GA"],
        ["Sessions", 10, 4, None],
        ["NPS", 12, -5, "survey"],
        [None, 1, 2, None],
    ]
    data = table(rows)
    spec = suggest_spec(data, STAGES)
    assert spec.layout == "columns"
    result = build_import(data, spec, STAGES)
    assert values_of(result, "Sessions") == {"s-aw": 110.0, "s-co": 44.0}
    assert values_of(result, "NPS") == {"s-aw": 12.0, "s-co": -5.0}
    assert result.skipped == {NO_METRIC: 1, "columns without any numbers": 1}
    assert sheet_stage_names(data, spec) == ["Awareness", "Considération"]


def test_long_layout_with_dates_and_a_metric_filter() -> None:
    rows = [
        ["Day", "Stage", "Metric", "Value"],
        ["2024-01-02", "Awareness", "Visits", 5],
        ["2024-01-01", "Awareness", "Visits", 7],
        ["2024-01-01", "Purchase", "CSAT", 4.5],
        ["2024-01-01", "Purchase", "Ignored", 1],
    ]
    data = table(rows)
    spec = suggest_spec(data, STAGES)
    assert (spec.layout, spec.stage_column, spec.metric_column, spec.value_column, spec.date_column) == (
        "long",
        1,
        2,
        3,
        0,
    )
    spec.metric_names = ["visits", "csat"]
    result = build_import(data, spec, STAGES)
    assert [m.name for m in result.metrics] == ["Visits", "CSAT"]
    assert series_of(result, "Visits", "s-aw") == [("2024-01-01", 7.0), ("2024-01-02", 5.0)]
    assert values_of(result, "CSAT") == {"s-pu": 4.5}


def test_dates_in_analytics_spellings() -> None:
    rows = [
        ["Date", "Stage", "Visits"],
        [20240131, "Awareness", 1],
        ["13/02/2024", "Awareness", 2],
        ["2024-03", "Awareness", 3],
    ]
    result = build_import(table(rows), ImportSpec(stage_column=1, date_column=0), STAGES)
    assert [d for d, _v in series_of(result, "Visits", "s-aw")] == ["2024-01-31", "2024-02-13", "2024-03"]


def test_existing_metrics_keep_their_ids_and_settings() -> None:
    existing = [Metric("m-visits", "visits ", unit="visits", target=500.0, aggregate="max", is_count=True)]
    rows = [["Stage", "Visits", "Orders"], ["Awareness", 3, 1], ["Awareness", 9, 1]]
    result = build_import(table(rows), ImportSpec(stage_column=0), STAGES, existing)
    visits, orders = result.metrics
    assert (visits.id, visits.unit, visits.target, visits.aggregate) == ("m-visits", "visits", 500.0, "max")
    assert values_of(result, "visits ") == {"s-aw": 9.0}
    assert orders.id != "m-visits" and orders.id.startswith("metric-")


def test_durations_are_seconds() -> None:
    rows = [
        ["Stage", "Time on page"],
        ["Awareness", timedelta(minutes=1)],
        ["Awareness", timedelta(minutes=2)],
    ]
    result = build_import(table(rows), ImportSpec(stage_column=0), STAGES)
    assert values_of(result, "Time on page") == {"s-aw": 90.0}
    assert result.metrics[0].format == "duration"


def test_bad_specs_say_what_to_change() -> None:
    data = table([["Stage", "Visits"], ["Awareness", 1]])
    with pytest.raises(ImportSpecError, match="no stage column named 'Étape'.*Stage, Visits"):
        build_import(data, ImportSpec(stage_column="Étape"), STAGES)
    with pytest.raises(ImportSpecError, match="unknown aggregate"):
        build_import(data, ImportSpec(stage_column=0, aggregate="average"), STAGES)
    with pytest.raises(ImportSpecError, match="stage names"):
        build_import(data, ImportSpec(), STAGES)
    # A sheet with nothing on it (a notes tab chosen by mistake) is called empty, not given "Its columns are: ."
    for ref in ("Stage", 0):
        with pytest.raises(ImportSpecError, match=r"^the sheet is empty: it has no columns\.$"):
            build_import(Table(Path("notes.xlsx"), "Notes", []), ImportSpec(stage_column=ref), STAGES)


# ---- refresh --------------------------------------------------------------------------------------------


def test_diff_metrics_lists_changes_in_order() -> None:
    new = ImportResult(
        metrics=[Metric("m1", "Visits")],
        values=[MetricValue("m1", "s-aw", 10.0), MetricValue("m1", "s-pu", 2.0)],
    )
    old = [
        MetricValue("m1", "s-aw", 10.0),
        MetricValue("m1", "s-co", 5.0),
        MetricValue("m1", "s-pu", 1.0),
        MetricValue("m-manual", "s-aw", 3.0),
    ]
    changes = diff_metrics(old, new)
    assert [(c.stage_id, c.old, c.new, c.kind) for c in changes] == [
        ("s-pu", 1.0, 2.0, "changed"),
        ("s-co", 5.0, None, "removed"),
    ]
    assert diff_metrics([], new)[0].kind == "added"


def test_source_round_trip_repeats_the_import() -> None:
    data = table(DAILY)
    spec = suggest_spec(data, STAGES)
    spec.stage_mapping = {"Totals": ""}
    first = build_import(data, spec, STAGES)
    source = source_from_spec(data, spec, first)
    assert (source.stage_column, source.date_column, source.stage_mapping["Totals"]) == ("Stage", "Date", "")
    again = build_import(data, spec_from_source(source, data, STAGES), STAGES, first.metrics)
    assert [m.id for m in again.metrics] == [m.id for m in first.metrics]
    assert diff_metrics(first.values, again) == []
    assert again.ready


# ---- properties -----------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Awareness", "purchase ", "Totals", None]),
            st.one_of(st.none(), st.integers(-1000, 1000), st.floats(-1e6, 1e6)),
        ),
        min_size=1,
        max_size=60,
    )
)
def test_sum_and_mean_match_python_and_every_row_is_accounted_for(rows: list[tuple[object, object]]) -> None:
    data = table([["Stage", "Visits"], *[list(r) for r in rows]])
    for how, reference in (("sum", math.fsum), ("mean", statistics.fmean)):
        spec = ImportSpec(stage_column=0, aggregate=how, stage_mapping={"Totals": ""})
        result = build_import(data, spec, STAGES)
        got = {v.stage_id: v.value for v in result.values}
        for stage_id, name in (("s-aw", "awareness"), ("s-pu", "purchase")):
            numbers = [
                float(v) for s, v in rows if s is not None and normalize_name(s) == name and v is not None
            ]
            if numbers:
                assert got[stage_id] == pytest.approx(reference(numbers), rel=1e-9, abs=1e-6)
            else:
                assert stage_id not in got
        used = sum(1 for s, v in rows if v is not None and s in ("Awareness", "purchase "))
        assert used + result.skipped_rows == sum(1 for _s, v in rows if v is not None)


def test_refresh_of_a_long_sheet_re_guesses_the_metric_and_value_columns() -> None:
    data = table([["Stage", "Metric", "Value"], ["Awareness", "Visits", 5], ["Purchase", "Orders", 2]])
    spec = suggest_spec(data, STAGES)
    first = build_import(data, spec, STAGES)
    again_spec = spec_from_source(source_from_spec(data, spec, first), data, STAGES)
    assert (
        again_spec.layout,
        again_spec.stage_column,
        again_spec.metric_column,
        again_spec.value_column,
    ) == ("long", "Stage", 1, 2)
    again = build_import(data, again_spec, STAGES, first.metrics)
    assert diff_metrics(first.values, again) == [] and len(again.values) == 2


def test_column_profiles_are_remembered_by_value_and_type_never_across_true_and_one() -> None:
    ones = Table(Path("a.csv"), "a", [["Stage", "Flag"], ["Awareness", 1], ["Purchase", 1]])
    trues = Table(Path("b.csv"), "b", [["Stage", "Flag"], ["Awareness", True], ["Purchase", True]])
    assert profile_columns(ones, 0)[1].is_numeric  # computed, then remembered
    assert profile_columns(trues, 0)[1].is_text  # True == 1, yet a boolean is no number
    assert profile_columns(ones, 0)[1].is_numeric
    ones.rows[2] = ["Purchase", "n/a"]  # a changed sample is profiled again
    assert profile_columns(ones, 0)[1].texts == 1


def test_short_rows_read_as_blank_cells_in_the_rows_layout() -> None:
    """A row shorter than the header (a hand-made sheet) has blanks where it ends, not an error."""
    rows: list[list[object]] = [["Stage", "Visits", "Orders"], ["Awareness", 10.0, 2.0], ["Purchase", 5.0]]
    result = build_import(Table(Path("metrics.xlsx"), "Data", rows), ImportSpec(stage_column=0), STAGES)
    assert values_of(result, "Visits") == {"s-aw": 10.0, "s-pu": 5.0}
    assert values_of(result, "Orders") == {"s-aw": 2.0}
