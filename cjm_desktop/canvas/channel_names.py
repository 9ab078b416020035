"""How a map's channels read and look: built-in names (translated), user names, icon keys."""

from __future__ import annotations

from collections.abc import Sequence

from cjm_desktop.i18n import tr, tr_noop
from cjm_desktop.model import Journey
from cjm_desktop.model.channels import Channel, name_from_id

# Built-in channel ids and their names (marked for extraction; tr() is called when shown).
BUILTIN_LABELS: dict[str, str] = {
    "web": tr_noop("channel", "Web"),
    "mobile_app": tr_noop("channel", "Mobile app"),
    "email": tr_noop("channel", "E-mail"),
    "phone": tr_noop("channel", "Phone / call centre"),
    "store": tr_noop("channel", "Store"),
    "social": tr_noop("channel", "Social network"),
    "messaging": tr_noop("channel", "Messaging / chat"),
    "courier": tr_noop("channel", "Courier / delivery"),
    "partner": tr_noop("channel", "Partner"),
    "other": tr_noop("channel", "Other"),
    "search_engine": tr_noop("channel", "Search engine"),
    "ads": tr_noop("channel", "Ads / retargeting"),
    "push_notification": tr_noop("channel", "Push notification"),
    "chatbot": tr_noop("channel", "Chatbot"),
    "review_site": tr_noop("channel", "Review site"),
    "product_configurator": tr_noop("channel", "Product configurator"),
    "callback_request": tr_noop("channel", "Call-back request"),
}


def channel_display_name(channel: Channel) -> str:
    """The name a channel shows: the user's name, else the translated built-in one."""
    if channel.name:
        return channel.name
    if channel.id in BUILTIN_LABELS:
        return tr("channel", BUILTIN_LABELS[channel.id])
    return name_from_id(channel.id)


def _find(channels: Sequence[Channel], channel_id: str) -> Channel | None:
    return next((c for c in channels if c.id == channel_id), None)


def channel_label(channels: Sequence[Channel], channel_id: str) -> str:
    """The shown name of a channel id among a map's channels (a value the map lacks still reads as words)."""
    channel = _find(channels, channel_id)
    return channel_display_name(channel if channel is not None else Channel(channel_id))


def channel_icon_key(channels: Sequence[Channel], channel_id: str) -> str:
    """The icon key a channel id draws with among a map's channels."""
    channel = _find(channels, channel_id)
    if channel is not None:
        return channel.icon
    return channel_id if channel_id in BUILTIN_LABELS else "other"


def journey_channel_label(journey: Journey, channel_id: str) -> str:
    """The shown name of a channel id on a map."""
    return channel_label(journey.channels, channel_id)
