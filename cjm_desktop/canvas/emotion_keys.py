"""Scoring emotions from the keyboard: walk the points of the experience curve and change them.

Select the Emotions lane header (arrows walk the lane headers) and press Right: the first persona's
point at the first stage gets a focus ring. Left/Right walk the stages, Page Up/Page Down the
personas, Up/Down raise or lower the score (one undo step per press; an unscored stage starts at 0),
Delete clears it, Esc goes back to the lane header. Which point has the ring is view state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:  # a type only: scene builds the rows that import this module
    from cjm_desktop.canvas.scene import JourneyScene

from cjm_desktop.canvas.emotion_row import EmotionRowItem
from cjm_desktop.document import persona_edits
from cjm_desktop.model import LaneKind


def emotion_row(scene: JourneyScene, lane_id: str | None = None) -> EmotionRowItem | None:
    """The emotion lane's row (a given lane, else the first one)."""
    for row_lane_id, row in scene.row_items.items():
        if isinstance(row, EmotionRowItem) and (lane_id is None or row_lane_id == lane_id):
            return row
    return None


def focused_row(scene: JourneyScene) -> EmotionRowItem | None:
    """The emotion row whose point has the keyboard focus ring, if any."""
    for row in scene.row_items.values():
        if isinstance(row, EmotionRowItem) and row.focus_point is not None:
            return row
    return None


def enter(scene: JourneyScene, lane_id: str) -> bool:
    """From the selected Emotions lane header: put the ring on the first persona's first stage."""
    journey = scene.doc.journey
    if journey.lane(lane_id).kind != LaneKind.EMOTIONS:
        return False
    row = emotion_row(scene, lane_id)
    personas = row.shown_personas() if row is not None else []
    if row is None or not personas or not journey.stages:
        return False
    scene.clearSelection()
    set_focus(row, personas[0].id, journey.stages[0].id)
    return True


def set_focus(row: EmotionRowItem, persona_id: str | None, stage_id: str | None = None) -> None:
    """Move the focus ring (None takes it away) and keep the point in sight."""
    row.focus_point = (persona_id, stage_id) if persona_id and stage_id else None
    row.update()
    if row.focus_point is not None:
        center = row.mapToScene(focus_center(row))
        for view in row.scene().views():
            view.ensureVisible(center.x() - 40, center.y() - 40, 80, 80)


def focus_center(row: EmotionRowItem) -> QPointF:
    """Where the ring is drawn (see EmotionRowItem.focus_center)."""
    return row.focus_center()


def handle_key(scene: JourneyScene, event: QKeyEvent) -> bool:
    """Keys while a point has the ring; True when the key was used."""
    row = focused_row(scene)
    if row is None:
        return False
    if scene.selectedItems():  # the user picked something else: the ring gives way
        set_focus(row, None)
        return False
    doc = scene.doc
    journey = doc.journey
    if row.focus_point is None:
        return False
    persona_id, stage_id = row.focus_point
    stage_ids = [s.id for s in journey.stages]
    personas = [p.id for p in row.shown_personas()]
    if persona_id not in personas or stage_id not in stage_ids:
        set_focus(row, None)
        return False
    key = Qt.Key(event.key())
    si, pi = stage_ids.index(stage_id), personas.index(persona_id)
    point = journey.emotion(persona_id, stage_id)
    score = point.score if point is not None else 0
    if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        step = 1 if key == Qt.Key.Key_Up else -1
        persona_edits.set_emotion(doc, persona_id, stage_id, score + step)
    elif key == Qt.Key.Key_Right:
        set_focus(row, persona_id, stage_ids[min(si + 1, len(stage_ids) - 1)])
    elif key == Qt.Key.Key_Left:
        if si == 0:
            set_focus(row, None)
            scene.select_ids([row.item_id])
        else:
            set_focus(row, persona_id, stage_ids[si - 1])
    elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
        step = -1 if key == Qt.Key.Key_PageUp else 1
        set_focus(row, personas[(pi + step) % len(personas)], stage_id)
    elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        persona_edits.clear_emotion(doc, persona_id, stage_id)
    elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and point is None:
        persona_edits.set_emotion(doc, persona_id, stage_id, 0)
    elif key == Qt.Key.Key_Escape:
        set_focus(row, None)
        scene.select_ids([row.item_id])
    else:
        return False
    row.update()
    return True
