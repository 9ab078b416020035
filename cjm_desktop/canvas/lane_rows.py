"""Registry of drawn lanes: rows painted across all stages instead of holding cards.

The scene creates one item per lane of a registered kind, reserves ``reserved_height()`` at the
top of its row and keeps it in place. Each drawn lane lives in its own module.
"""

from cjm_desktop.canvas.emotion_row import EmotionRowItem
from cjm_desktop.canvas.lane_row_base import LaneRowItem
from cjm_desktop.canvas.metrics_row import MetricsRowItem
from cjm_desktop.model import LaneKind

DRAWN_LANES: dict[LaneKind, type[LaneRowItem]] = {
    LaneKind.EMOTIONS: EmotionRowItem,
    LaneKind.METRICS: MetricsRowItem,
}

__all__ = ["DRAWN_LANES", "LaneRowItem"]
