"""Far-zoom names on the projected map follow the spotlight: outside the focused stage they dim."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from cjm_desktop.canvas import far_persona_labels
from cjm_desktop.canvas.bands import persona_strip
from tests.workshop.conftest import step


def lightness(image: QImage, rect) -> float:
    """Mean lightness of RECT's pixels."""
    r = rect.toAlignedRect().intersected(image.rect())
    values = [
        image.pixelColor(x, y).lightness()
        for x in range(r.left(), r.right())
        for y in range(r.top(), r.bottom())
    ]
    return sum(values) / len(values)


def test_persona_names_dim_with_the_strip_outside_the_spotlight(presentation, qtbot):
    step(qtbot, presentation, Qt.Key.Key_Right)
    step(qtbot, presentation, Qt.Key.Key_Right)
    view = presentation.view
    assert view.zoom() < far_persona_labels.PERSONA_ZOOM  # the names are far labels at this size
    found = far_persona_labels.labels(
        persona_strip(presentation.scene), view.viewportTransform().mapRect, view.zoom()
    )
    assert found
    image = view.viewport().grab().toImage()
    for label in found:
        # A white label over the dimmed strip read as a glitch (measured 243); dimmed, about 95.
        assert lightness(image, label.rect.adjusted(2, 2, -2, -2)) < 200, label.name
