"""The projected map on real projector sizes: a focused stage shows every lane, and nothing covers a card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics

from cjm_desktop.canvas.style import PROJECTOR_THEME
from cjm_desktop.ui.presentation import PresentationWindow

from .conftest import step

SIZES = [(1280, 720), (1366, 768), (1920, 1080), (3840, 2160), (1600, 1000), (2560, 1440)]


def resize(qtbot, presentation: PresentationWindow, width: int, height: int) -> None:
    """Give the presentation a projector's resolution."""
    presentation.showNormal()
    presentation.resize(width, height)
    qtbot.waitUntil(lambda: presentation.view.viewport().size() == QSize(width, height))


def on_screen(presentation: PresentationWindow, rect: QRectF) -> QRectF:
    """A scene rect in the presentation's pixels."""
    return QRectF(presentation.view.mapFromScene(rect).boundingRect())


def overlays(presentation: PresentationWindow) -> list:
    shown = [presentation.caption, presentation.vote_status, presentation.timer_label, presentation.help]
    return [w for w in shown if w is not None and w.isVisible()]


def check_cards(presentation: PresentationWindow, stage: int | None) -> None:
    """The stage's cards lie inside the screen; no overlay overlaps any card in sight."""
    layout = presentation.scene.layout
    screen = QRectF(presentation.view.viewport().rect())
    cards = {cid: on_screen(presentation, QRectF(*r)) for cid, r in layout.cards.items()}
    if stage is not None:
        column = QRectF(*layout.stage_column_rect(stage))
        mine = [cid for cid, r in layout.cards.items() if column.contains(QRectF(*r))]
        assert mine, "the sample's stages all hold cards"
        for cid in mine:
            assert screen.adjusted(-1, -1, 1, 1).contains(cards[cid]), (cid, cards[cid], screen)
        # Every visible lane of the column, down to the metrics row, is on screen too.
        assert screen.adjusted(-1, -1, 1, 1).contains(on_screen(presentation, column))
    for widget in overlays(presentation):
        box = QRectF(widget.geometry())
        covered = [cid for cid, r in cards.items() if r.intersects(box) and screen.intersects(r)]
        assert not covered, (widget.objectName() or type(widget).__name__, box, covered)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_stage_fits_and_overlays_leave_cards_free(window, presentation, qtbot, width, height):
    resize(qtbot, presentation, width, height)
    window.workshop.timer.toggle()  # the timer shows in its corner from now on
    presentation._go()
    qtbot.waitSignal(presentation.animation_finished, timeout=3000).wait()
    assert presentation.help.isVisible()  # the key help shown at start sits below the map
    check_cards(presentation, None)
    for i in range(len(presentation.scene.layout.stage_ids)):
        assert step(qtbot, presentation, Qt.Key.Key_Right) == i
        check_cards(presentation, i)
    # F1 on a focused stage: the map makes room for the help instead of hiding under it.
    assert step(qtbot, presentation, Qt.Key.Key_F1) == 4
    assert presentation.help.isVisible()
    check_cards(presentation, 4)
    window.workshop.timer.toggle()


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1366, 768), (1920, 1080)])
def test_key_help_text_fits_inside_its_box(presentation, qtbot, width, height):
    resize(qtbot, presentation, width, height)
    help_label = presentation.help
    assert help_label.isVisible()
    inner = help_label.contentsRect()
    needed = QFontMetrics(help_label.font()).boundingRect(
        QRect(0, 0, inner.width(), 10_000), int(Qt.TextFlag.TextWordWrap), help_label.text()
    )
    assert needed.height() <= inner.height(), (needed, inner)
    assert QRectF(presentation.rect()).contains(QRectF(help_label.geometry()))
    # The box shows where it ends, also over the dark surround (there it once looked boxless, so
    # its text seemed to run off the map).
    image = presentation.grab().toImage()
    ratio = image.width() / presentation.width()
    box = help_label.geometry()
    edge = image.pixelColor(round(box.left() * ratio), round(box.center().y() * ratio))
    outside = image.pixelColor(round((box.left() - 6) * ratio), round(box.center().y() * ratio))
    assert edge.lightness() > outside.lightness() + 20, (edge.name(), outside.name())


def test_lane_names_do_not_cover_the_previous_stage_cards(presentation, qtbot):
    resize(qtbot, presentation, 1920, 1080)
    assert step(qtbot, presentation, Qt.Key.Key_End) == 4
    scene = presentation.scene
    assert scene.lane_labels  # the real lane headers are out of sight: names travel with the stage
    band = scene.lane_label_band(4)
    previous = QRectF(*scene.layout.stage_column_rect(3))
    under = [QRectF(*r) for r in scene.layout.cards.values() if previous.contains(QRectF(*r))]
    under = [r for r in under if r.intersects(band)]
    assert under
    image = presentation.grab().toImage()
    ratio = image.width() / presentation.width()
    for card in under:
        # Left of where any name pill starts: a card peeking out here would be half hidden.
        point = presentation.view.mapFromScene(band.left() + 2, card.center().y())
        color = image.pixelColor(round(point.x() * ratio), round(point.y() * ratio))
        assert color.name() == PROJECTOR_THEME.surround.name(), (card, color.name())


def test_when_the_key_help_goes_the_map_takes_its_room(presentation, qtbot):
    resize(qtbot, presentation, 1366, 768)
    assert presentation.help.isVisible()
    with_help = presentation.view.transform().m11()
    seen = []
    presentation.focus_changed.connect(seen.append)
    with qtbot.waitSignal(presentation.overlays.help_timer.timeout, timeout=10_000):
        presentation.overlays.help_timer.setInterval(10)
        presentation.overlays.help_timer.start()
    assert not presentation.help.isVisible()
    assert presentation.view.transform().m11() > with_help  # the whole map, now larger
    check_cards(presentation, None)
    assert seen == []  # not a navigation: nothing waiting on a step is fooled


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_overlays_that_appear_on_a_focused_stage_make_room(window, presentation, qtbot, width, height):
    """V (voting) and T (timer) on a focused stage: the vote status and timer took the top of the
    screen over the stage's header; the map now glides below them."""
    resize(qtbot, presentation, width, height)
    assert step(qtbot, presentation, Qt.Key.Key_Right) == 0
    assert step(qtbot, presentation, Qt.Key.Key_Right) == 1
    with qtbot.waitSignal(presentation.animation_finished, timeout=3000):
        qtbot.keyClick(presentation, Qt.Key.Key_T)
        qtbot.keyClick(presentation, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: presentation._animation.state() != presentation._animation.State.Running)
    assert presentation.vote_status.isVisible() and presentation.timer_label.isVisible()
    check_cards(presentation, 1)
    column = on_screen(presentation, presentation.scene.focus_column_rect(1))
    for widget in overlays(presentation):
        assert not QRectF(widget.geometry()).intersects(column), widget.objectName()
    window.workshop.timer.toggle()
    window.workshop.voting.set_active(False)
