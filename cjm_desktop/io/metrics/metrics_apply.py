"""What an import does to a map, worked out once: the undoable edit and the command line both use it.

`plan_import` says which stages to add, the metrics and values after the import and whether a
metrics lane is needed; `document/metric_edits.py` turns the plan into one undo step, and
`apply_plan` applies it straight to a journey for the headless ``import-metrics`` (no Qt).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace

from cjm_desktop.i18n import tr
from cjm_desktop.io.metrics.import_data import ImportResult
from cjm_desktop.model import (
    STAGE_COLORS,
    Journey,
    Lane,
    LaneKind,
    Metric,
    MetricSource,
    MetricValue,
    Stage,
    new_id,
)


class UnresolvedStagesError(ValueError):
    """The import still has sheet stages nobody assigned, created or skipped."""

    def __init__(self, names: list[str]) -> None:
        self.names = list(names)
        super().__init__(
            tr("edits", "These sheet stages match no stage of the map: %s") % ", ".join(self.names)
        )


@dataclass
class ImportPlan:
    """The changes an import makes, each ready to apply."""

    new_stages: list[tuple[int, Stage]]  # (list position, stage) for the stages to create
    metrics: list[Metric]  # the map's metrics after the import
    values: list[MetricValue]  # the map's metric values after the import
    metrics_lane: tuple[int, Lane] | None  # a metrics lane to add, when the map has none


def merged_metrics(journey: Journey, result: ImportResult) -> tuple[list[Metric], list[MetricValue]]:
    """The map's metrics and values after the import: imported metrics replace same-id ones, others stay."""
    imported = {metric.id: metric for metric in result.metrics}
    metrics = [
        copy.deepcopy(imported.pop(m.id)) if m.id in imported else copy.deepcopy(m) for m in journey.metrics
    ]
    metrics += [copy.deepcopy(m) for m in result.metrics if m.id in imported]  # new ones, in sheet order
    covered = {metric.id for metric in result.metrics}
    # Values typed by hand stay, whatever the sheet says: a Refresh never overwrites them silently.
    values = [copy_value(v) for v in journey.metric_values if v.metric_id not in covered or v.manual]
    typed = {_place(v) for v in values if v.manual}
    values += [copy_value(v) for v in result.values if _place(v) not in typed]
    return metrics, values


def copy_value(value: MetricValue) -> MetricValue:
    """A deep copy of a value: its series is the only mutable part (a list of (str, float) tuples).

    copy.deepcopy took ~0.1 s for a year of daily series on a few metrics; this is the same copy
    (tests/io/test_metrics_apply_copy.py checks the fields, so a new mutable one cannot slip by).
    """
    return replace(value, series=list(value.series))


def _place(value: MetricValue) -> tuple[str, str, str, str]:
    return (value.metric_id, value.stage_id, value.card_id, value.persona_id)


def metrics_lane_index(journey: Journey) -> int:
    """Where a new metrics lane goes: right under the emotion curve, else at the bottom."""
    emotions = [i for i, lane in enumerate(journey.lanes) if lane.kind == LaneKind.EMOTIONS]
    return emotions[0] + 1 if emotions else len(journey.lanes)


def plan_import(journey: Journey, result: ImportResult) -> ImportPlan:
    """The plan of an import; raises UnresolvedStagesError while sheet stages are unresolved."""
    if not result.ready:
        raise UnresolvedStagesError(result.unmatched)
    start = len(journey.stages)
    new_stages = []
    for k, stage in enumerate(result.new_stages):
        fresh = copy.deepcopy(stage)
        if fresh.color == "#4f7cac":  # the dataclass default: give it the next colour in the cycle
            fresh.color = STAGE_COLORS[(start + k) % len(STAGE_COLORS)]
        new_stages.append((start + k, fresh))
    metrics, values = merged_metrics(journey, result)
    lane = None
    if not any(lane.kind == LaneKind.METRICS for lane in journey.lanes):
        new_lane = Lane(id=new_id("lane"), kind=LaneKind.METRICS, title=tr("edits", "Metrics"))
        lane = (metrics_lane_index(journey), new_lane)
    return ImportPlan(new_stages, metrics, values, lane)


def apply_plan(journey: Journey, plan: ImportPlan, source: MetricSource | None) -> None:
    """Apply a plan directly to a journey (headless use: no undo history)."""
    for index, stage in plan.new_stages:
        journey.stages.insert(index, stage)
    journey.metrics = plan.metrics
    journey.metric_values = plan.values
    if source is not None:
        journey.metric_source = copy.deepcopy(source)
    if plan.metrics_lane is not None:
        index, lane = plan.metrics_lane
        journey.lanes.insert(index, lane)
