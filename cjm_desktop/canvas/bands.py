"""Bands drawn between the map title and the stage headers (the persona strip)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cjm_desktop.canvas.scene import JourneyScene


def top_band_height(scene: JourneyScene) -> float:
    """Height of the bands above the stage headers; none until personas are drawn there."""
    return 0.0
