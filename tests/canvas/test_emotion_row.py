"""The emotion lane and persona strip: drawn from the model, dragged through a real view."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsSceneHoverEvent

from cjm_desktop.canvas.bands import persona_strip
from cjm_desktop.canvas.emotion_row import EmotionRowItem, persona_requests
from cjm_desktop.canvas.image_codec import embed_qimage
from cjm_desktop.canvas.persona_profile import initials, paint_persona_profile, profile_size
from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.canvas.view import JourneyView
from cjm_desktop.document import JourneyDocument
from cjm_desktop.document import persona_edits as pe
from cjm_desktop.io.mapfile.cjm_file import dumps
from cjm_desktop.model import EmotionPoint, Journey, Lane, LaneKind, Persona, Stage

RED, BLUE = "#d0573c", "#2f7ebc"


def journey() -> Journey:
    return Journey(
        title="Shop",
        stages=[
            Stage(f"s{i}", name)
            for i, name in enumerate(["Awareness", "Consideration", "Purchase", "Retention"])
        ],
        lanes=[Lane("l-act", LaneKind.ACTIONS, "Actions"), Lane("l-emo", LaneKind.EMOTIONS, "Emotions")],
        personas=[
            Persona("p1", "Maya", color=RED, role="First-time buyer"),
            Persona("p2", "Dan", color=BLUE),
        ],
        emotions=[
            EmotionPoint("p1", "s0", 2),
            EmotionPoint("p1", "s1", 1),
            EmotionPoint("p1", "s2", -3, "forced to register"),
            EmotionPoint("p2", "s0", 0),
            EmotionPoint("p2", "s2", 1),
        ],
    )


@pytest.fixture
def view(qtbot) -> Iterator[JourneyView]:
    doc = JourneyDocument(journey())
    scene = JourneyScene(doc)
    view = JourneyView(scene)
    qtbot.addWidget(view)
    view.resize(1500, 1000)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.close()


def row(view: JourneyView) -> EmotionRowItem:
    item = view.journey_scene.row_items["l-emo"]
    assert isinstance(item, EmotionRowItem)
    return item


def point_pos(view: JourneyView, persona_id: str, stage_id: str) -> QPoint:
    """Where a persona's point is on the view's viewport."""
    item = row(view)
    placed = next(p for p in item.placed_points() if (p.persona_id, p.stage_id) == (persona_id, stage_id))
    view.ensureVisible(QRectF(item.mapToScene(placed.pos), item.mapToScene(placed.pos)), 200, 200)
    return view.mapFromScene(item.mapToScene(placed.pos))


def render(scene: JourneyScene) -> QImage:
    rect = scene.sceneRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def is_color(pixel: QColor, hex_color: str, tolerance: int = 40) -> bool:
    want = QColor(hex_color)
    return all(abs(a - b) <= tolerance for a, b in zip(pixel.getRgb()[:3], want.getRgb()[:3], strict=True))


def test_score_scale_round_trips(view: JourneyView) -> None:
    item = row(view)
    ys = [item.score_y(s) for s in range(3, -4, -1)]
    assert ys == sorted(ys)  # +3 at the top
    for score in range(-3, 4):
        assert item.score_at(item.score_y(score)) == score
        assert item.score_at(item.score_y(score) + 5) == score  # snaps to the nearest whole score
    assert item.score_at(-500) == 3 and item.score_at(5000) == -3


def test_curves_faces_and_lowest_point_are_painted(view: JourneyView) -> None:
    scene = view.journey_scene
    item = row(view)
    image = render(scene)
    offset = item.pos() - scene.sceneRect().topLeft()
    for placed in item.placed_points():
        colour = RED if placed.persona_id == "p1" else BLUE
        # Left of the face centre, between the eyes' row and the mouth: the face's fill colour.
        at = (placed.pos + offset + QPointF(-7, 0)).toPoint()
        assert is_color(image.pixelColor(at), colour), (placed, image.pixelColor(at).name())
    low = next(p for p in item.placed_points() if p.stage_id == "s2" and p.persona_id == "p1")
    ring = (low.pos + offset + QPointF(0, -18)).toPoint()  # the "lowest" ring sits 18 px from the centre
    assert is_color(image.pixelColor(ring), RED)
    # Halfway between two of Maya's points the curve passes: some red pixel in that column.
    a, b = item.placed_points()[0].pos + offset, item.placed_points()[1].pos + offset
    x = round((a.x() + b.x()) / 2)
    column = [
        image.pixelColor(x, y) for y in range(round(min(a.y(), b.y())) - 4, round(max(a.y(), b.y())) + 5)
    ]
    assert any(is_color(c, RED) for c in column)


def test_hidden_persona_is_not_drawn_and_highlight_is_view_state(view: JourneyView) -> None:
    scene = view.journey_scene
    item = row(view)
    dan = [p for p in item.placed_points() if p.persona_id == "p2"][0]
    pe.set_persona_visible(scene.doc, "p2", False)
    assert all(p.persona_id == "p1" for p in item.placed_points())
    offset = item.pos() - scene.sceneRect().topLeft()
    image = render(scene)
    assert not is_color(image.pixelColor((dan.pos + offset + QPointF(-7, 0)).toPoint()), BLUE)
    before = dumps(scene.doc.journey)
    steps = scene.doc.undo_stack.count()
    scene.set_highlight_persona("p1")
    assert dumps(scene.doc.journey) == before and scene.doc.undo_stack.count() == steps


def test_drag_a_point_down_is_one_undo_step(view: JourneyView, qtbot) -> None:
    doc = view.journey_scene.doc
    item = row(view)
    before = dumps(doc.journey)
    start = point_pos(view, "p1", "s0")
    step = round((item.score_y(0) - item.score_y(1)) * view.zoom())
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for k in range(1, 4):  # several moves: still one command, made on release
        qtbot.mouseMove(view.viewport(), start + QPoint(0, k * step))
    assert doc.journey.emotion("p1", "s0").score == 2  # nothing committed while dragging
    assert any(p.score == -1 for p in item.placed_points() if p.stage_id == "s0")  # but the preview moves
    with qtbot.waitSignal(doc.collection_changed, timeout=2000):
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(0, 3 * step))
    assert doc.journey.emotion("p1", "s0").score == -1
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before


def test_drag_past_the_scale_clamps(view: JourneyView, qtbot) -> None:
    doc = view.journey_scene.doc
    start = point_pos(view, "p2", "s2")
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start - QPoint(0, 600))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start - QPoint(0, 600))
    assert doc.journey.emotion("p2", "s2").score == 3


def test_click_without_moving_changes_nothing(view: JourneyView, qtbot) -> None:
    doc = view.journey_scene.doc
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_pos(view, "p1", "s1"))
    assert doc.undo_stack.count() == 0


def test_click_in_an_empty_column_adds_a_point(view: JourneyView, qtbot) -> None:
    scene = view.journey_scene
    doc = scene.doc
    item = row(view)
    before = dumps(doc.journey)
    x = item.stage_centers()[3]
    target = view.mapFromScene(item.mapToScene(QPointF(x, item.score_y(1))))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert doc.journey.emotion("p1", "s3") == EmotionPoint(
        "p1", "s3", 1
    )  # first persona without a score there
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before
    scene.set_highlight_persona("p2")  # the highlighted persona is the one being scored
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert doc.journey.emotion("p2", "s3") == EmotionPoint("p2", "s3", 1)
    assert doc.journey.emotion("p1", "s3") is None


def test_double_click_asks_for_a_note(view: JourneyView, qtbot) -> None:
    hub = persona_requests(view.journey_scene)
    with qtbot.waitSignal(hub.note_requested, timeout=2000) as blocker:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_pos(view, "p1", "s2"))
    assert blocker.args == ["p1", "s2"]
    assert view.journey_scene.doc.undo_stack.count() == 0


def test_hover_shows_score_and_note(view: JourneyView) -> None:
    item = row(view)
    low = next(p for p in item.placed_points() if p.stage_id == "s2" and p.persona_id == "p1")
    event = QGraphicsSceneHoverEvent()
    event.setPos(low.pos)
    item.hoverMoveEvent(event)
    assert item.toolTip() == "Maya · Purchase: -3\nforced to register"


def test_persona_strip_pushes_the_grid_down_and_click_highlights(view: JourneyView, qtbot) -> None:
    scene = view.journey_scene
    doc = scene.doc
    with_personas = scene.layout.top
    strip = persona_strip(scene)
    assert strip.isVisible()
    (pid, rect), _ = strip.chip_rects()
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(strip.mapToScene(rect.center()))
    )
    assert scene.highlight_persona_id == pid
    assert doc.undo_stack.count() == 0  # highlighting is view state
    with qtbot.waitSignal(persona_requests(scene).edit_persona_requested, timeout=2000):
        qtbot.mouseDClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(strip.mapToScene(rect.center()))
        )
    pe.delete_personas(doc, ["p1", "p2"])
    assert scene.layout.top < with_personas
    assert not strip.isVisible()
    doc.undo_stack.undo()
    assert scene.layout.top == with_personas


def test_any_script_and_length_renders(view: JourneyView) -> None:
    doc = view.journey_scene.doc
    long_name = "Παναγιώτης Αλεξανδρόπουλος-Καραγιαννόπουλος Őrsi Ștefănescu Hyvärinen 😀 " * 6
    pe.edit_persona(
        doc,
        "p1",
        {"name": long_name, "role": "Ügyfélszolgálati munkatárs " * 20, "quote": "«" + "ά" * 900 + "»"},
    )
    for i in range(9):
        pe.add_persona(doc, f"Persona {i} 🛒")
    image = render(view.journey_scene)
    assert not image.isNull()
    strip = persona_strip(view.journey_scene)
    assert len(strip.chip_rects()) == 11
    assert all(strip.boundingRect().contains(r) for _, r in strip.chip_rects())


def test_profile_card_grows_with_content_and_shows_the_photo(qapp) -> None:
    persona = Persona("p", "Ελένη Παπαδοπούλου", color="#2f7ebc", role="Nurse", age="34", location="Iași")
    empty = profile_size(persona)
    persona.goals = "Find shoes that fit " * 40
    persona.frustrations = "Extra fees"
    persona.quote = "Why register to buy one thing?"
    persona.channels = ["web", "mobile_app"]
    full = profile_size(persona)
    assert full.width() == empty.width() and full.height() > empty.height() + 100
    photo = QImage(64, 64, QImage.Format.Format_RGB32)
    photo.fill(QColor("#00ff00"))
    persona.photo = embed_qimage(photo).data_b64
    image = QImage(int(full.width()), int(full.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_persona_profile(painter, QRectF(0, 0, full.width(), full.height()), persona)
    painter.end()
    assert is_color(image.pixelColor(24 + 48, 66), "#00ff00")  # centre of the round photo
    assert is_color(image.pixelColor(10, 10), "#2f7ebc", 10) or is_color(
        image.pixelColor(30, 12), "#2f7ebc", 10
    )


def test_initials() -> None:
    assert initials("Maya Horváth") == "MH"
    assert initials("Ελένη") == "Ε"
    assert initials("  ") == ""
    assert initials("Jean-Luc de la Croix") == "JC"
