"""The map's own channel list: what a touchpoint card can name as its channel.

A map carries its channels (format version 3). A channel whose ``name`` is empty is one of the
built-in ones and shows its translated built-in label, so a map made in English reads in Finnish
on a Finnish desktop; a name typed by the user is shown as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Channel:
    """A channel a touchpoint happens in: its stable id, shown name, icon and online default."""

    id: str
    name: str = ""  # "" = the built-in label of ``id`` (translated when shown)
    icon: str = "other"  # a key of the bundled vector icon set (canvas/channel_icons.py)
    online: bool | None = None  # what a new touchpoint in this channel defaults to


# (id, icon, online default) of the channels every new map starts with, in menu order.
DEFAULT_CHANNELS: tuple[tuple[str, str, bool | None], ...] = (
    ("web", "web", True),
    ("mobile_app", "mobile_app", True),
    ("email", "email", True),
    ("phone", "phone", False),
    ("store", "store", False),
    ("social", "social", True),
    ("messaging", "messaging", True),
    ("courier", "courier", False),
    ("partner", "partner", None),
    ("other", "other", None),
    ("search_engine", "search_engine", True),
    ("ads", "ads", True),
    ("push_notification", "push_notification", True),
    ("chatbot", "chatbot", True),
    ("review_site", "review_site", True),
    ("product_configurator", "product_configurator", True),
    ("callback_request", "callback_request", False),
)
BUILTIN_CHANNEL_IDS = frozenset(channel_id for channel_id, _, _ in DEFAULT_CHANNELS)


def default_channels() -> list[Channel]:
    """A fresh copy of the channels a new map starts with."""
    return [Channel(channel_id, "", icon, online) for channel_id, icon, online in DEFAULT_CHANNELS]


def name_from_id(raw: str) -> str:
    """A readable name for a channel id nobody named ("review_site" -> "Review site")."""
    words = re.sub(r"[_\-\s]+", " ", raw).strip()
    return words[:1].upper() + words[1:] if words else raw


def channel_for_unknown(raw: str) -> Channel:
    """A map channel for a value found in an old file that is not a built-in channel."""
    return Channel(id=raw, name=name_from_id(raw), icon="other", online=None)
