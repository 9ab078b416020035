"""Colours and fonts of the map, shared by the canvas and every export."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont

from cjm_desktop.model import LaneKind

FONT_FAMILY = "DejaVu Sans"

INK = QColor("#1f2933")
MUTED_INK = QColor("#52606d")
GRID_LINE = QColor("#e4e7eb")
LANE_BAND = (QColor("#f7f9fb"), QColor("#ffffff"))
LANE_HEADER_BG = QColor("#eef1f5")
SELECTION = QColor("#2563eb")
PAPER = QColor("#ffffff")


@dataclass(frozen=True)
class KindStyle:
    """How cards of one lane kind look: an accent colour and a soft fill."""

    accent: str
    fill: str
    symbol: str  # a glyph drawn in the lane header (DejaVu Sans has all of these)


KIND_STYLES: dict[LaneKind, KindStyle] = {
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


def kind_style(kind: LaneKind | str) -> KindStyle:
    """The style of a lane kind (notes for an unknown one)."""
    try:
        return KIND_STYLES[LaneKind(kind)]
    except ValueError:
        return KIND_STYLES[LaneKind.NOTES]


def font(pixel_size: int, bold: bool = False, italic: bool = False) -> QFont:
    """A map font at a pixel size, so the map measures the same on every screen and in exports."""
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
CARD_TEXT_COLOR = INK


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


SCREEN_THEME = Theme(
    "screen", PAPER, QColor("#e9edf2"), LANE_BAND, 0.05, QColor(0, 0, 0, 30), 0.0, QColor(255, 255, 255, 170)
)
# For a wall screen: projectors wash out pale tints, so rows alternate more strongly, cards get a
# firm dark edge and the map sits on near-black, which also hides the projector's grey "black".
PROJECTOR_THEME = Theme(
    "projector",
    PAPER,
    QColor("#0b0f14"),
    (QColor("#ffffff"), QColor("#e6ebf1")),
    0.07,
    QColor("#1f2933"),
    1.6,
    QColor(11, 15, 20, 165),
)
