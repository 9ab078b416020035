"""The versions report names a metric value by what it measures: the stage, a touchpoint, a persona."""

from __future__ import annotations

import copy

from cjm_desktop.versions.diff import diff
from cjm_desktop.versions.labels import short
from cjm_desktop.versions.report import diff_text
from tests.versions.edits import BASE


def test_a_touchpoint_or_persona_value_says_which_one() -> None:
    new = copy.deepcopy(BASE)
    stage_value = next(v for v in new.metric_values if not v.card_id and not v.persona_id)
    touchpoint_value = next(v for v in new.metric_values if v.card_id and not v.persona_id)
    persona_value = next(v for v in new.metric_values if v.persona_id and not v.card_id)
    for value in (stage_value, touchpoint_value, persona_value):
        value.value += 1
    report = diff_text(diff(BASE, new), BASE, new)

    def named(value) -> str:
        metric = next(m.name for m in BASE.metrics if m.id == value.metric_id)
        stage = next(s.name for s in BASE.stages if s.id == value.stage_id)
        return f"metric “{metric}” at {stage}"

    touchpoint = short(BASE.card(touchpoint_value.card_id).text)  # as long card texts are cut
    persona = next(p.name for p in BASE.personas if p.id == persona_value.persona_id)
    assert f"{named(stage_value)}\n" in report  # the stage's own value: nothing more to say
    assert f"{named(touchpoint_value)}, touchpoint “{touchpoint}”" in report
    assert f"{named(persona_value)}, persona “{persona}”" in report
