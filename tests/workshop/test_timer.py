"""The workshop timer: counts down, stops and resumes, finishes; T toggles it in presentation mode."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cjm_desktop.ui.workshop_timer import WorkshopTimer, format_ms


def test_timer_runs_down_and_finishes(qtbot):
    timer = WorkshopTimer(duration_ms=400)
    ticks = []
    timer.tick.connect(ticks.append)
    with qtbot.waitSignal(timer.finished, timeout=5000):
        timer.start()
    assert not timer.running and timer.remaining_ms() == 0
    assert ticks[-1] == 0 and ticks == sorted(ticks, reverse=True)
    with qtbot.waitSignal(timer.running_changed) as blocker:
        timer.start()  # starting a finished timer runs the full time box again
    assert blocker.args == [True] and timer.remaining_ms() > 300
    timer.reset()
    assert not timer.running and timer.remaining_ms() == 400


def test_stop_keeps_the_time_left(qtbot):
    timer = WorkshopTimer(duration_ms=60_000)
    timer.start()
    qtbot.waitSignal(timer.tick, timeout=2000).wait()
    timer.stop()
    left = timer.remaining_ms()
    assert 0 < left < 60_000
    assert timer.remaining_ms() == left  # not counting while stopped
    timer.set_duration(3 * 60_000)
    assert timer.remaining_ms() == 180_000


def test_format():
    assert format_ms(5 * 60_000) == "5:00"
    assert format_ms(61_001) == "1:02"
    assert format_ms(0) == "0:00"
    assert format_ms(400) == "0:01"


def test_t_toggles_the_timer_in_presentation_and_it_shows_in_a_corner(window, presentation, qtbot):
    timer = window.workshop.timer
    timer.set_duration(300)
    label = presentation.timer_label
    assert not label.isVisible()
    with qtbot.waitSignal(timer.running_changed) as blocker:
        qtbot.keyClick(presentation, Qt.Key.Key_T)
    assert blocker.args == [True] and label.isVisible()
    assert label.geometry().right() > presentation.width() * 0.8  # top-right corner
    assert label.geometry().top() < presentation.height() * 0.1
    with qtbot.waitSignal(timer.running_changed) as blocker:
        qtbot.keyClick(presentation, Qt.Key.Key_T)
    assert blocker.args == [False]
    with qtbot.waitSignal(timer.finished, timeout=5000):
        qtbot.keyClick(presentation, Qt.Key.Key_T)
    assert label.text() == "Time's up · 0:00"  # said in words, not by the red alone


def test_shift_t_cycles_presets_and_the_menu_sets_one(window, presentation, qtbot):
    timer = window.workshop.timer
    assert timer.duration_ms == 5 * 60_000
    qtbot.keyClick(presentation, Qt.Key.Key_T, Qt.KeyboardModifier.ShiftModifier)
    assert timer.duration_ms == 10 * 60_000 and not timer.running
    assert presentation.timer_label.isVisible() and presentation.timer_label.text() == "10:00"
    qtbot.keyClick(presentation, Qt.Key.Key_T, Qt.KeyboardModifier.ShiftModifier)
    assert timer.duration_ms == 60_000
    three = next(a for a in window.workshop.timer_presets.actions() if a.data() == 3 * 60_000)
    three.trigger()
    assert timer.duration_ms == 3 * 60_000 and presentation.timer_label.text() == "3:00"
