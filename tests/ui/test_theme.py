"""Light and dark themes: WCAG AA contrast (>= 4.5:1) for every text colour, live switching."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from cjm_desktop.ui.theme import apply_theme, contrast_ratio, current_theme, text_colour_pairs

AA = 4.5


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1.0)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_text_colour_passes_aa(qapp, theme: str) -> None:
    pairs = text_colour_pairs(theme)
    assert len(pairs) > 50  # chrome, every lane kind's card, headers and badges
    failing = [
        f"{what}: {contrast_ratio(fg, bg):.2f} ({fg.name()} on {bg.name()})"
        for what, fg, bg in pairs
        if contrast_ratio(fg, bg) < AA
    ]
    assert failing == []


def test_switching_themes_changes_the_chrome_live(qapp) -> None:
    app = QApplication.instance()
    try:
        apply_theme(app, "dark")
        assert current_theme(app) == "dark"
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 60
        apply_theme(app, "light")
        assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200
    finally:
        apply_theme(app, "system")
    assert current_theme(app) == "system"
