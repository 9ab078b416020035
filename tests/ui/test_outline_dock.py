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
