"""The merge rules of the issue, one example each, and the word-by-word text diff."""

from __future__ import annotations

import copy

from cjm_desktop.io.mapfile.cjm_file import dumps
from cjm_desktop.model import Card, Route, Stage
from cjm_desktop.model.channels import Channel
from cjm_desktop.versions.conflict_notes import CONFLICT_LANE_ID, CONFLICT_TAG
from cjm_desktop.versions.diff import diff
from cjm_desktop.versions.merge import merge
from cjm_desktop.versions.words import word_diff, word_diff_text
from tests.versions.edits import BASE, delete_persona


def sides():
    return copy.deepcopy(BASE), copy.deepcopy(BASE)


def test_a_card_edited_on_one_side_and_moved_on_the_other_keeps_both() -> None:
    ours, theirs = sides()
    card_id = BASE.cards[2].id
    ours.card(card_id).text = "Edited text"
    theirs.card(card_id).stage_id = BASE.stages[-1].id
    result = merge(BASE, ours, theirs)
    assert result.clean
    card = result.journey.card(card_id)
    assert (card.text, card.stage_id) == ("Edited text", BASE.stages[-1].id)


def test_additions_on_both_sides_are_kept_and_reorders_apply() -> None:
    ours, theirs = sides()
    ours.cards.append(Card("card-ours", BASE.lanes[0].id, BASE.stages[0].id, "Ours"))
    ours.stages.append(ours.stages.pop(0))  # ours moves the first stage last
    theirs.cards.append(Card("card-theirs", BASE.lanes[1].id, BASE.stages[1].id, "Theirs"))
    theirs.stages.append(Stage("stage-new", "Loyalty"))
    merged = merge(BASE, ours, theirs).journey
    assert {"card-ours", "card-theirs"} <= {c.id for c in merged.cards}
    assert [s.id for s in merged.stages] == [s.id for s in BASE.stages[1:]] + [BASE.stages[0].id, "stage-new"]


def test_a_deletion_against_an_edit_keeps_the_edited_card_and_reports_it() -> None:
    ours, theirs = sides()
    card_id = BASE.cards[3].id
    ours.cards.pop(ours.card_index(card_id))
    theirs.card(card_id).text = "Still needed"
    result = merge(BASE, ours, theirs)
    assert result.journey.card(card_id).text == "Still needed"
    assert [(k.key, k.reason) for k in result.kept] == [((card_id,), "edited")]


def test_a_deleted_stage_that_a_new_card_uses_is_kept_so_the_map_stays_valid() -> None:
    ours, theirs = sides()
    stage_id = BASE.stages[-1].id
    ours.cards = [c for c in ours.cards if c.stage_id != stage_id]
    ours.emotions = [e for e in ours.emotions if e.stage_id != stage_id]
    ours.metric_values = [v for v in ours.metric_values if v.stage_id != stage_id]
    ours.stages.pop(ours.stage_index(stage_id))
    theirs.cards.append(Card("card-late", BASE.lanes[0].id, stage_id, "Added there"))
    result = merge(BASE, ours, theirs)
    assert result.journey.stage(stage_id).name == BASE.stages[-1].name
    assert ((stage_id,), "referenced") in [(k.key, k.reason) for k in result.kept]


def test_a_true_conflict_keeps_ours_and_adds_one_visible_conflict_note() -> None:
    ours, theirs = sides()
    card = BASE.cards[4]
    ours.card(card.id).text = "Ours says this"
    theirs.card(card.id).text = "Theirs says that"
    result = merge(BASE, ours, theirs)
    assert [(c.field, c.ours, c.theirs) for c in result.conflicts] == [
        ("text", "Ours says this", "Theirs says that")
    ]
    assert result.journey.card(card.id).text == "Ours says this"
    notes = [c for c in result.journey.cards if CONFLICT_TAG in c.tags]
    assert len(notes) == 1
    assert notes[0].lane_id == CONFLICT_LANE_ID and notes[0].stage_id == card.stage_id
    assert "Ours says this" in notes[0].text and "Theirs says that" in notes[0].text
    assert dumps(merge(BASE, ours, theirs).journey) == dumps(result.journey)  # same bytes each time


def test_word_diff_marks_only_the_words_that_changed() -> None:
    assert word_diff_text("Delivery fees appear late", "Delivery costs appear late") == (
        "Delivery [-fees-]{+costs+} appear late"
    )
    runs = word_diff("a b", "a b c")
    assert "".join(t for op, t in runs if op != "-") == "a b c"


def test_a_card_deleted_on_one_side_that_a_new_route_uses_is_kept() -> None:
    ours, theirs = sides()
    start, end = BASE.cards[6].id, BASE.cards[7].id
    ours.cards.pop(ours.card_index(start))
    theirs.routes.append(Route("route-new", start, end))
    result = merge(BASE, ours, theirs)
    assert result.journey.card(start).text == BASE.card(start).text
    assert ((start,), "referenced") in [(k.key, k.reason) for k in result.kept]
    assert [r.id for r in result.journey.routes][-1] == "route-new"


def test_a_pain_point_deleted_on_one_side_that_an_opportunity_now_addresses_is_kept() -> None:
    ours, theirs = sides()
    pain, opportunity = BASE.cards[6].id, BASE.cards[7].id
    ours.cards.pop(ours.card_index(pain))
    theirs.card(opportunity).pain_point_ids = [pain]
    result = merge(BASE, ours, theirs)
    assert result.journey.card(opportunity).pain_point_ids == [pain]
    assert result.journey.card(pain).text == BASE.card(pain).text  # the link does not dangle
    assert ((pain,), "referenced") in [(k.key, k.reason) for k in result.kept]


def test_a_deleted_persona_takes_its_metric_values_and_a_value_edited_on_the_other_side_keeps_it() -> None:
    persona = BASE.personas[0].id
    theirs_value = next(v for v in BASE.metric_values if v.persona_id == persona)
    # Ours deletes the persona as the app does; theirs leaves it: the merged map has none of its values.
    ours = copy.deepcopy(BASE)
    delete_persona(ours, persona)
    merged = merge(BASE, ours, copy.deepcopy(BASE)).journey
    assert persona not in {p.id for p in merged.personas}
    assert not [v for v in merged.metric_values if v.persona_id == persona]
    assert len(merged.metric_values) == len(ours.metric_values)  # no other value lost or merged away
    # Theirs types a new value for it: the value stays, so does the persona it belongs to.
    theirs = copy.deepcopy(BASE)
    next(v for v in theirs.metric_values if v == theirs_value).value = 12345.0
    result = merge(BASE, ours, theirs)
    assert persona in {p.id for p in result.journey.personas}
    assert 12345.0 in [v.value for v in result.journey.metric_values if v.persona_id == persona]
    assert ("personas", (persona,), "referenced") in [(k.collection, k.key, k.reason) for k in result.kept]


def test_the_chosen_funnel_metric_survives_a_merge() -> None:
    ours, theirs = sides()
    ours.funnel_metric_id = BASE.metrics[0].id if BASE.funnel_metric_id != BASE.metrics[0].id else ""
    theirs.title = "Theirs"
    merged = merge(BASE, ours, theirs).journey
    assert (merged.funnel_metric_id, merged.title) == (ours.funnel_metric_id, "Theirs")
    assert merge(BASE, BASE, BASE).journey.funnel_metric_id == BASE.funnel_metric_id != ""


def test_the_map_own_channels_are_compared_and_kept_by_a_merge() -> None:
    ours, theirs = sides()
    ours.channels.append(Channel("kiosk", "Store kiosk", "other", False))
    theirs.channels[0].name = "Web shop"
    assert [c.collection for c in diff(BASE, ours)] == ["channels"]
    merged = merge(BASE, ours, theirs).journey
    assert merged.channels[-1] == ours.channels[-1] and merged.channels[0].name == "Web shop"
    assert [c.id for c in merged.channels] == [c.id for c in ours.channels]
