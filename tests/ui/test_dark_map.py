"""The dark map theme: the canvas follows the app's theme live, exports keep the print palette."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from cjm_desktop.canvas.contrast import GRAPHIC_AA, contrast_ratio, ensure_contrast
from cjm_desktop.canvas.style import DARK_MAP, LIGHT_MAP, MAP_PALETTES, palette
from cjm_desktop.export.options import ExportOptions
from cjm_desktop.export.render import scene_for
from cjm_desktop.export.run import export_file
from cjm_desktop.io.mapfile.cjm_file import dumps, load_map
from cjm_desktop.paths import sample_map_path
from cjm_desktop.ui.theme import apply_theme, current_theme, map_graphic_pairs, map_palette_for, palette_for


def grab(window) -> QImage:
    """The canvas as the user sees it now."""
    window.view.viewport().repaint()
    return window.view.viewport().grab().toImage()


def paper_lightness(window) -> int:
    """Lightness of the map's paper, sampled left of the lane headers (below the title)."""
    scene_point = QPointF(4, window.scene.layout.lane_y[0] + 4)
    window.view.centerOn(scene_point)
    point = window.view.mapFromScene(scene_point)
    return grab(window).pixelColor(point).lightness()


@pytest.mark.parametrize("name", ["light", "dark"])
def test_curves_routes_and_marks_stand_out_at_3_to_1(name: str) -> None:
    pairs = map_graphic_pairs(MAP_PALETTES[name])
    assert len(pairs) >= 20  # every default persona colour on both lane bands, routes, selection
    failing = [
        f"{what}: {contrast_ratio(fg, bg):.2f} ({fg.name()} on {bg.name()})"
        for what, fg, bg in pairs
        if contrast_ratio(fg, bg) < GRAPHIC_AA
    ]
    assert failing == []


def test_a_pale_user_colour_is_deepened_only_as_far_as_needed() -> None:
    amber = QColor("#f2c94c")  # 1.6:1 on white
    deeper = ensure_contrast(amber, LIGHT_MAP.lane_band, GRAPHIC_AA)
    assert all(contrast_ratio(deeper, band) >= GRAPHIC_AA for band in LIGHT_MAP.lane_band)
    assert deeper.hue() == pytest.approx(amber.hue(), abs=3)  # still the persona's hue
    assert ensure_contrast(QColor("#2f7ebc"), DARK_MAP.lane_band, GRAPHIC_AA) == QColor("#2f7ebc")  # kept
    lifted = DARK_MAP.graphic(QColor("#1f2933"))  # a near-black persona on the dark map
    assert lifted.lightness() > QColor("#1f2933").lightness()


def test_switching_theme_repaints_the_open_map_without_touching_it(make_window) -> None:
    window = make_window(load_map(sample_map_path()))
    app = QApplication.instance()
    before = dumps(window.doc.journey)
    steps = window.doc.undo_stack.count()
    assert window.scene.map_palette is LIGHT_MAP and paper_lightness(window) > 240
    try:
        apply_theme(app, "dark")
        assert window.scene.map_palette is DARK_MAP
        assert paper_lightness(window) < 40
        # A card is painted with the dark palette too (its cached pixmap was renewed).
        card = next(iter(window.scene.card_items.values()))
        window.view.centerOn(card)
        centre = window.view.mapFromScene(card.sceneBoundingRect().center())
        assert grab(window).pixelColor(centre).lightness() < 90
        apply_theme(app, "light")
        assert window.scene.map_palette is LIGHT_MAP and paper_lightness(window) > 240
    finally:
        apply_theme(app, "system")
    assert window.scene.map_palette is LIGHT_MAP
    assert dumps(window.doc.journey) == before and window.doc.undo_stack.count() == steps
    assert palette() is LIGHT_MAP  # no palette is left in effect after painting


def test_exports_of_a_dark_canvas_print_light(tmp_path: Path) -> None:
    _doc, scene = scene_for(load_map(sample_map_path()))
    scene.set_map_palette(DARK_MAP)
    out = tmp_path / "map.png"
    export_file(scene, out, ExportOptions(format="png", scale=1.0))
    image = QImage(str(out))
    assert image.pixelColor(4, int(scene.layout.lane_y[0]) + 4).lightness() > 240  # white paper
    assert scene.map_palette is DARK_MAP  # and the canvas went back to its own palette
    # The same scene rendered as the canvas draws it is dark.
    canvas = QImage(200, 200, QImage.Format.Format_ARGB32)
    painter = QPainter(canvas)
    scene.render(painter, QRectF(0, 0, 200, 200), QRectF(0, scene.layout.lane_y[0], 200, 200))
    painter.end()
    assert canvas.pixelColor(4, 4).lightness() < 40


def test_the_system_theme_on_a_dark_desktop_gets_the_dark_map(qapp) -> None:
    app = QApplication.instance()
    assert current_theme(app) == "system" and map_palette_for(app) is LIGHT_MAP
    saved = app.palette()
    try:
        app.setPalette(palette_for("dark"))  # what a dark desktop hands Qt under the system theme
        assert current_theme(app) == "system" and map_palette_for(app) is DARK_MAP
    finally:
        app.setPalette(saved)
    assert map_palette_for(app) is LIGHT_MAP
