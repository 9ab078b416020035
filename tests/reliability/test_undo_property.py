"""Property: any sequence of edits undoes to the identical document and redoes to the identical end.

Hypothesis generates sequences of 1..40 edits through cjm_desktop.document.edits (add, delete and
move stages, lanes and cards; field edits, typing that merges; duplicate; paste; macros; emotion
scores; the map's channels: add, edit, move, remove; the metrics grid: metric definitions and typed
or pasted values of stages, touchpoints and personas; a card's evidence: add, edit, remove, move
items and the evidence level; opportunities: link and unlink pain points, owner, status, impact, effort).
After every edit the serialized map is recorded per undo index; then undoing step by step
must pass through exactly those documents back to the start, and redoing must come back to each.
"""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm_desktop.canvas.channel_icons import ICON_KEYS
from cjm_desktop.document import JourneyDocument, channel_edits, edits
from cjm_desktop.document import evidence_edits as evidence
from cjm_desktop.document import metric_grid_edits as grid
from cjm_desktop.document import opportunity_edits as opp
from cjm_desktop.document.commands import ReplaceListCommand
from cjm_desktop.io.mapfile.cjm_file import dumps, loads
from cjm_desktop.model import (
    OPPORTUNITY_STATUSES,
    EmotionPoint,
    Evidence,
    EvidenceLevel,
    LaneKind,
    Persona,
    Route,
)
from cjm_desktop.model.opportunities import opportunities, pain_points
from cjm_desktop.paths import sample_map_path

Op = tuple[str, list[int], str]


def start_document() -> JourneyDocument:
    journey = loads(sample_map_path().read_bytes())
    journey.personas = [Persona("persona-a", "Ana"), Persona("persona-b", "Ben")]
    # The sample's per-persona metric values now belong to these two.
    renamed = {"persona-maya": "persona-a", "persona-daniel": "persona-b"}
    for value in journey.metric_values:
        value.persona_id = renamed.get(value.persona_id, value.persona_id)
    journey.cards[0].persona_ids = ["persona-a"]
    journey.emotions = [EmotionPoint("persona-a", journey.stages[0].id, -1)]
    journey.routes = [Route("route-1", journey.cards[0].id, journey.cards[1].id, "persona-a")]
    journey.voting.lane_ids = [journey.lanes[0].id]
    # Every opportunity starts linked to pain points, so deletes often run the unlinking cascade.
    pains = pain_points(journey)
    for k, card in enumerate(opportunities(journey)):
        card.pain_point_ids = [pains[k % len(pains)].id, pains[(k + 3) % len(pains)].id]
    return JourneyDocument(journey)


def pick(items: list, n: int):
    return items[n % len(items)] if items else None


def subset(items: list, n: int, size: int) -> list:
    if not items:
        return []
    return [items[(n + k * 7) % len(items)].id for k in range(1 + size % 3)]


def apply(doc: JourneyDocument, op: Op) -> None:
    name, (a, b, c, d), text = op
    j = doc.journey
    stage, lane, card = pick(j.stages, a), pick(j.lanes, b), pick(j.cards, c)
    if name == "add_stage":
        edits.add_stage(doc, a % (len(j.stages) + 1), text)
    elif name == "add_lane":
        edits.add_lane(doc, list(LaneKind)[a % len(LaneKind)], text, b % (len(j.lanes) + 1))
    elif name == "add_card" and lane and stage:
        edits.add_card(doc, lane.id, stage.id, text, position=d % 4, severity=1 + c % 3)
    elif name == "delete_cards" and card:
        edits.delete_cards(doc, list(dict.fromkeys(subset(j.cards, c, d))))
    elif name == "delete_stage" and stage and len(j.stages) > 1:
        edits.delete_stages(doc, [stage.id])
    elif name == "delete_lane" and lane and len(j.lanes) > 1:
        edits.delete_lanes(doc, [lane.id])
    elif name == "move_stage" and stage:
        edits.move_stage(doc, stage.id, b % len(j.stages))
    elif name == "move_lane" and lane:
        edits.move_lane(doc, lane.id, a % len(j.lanes))
    elif name == "move_cards" and card and lane and stage:
        edits.move_cards(doc, list(dict.fromkeys(subset(j.cards, c, d))), lane.id, stage.id, d % 5)
    elif name == "type_text" and card:
        # Typing: successive keystrokes in the same card merge into one undo step.
        for k in range(1, 1 + d % 4):
            edits.set_fields(doc, "cards", card.id, {"text": card.text + text[:k]}, merge=True)
    elif name == "set_fields":
        choice = d % 5
        if choice == 0 and stage:
            edits.set_fields(doc, "stages", stage.id, {"name": text, "color": "#12ab34"})
        elif choice == 1:
            edits.set_fields(doc, "map", "", {"title": text or "t", "goals": text})
        elif choice == 2 and lane:
            edits.set_fields(doc, "lanes", lane.id, {"collapsed": not lane.collapsed})
        elif choice == 3 and card:
            edits.set_fields(
                doc, "cards", card.id, {"tags": [text, "x"], "votes": a % 9, "persona_ids": ["persona-b"]}
            )
        else:
            edits.set_fields(
                doc, "personas", pick(j.personas, a).id, {"name": text or "P", "channels": ["web"]}
            )
    elif name == "duplicate" and card:
        edits.duplicate_cards(doc, list(dict.fromkeys(subset(j.cards, c, d))))
    elif name == "paste" and card and lane and stage:
        sources = [copy.deepcopy(j.card(cid)) for cid in dict.fromkeys(subset(j.cards, c, d))]
        edits.insert_cards(doc, sources, lane.id, stage.id, position=a % 3)
    elif name == "emotion" and stage:
        points = [p for p in j.emotions if p.stage_id != stage.id or p.persona_id != "persona-b"]
        points.append(EmotionPoint("persona-b", stage.id, a % 7 - 3))
        doc.push(ReplaceListCommand(doc, "emotions", points, "Set emotion"))
    elif name == "add_channel":
        channel_edits.add_channel(doc, text or "C", ICON_KEYS[a % len(ICON_KEYS)], (None, True, False)[b % 3])
    elif name == "edit_channel" and j.channels:
        channel = pick(j.channels, a)
        if d % 2:  # typing a name: the keystrokes merge into one step
            for k in range(1, 2 + d % 3):
                channel_edits.edit_channel(doc, channel.id, {"name": text[:k]}, merge=True)
        else:
            channel_edits.edit_channel(
                doc, channel.id, {"icon": ICON_KEYS[b % len(ICON_KEYS)], "online": c % 2 == 0}
            )
    elif name == "move_channel" and j.channels:
        channel_edits.move_channel(doc, pick(j.channels, a).id, b)
    elif name == "remove_channel" and j.channels:
        # Often one the sample's touchpoints use, so the cascade that clears cards and personas runs.
        used = [ch for ch in j.channels if channel_edits.channel_uses(doc, ch.id)]
        channel_edits.remove_channels(doc, [pick(used if used and a % 2 else j.channels, c).id])
    elif name == "add_metric":
        grid.add_metric(doc, text or "M", a % (len(j.metrics) + 1), is_count=b % 2 == 0)
    elif name == "edit_metric" and j.metrics:
        metric = pick(j.metrics, a)
        if d % 2:  # typing a source note: the keystrokes merge into one step
            for k in range(1, 2 + d % 3):
                grid.edit_metric(doc, metric.id, {"source_note": text[:k]}, merge=True)
        else:
            grid.edit_metric(
                doc, metric.id, {"format": grid.FORMATS[b % 4], "target": (None, 0.5, 10.0)[c % 3]}
            )
    elif name == "type_values" and j.metrics and stage:
        # One cell typed, or a pasted block; None clears a cell. Each is one step, marked manual.
        cells = [
            (pick(j.metrics, a + k).id, pick(j.stages, b + k).id, None if (c + k) % 4 == 0 else float(d + k))
            for k in range(1 + c % 3)
        ]
        grid.set_stage_values(doc, cells)
    elif name == "type_target_values" and j.metrics and card:
        # The grid's touchpoint and persona views: a card's value, or a persona's at a stage.
        persona = pick(j.personas, b)
        cells = [
            (
                pick(j.metrics, a + k).id,
                card.stage_id,
                card.id,
                "",
                None if (d + k) % 5 == 0 else float(c + k),
            )
            for k in range(1 + d % 2)
        ]
        if persona and stage:
            cells.append((pick(j.metrics, b).id, stage.id, "", persona.id, None if c % 3 == 0 else float(a)))
        grid.set_values(doc, cells)
    elif name == "delete_metric" and j.metrics:
        grid.delete_metrics(doc, [pick(j.metrics, a).id])
    elif name == "add_evidence" and card:
        kind = ("file", "url", "reference")[b % 3]
        evidence.add_evidence(doc, card.id, Evidence(kind, text or "x", text[: d % 4]), a % 4)
    elif name in ("edit_evidence", "remove_evidence", "move_evidence") and any(x.evidence for x in j.cards):
        # Among the cards that have evidence, so these edits really run.
        target = pick([x for x in j.cards if x.evidence], c)
        index = a % len(target.evidence)
        if name == "edit_evidence":
            evidence.edit_evidence(doc, target.id, index, Evidence("url", "https://e.org/" + text))
        elif name == "remove_evidence":
            evidence.remove_evidence(doc, target.id, index)
        else:
            evidence.move_evidence(doc, target.id, index, b % 4)
    elif name == "evidence_level" and card:
        cards = list(dict.fromkeys(subset(j.cards, c, d)))
        evidence.set_evidence_level(doc, cards, list(EvidenceLevel)[a % len(EvidenceLevel)])
    elif name == "link_pain_points" and opportunities(j) and pain_points(j):
        # Links are what a card delete, stage delete or lane delete must cascade over.
        target = pick(opportunities(j), a)
        if d % 2:
            opp.link_pain_point(doc, target.id, pick(pain_points(j), b).id, linked=c % 3 != 0)
        else:
            opp.set_pain_points(doc, target.id, subset(pain_points(j), b, c))
    elif name == "edit_opportunity" and opportunities(j):
        target = pick(opportunities(j), a)
        choice = d % 4
        if choice == 0:  # typing an owner: the keystrokes merge into one step
            for k in range(1, 2 + b % 3):
                opp.set_owner(doc, target.id, text[:k])
        elif choice == 1:
            opp.set_status(doc, target.id, ("", *OPPORTUNITY_STATUSES)[b % 5])
        else:
            opp.set_rating(doc, target.id, ("impact", "effort")[choice - 2], (None, 1, 2, 3)[b % 4])
    elif name == "macro" and lane and stage:
        with doc.macro("Several edits"):
            new = edits.add_card(doc, lane.id, stage.id, text)
            edits.set_fields(doc, "cards", new.id, {"text": text + "!", "moment_of_truth": True})
            edits.add_stage(doc, 0, text)


OPS = [
    "add_stage",
    "add_lane",
    "add_card",
    "delete_cards",
    "delete_stage",
    "delete_lane",
    "move_stage",
    "move_lane",
    "move_cards",
    "type_text",
    "set_fields",
    "duplicate",
    "paste",
    "emotion",
    "macro",
    "add_channel",
    "edit_channel",
    "move_channel",
    "remove_channel",
    "add_metric",
    "edit_metric",
    "type_values",
    "type_target_values",
    "delete_metric",
    "add_evidence",
    "edit_evidence",
    "remove_evidence",
    "move_evidence",
    "evidence_level",
    "link_pain_points",
    "edit_opportunity",
]

ops = st.tuples(
    st.sampled_from(OPS),
    st.lists(st.integers(0, 10_000), min_size=4, max_size=4),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ops, min_size=1, max_size=40))
def test_undo_all_restores_the_start_and_redo_all_the_end(qapp, sequence: list[Op]) -> None:
    doc = start_document()
    stack = doc.undo_stack
    states = {0: dumps(doc.journey)}
    for op in sequence:
        apply(doc, op)
        states[stack.index()] = dumps(doc.journey)  # a merged edit updates its step's state
        assert stack.count() == stack.index()  # new edits never leave redo steps behind
    end = stack.index()
    assert states[end] == dumps(doc.journey)
    card_ids = {c.id for c in doc.journey.cards}  # cascades left no link to a deleted card
    assert all(p in card_ids for c in doc.journey.cards for p in c.pain_point_ids)
    for index in range(end - 1, -1, -1):
        stack.undo()
        assert stack.index() == index
        assert dumps(doc.journey) == states[index], f"undo to step {index} differs"
    assert dumps(doc.journey) == states[0]
    for index in range(1, end + 1):
        stack.redo()
        assert dumps(doc.journey) == states[index], f"redo to step {index} differs"
    assert not stack.canRedo()


def test_a_failed_macro_leaves_the_map_and_the_history_as_they_were(qapp) -> None:
    doc = start_document()
    before = dumps(doc.journey)
    steps = doc.undo_stack.count()
    with pytest.raises(RuntimeError), doc.macro("Half an edit"):
        edits.add_stage(doc, 0, "half")
        raise RuntimeError("the second step failed")
    assert dumps(doc.journey) == before
    doc.undo_stack.redo()  # nothing to redo: the failed edit is not in the history
    assert dumps(doc.journey) == before and doc.undo_stack.count() == steps
