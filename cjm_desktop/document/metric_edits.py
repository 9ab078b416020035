"""Apply imported metrics to a map as one undo step (import wizard and Refresh).

The plan comes from io/metrics/metrics_apply.py, which the command line applies directly (no Qt).

One macro inserts the stages the user chose to create, swaps in the metrics and their values,
remembers the source for "Refresh metrics" and adds a metrics lane when the map has none. If any
step fails, ``doc.macro`` rolls the partial edit back, so a failed import leaves the map exactly
as it was.
"""

from __future__ import annotations

from cjm_desktop.document.commands import InsertItemsCommand, ReplaceListCommand, SetFieldsCommand
from cjm_desktop.document.document import JourneyDocument
from cjm_desktop.i18n import tr
from cjm_desktop.io.metrics.import_data import ImportResult
from cjm_desktop.io.metrics.metrics_apply import (
    UnresolvedStagesError,
    merged_metrics,
    metrics_lane_index,
    plan_import,
)
from cjm_desktop.model import MetricSource

__all__ = ["UnresolvedStagesError", "apply_import", "apply_refresh", "merged_metrics", "metrics_lane_index"]


def apply_import(
    doc: JourneyDocument, result: ImportResult, source: MetricSource | None, text: str = ""
) -> None:
    """Put an import's metrics on the map as ONE undo step; raise (map untouched) on any failure."""
    plan = plan_import(doc.journey, result)
    with doc.macro(text or tr("edits", "Import metrics")):
        if plan.new_stages:
            doc.push(InsertItemsCommand(doc, "stages", plan.new_stages, tr("edits", "Add stages")))
        doc.push(ReplaceListCommand(doc, "metrics", plan.metrics, tr("edits", "Set metrics")))
        doc.push(ReplaceListCommand(doc, "metric_values", plan.values, tr("edits", "Set metric values")))
        if source is not None:
            doc.push(
                SetFieldsCommand(
                    doc, "map", "", {"metric_source": source}, tr("edits", "Remember metrics source")
                )
            )
        if plan.metrics_lane is not None:
            doc.push(InsertItemsCommand(doc, "lanes", [plan.metrics_lane], tr("edits", "Add lane")))


def apply_refresh(doc: JourneyDocument, result: ImportResult, source: MetricSource | None = None) -> None:
    """Apply re-read metrics from the remembered source as ONE undo step."""
    apply_import(
        doc,
        result,
        source if source is not None else doc.journey.metric_source,
        text=tr("edits", "Refresh metrics"),
    )
