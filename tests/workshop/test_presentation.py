"""Presentation mode: F5, stage-by-stage keyboard navigation, overview, lanes, blanking, leaving."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cjm_desktop.io.mapfile.cjm_file import dumps
from cjm_desktop.model import LaneKind
from cjm_desktop.ui.presentation import PresentationWindow, choose_screen

from .conftest import scene_rect, shows, step


def test_f5_opens_presentation_full_screen(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    presentation = window.workshop.presentation
    assert isinstance(presentation, PresentationWindow)
    qtbot.waitExposed(presentation)
    assert presentation.isFullScreen()
    assert presentation.stage_index == -1
    assert not window.workshop.screen_menu_action.isVisible()  # one screen: nothing to choose
    # The overview shows the whole map.
    assert shows(presentation.visible_rect(), presentation.overview_rect())


def test_right_steps_through_every_stage_and_centres_it(presentation, qtbot):
    layout = presentation.scene.layout
    n = len(layout.stage_ids)
    assert n == 5
    overview_zoom = presentation.view.transform().m11()
    for i in range(n):
        assert step(qtbot, presentation, Qt.Key.Key_Right) == i
        visible = presentation.visible_rect()
        header = scene_rect(presentation.scene.layout.stage_rect(i))
        assert shows(visible, header), (i, visible, header)
        assert presentation.scene.layout.stage_at(visible.center().x()) == i
        # The whole column, every lane down to the metrics, and closer than the overview.
        assert shows(visible, scene_rect(layout.stage_column_rect(i)))
        assert presentation.view.transform().m11() > overview_zoom * 1.2
    # Right on the last stage stays there.
    assert step(qtbot, presentation, Qt.Key.Key_Right) == n - 1
    assert step(qtbot, presentation, Qt.Key.Key_Home) == 0
    assert step(qtbot, presentation, Qt.Key.Key_End) == n - 1
    assert step(qtbot, presentation, Qt.Key.Key_PageUp) == n - 2
    assert step(qtbot, presentation, Qt.Key.Key_Space) == n - 1


def test_left_from_first_stage_and_o_return_to_overview(presentation, qtbot):
    assert step(qtbot, presentation, Qt.Key.Key_Right) == 0
    assert step(qtbot, presentation, Qt.Key.Key_Left) == -1
    assert shows(presentation.visible_rect(), presentation.overview_rect())
    assert step(qtbot, presentation, Qt.Key.Key_End) == 4
    assert step(qtbot, presentation, Qt.Key.Key_O) == -1


def test_animation_is_smooth_not_a_jump(presentation, qtbot, monkeypatch):
    from cjm_desktop.ui import presentation as module

    monkeypatch.undo()
    assert module.ANIMATION_MS == 300
    presentation._animation.setDuration(module.ANIMATION_MS)
    seen = []
    presentation._animation.valueChanged.connect(lambda rect: seen.append(rect))
    step(qtbot, presentation, Qt.Key.Key_Right)
    assert len(seen) >= 3  # intermediate frames, not one jump


def test_plus_minus_zoom_and_down_scrolls_a_tall_stage(presentation, qtbot):
    step(qtbot, presentation, Qt.Key.Key_Right)
    zoom = presentation.view.transform().m11()
    step(qtbot, presentation, Qt.Key.Key_Plus)
    assert presentation.view.transform().m11() > zoom * 1.1
    step(qtbot, presentation, Qt.Key.Key_Minus)
    step(qtbot, presentation, Qt.Key.Key_Minus)
    assert presentation.view.transform().m11() < zoom * 0.9
    step(qtbot, presentation, Qt.Key.Key_Plus)
    step(qtbot, presentation, Qt.Key.Key_Plus)  # closer than the column fits: Down scrolls
    top = presentation.visible_rect().top()
    step(qtbot, presentation, Qt.Key.Key_Down)
    assert presentation.visible_rect().top() > top + 10
    step(qtbot, presentation, Qt.Key.Key_Up)
    assert abs(presentation.visible_rect().top() - top) < 1


def test_hide_empty_lanes_changes_only_the_projected_map(window, presentation, qtbot):
    from cjm_desktop.document import edits

    empty = edits.add_lane(window.doc, LaneKind.NOTES, "Parking lot")
    before = dumps(window.doc.journey)
    undo_index = window.doc.undo_stack.index()
    editor_lanes = list(window.scene.layout.lane_ids)
    emotions = next(lane.id for lane in window.doc.journey.lanes if lane.kind == LaneKind.EMOTIONS)
    step(qtbot, presentation, Qt.Key.Key_H)
    shown = presentation.scene.layout.lane_ids
    assert empty.id not in shown
    assert emotions in shown  # the sample's emotion lane holds its personas' curves, so it stays
    assert not presentation.scene.lane_items[empty.id].isVisible()
    assert dumps(window.doc.journey) == before
    assert window.doc.undo_stack.index() == undo_index
    assert window.scene.layout.lane_ids == editor_lanes  # the editor keeps every lane
    # A card captured into the hidden lane brings it back at once.
    edits.add_card(window.doc, empty.id, window.doc.journey.stages[0].id, "Parked idea")
    assert empty.id in presentation.scene.layout.lane_ids
    step(qtbot, presentation, Qt.Key.Key_H)
    assert emotions in presentation.scene.layout.lane_ids


def test_l_focuses_one_lane_at_a_time(window, presentation, qtbot):
    every = [lane.id for lane in window.doc.journey.lanes]
    metrics = next(lane.id for lane in window.doc.journey.lanes if lane.kind == LaneKind.METRICS)
    lanes = [lane_id for lane_id in every if lane_id != metrics]  # the projected map leaves metrics out
    assert presentation.scene.layout.lane_ids == lanes
    step(qtbot, presentation, Qt.Key.Key_Right)
    for lane_id in every:  # the metrics lane too: L is how the room sees the figures, large
        step(qtbot, presentation, Qt.Key.Key_L)
        assert presentation.scene.layout.lane_ids == [lane_id]
        assert presentation.stage_index == 0  # the stage stays in focus
    step(qtbot, presentation, Qt.Key.Key_L)
    assert presentation.scene.layout.lane_ids == lanes
    step(qtbot, presentation, Qt.Key.Key_L, Qt.KeyboardModifier.ShiftModifier)
    assert presentation.scene.layout.lane_ids == [every[-1]]
    # Esc leaves the lane focus first, then the stage focus.
    step(qtbot, presentation, Qt.Key.Key_Escape)
    assert presentation.scene.layout.lane_ids == lanes and presentation.stage_index == 0
    assert step(qtbot, presentation, Qt.Key.Key_Escape) == -1
    assert window.scene.layout.lane_ids == every  # the editor keeps every lane


def test_b_blanks_and_any_key_returns(presentation, qtbot):
    step(qtbot, presentation, Qt.Key.Key_Right)
    with qtbot.waitSignal(presentation.blank_changed) as blocker:
        qtbot.keyClick(presentation, Qt.Key.Key_B)
    assert blocker.args == [True]
    assert presentation.blank.isVisible()
    image = presentation.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2).name() == "#000000"
    with qtbot.waitSignal(presentation.blank_changed) as blocker:
        qtbot.keyClick(presentation, Qt.Key.Key_Right)
    assert blocker.args == [False]
    assert not presentation.blank.isVisible()
    assert presentation.stage_index == 0  # the key that woke the screen did not also navigate


def test_esc_from_overview_leaves(window, presentation, qtbot):
    with qtbot.waitSignal(presentation.closed):
        qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    assert window.workshop.presentation is None


def test_projector_theme_dark_surround_and_spotlight(presentation, qtbot):
    step(qtbot, presentation, Qt.Key.Key_Right)
    image = presentation.grab().toImage()
    # The corner outside the map is the near-black surround; the focused column is lit.
    assert image.pixelColor(2, image.height() - 2).lightness() < 40
    visible = presentation.visible_rect()
    column = presentation.scene.focus_column_rect(0)
    inside = presentation.view.mapFromScene(column.center().x(), column.top() + 100)
    assert visible.contains(column.center().x(), column.top() + 100)
    assert image.pixelColor(inside.x(), inside.y()).lightness() > 150


def test_dual_screen_puts_controls_in_the_main_window(window, qtbot):
    p = window.workshop.start_presentation(controls_in_window=True)
    qtbot.waitExposed(p)
    assert p.dock is not None and p.dock.parent() is window
    assert p.capture.window() is window  # the capture box stays on the laptop
    dock_type = type(p.dock)
    assert window.findChild(dock_type, "workshop-controls") is not None
    with qtbot.waitSignal(p.closed):
        p.close()
    qtbot.waitUntil(lambda: window.findChild(dock_type, "workshop-controls") is None)


class FakeScreen:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


def test_choose_screen_prefers_the_other_screen():
    laptop, projector = FakeScreen("eDP-1"), FakeScreen("HDMI-1")
    assert choose_screen([laptop, projector], laptop) is projector
    assert choose_screen([laptop, projector], projector) is laptop
    assert choose_screen([laptop], laptop) is laptop
    assert choose_screen([laptop, projector], projector, preferred="HDMI-1") is projector
    assert choose_screen([laptop, projector], laptop, preferred="gone") is projector


def test_closing_leaves_no_dangling_connections(window, qtbot):
    from PySide6.QtWidgets import QApplication

    from cjm_desktop.document import edits

    for controls_in_window in (False, True):
        p = window.workshop.start_presentation(controls_in_window=controls_in_window)
        qtbot.waitExposed(p)
        with qtbot.waitSignal(p.closed):
            p.close()
        QApplication.sendPostedEvents(None, 0)  # run the deferred deletes
        QApplication.processEvents()
    # The timer, the vote and the document outlive the presentation: none may reach its widgets.
    window.workshop.timer.toggle()
    window.workshop.timer.toggle()
    window.workshop.voting.start()
    window.workshop.voting.next_participant()
    window.workshop.voting.stop()
    edits.add_lane(window.doc, LaneKind.NOTES, "After the workshop")
    window.doc.undo_stack.undo()


def test_key_help_shows_at_start_and_f1_toggles_it(presentation, qtbot):
    assert presentation.help.isVisible()  # one screen: how to drive it, shown once
    assert "1–9 capture" in presentation.help.text().replace("\u00a0", " ")  # kept whole by no-break spaces
    step(qtbot, presentation, Qt.Key.Key_Right)
    assert not presentation.help.isVisible()  # out of the way once the facilitator drives
    qtbot.keyClick(presentation, Qt.Key.Key_F1)
    assert presentation.help.isVisible()
    qtbot.keyClick(presentation, Qt.Key.Key_F1)
    assert not presentation.help.isVisible()


def test_presentation_closes_with_its_editor_window(qtbot):
    from cjm_desktop.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    p = window.workshop.start_presentation(controls_in_window=True)
    qtbot.waitExposed(p)
    with qtbot.waitSignal(p.closed):
        window.close()


def test_keys_still_navigate_when_the_view_has_focus(presentation, qtbot):
    presentation.view.setFocus()
    with qtbot.waitSignal(presentation.focus_changed) as blocker:
        qtbot.keyClick(presentation.view, Qt.Key.Key_Right)
    assert blocker.args == [0]
