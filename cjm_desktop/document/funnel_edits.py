"""Choosing the count metric the funnel follows: one undo step, saved with the map."""

from __future__ import annotations

from cjm_desktop.document.document import JourneyDocument
from cjm_desktop.document.edits import set_fields
from cjm_desktop.i18n import tr


def set_funnel_metric(doc: JourneyDocument, metric_id: str) -> None:
    """Make the funnel follow a count metric of the map ('' = the first count metric)."""
    if metric_id and not any(m.id == metric_id and m.is_count for m in doc.journey.metrics):
        raise ValueError(f"{metric_id!r} is not a count metric of this map")
    set_fields(doc, "map", "", {"funnel_metric_id": metric_id}, tr("edits", "Choose funnel metric"))
