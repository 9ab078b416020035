"""The conversion funnel of a count metric across the stages, and its worst drop-off. Pure Python."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cjm_desktop.model.journey import Journey, Metric, MetricValue


@dataclass(frozen=True)
class Step:
    """From one stage to the next: the share of the first stage's count that reaches the second."""

    from_index: int  # positions in the list of stages given to ``funnel_steps``
    to_index: int
    from_stage_id: str
    to_stage_id: str
    rate: float  # to / from (1.0 = everyone continues; above 1 when a stage draws in more)

    @property
    def drop(self) -> float:
        """Share lost on the way (negative when the next stage has more)."""
        return 1.0 - self.rate


@dataclass(frozen=True)
class Funnel:
    """The steps between consecutive stages that both have a value, and the worst of them."""

    metric_id: str
    steps: list[Step]
    worst: int | None  # index in ``steps`` of the biggest drop-off; None when nothing drops


def funnel_metric(metrics: Sequence[Metric], chosen_id: str = "") -> Metric | None:
    """The count metric the funnel is computed from: the one the user chose, else the first count metric.

    A choice that no longer names a count metric (deleted or re-imported without it) falls back to
    the first one, so the funnel never silently disappears.
    """
    chosen = next((m for m in metrics if m.id == chosen_id and m.is_count), None) if chosen_id else None
    return chosen or next((metric for metric in metrics if metric.is_count), None)


def conversion_steps(counts: Sequence[float | None]) -> list[tuple[int, int, float]]:
    """(from, to, rate) between consecutive positions with a positive count; gaps are skipped."""
    present = [(i, c) for i, c in enumerate(counts) if c is not None and c > 0]
    return [(a, b, cb / ca) for (a, ca), (b, cb) in zip(present, present[1:], strict=False)]


def worst_drop(rates: Sequence[float]) -> int | None:
    """Index of the lowest rate below 1 (the biggest drop-off); the first one wins a tie."""
    worst = None
    for i, rate in enumerate(rates):
        if rate < 1.0 and (worst is None or rate < rates[worst]):
            worst = i
    return worst


def funnel_steps(stage_ids: Sequence[str], metric_id: str, values: Sequence[MetricValue]) -> Funnel:
    """The funnel of one metric over stages in this order (stages without a value are skipped)."""
    by_stage = {v.stage_id: v.value for v in values if v.metric_id == metric_id and v.is_stage_value}
    counts = [by_stage.get(stage_id) for stage_id in stage_ids]
    steps = [Step(a, b, stage_ids[a], stage_ids[b], rate) for a, b, rate in conversion_steps(counts)]
    return Funnel(metric_id, steps, worst_drop([s.rate for s in steps]))


def journey_funnel(journey: Journey, stage_ids: Sequence[str] | None = None) -> Funnel | None:
    """The map's funnel (its chosen count metric) over its stages, or None without a count metric."""
    metric = funnel_metric(journey.metrics, journey.funnel_metric_id)
    if metric is None:
        return None
    ids = [s.id for s in journey.stages] if stage_ids is None else list(stage_ids)
    return funnel_steps(ids, metric.id, journey.metric_values)


@dataclass(frozen=True)
class StageRow:
    """One stage of the funnel table: its count, and how many of the previous stage's count stay."""

    stage_id: str
    count: float | None
    rate: float | None  # share of the previous stage with a count that reaches this one; None for the first
    worst: bool  # this stage ends the biggest drop-off

    @property
    def drop(self) -> float | None:
        """Share lost since the previous counted stage (None for the first or a stage without a count)."""
        return None if self.rate is None else 1.0 - self.rate


def funnel_table(journey: Journey, persona_id: str = "") -> list[StageRow]:
    """The funnel per stage, in stage order: count, continue rate and drop-off ([] without a count metric).

    With ``persona_id`` it follows that persona's own stage values (imported per persona).
    """
    metric = funnel_metric(journey.metrics, journey.funnel_metric_id)
    if metric is None:
        return []
    ids = [s.id for s in journey.stages]
    mine = [v for v in journey.metric_values if not v.card_id and v.persona_id == persona_id]
    # funnel_steps takes stage values only: present the persona's as such
    as_stage = [MetricValue(v.metric_id, v.stage_id, v.value) for v in mine]
    funnel = funnel_steps(ids, metric.id, as_stage)
    by_stage = {v.stage_id: v.value for v in as_stage if v.metric_id == metric.id}
    into = {step.to_stage_id: (k, step.rate) for k, step in enumerate(funnel.steps)}
    rows = []
    for stage_id in ids:
        k, rate = into.get(stage_id, (None, None))
        rows.append(StageRow(stage_id, by_stage.get(stage_id), rate, k is not None and k == funnel.worst))
    return rows
