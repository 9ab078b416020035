"""Random edit sequences on a map, for the diff and merge property tests."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import strategies as st

from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.model import Card, EmotionPoint, Journey, Metric, MetricValue, Route
from cjm_desktop.paths import sample_map_path

Edit = tuple[Any, ...]


def base_map() -> Journey:
    """The sample map (stage, touchpoint and persona values) with a route and one more metric's values."""
    journey = load_map(sample_map_path())
    journey.routes.append(Route("route-1", journey.cards[0].id, journey.cards[1].id, journey.personas[0].id))
    journey.metrics.append(Metric("metric-conv", "Conversion", "%", "percent"))
    journey.metric_values += [MetricValue("metric-conv", s.id, 0.1 * i) for i, s in enumerate(journey.stages)]
    return journey


def delete_persona(journey: Journey, persona_id: str) -> None:
    """Delete a persona with what the app's delete takes along (document/persona_edits.py)."""
    journey.personas = [p for p in journey.personas if p.id != persona_id]
    journey.emotions = [e for e in journey.emotions if e.persona_id != persona_id]
    journey.metric_values = [v for v in journey.metric_values if v.persona_id != persona_id]
    for card in journey.cards:
        card.persona_ids = [p for p in card.persona_ids if p != persona_id]
    for route in journey.routes:
        if route.persona_id == persona_id:
            route.persona_id = None


BASE = base_map()
CARDS = [c.id for c in BASE.cards]
ROUTED = {BASE.routes[0].from_card, BASE.routes[0].to_card}
WORDS = st.text(alphabet="abc xyzé", min_size=0, max_size=12)
INDEX = st.integers(min_value=0, max_value=50)
# A value is named by its whole key, not its position: a card delete on one side removes that card's
# values and shifts the positions of the others.
VALUE_KEYS = [(v.metric_id, v.stage_id, v.card_id, v.persona_id) for v in BASE.metric_values]

# Edits that keep the map's order except by appending: the merge of disjoint sequences of these
# equals applying one sequence after the other. A reorder changes the list's order, which both
# sides share, so reorders are left to the diff/patch property and to example tests of merging.
MERGEABLE = st.one_of(
    st.tuples(st.just("card_text"), st.sampled_from(CARDS), WORDS),
    st.tuples(st.just("card_move"), st.sampled_from(CARDS), INDEX, INDEX),
    st.tuples(st.just("card_votes"), st.sampled_from(CARDS), st.integers(0, 9)),
    st.tuples(st.just("card_delete"), st.sampled_from([c for c in CARDS if c not in ROUTED])),
    st.tuples(st.just("card_add"), INDEX, INDEX, WORDS),
    st.tuples(st.just("stage_rename"), st.sampled_from([s.id for s in BASE.stages]), WORDS),
    st.tuples(st.just("emotion"), INDEX, INDEX, st.integers(-3, 3)),
    st.tuples(st.just("metric_value"), st.sampled_from(VALUE_KEYS), st.floats(-1e6, 1e6, allow_nan=False)),
    st.tuples(st.just("title"), WORDS),
)
# Reorders too, for diff and patch, which must reproduce any order exactly.
ANY_EDIT = st.one_of(
    MERGEABLE,
    st.tuples(st.just("stage_move"), INDEX, INDEX),
    st.tuples(st.just("lane_move"), INDEX, INDEX),
    st.tuples(st.just("card_reorder"), INDEX, INDEX),
    st.tuples(st.just("persona_delete"), st.sampled_from([p.id for p in BASE.personas])),
)


def target(edit: Edit) -> tuple[Any, ...]:
    """What an edit touches; two sequences are disjoint when no targets are shared."""
    kind = edit[0]
    if kind.startswith("card_") and kind != "card_add":
        return ("card", edit[1])
    if kind == "emotion":
        return ("emotion", edit[1] % len(BASE.personas), edit[2] % len(BASE.stages))
    if kind == "metric_value":  # a touchpoint's value goes with its card (a delete takes it along)
        return ("card", edit[1][2]) if edit[1][2] else ("metric_value", edit[1])
    if kind == "card_add":
        return ("new", id(edit))
    return (kind, edit[1]) if kind == "stage_rename" else (kind,)


def apply_edits(journey: Journey, edits: list[Edit], side: str) -> Journey:
    """A copy of ``journey`` with the edits applied in turn; new ids are prefixed with ``side``."""
    j = copy.deepcopy(journey)
    for n, edit in enumerate(edits):
        kind = edit[0]
        touched = target(edit)
        if touched[0] == "card" and touched[1] not in {c.id for c in j.cards}:
            continue  # the same side deleted it earlier in the sequence
        if kind == "persona_delete":
            delete_persona(j, edit[1])
        elif kind == "card_text":
            j.card(edit[1]).text = edit[2]
        elif kind == "card_votes":
            j.card(edit[1]).votes = edit[2]
        elif kind == "card_move":  # to another cell
            card = j.card(edit[1])
            card.lane_id = j.lanes[edit[2] % len(j.lanes)].id
            card.stage_id = j.stages[edit[3] % len(j.stages)].id
        elif kind == "card_delete":  # with its touchpoint values, as the app's delete does
            j.cards.pop(j.card_index(edit[1]))
            j.metric_values = [v for v in j.metric_values if v.card_id != edit[1]]
        elif kind == "card_add":
            lane, stage = j.lanes[edit[1] % len(j.lanes)].id, j.stages[edit[2] % len(j.stages)].id
            j.cards.append(Card(f"{side}-card-{n}", lane, stage, edit[3]))
        elif kind == "stage_rename":
            j.stage(edit[1]).name = edit[2]
        elif kind == "emotion":
            if not j.personas:
                continue
            persona, stage = j.personas[edit[1] % len(j.personas)].id, j.stages[edit[2] % len(j.stages)].id
            point = j.emotion(persona, stage)
            if point is None:
                j.emotions.append(EmotionPoint(persona, stage, edit[3]))
            else:
                point.score = edit[3]
        elif kind == "metric_value":
            for value in j.metric_values:
                if (value.metric_id, value.stage_id, value.card_id, value.persona_id) == edit[1]:
                    value.value = edit[2]
        elif kind == "title":
            j.title = edit[1]
        elif kind in ("stage_move", "lane_move", "card_reorder"):
            items = {"stage_move": j.stages, "lane_move": j.lanes, "card_reorder": j.cards}[kind]
            item = items.pop(edit[1] % len(items))
            items.insert(edit[2] % (len(items) + 1), item)
    return j
