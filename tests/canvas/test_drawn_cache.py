"""Headers, the title, drawn lanes and the persona strip are cached as pixmaps on screen.

Every change of what they show (the model, a highlighted persona, the theme) must reach the screen,
and exports must paint them afresh (vectors in PDF and SVG, never a screen pixmap).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from cjm_desktop.canvas.emotion_row import EmotionRowItem
from cjm_desktop.canvas.metrics_row import MetricsRowItem
from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.canvas.style import DARK_MAP
from cjm_desktop.canvas.view import JourneyView
from cjm_desktop.document import JourneyDocument, edits, metric_grid_edits, persona_edits
from cjm_desktop.export.render import exporting
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.paths import sample_map_path

CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache


def _shown(qtbot) -> tuple[JourneyDocument, JourneyScene, JourneyView]:
    doc = JourneyDocument(load_map(sample_map_path()))
    scene = JourneyScene(doc)
    view = JourneyView(scene)
    qtbot.addWidget(view)
    view.resize(1400, 1000)
    view.set_zoom(0.6)  # the whole sample in view, text drawn (not the far zoom-out look)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not scene.paints_direct)  # the pixmaps are made after the first frame
    return doc, scene, view


def _area(view: JourneyView, item: QGraphicsItem) -> QImage:
    """What the screen shows where ``item`` is."""
    rect: QRect = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    return view.viewport().grab(rect).toImage()


def _row(scene: JourneyScene, cls: type) -> QGraphicsItem:
    return next(item for item in scene.row_items.values() if isinstance(item, cls))


def test_drawn_items_are_cached_on_screen_and_painted_afresh_in_exports(qtbot) -> None:
    _doc, scene, _view = _shown(qtbot)
    drawn = scene.drawn_items()
    kinds = {type(item).__name__ for item in drawn}
    assert {"TitleItem", "StageHeaderItem", "LaneHeaderItem", "MetricsRowItem", "EmotionRowItem"} <= kinds
    assert "PersonaStripItem" in kinds
    assert all(item.cacheMode() == CACHED for item in drawn)
    with exporting(scene):
        assert all(item.cacheMode() == QGraphicsItem.CacheMode.NoCache for item in scene.drawn_items())
    assert all(item.cacheMode() == CACHED for item in scene.drawn_items())


def test_renaming_a_stage_reaches_the_screen_and_undo_restores_it(qtbot) -> None:
    doc, scene, view = _shown(qtbot)
    stage = doc.journey.stages[0]
    header = scene.stage_items[stage.id]
    before = _area(view, header)
    edits.set_fields(doc, "stages", stage.id, {"name": "Wholly different"})
    qtbot.waitUntil(lambda: _area(view, header) != before)
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: _area(view, header) == before)


def test_an_emotion_score_and_a_metric_rename_reach_the_screen(qtbot) -> None:
    doc, scene, view = _shown(qtbot)
    journey = doc.journey
    curve, metrics = _row(scene, EmotionRowItem), _row(scene, MetricsRowItem)
    persona, stage = journey.personas[0], journey.stages[0]
    score = journey.emotion(persona.id, stage.id)
    before = _area(view, curve)
    persona_edits.set_emotion(doc, persona.id, stage.id, -3 if (score and score.score > 0) else 3)
    qtbot.waitUntil(lambda: _area(view, curve) != before)
    before = _area(view, metrics)
    metric_grid_edits.edit_metric(doc, journey.metrics[0].id, {"name": "Renamed metric"})
    qtbot.waitUntil(lambda: _area(view, metrics) != before)


def test_highlighting_a_persona_and_the_dark_theme_repaint_the_curve(qtbot) -> None:
    doc, scene, view = _shown(qtbot)
    curve = _row(scene, EmotionRowItem)
    before = _area(view, curve)
    scene.set_highlight_persona(doc.journey.personas[0].id)
    qtbot.waitUntil(lambda: _area(view, curve) != before)
    highlighted = _area(view, curve)
    scene.set_map_palette(DARK_MAP)
    qtbot.waitUntil(lambda: _area(view, curve) != highlighted)


def _paint_row(row: QGraphicsItem, exposed: QRectF) -> QImage:
    """The row painted as a scroll paints it: only ``exposed`` asked for, clipped to it."""
    bounds = row.boundingRect()
    image = QImage(int(bounds.width()), int(bounds.height()), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.translate(-bounds.topLeft())
    painter.setClipRect(exposed)
    option = QStyleOptionGraphicsItem()
    option.exposedRect = exposed
    row.paint(painter, option, None)
    painter.end()
    return image


def test_a_scrolled_strip_of_the_metrics_lane_looks_as_in_the_whole_lane(qtbot) -> None:
    _doc, scene, _view = _shown(qtbot)
    row = _row(scene, MetricsRowItem)
    bounds = row.boundingRect()
    whole = _paint_row(row, bounds)
    stage_w = scene.layout.metrics.stage_width
    for left in (stage_w * 0.6, stage_w * 1.5, stage_w * 3.9):  # strips that start inside a column
        strip = QRectF(left, bounds.top(), 170, bounds.height())
        painted = _paint_row(row, strip)
        area = strip.translated(-bounds.topLeft()).toRect()
        assert painted.copy(area) == whole.copy(area)


def test_a_lane_grown_by_new_cards_looks_as_in_a_fresh_view(qtbot) -> None:
    doc, scene, view = _shown(qtbot)
    lane = next(
        lane for lane in doc.journey.lanes if lane.id in scene.lane_items and lane.id not in scene.row_items
    )
    header = scene.lane_items[lane.id]
    height = header.boundingRect().height()
    for k in range(4):  # taller than the lane was: the rows below move, the header grows
        edits.add_card(doc, lane.id, doc.journey.stages[0].id, f"Card {k} with a few words to wrap")
    qtbot.waitUntil(lambda: header.boundingRect().height() > height)
    fresh = JourneyView(scene)
    qtbot.addWidget(fresh)
    fresh.resize(view.size())
    fresh.set_zoom(0.6)
    fresh.show()
    qtbot.waitExposed(fresh)
    view.viewport().repaint()
    for item in (header, *scene.row_items.values()):
        assert _area(view, item) == _area(fresh, item)


def test_the_first_frame_paints_the_items_directly_and_their_pixmaps_follow_it(qtbot) -> None:
    """Filling every item's pixmap would hold up the first frame: the pixmaps come just after it."""
    doc = JourneyDocument(load_map(sample_map_path()))
    scene = JourneyScene(doc)
    view = JourneyView(scene)
    qtbot.addWidget(view)
    items = [*scene.card_items.values(), *scene.drawn_items()]
    assert scene.paints_direct and all(item.cacheMode() == QGraphicsItem.CacheMode.NoCache for item in items)
    view.show()
    qtbot.waitUntil(lambda: not scene.paints_direct)
    assert all(item.cacheMode() == CACHED for item in [*scene.card_items.values(), *scene.drawn_items()])
