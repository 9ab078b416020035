"""The compact metric chips a touchpoint card shows: its own values, formatted as on the metrics lane."""

from __future__ import annotations

from cjm_desktop.model import Journey
from cjm_desktop.model.metric_format import format_value


def card_metric_texts(journey: Journey) -> dict[str, tuple[str, ...]]:
    """Card id -> its metric chips ("Sessions 1,500", "Sessions 1,200 · Anna"), in metric order; one pass."""
    by_card: dict[str, list] = {}
    for value in journey.metric_values:
        if value.card_id:
            by_card.setdefault(value.card_id, []).append(value)
    if not by_card:
        return {}
    order = {metric.id: i for i, metric in enumerate(journey.metrics)}
    metrics = {metric.id: metric for metric in journey.metrics}
    names = {persona.id: persona.name for persona in journey.personas}
    persona_order = {persona.id: i for i, persona in enumerate(journey.personas)}
    result: dict[str, tuple[str, ...]] = {}
    for card_id, values in by_card.items():
        values.sort(key=lambda v: (order.get(v.metric_id, 0), persona_order.get(v.persona_id, -1)))
        texts = []
        for v in values:
            metric = metrics.get(v.metric_id)
            if metric is None:
                continue
            text = f"{metric.name} {format_value(metric, v.value, journey.number_locale)}"
            texts.append(f"{text} · {names[v.persona_id]}" if v.persona_id in names else text)
        result[card_id] = tuple(texts)
    return result
