"""The plan's copies of metric values are deep: editing the map later never reaches the import's result."""

from __future__ import annotations

import copy
import dataclasses

from cjm_desktop.io.metrics.metrics_apply import copy_value
from cjm_desktop.model import MetricValue


def test_a_copied_value_equals_a_deep_copy_and_shares_no_mutable_part() -> None:
    value = MetricValue("m1", "s1", 2.5, [("2024-01-01", 1.0), ("2024-01-02", 4.0)], "c1", "p1", True)
    copied = copy_value(value)
    assert copied == copy.deepcopy(value)
    assert copied.series is not value.series
    copied.series.append(("2024-01-03", 9.0))
    assert len(value.series) == 2


def test_the_copy_knows_every_field_of_a_metric_value() -> None:
    """A new field must be looked at here: copy_value only copies ``series`` (the list) itself."""
    fields = {f.name: f.type for f in dataclasses.fields(MetricValue)}
    assert fields == {
        "metric_id": "str",
        "stage_id": "str",
        "value": "float",
        "series": "list[tuple[str, float]]",
        "card_id": "str",
        "persona_id": "str",
        "manual": "bool",
    }
