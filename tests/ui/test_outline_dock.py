"""The outline dock: the map as a tree view, selection shared with the canvas, edits undoable."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from cjm_desktop.io.mapfile.cjm_file import dumps, load_map
from cjm_desktop.paths import sample_map_path
from cjm_desktop.ui.outline_dock import KEY_ROLE, OutlineDock


def outline_of(window) -> OutlineDock:
    window.accessibility.outline_action.trigger()
    return window.accessibility.outline


def test_outline_mirrors_stages_lanes_cards_personas_metrics(make_window):
    window = make_window(load_map(sample_map_path()))
    outline = outline_of(window)
    journey = window.doc.journey
    model = outline.model
    stages, personas, metrics = (model.item(row) for row in range(3))
    assert [stages.child(i).text() for i in range(stages.rowCount())] == [s.name for s in journey.stages]
    first = stages.child(0)
    cards_in_first = [
        first.child(li).child(ci).data(KEY_ROLE)[1]
        for li in range(first.rowCount())
        for ci in range(first.child(li).rowCount())
    ]
    assert sorted(cards_in_first) == sorted(c.id for c in journey.cards if c.stage_id == journey.stages[0].id)
    assert [personas.child(i).text() for i in range(personas.rowCount())] == [
        p.name for p in journey.personas
    ]
    assert metrics.rowCount() == len(journey.metrics)
    card_index = outline.index_of("card", journey.cards[0].id)
    assert card_index.data(Qt.ItemDataRole.AccessibleDescriptionRole).startswith("Card in ")


def test_selection_goes_both_ways(make_window, qtbot):
    window = make_window(load_map(sample_map_path()))
    outline = outline_of(window)
    card = window.doc.journey.cards[3]
    index = outline.index_of("card", card.id)
    outline.tree.selectionModel().select(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    assert window.scene.selected_ids("card") == [card.id]
    other = window.doc.journey.cards[7]
    window.scene.select_ids([other.id])
    assert outline.selected_keys() == [("card", other.id)]
    stage = window.doc.journey.stages[2]
    window.scene.select_ids([stage.id])
    assert outline.selected_keys() == [("stage", stage.id)]


def test_editing_in_the_outline_is_the_canvas_edit(make_window, qtbot):
    window = make_window(load_map(sample_map_path()))
    outline = outline_of(window)
    doc = window.doc
    card = doc.journey.cards[0]
    before = dumps(doc.journey)
    item = outline.model.itemFromIndex(outline.index_of("card", card.id))
    assert item.isEditable()
    item.setText("Banner on a news site")  # what the view's editor does on Enter
    assert doc.journey.card(card.id).text == "Banner on a news site"
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Edit card text"
    stage = doc.journey.stages[1]
    outline.model.itemFromIndex(outline.index_of("stage", stage.id)).setText("Compare")
    assert doc.journey.stage(stage.id).name == "Compare"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before
    qtbot.waitUntil(lambda: outline.index_of("card", card.id).data() == card.text)
    assert outline.index_of("stage", stage.id).data() == stage.name


def tree_of(model) -> list:
    """Every row as (text, key, description, editable, selectable, children), top to bottom."""

    def rows(item) -> list:
        return [
            (
                child.text(),
                child.data(KEY_ROLE),
                child.data(Qt.ItemDataRole.AccessibleDescriptionRole),
                child.isEditable(),
                child.isSelectable(),
                rows(child),
            )
            for child in (item.child(r) for r in range(item.rowCount()))
        ]

    return rows(model.invisibleRootItem())


def test_the_outline_follows_edits_row_by_row_exactly_as_a_fresh_build(make_window, qtbot):
    """Every kind of edit and its undo/redo leaves the tree equal to one built afresh from the map."""
    from cjm_desktop.document import edits
    from cjm_desktop.document import persona_edits as pe
    from cjm_desktop.model import LaneKind

    window = make_window(load_map(sample_map_path()))
    outline = outline_of(window)
    doc = window.doc
    journey = doc.journey
    card, other = journey.cards[0], journey.cards[5]
    lane = next(lane for lane in journey.lanes if lane.kind not in (LaneKind.EMOTIONS, LaneKind.METRICS))
    steps = [
        lambda: edits.set_fields(doc, "cards", card.id, {"text": "Typed\nover two lines"}, merge=True),
        lambda: edits.add_card(doc, lane.id, journey.stages[1].id, "New one", position=0),
        lambda: edits.move_cards(doc, [other.id], lane.id, journey.stages[2].id, 0),
        lambda: edits.delete_cards(doc, [journey.cards[2].id]),
        lambda: edits.set_fields(doc, "cards", card.id, {"severity": 3}),
        lambda: edits.set_fields(doc, "stages", journey.stages[0].id, {"name": "Discover"}),
        lambda: edits.set_fields(doc, "lanes", lane.id, {"title": "Where they meet us"}),
        lambda: edits.set_fields(doc, "lanes", lane.id, {"kind": LaneKind.EMOTIONS}),
        lambda: edits.add_stage(doc, 1, "Compare"),
        lambda: edits.move_lane(doc, journey.lanes[-1].id, 0),
        lambda: pe.add_persona(doc, "Ilona"),
        lambda: pe.set_emotion(doc, journey.personas[0].id, journey.stages[0].id, -2),
        lambda: edits.set_fields(doc, "stages", journey.stages[0].id, {"name": "Look around"}),
        lambda: edits.delete_stages(doc, [journey.stages[3].id]),
    ]

    def settled() -> list:
        qtbot.waitUntil(lambda: not outline._update_timer.isActive())
        followed = tree_of(outline.model)
        outline.rebuild()
        assert followed == tree_of(outline.model)
        return followed

    for step in steps:
        step()
        settled()
    for _ in steps:
        doc.undo_stack.undo()
        settled()
    for _ in steps:
        doc.undo_stack.redo()
        settled()


def test_typing_in_a_card_changes_its_row_only(make_window, qtbot):
    """A keystroke re-sets one row; an added card re-fills its one cell: the tree is never rebuilt."""
    from cjm_desktop.document import edits

    window = make_window(load_map(sample_map_path()))
    outline = outline_of(window)
    doc, card = window.doc, window.doc.journey.cards[0]
    changes: list[str] = []
    outline.model.modelReset.connect(lambda: changes.append("reset"))
    outline.model.rowsRemoved.connect(lambda parent, *_: changes.append(f"removed under {parent.data()}"))
    outline.model.rowsInserted.connect(lambda parent, *_: changes.append(f"inserted under {parent.data()}"))
    outline.model.dataChanged.connect(lambda first, *_: changes.append(f"changed {first.data()}"))
    edits.set_fields(doc, "cards", card.id, {"text": "Banner"}, merge=True)
    qtbot.waitUntil(lambda: bool(changes))
    assert changes == ["changed Banner"]
    changes.clear()
    edits.add_card(doc, card.lane_id, card.stage_id, "Added")
    qtbot.waitUntil(lambda: outline.index_of("card", doc.journey.cards[-1].id) is not None)
    lane_title = doc.journey.lane(card.lane_id).title
    assert "reset" not in changes
    assert {c for c in changes if not c.startswith("changed")} <= {
        f"removed under {lane_title}",
        f"inserted under {lane_title}",
    }
