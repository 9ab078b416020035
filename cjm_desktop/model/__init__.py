"""The journey map model: pure Python dataclasses, no Qt."""

from cjm_desktop.model.channels import Channel
from cjm_desktop.model.evidence import Evidence, EvidenceKind, EvidenceLevel
from cjm_desktop.model.ids import new_id
from cjm_desktop.model.journey import (
    CHANNELS,
    OPPORTUNITY_STATUSES,
    QUOTE_SOURCES,
    STAGE_COLORS,
    Card,
    EmotionPoint,
    Journey,
    Lane,
    LaneKind,
    Metric,
    MetricSource,
    MetricValue,
    Persona,
    Route,
    Stage,
    VotingSettings,
)
from cjm_desktop.model.snapshot import Snapshot

__all__ = [
    "CHANNELS",
    "OPPORTUNITY_STATUSES",
    "QUOTE_SOURCES",
    "STAGE_COLORS",
    "Card",
    "Channel",
    "EmotionPoint",
    "Evidence",
    "EvidenceKind",
    "EvidenceLevel",
    "Journey",
    "Lane",
    "LaneKind",
    "Metric",
    "MetricSource",
    "MetricValue",
    "Persona",
    "Route",
    "Snapshot",
    "Stage",
    "VotingSettings",
    "new_id",
]
