"""Persona and emotion-curve edits, each pushed as one undo step.

Visibility of a persona's curve (``Persona.visible``) is *document* state, undoable and saved:
it decides what the map shows to the room and in every export (a map made for three personas may
be presented with one curve), so it travels with the file like any other presentation choice of
the author. Highlighting a persona is different: a momentary view filter kept on the scene
(``JourneyScene.highlight_persona_id``), never in the file or the history.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from cjm_desktop.document.commands import (
    InsertItemsCommand,
    MoveItemCommand,
    RemoveItemsCommand,
    ReplaceListCommand,
    SetFieldsCommand,
)
from cjm_desktop.document.document import JourneyDocument
from cjm_desktop.document.edits import set_fields
from cjm_desktop.i18n import tr
from cjm_desktop.model import EmotionPoint, Persona, new_id

# Distinct, colour-blind-friendlier hues that read on white and differ from the stage colours.
PERSONA_COLORS = ("#d0573c", "#2f7ebc", "#3a9a5b", "#8e5bb5", "#d49a1f", "#1f9a9a", "#c2487f", "#5c6bc0")
MIN_SCORE, MAX_SCORE = -3, 3
SEGMENTS = ("B2C", "B2B")


def next_persona_color(doc: JourneyDocument) -> str:
    """The first palette colour no persona uses yet (cycling when all are taken)."""
    used = {p.color.lower() for p in doc.journey.personas}
    for color in PERSONA_COLORS:
        if color not in used:
            return color
    return PERSONA_COLORS[len(doc.journey.personas) % len(PERSONA_COLORS)]


def add_persona(doc: JourneyDocument, name: str = "", index: int | None = None, **fields: Any) -> Persona:
    """Add a persona (at the end by default) and return it."""
    personas = doc.journey.personas
    index = len(personas) if index is None else max(0, min(index, len(personas)))
    fields.setdefault("color", next_persona_color(doc))
    persona = Persona(
        id=new_id("persona"), name=name or tr("edits", "Persona %d") % (len(personas) + 1), **fields
    )
    doc.push(InsertItemsCommand(doc, "personas", [(index, persona)], tr("edits", "Add persona")))
    return persona


def edit_persona(doc: JourneyDocument, persona_id: str, values: dict[str, Any], merge: bool = False) -> None:
    """Change fields of a persona; ``merge`` folds successive keystrokes into one undo step."""
    if "segment" in values and values["segment"] not in SEGMENTS:
        raise ValueError(f"unknown segment {values['segment']!r}")
    set_fields(doc, "personas", persona_id, values, tr("edits", "Edit persona"), merge)


def set_persona_photo(doc: JourneyDocument, persona_id: str, photo_b64: str) -> None:
    """Set (or with "" remove) a persona's embedded photo, already downscaled by io.images."""
    label = tr("edits", "Set persona photo") if photo_b64 else tr("edits", "Remove persona photo")
    set_fields(doc, "personas", persona_id, {"photo": photo_b64}, label)


def set_persona_visible(doc: JourneyDocument, persona_id: str, visible: bool) -> None:
    """Show or hide a persona's emotion curve on the map and in exports (see the module note)."""
    label = tr("edits", "Show persona curve") if visible else tr("edits", "Hide persona curve")
    set_fields(doc, "personas", persona_id, {"visible": bool(visible)}, label)


def move_persona(doc: JourneyDocument, persona_id: str, new_index: int) -> None:
    """Move a persona to another position in the strip and the editor's list."""
    personas = doc.journey.personas
    new_index = max(0, min(new_index, len(personas) - 1))
    if doc.journey.persona(persona_id) is not personas[new_index]:
        doc.push(MoveItemCommand(doc, "personas", persona_id, new_index, tr("edits", "Move persona")))


def duplicate_persona(doc: JourneyDocument, persona_id: str) -> Persona:
    """Copy a persona with its emotion curve, right after the original; one undo step."""
    journey = doc.journey
    index = journey.personas.index(journey.persona(persona_id))
    source = journey.persona(persona_id)
    twin = copy.deepcopy(source)
    twin.id = new_id("persona")
    twin.name = tr("edits", "%s (copy)") % source.name
    twin.color = next_persona_color(doc)
    points = [
        dataclasses.replace(p, persona_id=twin.id) for p in journey.emotions if p.persona_id == persona_id
    ]
    with doc.macro(tr("edits", "Duplicate persona")):
        doc.push(InsertItemsCommand(doc, "personas", [(index + 1, twin)], tr("edits", "Duplicate persona")))
        if points:
            doc.push(
                ReplaceListCommand(
                    doc, "emotions", journey.emotions + points, tr("edits", "Copy emotion curve")
                )
            )
    return twin


def delete_personas(doc: JourneyDocument, persona_ids: list[str]) -> None:
    """Delete personas with their emotion scores, card links and route ownership; one undo step."""
    ids = set(persona_ids)
    if not ids:
        return
    journey = doc.journey
    label = (
        tr("edits", "Delete persona") if len(ids) == 1 else tr("edits", "Delete %n personas", None, len(ids))
    )
    with doc.macro(label):
        if any(p.persona_id in ids for p in journey.emotions):
            kept = [p for p in journey.emotions if p.persona_id not in ids]
            doc.push(ReplaceListCommand(doc, "emotions", kept, tr("edits", "Delete emotion scores")))
        if any(v.persona_id in ids for v in journey.metric_values):  # a persona's metrics go with it
            values = [v for v in journey.metric_values if v.persona_id not in ids]
            doc.push(ReplaceListCommand(doc, "metric_values", values, tr("edits", "Delete metric values")))
        for card in journey.cards:
            if ids.intersection(card.persona_ids):
                links = [p for p in card.persona_ids if p not in ids]
                doc.push(
                    SetFieldsCommand(
                        doc, "cards", card.id, {"persona_ids": links}, tr("edits", "Unlink persona")
                    )
                )
        for route in journey.routes:
            if route.persona_id in ids:
                doc.push(
                    SetFieldsCommand(
                        doc, "routes", route.id, {"persona_id": None}, tr("edits", "Unlink persona")
                    )
                )
        doc.push(RemoveItemsCommand(doc, "personas", sorted(ids), tr("edits", "Delete persona")))


def clamp_score(score: float) -> int:
    """A score snapped to the -3..+3 scale."""
    return int(max(MIN_SCORE, min(MAX_SCORE, round(score))))


def set_emotion(
    doc: JourneyDocument,
    persona_id: str,
    stage_id: str,
    score: float,
    note: str | None = None,
    text: str = "",
) -> None:
    """Score how a persona feels at a stage (adding the point if new); ``note`` None keeps the note."""
    journey = doc.journey
    journey.persona(persona_id), journey.stage(stage_id)  # KeyError for ids that do not exist
    score = clamp_score(score)
    points = list(journey.emotions)
    for i, point in enumerate(points):
        if point.persona_id == persona_id and point.stage_id == stage_id:
            new_note = point.note if note is None else note
            if point.score == score and point.note == new_note:
                return  # nothing changes: keep the history clean
            # A new object, so the command's old list still holds the old point untouched.
            points[i] = dataclasses.replace(point, score=score, note=new_note)
            break
    else:
        points.append(EmotionPoint(persona_id, stage_id, score, note or ""))
    doc.push(ReplaceListCommand(doc, "emotions", points, text or tr("edits", "Set emotion score")))


def set_emotion_note(doc: JourneyDocument, persona_id: str, stage_id: str, note: str) -> None:
    """Attach a note to a scored point (why the persona feels this way)."""
    point = doc.journey.emotion(persona_id, stage_id)
    if point is None:
        raise KeyError(f"{persona_id} has no emotion score at {stage_id}")
    set_emotion(doc, persona_id, stage_id, point.score, note.strip(), tr("edits", "Edit emotion note"))


def clear_emotion(doc: JourneyDocument, persona_id: str, stage_id: str) -> None:
    """Remove a persona's score at a stage (the curve then skips that stage)."""
    journey = doc.journey
    if journey.emotion(persona_id, stage_id) is None:
        return
    kept = [p for p in journey.emotions if not (p.persona_id == persona_id and p.stage_id == stage_id)]
    doc.push(ReplaceListCommand(doc, "emotions", kept, tr("edits", "Clear emotion score")))


def persona_curve(doc: JourneyDocument, persona_id: str) -> list[tuple[int, EmotionPoint]]:
    """A persona's scored points as (stage index, point), left to right."""
    journey = doc.journey
    order = {s.id: i for i, s in enumerate(journey.stages)}
    points = [
        (order[p.stage_id], p) for p in journey.emotions if p.persona_id == persona_id and p.stage_id in order
    ]
    return sorted(points, key=lambda pair: pair[0])
