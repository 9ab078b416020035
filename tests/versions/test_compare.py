"""The comparison a visual compare draws: added, removed, changed and moved cards, metric values."""

from __future__ import annotations

import copy

from cjm_desktop.model import Card
from cjm_desktop.versions.compare import compare
from tests.versions.edits import BASE


def test_comparison_sorts_cards_and_metric_values() -> None:
    new = copy.deepcopy(BASE)
    gone = new.cards.pop(5)
    new.cards.append(Card("card-new", BASE.lanes[0].id, BASE.stages[0].id, "Fresh"))
    new.card(BASE.cards[1].id).text = "Reworded"
    moved = new.card(BASE.cards[2].id)
    moved.stage_id = BASE.stages[-1].id
    conv = next(
        i
        for i, v in enumerate(BASE.metric_values)
        if (v.metric_id, v.stage_id) == ("metric-conv", BASE.stages[1].id)
    )
    new.metric_values[conv].value = 0.5
    # A touchpoint's and a persona's value change too: the stage's own figure is what the lane compares.
    next(v for v in new.metric_values if v.card_id).value += 1
    next(v for v in new.metric_values if v.persona_id).value += 1
    result = compare(BASE, new)
    assert result.added_cards == {"card-new"}
    assert [r["id"] for r in result.removed_cards] == [gone.id]
    assert result.changed_cards == {BASE.cards[1].id: {"text": (BASE.cards[1].text, "Reworded")}}
    assert result.moved_cards == {moved.id: (BASE.cards[2].lane_id, BASE.cards[2].stage_id)}
    assert result.metric_values == {("metric-conv", BASE.stages[1].id): (BASE.metric_values[conv].value, 0.5)}
    assert compare(BASE, copy.deepcopy(BASE)).same
