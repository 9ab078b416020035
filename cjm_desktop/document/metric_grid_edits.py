"""Metric definitions and values typed by hand (the metrics grid), each change one undo step.

Values typed here are marked ``manual``: an import or Refresh keeps them (see merged_metrics).
"""

from __future__ import annotations

import copy
from typing import Any

from cjm_desktop.document.commands import InsertItemsCommand, RemoveItemsCommand, ReplaceListCommand
from cjm_desktop.document.document import JourneyDocument
from cjm_desktop.document.edits import set_fields
from cjm_desktop.i18n import tr
from cjm_desktop.model import Metric, MetricValue, new_id

METRIC_FIELDS = frozenset({"name", "unit", "format", "higher_is_better", "target", "source_note", "is_count"})
FORMATS = ("number", "percent", "currency", "duration")
Cell = tuple[str, str, float | None]  # (metric id, stage id, value or None to clear)
# (metric id, stage id, touchpoint card id or "", persona id or "", value or None to clear)
TargetCell = tuple[str, str, str, str, float | None]


def add_metric(doc: JourneyDocument, name: str, index: int | None = None, **fields: Any) -> Metric:
    """Add a metric definition (at the end by default) and return it."""
    metrics = doc.journey.metrics
    index = len(metrics) if index is None else max(0, min(index, len(metrics)))
    metric = Metric(id=new_id("metric"), name=name, **fields)
    doc.push(InsertItemsCommand(doc, "metrics", [(index, metric)], tr("edits", "Add metric")))
    return metric


def edit_metric(doc: JourneyDocument, metric_id: str, values: dict[str, Any], merge: bool = False) -> None:
    """Change a metric's definition; typing in one field merges into one step."""
    unknown = set(values) - METRIC_FIELDS
    if unknown:
        raise ValueError(f"a metric has no editable field {sorted(unknown)[0]!r}")
    if values.get("format", "number") not in FORMATS:
        raise ValueError(f"unknown metric format {values['format']!r}")
    set_fields(doc, "metrics", metric_id, values, tr("edits", "Edit metric"), merge)


def delete_metrics(doc: JourneyDocument, metric_ids: list[str]) -> None:
    """Delete metrics with all their values, as one undo step."""
    ids = set(metric_ids)
    if not ids:
        return
    journey = doc.journey
    with doc.macro(tr("edits", "Delete %n metrics", None, len(ids))):
        if any(v.metric_id in ids for v in journey.metric_values):
            kept = [v for v in journey.metric_values if v.metric_id not in ids]
            doc.push(ReplaceListCommand(doc, "metric_values", kept, tr("edits", "Delete metric values")))
        doc.push(RemoveItemsCommand(doc, "metrics", sorted(ids), tr("edits", "Delete metrics")))


def set_stage_values(doc: JourneyDocument, cells: list[Cell], text: str = "") -> None:
    """Type (or clear, with None) stages' own values as ONE undo step; typed values are marked manual."""
    set_values(doc, [(metric_id, stage_id, "", "", number) for metric_id, stage_id, number in cells], text)


def set_values(doc: JourneyDocument, cells: list[TargetCell], text: str = "") -> None:
    """Type (or clear) values of stages, touchpoint cards or personas as ONE undo step, marked manual."""
    values = [copy.deepcopy(v) for v in doc.journey.metric_values]
    place = {(v.metric_id, v.stage_id, v.card_id, v.persona_id): i for i, v in enumerate(values)}
    gone: set[int] = set()
    for metric_id, stage_id, card_id, persona_id, number in cells:
        key = (metric_id, stage_id, card_id, persona_id)
        i = place.get(key)
        if number is None:
            if i is not None:
                gone.add(i)
        elif i is None:
            place[key] = len(values)
            values.append(
                MetricValue(metric_id, stage_id, float(number), [], card_id, persona_id, manual=True)
            )
        else:
            gone.discard(i)  # cleared and typed again in one paste: the typed value wins
            if values[i].value != number or not values[i].manual:
                values[i].value, values[i].manual, values[i].series = float(number), True, []
    new = [v for i, v in enumerate(values) if i not in gone]
    if new == doc.journey.metric_values:
        return  # nothing changes: keep the history clean
    label = text or tr("edits", "Type metric value")
    doc.push(ReplaceListCommand(doc, "metric_values", new, label))
