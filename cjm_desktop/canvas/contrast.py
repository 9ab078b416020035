"""WCAG 2 contrast of colours, and nudging a colour until it reads on a background.

Pure colour arithmetic on QColor, shared by the map palettes (canvas/style.py), which use it to keep
user-chosen colours (personas) legible on either theme, and by the contrast tests.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

TEXT_AA = 4.5  # WCAG 2 AA for normal text
GRAPHIC_AA = 3.0  # WCAG 2.1 non-text contrast: lines, curves, large shapes


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""
    return (
        0.2126 * _linear(colour.redF()) + 0.7152 * _linear(colour.greenF()) + 0.0722 * _linear(colour.blueF())
    )


def over(top: QColor, bottom: QColor) -> QColor:
    """TOP (possibly translucent) composited over an opaque BOTTOM."""
    a = top.alphaF()
    return QColor.fromRgbF(
        top.redF() * a + bottom.redF() * (1 - a),
        top.greenF() * a + bottom.greenF() * (1 - a),
        top.blueF() * a + bottom.blueF() * (1 - a),
    )


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio (1 to 21) of text over a background (translucent text is composited)."""
    fg = over(foreground, background) if foreground.alpha() < 255 else foreground
    lighter, darker = sorted((relative_luminance(fg), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """A blend of two opaque colours (0 = all A, 1 = all B)."""
    t = share_of_b
    return QColor.fromRgbF(
        a.redF() * (1 - t) + b.redF() * t,
        a.greenF() * (1 - t) + b.greenF() * t,
        a.blueF() * (1 - t) + b.blueF() * t,
    )


def ensure_contrast(colour: QColor, backgrounds: tuple[QColor, ...], ratio: float) -> QColor:
    """COLOUR itself when it reaches RATIO on every background, else the nearest blend toward black
    or white (whichever the backgrounds are further from) that does: the hue stays recognisable."""
    if all(contrast_ratio(colour, bg) >= ratio for bg in backgrounds):
        return QColor(colour)
    dark_backgrounds = sum(relative_luminance(bg) for bg in backgrounds) / len(backgrounds) < 0.18
    target = QColor("#ffffff") if dark_backgrounds else QColor("#000000")
    for step in range(1, 21):
        candidate = mix(colour, target, step / 20)
        if all(contrast_ratio(candidate, bg) >= ratio for bg in backgrounds):
            return candidate
    return target
