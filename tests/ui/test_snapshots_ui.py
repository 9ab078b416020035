"""Map ▸ Snapshots driven through the real window: take, list, mark, use curves, restore, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from cjm_desktop.document.edits import set_fields
from cjm_desktop.io.mapfile.cjm_file import dumps, load_map
from cjm_desktop.paths import sample_map_path
from cjm_desktop.ui.snapshot_dialog import TakeSnapshotDialog
from cjm_desktop.ui.to_be_dialog import ToBeDialog


def fill_take_dialog(name: str, note: str) -> None:
    """Type into the modal Take snapshot dialog once it is open, then press OK."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, TakeSnapshotDialog)
    dialog.name.setText(name)
    dialog.note.setPlainText(note)
    dialog.status.setCurrentIndex(dialog.status.findData("as-is"))
    dialog.accept()


def test_snapshots_window_takes_marks_restores_and_deletes(make_window, qtbot) -> None:
    window = make_window(load_map(sample_map_path()))
    doc = window.doc
    window.snapshot_actions.manage_action.trigger()
    dialog = window.snapshot_actions.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.restore_button.isEnabled()  # nothing selected yet

    QTimer.singleShot(0, lambda: fill_take_dialog("Q3 as-is", "Before the redesign"))
    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    [snapshot] = doc.journey.snapshots
    assert (snapshot.name, snapshot.note, snapshot.status) == ("Q3 as-is", "Before the redesign", "as-is")
    row = dialog.tree.topLevelItem(0)
    assert row.text(0) == "Q3 as-is" and row.text(2) == "as-is" and row.isSelected()

    qtbot.mouseClick(dialog.to_be_button, Qt.MouseButton.LeftButton)
    assert doc.journey.snapshots[0].status == "to-be"
    assert dialog.tree.topLevelItem(0).text(2) == "to-be"

    qtbot.mouseClick(dialog.curves_button, Qt.MouseButton.LeftButton)
    assert all(p.to_be == p.score for p in doc.journey.emotions)

    card = doc.journey.cards[0]
    original = card.text
    set_fields(doc, "cards", card.id, {"text": "Changed after the snapshot"}, "Edit text")
    edited = dumps(doc.journey)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert doc.journey.card(card.id).text == original
    assert doc.journey.emotions[0].to_be is None  # the snapshot was taken before the to-be curves
    assert window.scene.card_items[card.id] is not None  # the canvas was rebuilt from the model
    doc.undo_stack.undo()
    assert dumps(doc.journey) == edited

    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert doc.journey.snapshots == [] and dialog.tree.topLevelItemCount() == 0
    doc.undo_stack.undo()
    assert dialog.tree.topLevelItemCount() == 1


def test_to_be_grid_edits_scored_points_in_one_undo_step(make_window, qtbot) -> None:
    window = make_window(load_map(sample_map_path()))
    doc = window.doc
    journey = doc.journey
    before = dumps(journey)
    dialog = ToBeDialog(doc, window)
    qtbot.addWidget(dialog)
    point = journey.emotions[0]
    spin = dialog.spins[(point.persona_id, point.stage_id)]
    assert spin.specialValueText() == "—" and spin.value() == spin.minimum()  # no to-be score yet
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)  # from "—" to -3, the lowest score
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.value() == -2
    scored = {(p.persona_id, p.stage_id) for p in journey.emotions}
    unscored = [(p.id, s.id) for p in journey.personas for s in journey.stages if (p.id, s.id) not in scored]
    assert all(key not in dialog.spins for key in unscored)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert doc.journey.emotions[0].to_be == -2
    assert all(p.to_be is None for p in doc.journey.emotions[1:])
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before
