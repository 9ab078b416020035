"""Light and dark chrome (Fusion palettes), the system theme, and WCAG contrast of what is drawn.

In the dark theme the windows, docks and menus go dark and the canvas paints the map with the dark
map palette (``canvas/style.py`` ``DARK_MAP``); exports and the projector keep the print palette.
``text_colour_pairs`` lists every text colour on every background both themes show, for the
contrast test (WCAG 2 AA: at least 4.5:1); ``map_graphic_pairs`` the curves and marks (3:1).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

# contrast_ratio and relative_luminance: this module has always offered them (tests, callers).
from cjm_desktop.canvas.contrast import contrast_ratio, over, relative_luminance  # noqa: F401
from cjm_desktop.canvas.style import DARK_MAP, LIGHT_MAP, MAP_PALETTES, MapPalette
from cjm_desktop.document.persona_edits import PERSONA_COLORS
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
    # Set first: windows repaint their map (ui/map_theme.py) as the palette change reaches them.
    app.setProperty("cjm_theme", theme)
    if theme in ("light", "dark"):
        # Fusion draws every widget from the palette alone, so both themes look the same everywhere.
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(palette_for(theme))
    else:
        if _system_style:
            app.setStyle(QStyleFactory.create(_system_style))
        app.setPalette(_system_palette)


def current_theme(app: QApplication) -> str:
    """The theme last applied (``system`` before any)."""
    return str(app.property("cjm_theme") or "system")


# ---- the map's palette --------------------------------------------------------------------------


def is_dark(app: QApplication) -> bool:
    """Does the chrome look dark now: the dark theme, or the system theme of a dark desktop?"""
    theme = current_theme(app)
    if theme in ("light", "dark"):
        return theme == "dark"
    if app.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        return True
    return app.palette().color(_Role.Window).lightness() < 128


def map_palette_for(app: QApplication) -> MapPalette:
    """The palette the editor's canvas paints the map with: dark with a dark chrome, else print."""
    return DARK_MAP if is_dark(app) else LIGHT_MAP


# ---- contrast -----------------------------------------------------------------------------------


def map_text_pairs(map_palette: MapPalette = LIGHT_MAP) -> list[tuple[str, QColor, QColor]]:
    """(what, text colour, background) for every text the map draws on a card, header or badge."""
    from cjm_desktop.canvas import card_painter, metrics_row

    p = map_palette
    pairs: list[tuple[str, QColor, QColor]] = [
        ("map title on paper", p.ink, p.paper),
        ("subtitle on paper", p.muted_ink, p.paper),
        ("lane header", p.ink, p.lane_header_bg),
        ("lane header detail", p.muted_ink, p.lane_header_bg),
        ("call-to-action card", QColor("white"), card_painter.CTA_FILL),
        ("moment-of-truth ribbon", card_painter.RIBBON_INK, card_painter.RIBBON_FILL),
        ("funnel label", p.funnel_ink, p.surface),
        ("funnel's biggest drop", QColor("white"), metrics_row.DROP_RED),
        ("persona strip name", p.ink, p.surface),
        ("persona strip role", p.muted_ink, p.surface),
        ("route label", p.ink, p.surface),
        ("metric chip", p.metric_chip_ink, p.metric_chip_fill),
        ("emotion legend", p.ink, p.lane_band[0]),
    ]
    for kind, style in p.kind_styles.items():
        fill = QColor(style.fill)
        pairs.append((f"{kind.value} card text", p.ink, fill))
        pairs.append((f"{kind.value} card placeholder", p.muted_ink, fill))
        faint = QColor(style.accent)
        faint.setAlpha(28)  # card_painter's default chip: the kind's accent, faint, over the card
        pairs.append((f"{kind.value} chip", p.muted_ink, over(faint, fill)))
    for level, (_label, badge_fill, badge_ink) in card_painter.SEVERITY_LOOK.items():
        pairs.append((f"severity {level} badge", QColor(badge_ink), QColor(badge_fill)))
    pairs.append(("quick-win badge", QColor("#ffffff"), card_painter.QUICK_WIN_FILL))
    for band_index, band in enumerate(p.lane_band):
        for status in ("good", "bad", "neutral"):
            pairs.append(
                (f"metric value ({status}), band {band_index}", metrics_row.status_color(status, p), band)
            )
        pairs.append((f"metric name, band {band_index}", p.muted_ink, band))
        pairs.append((f"emotion scale +, band {band_index}", p.good, band))
        pairs.append((f"emotion scale -, band {band_index}", p.bad, band))
    for hex_colour in PERSONA_COLORS:  # a persona's name and values in its colour, the "lowest" label
        text = p.readable(QColor(hex_colour))
        for band in p.lane_band:
            pairs.append((f"persona text {hex_colour}", text, band))
        pairs.append((f"lowest-point label {hex_colour}", text, over(p.halo, p.lane_band[0])))
    assert LaneKind.CTA in p.kind_styles  # the CTA card is listed above with its own fill
    return pairs


def map_graphic_pairs(map_palette: MapPalette = LIGHT_MAP) -> list[tuple[str, QColor, QColor]]:
    """(what, colour, background) for lines and marks that must stand out (WCAG non-text, 3:1)."""
    p = map_palette
    pairs: list[tuple[str, QColor, QColor]] = []
    for band_index, band in enumerate(p.lane_band):
        for colour in PERSONA_COLORS:  # emotion curves, legend swatches and routes
            pairs.append((f"curve {colour} on band {band_index}", p.graphic(QColor(colour)), band))
        pairs.append((f"route without persona on band {band_index}", p.route_neutral, band))
        pairs.append((f"selection on band {band_index}", p.selection, band))
        pairs.append((f"emotion 0 line on band {band_index}", p.axis_zero, band))
        pairs.append((f"metrics sparkline on band {band_index}", QColor(p.kind("metrics").accent), band))
    # Not listed: a card's accent bar and a lane header's glyph, which repeat what the lane's title says.
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
    map_palette = MAP_PALETTES["dark" if theme == "dark" else "light"]
    pairs.append(("empty-map hint on the map", HINT_TEXT, over(HINT_BACKGROUND, map_palette.paper)))
    return pairs + map_text_pairs(map_palette)
