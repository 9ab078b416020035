"""Cards are cached as pixmaps on screen; every change of their look must reach the screen."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.canvas.view import JourneyView
from cjm_desktop.document import JourneyDocument, edits, persona_edits  # noqa: F401
from cjm_desktop.model import LaneKind


def _grab(view: JourneyView) -> QImage:
    return view.viewport().grab().toImage()


def _setup(qtbot):
    doc = JourneyDocument()
    stage = edits.add_stage(doc, name="Purchase")
    lane = edits.add_lane(doc, LaneKind.NOTES)
    card = edits.add_card(doc, lane.id, stage.id, "short")
    scene = JourneyScene(doc)
    view = JourneyView(scene)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    return doc, scene, view, card


def test_editing_text_of_same_height_repaints_the_card(qtbot) -> None:
    doc, scene, view, card = _setup(qtbot)
    before = _grab(view)
    edits.set_fields(doc, "cards", card.id, {"text": "other"})  # same height: no geometry change
    qtbot.waitUntil(lambda: _grab(view) != before)


def test_recolouring_a_card_repaints_it(qtbot) -> None:
    doc, scene, view, card = _setup(qtbot)
    before = _grab(view)
    edits.set_fields(doc, "cards", card.id, {"color": "#ff0000"})
    qtbot.waitUntil(lambda: _grab(view) != before)
    x, y, w, h = scene.layout.cards[card.id]
    point = view.mapFromScene(x + w / 2, y + h - 4)
    assert QColor(_grab(view).pixel(point)).red() > 200


def test_highlighting_a_persona_fades_unlinked_cards_on_screen(qtbot) -> None:
    doc, scene, view, card = _setup(qtbot)
    persona = persona_edits.add_persona(doc, "Maya")
    before = _grab(view)
    scene.set_highlight_persona(persona.id)
    qtbot.waitUntil(lambda: _grab(view) != before)
