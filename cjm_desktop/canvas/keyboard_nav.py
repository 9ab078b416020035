"""Keyboard navigation: arrows move the selection across the grid, Alt+arrows move what is selected.

Moving with Alt is an edit (one undo step through ``edits``); plain arrows only change the
selection, which is view state.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from cjm_desktop.canvas import emotion_keys
from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.document import edits

ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


def handle_key(scene: JourneyScene, event: QKeyEvent) -> bool:
    """Act on an arrow key (with or without Alt) or Enter; True when the key was used."""
    if emotion_keys.handle_key(scene, event):
        return True
    key = Qt.Key(event.key())
    move = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
        for kind in ("card", "stage", "lane"):
            ids = scene.selected_ids(kind)
            if len(ids) == 1:
                scene.edit_requested.emit(kind, ids[0])
                return True
        return False
    if key not in ARROWS:
        return False
    dx, dy = ARROWS[key]
    cards, stages, lanes = scene.selected_ids("card"), scene.selected_ids("stage"), scene.selected_ids("lane")
    if cards:
        return _move_cards(scene, cards, dx, dy) if move else _step_card(scene, cards[-1], dx, dy)
    if stages and dx:
        return _header_key(scene, "stages", stages[-1], dx, move)
    if lanes and dy:
        return _header_key(scene, "lanes", lanes[-1], dy, move)
    if lanes and dx > 0 and not move:
        return emotion_keys.enter(scene, lanes[-1])  # into the experience curve's points
    if not (cards or stages or lanes) and scene.doc.journey.cards:
        scene.select_ids([scene.doc.journey.cards[0].id])
        return True
    return False


def _select(scene: JourneyScene, item_id: str) -> None:
    scene.select_ids([item_id])
    item = scene.item_for(item_id)
    if item is not None:
        for view in scene.views():
            view.ensureVisible(item, 40, 40)


def _step_card(scene: JourneyScene, card_id: str, dx: int, dy: int) -> bool:
    journey = scene.doc.journey
    card = journey.card(card_id)
    cell = journey.cards_in(card.lane_id, card.stage_id)
    position = cell.index(card)
    si, li = journey.stage_index(card.stage_id), journey.lane_index(card.lane_id)
    if dy and 0 <= position + dy < len(cell):
        _select(scene, cell[position + dy].id)
        return True
    # Leave the cell: walk stages (dx) or lanes (dy) until a cell with cards is found.
    cells = journey.cells()
    while True:
        si, li = si + dx, li + dy
        if not (0 <= si < len(journey.stages) and 0 <= li < len(journey.lanes)):
            return True  # at the edge: keep the selection
        target = cells.get((journey.lanes[li].id, journey.stages[si].id))
        if target:
            pick = target[min(position, len(target) - 1)] if dx else (target[0] if dy > 0 else target[-1])
            _select(scene, pick.id)
            return True


def _move_cards(scene: JourneyScene, card_ids: list[str], dx: int, dy: int) -> bool:
    journey = scene.doc.journey
    first = journey.card(card_ids[0])
    cell = [c.id for c in journey.cards_in(first.lane_id, first.stage_id)]
    si, li = journey.stage_index(first.stage_id), journey.lane_index(first.lane_id)
    if dy and all(cid in cell for cid in card_ids):
        others = [cid for cid in cell if cid not in card_ids]
        position = cell.index(card_ids[0]) + dy
        if 0 <= position <= len(others):
            edits.move_cards(scene.doc, card_ids, first.lane_id, first.stage_id, position)
            scene.select_ids(card_ids)
            return True
    si, li = si + dx, li + dy
    if not (0 <= si < len(journey.stages) and 0 <= li < len(journey.lanes)):
        return True
    position = 0 if dy > 0 else 10**9
    if dx:
        position = min(cell.index(card_ids[0]) if card_ids[0] in cell else 0, 10**9)
    edits.move_cards(scene.doc, card_ids, journey.lanes[li].id, journey.stages[si].id, position)
    scene.select_ids(card_ids)
    return True


def _header_key(scene: JourneyScene, collection: str, item_id: str, step: int, move: bool) -> bool:
    """Select the neighbouring stage or lane header, or (with Alt) move this one there."""
    journey = scene.doc.journey
    items = journey.stages if collection == "stages" else journey.lanes
    index = next(i for i, item in enumerate(items) if item.id == item_id) + step
    if not 0 <= index < len(items):
        return True
    if move:
        (edits.move_stage if collection == "stages" else edits.move_lane)(scene.doc, item_id, index)
        scene.select_ids([item_id])
    else:
        _select(scene, items[index].id)
    return True
