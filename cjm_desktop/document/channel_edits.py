"""Edits of the map's channel list, each pushed as one undo step.

Removing a channel cards or personas use clears it from them in the same step, so no card is
left naming a channel the map no longer has.
"""

from __future__ import annotations

from typing import Any

from cjm_desktop.document.commands import (
    InsertItemsCommand,
    MoveItemCommand,
    RemoveItemsCommand,
    SetFieldsCommand,
)
from cjm_desktop.document.document import JourneyDocument
from cjm_desktop.document.edits import set_fields
from cjm_desktop.i18n import tr
from cjm_desktop.model import Channel, new_id

CHANNEL_FIELDS = frozenset({"name", "icon", "online"})


def add_channel(
    doc: JourneyDocument, name: str, icon: str = "other", online: bool | None = None, index: int | None = None
) -> Channel:
    """Add a channel of the map (at the end by default) and return it."""
    channels = doc.journey.channels
    index = len(channels) if index is None else max(0, min(index, len(channels)))
    channel = Channel(id=new_id("channel"), name=name, icon=icon, online=online)
    doc.push(InsertItemsCommand(doc, "channels", [(index, channel)], tr("edits", "Add channel")))
    return channel


def edit_channel(doc: JourneyDocument, channel_id: str, values: dict[str, Any], merge: bool = False) -> None:
    """Rename a channel, change its icon or its online default; typing merges into one step."""
    unknown = set(values) - CHANNEL_FIELDS
    if unknown:
        raise ValueError(f"a channel has no field {sorted(unknown)[0]!r}")
    set_fields(doc, "channels", channel_id, values, tr("edits", "Edit channel"), merge)


def move_channel(doc: JourneyDocument, channel_id: str, new_index: int) -> None:
    """Move a channel to another place in the menu order."""
    count = len(doc.journey.channels)
    doc.push(
        MoveItemCommand(
            doc, "channels", channel_id, max(0, min(new_index, count - 1)), tr("edits", "Move channel")
        )
    )


def channel_uses(doc: JourneyDocument, channel_id: str) -> int:
    """How many cards and personas name a channel (what a removal would clear)."""
    journey = doc.journey
    return sum(1 for c in journey.cards if c.channel == channel_id) + sum(
        1 for p in journey.personas if channel_id in p.channels
    )


def remove_channels(doc: JourneyDocument, channel_ids: list[str]) -> None:
    """Remove channels and clear them from every card and persona, as one undo step."""
    gone = set(channel_ids)
    if not gone:
        return
    journey = doc.journey
    with doc.macro(tr("edits", "Remove %n channels", None, len(gone))):
        for card in journey.cards:
            if card.channel in gone:
                doc.push(SetFieldsCommand(doc, "cards", card.id, {"channel": None}, tr("edits", "Edit card")))
        for persona in journey.personas:
            if gone & set(persona.channels):
                kept = [c for c in persona.channels if c not in gone]
                doc.push(
                    SetFieldsCommand(
                        doc, "personas", persona.id, {"channels": kept}, tr("edits", "Edit persona")
                    )
                )
        doc.push(RemoveItemsCommand(doc, "channels", list(channel_ids), tr("edits", "Remove channel")))
