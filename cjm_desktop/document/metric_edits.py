"""Apply imported metrics to a map as one undo step (import wizard, Refresh and the command line).

One macro inserts the stages the user chose to create, swaps in the metrics and their values,
remembers the source for "Refresh metrics" and adds a metrics lane when the map has none. If any
step fails, ``doc.macro`` rolls the partial edit back, so a failed import leaves the map exactly
as it was.
"""

from __future__ import annotations

import copy

from cjm_desktop.document.commands import InsertItemsCommand, ReplaceListCommand, SetFieldsCommand
from cjm_desktop.document.document import JourneyDocument
from cjm_desktop.document.edits import STAGE_COLORS, lane_title
from cjm_desktop.i18n import tr
from cjm_desktop.io.metrics_import import ImportResult
from cjm_desktop.model import Journey, Lane, LaneKind, Metric, MetricSource, MetricValue, new_id


class UnresolvedStagesError(ValueError):
    """The import still has sheet stages nobody assigned, created or skipped."""

    def __init__(self, names: list[str]) -> None:
        self.names = list(names)
        super().__init__(
            tr("edits", "These sheet stages match no stage of the map: %s") % ", ".join(self.names)
        )


def merged_metrics(journey: Journey, result: ImportResult) -> tuple[list[Metric], list[MetricValue]]:
    """The map's metrics and values after the import: imported metrics replace same-id ones, others stay."""
    imported = {metric.id: metric for metric in result.metrics}
    metrics = [
        copy.deepcopy(imported.pop(m.id)) if m.id in imported else copy.deepcopy(m) for m in journey.metrics
    ]
    metrics += [copy.deepcopy(m) for m in result.metrics if m.id in imported]  # new ones, in sheet order
    covered = {metric.id for metric in result.metrics}
    # Values typed by hand stay, whatever the sheet says: a Refresh never overwrites them silently.
    values = [copy.deepcopy(v) for v in journey.metric_values if v.metric_id not in covered or v.manual]
    typed = {_place(v) for v in values if v.manual}
    values += [copy.deepcopy(v) for v in result.values if _place(v) not in typed]
    return metrics, values


def _place(value: MetricValue) -> tuple[str, str, str, str]:
    return (value.metric_id, value.stage_id, value.card_id, value.persona_id)


def metrics_lane_index(journey: Journey) -> int:
    """Where a new metrics lane goes: right under the emotion curve, else at the bottom."""
    emotions = [i for i, lane in enumerate(journey.lanes) if lane.kind == LaneKind.EMOTIONS]
    return emotions[0] + 1 if emotions else len(journey.lanes)


def apply_import(
    doc: JourneyDocument, result: ImportResult, source: MetricSource | None, text: str = ""
) -> None:
    """Put an import's metrics on the map as ONE undo step; raise (map untouched) on any failure."""
    if not result.ready:
        raise UnresolvedStagesError(result.unmatched)
    journey = doc.journey
    with doc.macro(text or tr("edits", "Import metrics")):
        if result.new_stages:
            start = len(journey.stages)
            placed = []
            for k, stage in enumerate(result.new_stages):
                fresh = copy.deepcopy(stage)
                if fresh.color == "#4f7cac":  # the dataclass default: give it the next colour in the cycle
                    fresh.color = STAGE_COLORS[(start + k) % len(STAGE_COLORS)]
                placed.append((start + k, fresh))
            doc.push(InsertItemsCommand(doc, "stages", placed, tr("edits", "Add stages")))
        metrics, values = merged_metrics(journey, result)
        doc.push(ReplaceListCommand(doc, "metrics", metrics, tr("edits", "Set metrics")))
        doc.push(ReplaceListCommand(doc, "metric_values", values, tr("edits", "Set metric values")))
        if source is not None:
            doc.push(
                SetFieldsCommand(
                    doc, "map", "", {"metric_source": source}, tr("edits", "Remember metrics source")
                )
            )
        if not any(lane.kind == LaneKind.METRICS for lane in journey.lanes):
            lane = Lane(id=new_id("lane"), kind=LaneKind.METRICS, title=lane_title(LaneKind.METRICS))
            doc.push(
                InsertItemsCommand(
                    doc, "lanes", [(metrics_lane_index(journey), lane)], tr("edits", "Add lane")
                )
            )


def apply_refresh(doc: JourneyDocument, result: ImportResult, source: MetricSource | None = None) -> None:
    """Apply re-read metrics from the remembered source as ONE undo step."""
    apply_import(
        doc,
        result,
        source if source is not None else doc.journey.metric_source,
        text=tr("edits", "Refresh metrics"),
    )
