"""Colours and fonts of the map, shared by the canvas and every export."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont

from cjm_desktop.canvas.contrast import GRAPHIC_AA, TEXT_AA, ensure_contrast, mix
from cjm_desktop.model import LaneKind

FONT_FAMILY = "DejaVu Sans"


@dataclass(frozen=True)
class KindStyle:
    """How cards of one lane kind look: an accent colour and a soft fill."""

    accent: str
    fill: str
    symbol: str  # a glyph drawn in the lane header (DejaVu Sans has all of these)


# The print (light) look of each lane kind; the dark theme derives its own from these accents.
LIGHT_KIND_STYLES: dict[LaneKind, KindStyle] = {
    LaneKind.TOUCHPOINTS: KindStyle("#2f6fb3", "#eaf2fb", "◎"),
    LaneKind.ACTIONS: KindStyle("#2b8a8a", "#e6f4f4", "➜"),
    LaneKind.THOUGHTS: KindStyle("#7a5cb0", "#f1ecf9", "☁"),
    LaneKind.GOALS: KindStyle("#3d8b4f", "#eaf5ec", "⚑"),
    LaneKind.EMOTIONS: KindStyle("#d08a1e", "#fdf3e2", "☺"),
    LaneKind.PAIN_POINTS: KindStyle("#c2413b", "#fcebea", "⚡"),
    LaneKind.OPPORTUNITIES: KindStyle("#1f8f6a", "#e4f6ef", "✦"),
    LaneKind.MOMENTS_OF_TRUTH: KindStyle("#b8860b", "#fdf6dc", "★"),
    LaneKind.QUOTES: KindStyle("#5b6b7f", "#f3f5f8", "❝"),
    LaneKind.CTA: KindStyle("#d1603d", "#fdeee8", "➤"),
    LaneKind.METRICS: KindStyle("#3659a8", "#ebf0fa", "▮"),
    LaneKind.BACKSTAGE: KindStyle("#6b7280", "#f1f2f4", "⚙"),
    LaneKind.IMAGES: KindStyle("#8a6d3b", "#f6f1e7", "▣"),
    LaneKind.NOTES: KindStyle("#b59a1a", "#fff8d6", "✎"),
}


@dataclass(frozen=True)
class MapPalette:
    """Every colour the map itself is drawn with (cards, lanes, headers, badges, curves, charts).

    One value per theme: the canvas paints with the palette of the app's theme, exports always
    with ``LIGHT_MAP`` (the print look). Painters read the palette in effect with ``palette()``.
    """

    name: str
    paper: QColor  # the map's background
    ink: QColor  # text on paper, cards and headers
    muted_ink: QColor  # secondary text: subtitles, placeholders, chips, attributions
    grid_line: QColor  # hairlines: title block rule, persona quote divider
    lane_band: tuple[QColor, QColor]  # alternating lane rows
    lane_header_bg: QColor
    selection: QColor
    kind_styles: dict[LaneKind, KindStyle]
    surface: QColor  # chips and badges that sit on the map (persona strip, funnel labels)
    outline: QColor  # their thin border
    card_edge: QColor  # a card's hairline outline (translucent)
    card_shadow: QColor
    halo: QColor  # drawn under curves and labels so crossing lines stay apart
    dim: QColor  # laid over cards faded by the persona highlight
    good: QColor  # a met target, a positive emotion score
    bad: QColor  # a missed target, a negative score, the funnel's biggest drop
    funnel_ink: QColor
    metric_chip_fill: QColor
    metric_chip_ink: QColor
    axis_zero: QColor  # the emotion scale's 0 line
    axis_line: QColor  # its other lines
    route_neutral: QColor  # a route drawn for no persona

    def kind(self, kind: LaneKind | str) -> KindStyle:
        """The style of a lane kind (notes for an unknown one)."""
        try:
            return self.kind_styles[LaneKind(kind)]
        except ValueError:
            return self.kind_styles[LaneKind.NOTES]

    def graphic(self, colour: QColor) -> QColor:
        """A user's colour (a persona's) as a line or mark that stands out from both lane bands (3:1)."""
        return ensure_contrast(colour, self.lane_band, GRAPHIC_AA)

    def readable(self, colour: QColor) -> QColor:
        """A user's colour as text that reads on both lane bands (4.5:1)."""
        return ensure_contrast(colour, self.lane_band, TEXT_AA)


LIGHT_MAP = MapPalette(
    name="light",
    paper=QColor("#ffffff"),
    ink=QColor("#1f2933"),
    muted_ink=QColor("#52606d"),
    grid_line=QColor("#e4e7eb"),
    lane_band=(QColor("#f7f9fb"), QColor("#ffffff")),
    lane_header_bg=QColor("#eef1f5"),
    selection=QColor("#2563eb"),
    kind_styles=LIGHT_KIND_STYLES,
    surface=QColor("#ffffff"),
    outline=QColor("#d5dbe3"),
    card_edge=QColor(0, 0, 0, 30),
    card_shadow=QColor(15, 23, 42, 28),
    halo=QColor(255, 255, 255, 230),
    dim=QColor(255, 255, 255, 170),
    good=QColor("#2d7e56"),  # 4.5:1 on the darker lane band too
    bad=QColor("#c53030"),
    funnel_ink=QColor("#3d4b5c"),
    metric_chip_fill=QColor("#e8eef7"),
    metric_chip_ink=QColor("#27476e"),
    axis_zero=QColor("#7f8a96"),  # 3:1 (WCAG non-text) on both bands
    axis_line=QColor("#e6eaef"),
    route_neutral=QColor("#475569"),
)

_DARK_CARD = QColor("#1d232b")


def _dark_kind(style: KindStyle) -> KindStyle:
    # The same hue family as print: a dark card tinted with the kind's accent, and the accent
    # lifted toward white so bars, glyphs and chips show on it.
    accent = QColor(style.accent)
    return KindStyle(
        mix(accent, QColor("#ffffff"), 0.3).name(), mix(_DARK_CARD, accent, 0.2).name(), style.symbol
    )


# Slate like the dark chrome (ui/theme.py), a step darker, so the map reads as the page in front.
DARK_MAP = MapPalette(
    name="dark",
    paper=QColor("#12171d"),
    ink=QColor("#e8ecf1"),
    muted_ink=QColor("#b4bec9"),
    grid_line=QColor("#2e3742"),
    lane_band=(QColor("#171d24"), QColor("#12171d")),
    lane_header_bg=QColor("#232b35"),
    selection=QColor("#6d9bff"),
    kind_styles={kind: _dark_kind(style) for kind, style in LIGHT_KIND_STYLES.items()},
    surface=QColor("#1f262f"),
    outline=QColor("#3a4552"),
    card_edge=QColor(255, 255, 255, 38),
    card_shadow=QColor(0, 0, 0, 90),
    halo=QColor(18, 23, 29, 230),
    dim=QColor(18, 23, 29, 170),
    good=QColor("#5fcf8f"),
    bad=QColor("#ff8a80"),
    funnel_ink=QColor("#c9d2dc"),
    metric_chip_fill=QColor("#22334a"),
    metric_chip_ink=QColor("#bcd3f2"),
    axis_zero=QColor("#66727f"),
    axis_line=QColor("#28313b"),
    route_neutral=QColor("#a3b1c2"),
)

MAP_PALETTES = {"light": LIGHT_MAP, "dark": DARK_MAP}

# The palette painters use right now. A view repaint and a scene render put their scene's palette
# in effect for their duration (JourneyView.paintEvent, JourneyScene.render), an export LIGHT_MAP
# (export/render.py): painting is single-threaded and one scene draws at a time, so the card, lane
# and chart painters (plain functions shared by screen and export) need not pass it through every call.
_current: MapPalette = LIGHT_MAP


def palette() -> MapPalette:
    """The map palette in effect for what is being painted now."""
    return _current


@contextmanager
def painting_with(map_palette: MapPalette) -> Iterator[None]:
    """Painters use MAP_PALETTE inside the block, and the palette before it again after."""
    global _current
    previous, _current = _current, map_palette
    try:
        yield
    finally:
        _current = previous


def kind_style(kind: LaneKind | str) -> KindStyle:
    """The style of a lane kind in the palette in effect (notes for an unknown one)."""
    return _current.kind(kind)


def font(pixel_size: int, bold: bool = False, italic: bool = False) -> QFont:
    """A map font at a pixel size, so the map measures the same on every screen and in exports."""
    # A copy of the one made per size and style: a first paint asks for some 200 fonts, and copying
    # (shared data) costs a quarter of setting one up. The caller may change its copy.
    return QFont(_font(pixel_size, bold, italic))


@functools.cache
def _font(pixel_size: int, bold: bool, italic: bool) -> QFont:
    """The map font of one size and style, made once."""
    f = QFont(FONT_FAMILY)
    f.setPixelSize(pixel_size)
    f.setBold(bold)
    f.setItalic(italic)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # same metrics at every zoom
    # No "fi"/"fl" ligatures: in a PDF they become single glyphs, so copied or searched text
    # would read "ﬁ" instead of "fi".
    f.setFeature(QFont.Tag("liga"), 0)
    return f


CARD_FONT_PX = 13


@dataclass(frozen=True)
class Theme:
    """Colours a scene paints its surroundings with; painters may ask ``scene.theme`` for them."""

    name: str
    paper: QColor  # the map's own background
    surround: QColor  # around the map, where a view shows more than the map
    lane_band: tuple[QColor, QColor]  # alternating lane rows
    column_tint: float  # opacity of each stage's colour over its column
    card_outline: QColor
    card_outline_width: float  # 0 = leave the card's own outline alone
    dim: QColor  # laid over what is out of focus


# For a wall screen: projectors wash out pale tints, so rows alternate more strongly, cards get a
# firm dark edge and the map sits on near-black, which also hides the projector's grey "black".
PROJECTOR_THEME = Theme(
    "projector",
    LIGHT_MAP.paper,
    QColor("#0b0f14"),
    (QColor("#ffffff"), QColor("#e6ebf1")),
    0.07,
    QColor("#1f2933"),
    1.6,
    QColor(11, 15, 20, 165),
)
