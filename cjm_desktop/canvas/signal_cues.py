"""Cues that say in text or shape what a colour says, so nothing on the map is told by colour alone.

Read in greyscale, on a washed-out projector or by someone who does not tell red from green: a
route names its persona, each persona's curve has its own line pattern, a metric's value says
whether it met its target.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from cjm_desktop.canvas.persona_profile import initials
from cjm_desktop.model import Journey, Route

# One line pattern per persona, in the order personas are listed (then round again).
CURVE_PATTERNS = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
)
TARGET_MARKS = {"good": "✓", "bad": "✗"}  # met, missed


def curve_pattern(journey: Journey, persona_id: str) -> Qt.PenStyle:
    """The line pattern of a persona's experience curve (and its legend swatch)."""
    ids = [p.id for p in journey.personas]
    index = ids.index(persona_id) if persona_id in ids else 0
    return CURVE_PATTERNS[index % len(CURVE_PATTERNS)]


def route_caption(journey: Journey, route: Route) -> str:
    """What a route's arrow says: its persona's initials (its colour in words), then its label."""
    persona = next((p for p in journey.personas if p.id == route.persona_id), None)
    who = initials(persona.name) if persona is not None else ""
    return " · ".join(part for part in (who, route.label) if part)


def target_mark(status: str) -> str:
    """✓ when a metric met its target, ✗ when it missed it, nothing without a target."""
    return TARGET_MARKS.get(status, "")
