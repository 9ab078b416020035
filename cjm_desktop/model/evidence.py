"""What backs a card: evidence items (files, web addresses, free references) and an evidence level.

Pure data (format version 5). A card's ``evidence`` list is replaced as a whole by every edit, so
an item is immutable and one edit is one undo step; opening an item is decided in
io/mapfile/evidence_targets.py and done by the GUI only on an explicit click.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cjm_desktop.i18n import tr, tr_noop


class EvidenceKind(StrEnum):
    """What an evidence item points to."""

    FILE = "file"  # a path, relative to the map's folder when it was inside it
    URL = "url"  # a web address
    REFERENCE = "reference"  # free text: "interview 12, 03:14"; nothing to open


class EvidenceLevel(StrEnum):
    """How well a card is backed; the empty value means the team has not said."""

    NONE = ""
    ASSUMPTION = "assumption"
    ANECDOTAL = "anecdotal"
    DATA = "data"


EVIDENCE_LEVELS: tuple[str, ...] = tuple(level.value for level in EvidenceLevel)
EVIDENCE_KINDS: tuple[str, ...] = tuple(kind.value for kind in EvidenceKind)


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence behind a card: its kind, where it is (or what it says) and a label."""

    kind: str
    target: str
    label: str = ""

    def shown(self) -> str:
        """The text a list shows: the label when there is one, else the target."""
        return self.label or self.target


# What people read for each level and kind (translated when shown).
LEVEL_LABELS: dict[str, str] = {
    EvidenceLevel.NONE: tr_noop("Evidence", "Not set"),
    EvidenceLevel.ASSUMPTION: tr_noop("Evidence", "Assumption"),
    EvidenceLevel.ANECDOTAL: tr_noop("Evidence", "Anecdotal"),
    EvidenceLevel.DATA: tr_noop("Evidence", "Backed by data"),
}
KIND_LABELS: dict[str, str] = {
    EvidenceKind.FILE: tr_noop("Evidence", "File"),
    EvidenceKind.URL: tr_noop("Evidence", "Web address"),
    EvidenceKind.REFERENCE: tr_noop("Evidence", "Reference"),
}


def level_label(level: str) -> str:
    """The translated name of an evidence level (an unknown value reads as not set)."""
    return tr("Evidence", LEVEL_LABELS.get(level, LEVEL_LABELS[EvidenceLevel.NONE]))


def kind_label(kind: str) -> str:
    """The translated name of an evidence kind."""
    return tr("Evidence", KIND_LABELS.get(kind, KIND_LABELS[EvidenceKind.REFERENCE]))
