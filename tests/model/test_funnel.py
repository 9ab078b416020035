"""The funnel: conversion between consecutive stages of a count metric, and the worst drop-off."""

from __future__ import annotations

import pytest

from cjm_desktop.model import Journey, Metric, MetricValue, Stage
from cjm_desktop.model.funnel import (
    conversion_steps,
    funnel_metric,
    funnel_steps,
    funnel_table,
    journey_funnel,
    worst_drop,
)


def test_rates_between_consecutive_stages() -> None:
    steps = conversion_steps([1000, 400, 300, 30])
    assert [(a, b) for a, b, _ in steps] == [(0, 1), (1, 2), (2, 3)]
    assert [rate for *_, rate in steps] == pytest.approx([0.4, 0.75, 0.1])
    assert worst_drop([0.4, 0.75, 0.1]) == 2


def test_stages_without_a_value_are_skipped_not_zero() -> None:
    steps = conversion_steps([1000, None, 250, 0, 50])
    assert [(a, b, rate) for a, b, rate in steps] == [(0, 2, 0.25), (2, 4, 0.2)]


def test_no_drop_when_every_stage_grows() -> None:
    assert worst_drop([1.2, 1.0, 3.0]) is None
    assert worst_drop([]) is None
    assert worst_drop([0.5, 0.5]) == 0  # the first of a tie


def test_journey_funnel_uses_first_count_metric_in_stage_order() -> None:
    journey = Journey(stages=[Stage("a", "A"), Stage("b", "B"), Stage("c", "C")])
    journey.metrics = [
        Metric("rate", "Bounce rate", format="percent"),
        Metric("visits", "Visits", is_count=True),
        Metric("orders", "Orders", is_count=True),
    ]
    journey.metric_values = [
        MetricValue("visits", "c", 100),
        MetricValue("visits", "a", 1000),
        MetricValue("visits", "b", 800),
        MetricValue("rate", "a", 0.5),
    ]
    assert funnel_metric(journey.metrics).id == "visits"
    funnel = journey_funnel(journey)
    assert funnel is not None and funnel.metric_id == "visits"
    assert [(s.from_stage_id, s.to_stage_id) for s in funnel.steps] == [("a", "b"), ("b", "c")]
    assert funnel.steps[1].drop == pytest.approx(0.875)
    assert funnel.worst == 1
    # Reordering the stages reorders the funnel.
    assert funnel_steps(["b", "a"], "visits", journey.metric_values).steps[0].rate == pytest.approx(1.25)


def test_no_funnel_without_a_count_metric() -> None:
    journey = Journey(stages=[Stage("a", "A")], metrics=[Metric("nps", "NPS")])
    assert journey_funnel(journey) is None


def test_the_chosen_count_metric_drives_the_funnel_and_a_stale_choice_falls_back() -> None:
    journey = Journey(stages=[Stage("a", "A"), Stage("b", "B"), Stage("c", "C")])
    journey.metrics = [
        Metric("visits", "Visits", is_count=True),
        Metric("orders", "Orders", is_count=True),
        Metric("rate", "Bounce rate", format="percent"),
    ]
    journey.metric_values = [
        MetricValue("visits", "a", 1000),
        MetricValue("visits", "b", 800),
        MetricValue("orders", "a", 200),
        MetricValue("orders", "b", 50),
        MetricValue("orders", "c", 40),
    ]
    journey.funnel_metric_id = "orders"
    assert journey_funnel(journey).metric_id == "orders"
    rows = funnel_table(journey)
    assert [(r.stage_id, r.count) for r in rows] == [("a", 200), ("b", 50), ("c", 40)]
    assert rows[0].rate is None and rows[0].drop is None
    assert rows[1].drop == pytest.approx(0.75) and rows[1].worst
    assert rows[2].rate == pytest.approx(0.8) and not rows[2].worst
    journey.funnel_metric_id = "rate"  # not a count metric: the first count metric instead
    assert journey_funnel(journey).metric_id == "visits"
    journey.funnel_metric_id = "gone"
    assert journey_funnel(journey).metric_id == "visits"
    assert funnel_table(Journey(stages=journey.stages)) == []
