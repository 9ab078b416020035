"""The map font: one per size and style, each caller getting a copy of its own."""

from __future__ import annotations

from PySide6.QtGui import QFont

from cjm_desktop.canvas.style import FONT_FAMILY, font


def test_a_font_has_the_maps_family_size_style_and_no_ligatures(qapp) -> None:
    f = font(13, bold=True, italic=True)
    assert f.family() == FONT_FAMILY and f.pixelSize() == 13 and f.bold() and f.italic()
    assert f.hintingPreference() == QFont.HintingPreference.PreferNoHinting
    assert f.featureValue(QFont.Tag("liga")) == 0
    plain = font(13)
    assert not plain.bold() and not plain.italic() and plain != f


def test_changing_the_font_one_got_leaves_the_next_callers_alone(qapp) -> None:
    first = font(12)
    first.setPixelSize(40)
    first.setUnderline(True)
    again = font(12)
    assert again.pixelSize() == 12 and not again.underline()
    assert again == font(12)
