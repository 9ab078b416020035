"""Undoable commands. Each holds just what it needs to redo and undo one change exactly."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtGui import QUndoCommand

from cjm_desktop.document.document import JourneyDocument

# Command ids for mergeWith: typing into one field of one item merges into one undo step.
MERGE_SET_FIELDS = 1001


class SetFieldsCommand(QUndoCommand):
    """Change fields of one item (a stage, lane, card, persona, ..., or the map itself).

    With ``merge=True`` successive edits of the same fields of the same item (typing in the
    inspector, dragging a slider) merge into one undo step.
    """

    def __init__(
        self,
        doc: JourneyDocument,
        collection: str,
        item_id: str,
        values: dict[str, Any],
        text: str,
        merge: bool = False,
    ) -> None:
        super().__init__(text)
        self.doc, self.collection, self.item_id = doc, collection, item_id
        self.values = copy.deepcopy(values)
        self.old: dict[str, Any] = {}
        self.merge = merge

    def redo(self) -> None:
        self.old = self.doc.set_fields(self.collection, self.item_id, self.values)

    def undo(self) -> None:
        self.doc.set_fields(self.collection, self.item_id, self.old)

    def id(self) -> int:  # noqa: A003 - Qt's name
        return MERGE_SET_FIELDS if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not (
            isinstance(other, SetFieldsCommand)
            and other.merge
            and other.collection == self.collection
            and other.item_id == self.item_id
            and other.values.keys() == self.values.keys()
        ):
            return False
        self.values = other.values  # keep our own ``old``: undo returns to before the first keystroke
        return True


class InsertItemsCommand(QUndoCommand):
    """Insert items at given list positions (add, paste, duplicate, import)."""

    def __init__(
        self, doc: JourneyDocument, collection: str, placed: list[tuple[int, Any]], text: str
    ) -> None:
        super().__init__(text)
        self.doc, self.collection = doc, collection
        self.placed = placed

    def redo(self) -> None:
        self.doc.insert_items(self.collection, self.placed)

    def undo(self) -> None:
        self.doc.remove_items(self.collection, [item.id for _, item in self.placed])


class RemoveItemsCommand(QUndoCommand):
    """Remove items by id; undo puts each back at its exact position."""

    def __init__(self, doc: JourneyDocument, collection: str, ids: list[str], text: str) -> None:
        super().__init__(text)
        self.doc, self.collection, self.ids = doc, collection, list(ids)
        self.placed: list[tuple[int, Any]] = []

    def redo(self) -> None:
        self.placed = self.doc.remove_items(self.collection, self.ids)

    def undo(self) -> None:
        self.doc.insert_items(self.collection, self.placed)


class ReplaceListCommand(QUndoCommand):
    """Replace a whole collection (used for records without ids, like emotion points)."""

    def __init__(self, doc: JourneyDocument, collection: str, new_items: list[Any], text: str) -> None:
        super().__init__(text)
        self.doc, self.collection = doc, collection
        self.new_items = list(new_items)
        self.old_items: list[Any] = []

    def redo(self) -> None:
        self.old_items = self.doc.replace_list(self.collection, self.new_items)

    def undo(self) -> None:
        self.doc.replace_list(self.collection, self.old_items)


class MoveItemCommand(QUndoCommand):
    """Move a stage, lane or persona to another position (a header drag)."""

    def __init__(
        self, doc: JourneyDocument, collection: str, item_id: str, new_index: int, text: str
    ) -> None:
        super().__init__(text)
        self.doc, self.collection, self.item_id, self.new_index = doc, collection, item_id, new_index
        self.old_index = -1

    def redo(self) -> None:
        self.old_index = self.doc.move_item(self.collection, self.item_id, self.new_index)

    def undo(self) -> None:
        self.doc.move_item(self.collection, self.item_id, self.old_index)


class MoveCardsCommand(QUndoCommand):
    """Move cards to a cell at a position within it (a drag, cut and paste in place, keyboard move)."""

    def __init__(
        self, doc: JourneyDocument, card_ids: list[str], lane_id: str, stage_id: str, position: int, text: str
    ) -> None:
        super().__init__(text)
        self.doc = doc
        journey = doc.journey
        order = {c.id: i for i, c in enumerate(journey.cards)}
        self.card_ids = sorted(card_ids, key=order.__getitem__)
        self.before = [(c.id, c.lane_id, c.stage_id, order[c.id]) for c in map(journey.card, self.card_ids)]
        self.lane_id, self.stage_id, self.position = lane_id, stage_id, position

    def redo(self) -> None:
        journey = self.doc.journey
        start = journey.insertion_index(self.lane_id, self.stage_id, self.position, ignore=set(self.card_ids))
        # insertion_index counts the moved cards still in the list; shift it to the list without them.
        start -= sum(1 for _, _, _, index in self.before if index < start)
        moves = [(cid, self.lane_id, self.stage_id, start + k) for k, cid in enumerate(self.card_ids)]
        if moves == self.before or self._keeps_cell_order():
            # Dropped back where they were: QUndoStack discards an obsolete command on push.
            self.setObsolete(True)
            return
        self.doc.place_cards(moves)

    def _keeps_cell_order(self) -> bool:
        # Dropping cards back into their own cell at their own place must not reshuffle the map's
        # card list (cards of other cells in between would change the file and add a history step).
        if any((lane, stage) != (self.lane_id, self.stage_id) for _, lane, stage, _ in self.before):
            return False
        cell = [c.id for c in self.doc.journey.cards_in(self.lane_id, self.stage_id)]
        others = [cid for cid in cell if cid not in self.card_ids]
        position = max(0, min(self.position, len(others)))
        return others[:position] + self.card_ids + others[position:] == cell

    def undo(self) -> None:
        self.doc.place_cards(self.before)
