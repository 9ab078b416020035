"""Edits of a card's evidence (add, edit, remove, reorder items; the level), each one undo step.

The card's ``evidence`` list is replaced as a whole by one field edit, so undo restores the exact
list (order included) and the file changes only on that card's line.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from cjm_desktop.document.document import JourneyDocument
from cjm_desktop.document.edits import set_fields
from cjm_desktop.i18n import tr
from cjm_desktop.io.mapfile.evidence_targets import rebased_target
from cjm_desktop.model import Evidence, EvidenceKind, EvidenceLevel


def _items(doc: JourneyDocument, card_id: str) -> list[Evidence]:
    return list(doc.journey.card(card_id).evidence)


def add_evidence(doc: JourneyDocument, card_id: str, item: Evidence, index: int | None = None) -> None:
    """Add an evidence item to a card (at the end by default)."""
    items = _items(doc, card_id)
    items.insert(len(items) if index is None else max(0, min(index, len(items))), item)
    set_fields(doc, "cards", card_id, {"evidence": items}, tr("edits", "Add evidence"))


def edit_evidence(doc: JourneyDocument, card_id: str, index: int, item: Evidence) -> None:
    """Replace the item at ``index`` (its kind, target or label changed)."""
    items = _items(doc, card_id)
    items[index] = item
    set_fields(doc, "cards", card_id, {"evidence": items}, tr("edits", "Edit evidence"))


def remove_evidence(doc: JourneyDocument, card_id: str, index: int) -> None:
    """Remove the item at ``index``."""
    items = _items(doc, card_id)
    del items[index]
    set_fields(doc, "cards", card_id, {"evidence": items}, tr("edits", "Remove evidence"))


def move_evidence(doc: JourneyDocument, card_id: str, index: int, new_index: int) -> None:
    """Move the item at ``index`` to ``new_index`` (clamped to the list)."""
    items = _items(doc, card_id)
    new_index = max(0, min(new_index, len(items) - 1))
    if new_index == index:
        return
    items.insert(new_index, items.pop(index))
    set_fields(doc, "cards", card_id, {"evidence": items}, tr("edits", "Move evidence"))


def set_evidence_level(doc: JourneyDocument, card_ids: list[str], level: str) -> None:
    """Set the evidence level of one or several cards as one undo step."""
    level = EvidenceLevel(level).value
    changed = [cid for cid in card_ids if doc.journey.card(cid).evidence_level != level]
    if not changed:
        return
    with doc.macro(tr("edits", "Set evidence level")):
        for card_id in changed:
            set_fields(doc, "cards", card_id, {"evidence_level": level}, tr("edits", "Set evidence level"))


def rebase_file_paths(doc: JourneyDocument, old_folder: Path | None, new_folder: Path | None) -> int:
    """Keep file evidence pointing at the same files when the map moves to another folder.

    One undo step for all cards; returns how many items changed (0: nothing pushed).
    """
    changes: list[tuple[str, list[Evidence]]] = []
    moved = 0
    for card in doc.journey.cards:
        items = [
            replace(item, target=rebased_target(item.target, old_folder, new_folder))
            if item.kind == EvidenceKind.FILE and item.target.strip()
            else item
            for item in card.evidence
        ]
        changed = sum(a != b for a, b in zip(items, card.evidence, strict=True))
        if changed:
            changes.append((card.id, items))
            moved += changed
    if changes:
        label = tr("edits", "Update evidence file paths")
        with doc.macro(label):
            for card_id, items in changes:
                set_fields(doc, "cards", card_id, {"evidence": items}, label)
    return moved
