"""Opportunities in the inspector: link pain points, owner, status, ratings; driven with keys and clicks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cjm_desktop.io.mapfile.cjm_file import dumps
from cjm_desktop.model import Card, Journey, Lane, LaneKind, Stage
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.opportunity_links import AddressedByList, PainPointChecklist
from tests.ui.test_inspector_kinds import choose, click_card, editor, one_undo_step


def journey() -> Journey:
    j = Journey(title="Opportunities")
    j.stages = [Stage("s1", "Search"), Stage("s2", "Checkout")]
    j.lanes = [
        Lane("pain", LaneKind.PAIN_POINTS, "Pain points"),
        Lane("opp", LaneKind.OPPORTUNITIES, "Ideas"),
    ]
    j.cards = [
        Card("p1", "pain", "s1", "Slow pages"),
        Card("p2", "pain", "s2", "Slow pages"),  # same text: the stage tells them apart
        Card("p3", "pain", "s2", "Extra fee at the last step"),
        Card("o1", "opp", "s2", "Guest checkout", pain_point_ids=["p3"]),
    ]
    return j


def test_link_and_unlink_pain_points_from_the_keyboard(qtbot, make_window) -> None:
    win: MainWindow = make_window(journey())
    click_card(win, "o1")
    links = editor(win, "pain_point_ids")
    assert isinstance(links, PainPointChecklist)
    rows = [links.list.item(r).text() for r in range(links.list.count())]
    assert rows == ["Search: Slow pages", "Checkout: Slow pages", "Checkout: Extra fee at the last step"]
    assert links.checked_ids() == ["p3"]
    assert links.list.accessibleName() and links.show_button.accessibleName()

    def tick_second_row() -> None:
        links.list.setFocus()
        links.list.setCurrentRow(1)
        qtbot.keyClick(links.list, Qt.Key.Key_Space)  # space ticks the current row

    one_undo_step(win, tick_second_row)
    assert win.doc.journey.card("o1").pain_point_ids == ["p2", "p3"]
    assert win.doc.undo_stack.undoText() == "Link pain point"
    one_undo_step(win, lambda: links.set_checked("p3", False))
    assert win.doc.journey.card("o1").pain_point_ids == ["p2"]
    assert win.doc.undo_stack.undoText() == "Unlink pain point"


def test_owner_status_impact_and_effort_are_one_step_each(qtbot, make_window) -> None:
    win: MainWindow = make_window(journey())
    click_card(win, "o1")
    one_undo_step(win, lambda: choose(qtbot, editor(win, "status"), "in_test"))
    assert editor(win, "status").currentText() == "In test"
    one_undo_step(win, lambda: choose(qtbot, editor(win, "impact"), 3))
    one_undo_step(win, lambda: choose(qtbot, editor(win, "effort"), 1))
    owner = editor(win, "owner")
    owner.setFocus()
    one_undo_step(win, lambda: qtbot.keyClicks(owner, "Web team"))  # typing merges into one step
    card = win.doc.journey.card("o1")
    assert (card.status, card.impact, card.effort, card.owner) == ("in_test", 3, 1, "Web team")
    assert owner.accessibleName() == "Owner"


def test_show_a_linked_pain_point_and_see_who_addresses_it(qtbot, make_window) -> None:
    win: MainWindow = make_window(journey())
    click_card(win, "o1")
    links = editor(win, "pain_point_ids")
    links.list.setFocus()
    links.list.setCurrentRow(2)
    before = dumps(win.doc.journey)
    qtbot.keyClick(links.list, Qt.Key.Key_Return)  # Enter shows the card on the map
    qtbot.waitUntil(lambda: win.scene.selected_ids("card") == ["p3"])
    assert dumps(win.doc.journey) == before  # selecting is no edit
    addressed = win.inspector.addressed_by
    assert isinstance(addressed, AddressedByList)
    assert [addressed.list.item(r).text() for r in range(addressed.list.count())] == [
        "Checkout: Guest checkout"
    ]
    # Back to the opportunity with the button.
    addressed.list.setCurrentRow(0)
    qtbot.mouseClick(addressed.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.scene.selected_ids("card") == ["o1"])
    QApplication.processEvents()


def test_deleting_the_pain_point_updates_the_opportunitys_list(qtbot, make_window) -> None:
    win: MainWindow = make_window(journey())
    click_card(win, "o1")
    from cjm_desktop.document import edits

    edits.delete_cards(win.doc, ["p3"])
    qtbot.waitUntil(lambda: editor(win, "pain_point_ids").list.count() == 2)
    assert editor(win, "pain_point_ids").checked_ids() == []
    win.doc.undo_stack.undo()
    qtbot.waitUntil(lambda: editor(win, "pain_point_ids").checked_ids() == ["p3"])


def test_every_opportunity_and_pain_point_field_has_an_accessible_name(qtbot, make_window) -> None:
    from tests.ui.test_accessible_names import unnamed

    win: MainWindow = make_window(journey())
    for card_id in ("o1", "p3"):
        click_card(win, card_id)
        assert unnamed(win.inspector) == [], card_id
    win.opportunity_matrix.toggle_action.trigger()
    qtbot.waitUntil(win.opportunity_matrix.panel.isVisible)
    assert unnamed(win.opportunity_matrix.dock) == []
