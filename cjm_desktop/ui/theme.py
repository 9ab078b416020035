"""Light and dark chrome (Fusion palettes), the system theme, and WCAG contrast of what is drawn.

The map itself is a sheet of paper: in the dark theme the windows, docks, menus and the canvas
around the map go dark, while the map keeps the colours it prints and exports with, so a card looks
the same on screen, in a PDF and on the projector. ``text_colour_pairs`` lists every text colour
on every background both themes show, for the contrast test (WCAG 2 AA: at least 4.5:1).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from cjm_desktop.model import LaneKind

THEMES = ("system", "light", "dark")

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup

# Slate colours; the same family as the map's ink, so chrome and map sit together.
LIGHT_COLOURS: dict[QPalette.ColorRole, str] = {
    _Role.Window: "#eef1f5",
    _Role.WindowText: "#1f2933",
    _Role.Base: "#ffffff",
    _Role.AlternateBase: "#f5f7fa",
    _Role.Text: "#1f2933",
    _Role.PlaceholderText: "#5b6877",
    _Role.Button: "#e4e8ee",
    _Role.ButtonText: "#1f2933",
    _Role.BrightText: "#ffffff",
    _Role.Highlight: "#2563eb",
    _Role.HighlightedText: "#ffffff",
    _Role.ToolTipBase: "#1f2933",
    _Role.ToolTipText: "#f8fafc",
    _Role.Link: "#1d4ed8",
    _Role.Light: "#ffffff",
    _Role.Midlight: "#e4e8ee",
    _Role.Mid: "#b8c2cc",
    _Role.Dark: "#8895a3",
    _Role.Shadow: "#52606d",
}
DARK_COLOURS: dict[QPalette.ColorRole, str] = {
    _Role.Window: "#1e242c",
    _Role.WindowText: "#e6eaef",
    _Role.Base: "#14191f",
    _Role.AlternateBase: "#1b2128",
    _Role.Text: "#e6eaef",
    _Role.PlaceholderText: "#9aa5b1",
    _Role.Button: "#2a323c",
    _Role.ButtonText: "#e6eaef",
    _Role.BrightText: "#ffffff",
    _Role.Highlight: "#3b6fd8",
    _Role.HighlightedText: "#ffffff",
    _Role.ToolTipBase: "#e6eaef",
    _Role.ToolTipText: "#14191f",
    _Role.Link: "#8ab4ff",
    _Role.Light: "#3a4450",
    _Role.Midlight: "#313a45",
    _Role.Mid: "#252c35",
    _Role.Dark: "#0f1318",
    _Role.Shadow: "#000000",
}
# Disabled text: dimmer, but still readable (WCAG exempts disabled controls; we keep 3:1 anyway).
DISABLED_TEXT = {"light": "#7b8794", "dark": "#7d8894"}
# Text pairs of the chrome checked for contrast: (foreground role, background role).
CHROME_PAIRS = (
    (_Role.WindowText, _Role.Window),
    (_Role.Text, _Role.Base),
    (_Role.Text, _Role.AlternateBase),
    (_Role.PlaceholderText, _Role.Base),
    (_Role.ButtonText, _Role.Button),
    (_Role.HighlightedText, _Role.Highlight),
    (_Role.ToolTipText, _Role.ToolTipBase),
    (_Role.Link, _Role.Base),
)

_system_palette: QPalette | None = None
_system_style: str | None = None


def palette_for(theme: str) -> QPalette:
    """The chrome palette of the light or dark theme."""
    colours = DARK_COLOURS if theme == "dark" else LIGHT_COLOURS
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(_Group.All, role, QColor(value))
    disabled = QColor(DISABLED_TEXT["dark" if theme == "dark" else "light"])
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText):
        palette.setColor(_Group.Disabled, role, disabled)
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch the whole application's chrome to THEME (system, light or dark), live."""
    global _system_palette, _system_style
    if theme not in ("light", "dark") and current_theme(app) == "system":
        return  # never touched: leave Qt following the platform's own (possibly live) theme
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
        _system_style = app.style().name()
    if theme in ("light", "dark"):
        # Fusion draws every widget from the palette alone, so both themes look the same everywhere.
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(palette_for(theme))
    else:
        if _system_style:
            app.setStyle(QStyleFactory.create(_system_style))
        app.setPalette(_system_palette)
    app.setProperty("cjm_theme", theme)


def current_theme(app: QApplication) -> str:
    """The theme last applied (``system`` before any)."""
    return str(app.property("cjm_theme") or "system")


# ---- contrast -----------------------------------------------------------------------------------


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


def map_text_pairs() -> list[tuple[str, QColor, QColor]]:
    """(what, text colour, background) for every text the map draws on a card, header or badge."""
    from cjm_desktop.canvas import card_painter, metrics_row
    from cjm_desktop.canvas.style import INK, KIND_STYLES, LANE_HEADER_BG, MUTED_INK, PAPER

    pairs: list[tuple[str, QColor, QColor]] = [
        ("map title on paper", INK, PAPER),
        ("subtitle on paper", MUTED_INK, PAPER),
        ("lane header", INK, LANE_HEADER_BG),
        ("lane header detail", MUTED_INK, LANE_HEADER_BG),
        ("call-to-action card", QColor("white"), card_painter.CTA_FILL),
        ("moment-of-truth ribbon", card_painter.RIBBON_INK, card_painter.RIBBON_FILL),
        ("funnel badge", metrics_row.FUNNEL_INK, QColor("#ffffff")),
    ]
    for kind, style in KIND_STYLES.items():
        fill = QColor(style.fill)
        pairs.append((f"{kind.value} card text", INK, fill))
        pairs.append((f"{kind.value} card placeholder", MUTED_INK, fill))
        faint = QColor(style.accent)
        faint.setAlpha(28)  # card_painter's default chip: the kind's accent, faint, over the card
        pairs.append((f"{kind.value} chip", MUTED_INK, over(faint, fill)))
    for level, (_label, badge_fill, badge_ink) in card_painter.SEVERITY_LOOK.items():
        pairs.append((f"severity {level} badge", QColor(badge_ink), QColor(badge_fill)))
    pairs.append(("quick-win badge", QColor("#ffffff"), card_painter.QUICK_WIN_FILL))
    for status, colour in metrics_row.STATUS_COLORS.items():
        pairs.append((f"metric value ({status})", colour, PAPER))
    assert LaneKind.CTA in KIND_STYLES  # the CTA card is listed above with its own fill
    return pairs


def text_colour_pairs(theme: str) -> list[tuple[str, QColor, QColor]]:
    """Every (what, text, background) pair a theme shows: its chrome and the map."""
    palette = palette_for(theme)
    pairs = [
        (f"{fg.name}/{bg.name}", palette.color(_Group.Active, fg), palette.color(_Group.Active, bg))
        for fg, bg in CHROME_PAIRS
    ]
    from cjm_desktop.ui.empty_hints import HINT_BACKGROUND, HINT_TEXT

    surround = palette.color(_Group.Active, _Role.Base)
    pairs.append(("empty-map hint", HINT_TEXT, over(HINT_BACKGROUND, surround)))
    return pairs + map_text_pairs()
