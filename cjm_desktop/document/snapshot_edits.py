"""Snapshot and to-be curve edits, each pushed as one undo step."""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QUndoCommand

from cjm_desktop.document.commands import (
    InsertItemsCommand,
    RemoveItemsCommand,
    ReplaceListCommand,
    SetFieldsCommand,
)
from cjm_desktop.document.document import JourneyDocument
from cjm_desktop.i18n import tr
from cjm_desktop.io.mapfile import snapshots
from cjm_desktop.model import Journey, Snapshot
from cjm_desktop.model.snapshot import STATUSES


class ReplaceContentCommand(QUndoCommand):
    """Replace the map's whole content (its snapshots stay) with another map's; undo puts it back."""

    def __init__(self, doc: JourneyDocument, content: Journey, text: str) -> None:
        super().__init__(text)
        self.doc, self.new = doc, content
        self.old: Journey | None = None

    def redo(self) -> None:
        self.old = self.doc.replace_content(self.new)

    def undo(self) -> None:
        assert self.old is not None
        self.new = self.doc.replace_content(self.old)


def take_snapshot(doc: JourneyDocument, name: str, note: str = "", status: str = "") -> Snapshot:
    """Keep a named, dated copy of the map as it is now inside the map."""
    snapshot = snapshots.take_snapshot(
        doc.journey, name.strip() or tr("Snapshots", "Snapshot"), note.strip(), status
    )
    placed = [(len(doc.journey.snapshots), snapshot)]
    doc.push(InsertItemsCommand(doc, "snapshots", placed, tr("Snapshots", "Take snapshot")))
    return snapshot


def delete_snapshot(doc: JourneyDocument, snapshot_id: str) -> None:
    """Delete one snapshot (undoable)."""
    doc.push(RemoveItemsCommand(doc, "snapshots", [snapshot_id], tr("Snapshots", "Delete snapshot")))


def set_snapshot_status(doc: JourneyDocument, snapshot_id: str, status: str) -> None:
    """Mark a snapshot "as-is", "to-be" or neither ("")."""
    if status not in STATUSES:
        raise ValueError(status)
    doc.push(
        SetFieldsCommand(doc, "snapshots", snapshot_id, {"status": status}, tr("Snapshots", "Mark snapshot"))
    )


def snapshot_by_id(doc: JourneyDocument, snapshot_id: str) -> Snapshot:
    """The snapshot with this id (KeyError when absent)."""
    snapshot: Snapshot = doc.target("snapshots", snapshot_id)
    return snapshot


def restore_snapshot(doc: JourneyDocument, snapshot_id: str) -> None:
    """Make the map what the snapshot holds (one undo step; snapshots are kept).

    Raises FormatError, before anything changes, when the snapshot's content is damaged.
    """
    snapshot = snapshot_by_id(doc, snapshot_id)
    content = snapshots.journey_from_snapshot(snapshot)
    text = tr("Snapshots", "Restore snapshot “%1”").replace("%1", snapshot.name)
    doc.push(ReplaceContentCommand(doc, content, text))


def set_to_be_curves(doc: JourneyDocument, source: Journey) -> None:
    """Set every persona's to-be curve to the scores ``source`` holds (the map itself, or a snapshot).

    Only points of personas and stages the map has count; a to-be score needs an as-is point, so
    a stage the map has not scored gets a point at the to-be score.
    """
    journey = doc.journey
    stages, personas = {s.id for s in journey.stages}, {p.id for p in journey.personas}
    wanted = {
        (p.persona_id, p.stage_id): p.score
        for p in source.emotions
        if p.persona_id in personas and p.stage_id in stages
    }
    points = [
        dataclasses.replace(p, to_be=wanted.pop((p.persona_id, p.stage_id), None)) for p in journey.emotions
    ]
    points += [
        dataclasses.replace(p, to_be=p.score) for p in source.emotions if (p.persona_id, p.stage_id) in wanted
    ]
    if points != journey.emotions:
        doc.push(ReplaceListCommand(doc, "emotions", points, tr("Snapshots", "Set the to-be curves")))


def clear_to_be_curves(doc: JourneyDocument) -> None:
    """Remove every to-be score."""
    points = [dataclasses.replace(p, to_be=None) for p in doc.journey.emotions]
    if points != doc.journey.emotions:
        doc.push(ReplaceListCommand(doc, "emotions", points, tr("Snapshots", "Clear the to-be curves")))


def set_to_be_scores(doc: JourneyDocument, scores: dict[tuple[str, str], int | None]) -> None:
    """Set to-be scores by (persona id, stage id) in one undo step; None removes one.

    Only scored points carry a to-be score; keys without an as-is point are ignored.
    """
    points = [
        dataclasses.replace(p, to_be=scores[(p.persona_id, p.stage_id)])
        if (p.persona_id, p.stage_id) in scores
        else p
        for p in doc.journey.emotions
    ]
    if points != doc.journey.emotions:
        doc.push(ReplaceListCommand(doc, "emotions", points, tr("Snapshots", "Edit the to-be curves")))
