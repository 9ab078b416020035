"""JourneyDocument: the model, its single undo stack, and the signals views listen to."""

from __future__ import annotations

import contextlib
import copy
import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from cjm_desktop.document.changes import LIST_COLLECTIONS, Collection
from cjm_desktop.i18n import tr
from cjm_desktop.model import Journey

# Collections a document exposes by name; each is a list attribute of Journey.
COLLECTIONS = LIST_COLLECTIONS


class JourneyDocument(QObject):
    """Owns a Journey; only commands call its mutating methods, and every change emits a signal."""

    # Every signal names what changed with a `Collection` (a StrEnum: it also equals its plain name).
    reset = Signal()  # the whole journey was replaced (load, revert)
    collection_changed = Signal(object)  # Collection: items were added, removed or reordered in it
    item_changed = Signal(object, str)  # (Collection, item id): fields of one item changed
    # Typed details for listeners that update only what changed (the scene's incremental layout);
    # each comes just before the collection_changed of the same change.
    items_inserted = Signal(object, list)  # (Collection, ids inserted)
    items_removed = Signal(object, list)  # (Collection, ids removed)
    path_changed = Signal()
    read_only_changed = Signal(str)  # the reason the map is read-only ("" when editable again)
    edit_refused = Signal(str)  # an edit was refused because the map is read-only: the reason

    def __init__(
        self, journey: Journey | None = None, path: str | Path | None = None, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.journey = journey if journey is not None else Journey()
        self.path: Path | None = Path(path) if path else None
        self.undo_stack = QUndoStack(self)
        # Non-empty while the map is open read-only: every edit is refused, with this reason.
        self.read_only_reason = ""

    # ---- state -------------------------------------------------------------------------------
    @property
    def modified(self) -> bool:
        """True when there are edits since the last save (derived from the undo stack)."""
        return not self.undo_stack.isClean()

    @property
    def read_only(self) -> bool:
        """True when edits are refused (a read-only file, or a map opened read-only)."""
        return bool(self.read_only_reason)

    def set_read_only(self, reason: str) -> None:
        """Refuse every edit from now on, saying ``reason``; an empty reason allows edits again."""
        if reason != self.read_only_reason:
            self.read_only_reason = reason
            self.read_only_changed.emit(reason)

    def set_path(self, path: str | Path | None) -> None:
        """Remember where the map lives on disk."""
        self.path = Path(path) if path else None
        self.path_changed.emit()

    def display_name(self) -> str:
        """The file name, or the map title for a map never saved."""
        return self.path.name if self.path else (self.journey.title or tr("JourneyDocument", "Untitled"))

    def replace_journey(self, journey: Journey, path: str | Path | None = None) -> None:
        """Load another map into this document; the history starts afresh."""
        self.undo_stack.clear()
        self.journey = journey
        self.path = Path(path) if path else None
        self.undo_stack.setClean()
        self.reset.emit()
        self.path_changed.emit()

    def push(self, command: QUndoCommand) -> None:
        """Run a command through the undo stack (the only way edits happen); refused when read-only."""
        if self.read_only_reason:
            # The one gate every gesture, dialog and action passes: nothing edits a read-only map.
            self.edit_refused.emit(self.read_only_reason)
            return
        self.undo_stack.push(command)

    def macro(self, text: str) -> _Macro | contextlib.nullcontext[None]:
        """Context manager grouping several commands into one undo step."""
        if self.read_only_reason:
            return contextlib.nullcontext()  # its pushes are refused; an empty macro would dirty the map
        return _Macro(self.undo_stack, text)

    # ---- mutations: called by commands only ----------------------------------------------------
    def collection(self, name: str) -> list[Any]:
        """The live list behind a collection name."""
        if name not in COLLECTIONS:
            raise KeyError(name)
        items: list[Any] = getattr(self.journey, name)
        return items

    def _changed(self, name: str) -> None:
        self.collection_changed.emit(Collection(name))

    def insert_items(self, name: str, placed: list[tuple[int, Any]]) -> None:
        """Insert items at list positions; ascending positions restore an earlier removal exactly."""
        items = self.collection(name)
        where = []
        for index, item in sorted(placed, key=lambda pair: pair[0]):
            at = min(index, len(items))
            items.insert(at, item)
            if hasattr(item, "id"):
                where.append((at, item.id))
        self.journey.positions_changed(name, where)
        self.items_inserted.emit(Collection(name), [item.id for _, item in placed if hasattr(item, "id")])
        self._changed(name)

    def remove_items(self, name: str, ids: list[str]) -> list[tuple[int, Any]]:
        """Remove items by id; return (position, item) pairs for undo."""
        items = self.collection(name)
        placed = []
        for item_id in set(ids):  # found through the journey's cached positions: no pass over the list
            try:
                index = self.journey.index_in(name, item_id)
            except KeyError:
                continue  # not (or no longer) there
            placed.append((index, items[index]))
        placed.sort(key=lambda pair: pair[0])
        for index, _ in reversed(placed):
            del items[index]
        self.journey.positions_changed(name, gone=[item.id for _, item in placed])
        self.items_removed.emit(Collection(name), [item.id for _, item in placed])
        self._changed(name)
        return placed

    def replace_list(self, name: str, new_items: list[Any]) -> list[Any]:
        """Swap a collection's contents (for records without ids); return the old contents."""
        items = self.collection(name)
        old = list(items)
        items[:] = new_items
        self._changed(name)
        return old

    def move_item(self, name: str, item_id: str, new_index: int) -> int:
        """Move one item to a new position; return its old position."""
        items = self.collection(name)
        old = self.journey.index_in(name, item_id)
        item = items.pop(old)
        items.insert(new_index, item)
        at = new_index if 0 <= new_index < len(items) and items[new_index] is item else None
        if at is not None:  # (an index past the end put it last: the next look-up finds it)
            self.journey.positions_changed(name, [(at, item_id)])
        self._changed(name)
        return old

    def set_fields(self, name: str, item_id: str, values: dict[str, Any]) -> dict[str, Any]:
        """Set fields of one item (``name`` "map" edits the journey itself); return the old values."""
        target = self.target(name, item_id)
        old = {key: copy.deepcopy(getattr(target, key)) for key in values}
        for key, value in values.items():
            setattr(target, key, copy.deepcopy(value))
        self.item_changed.emit(Collection(name), item_id)
        return old

    def replace_content(self, content: Journey) -> Journey:
        """Put another map's content (everything but the snapshots) in place; return the old content."""
        old = copy.copy(self.journey)  # shallow: it keeps the old lists
        for f in dataclasses.fields(Journey):
            if f.name not in ("snapshots", "_positions"):
                setattr(self.journey, f.name, getattr(content, f.name))
        self.journey._positions.clear()
        self.reset.emit()
        return old

    def target(self, name: str, item_id: str) -> Any:
        """The object a field edit applies to."""
        if name == "map":
            return self.journey
        if name == "voting":
            return self.journey.voting
        items = self.collection(name)
        try:  # the journey's cached positions: the inspector asks several times per edit
            return items[self.journey.index_in(name, item_id)]
        except KeyError:
            raise KeyError(f"{name}/{item_id}") from None

    def place_cards(self, moves: list[tuple[str, str, str, int]]) -> None:
        """Put cards (id, lane, stage, list position) in place, in one structural change."""
        cards = self.journey.cards
        ids = {card_id for card_id, *_ in moves}
        moved = {c.id: c for c in cards if c.id in ids}
        cards[:] = [c for c in cards if c.id not in ids]
        for card_id, lane_id, stage_id, index in sorted(moves, key=lambda m: m[3]):
            card = moved[card_id]
            card.lane_id, card.stage_id = lane_id, stage_id
            cards.insert(min(index, len(cards)), card)
        self._changed(Collection.CARDS)


class _Macro:
    def __init__(self, stack: QUndoStack, text: str) -> None:
        self.stack, self.text = stack, text

    def __enter__(self) -> None:
        self.stack.beginMacro(self.text)

    def __exit__(self, *exc: object) -> None:
        self.stack.endMacro()
        if exc[0] is not None:
            # A failed multi-step edit must leave the map as it was: roll the partial macro back.
            self.stack.undo()
            # ... and out of the history: pushing an obsolete command drops every step above the
            # current index, so Redo cannot replay the half-done edit.
            dropper = QUndoCommand()
            dropper.setObsolete(True)
            self.stack.push(dropper)
