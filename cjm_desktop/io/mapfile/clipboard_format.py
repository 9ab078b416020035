"""Cards on the clipboard: the .cjm serializer under a private MIME type, validated on paste."""

from __future__ import annotations

import json

from cjm_desktop.i18n import tr
from cjm_desktop.io.mapfile.cjm_format import FORMAT_VERSION, FormatError, card_from_dict, record_to_dict
from cjm_desktop.io.mapfile.schema import validate
from cjm_desktop.model import Card

CARDS_MIME = "application/x-cjm-cards+json"


def cards_to_bytes(cards: list[Card]) -> bytes:
    """Serialize cards for the clipboard."""
    payload = {"format_version": FORMAT_VERSION, "cards": [record_to_dict(c) for c in cards]}
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def cards_from_bytes(data: bytes) -> list[Card]:
    """Read cards from clipboard bytes; anything malformed raises FormatError (never runs code)."""
    try:
        payload = json.loads(bytes(data).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise FormatError(tr("MapFile", "the clipboard does not hold cards")) from error
    if not isinstance(payload, dict) or not isinstance(payload.get("format_version"), int):
        raise FormatError(tr("MapFile", "the clipboard does not hold cards"))
    if payload["format_version"] > FORMAT_VERSION:
        raise FormatError(tr("MapFile", "the cards were copied from a newer cjm-desktop"))
    # The card schema is the file's: validate them as a map holding just these cards.
    validate({"format_version": FORMAT_VERSION, "cards": payload.get("cards", [])})
    return [card_from_dict(d, f"cards[{i}]") for i, d in enumerate(payload.get("cards", []))]


def cards_to_text(cards: list[Card]) -> str:
    """Plain text of cards, for pasting into other programs."""
    return "\n\n".join(card.text for card in cards)
