"""Cards on the clipboard: the .cjm serializer under a private MIME type, validated on paste."""

from __future__ import annotations

import json

import pytest

from cjm_desktop.io.mapfile.cjm_format import FORMAT_VERSION, FormatError
from cjm_desktop.io.mapfile.clipboard_format import (
    CARDS_MIME,
    cards_from_bytes,
    cards_to_bytes,
    cards_to_text,
)
from cjm_desktop.model import Card


def sample_cards() -> list[Card]:
    return [
        Card(
            "c1", "l1", "s1", "Fees at checkout 💸", color="#c0564b", tags=["money", "checkout"], severity=3
        ),
        Card(
            "c2",
            "l1",
            "s2",
            "Quote\nwith two lines",
            author="P3",
            source="interview",
            persona_ids=["p1"],
            votes=2,
        ),
    ]


def test_mime_type_is_private() -> None:
    assert CARDS_MIME.startswith("application/x-cjm")


def test_round_trip_keeps_every_field() -> None:
    cards = sample_cards()
    assert cards_from_bytes(cards_to_bytes(cards)) == cards


def test_payload_is_versioned_utf8_json() -> None:
    payload = json.loads(cards_to_bytes(sample_cards()).decode("utf-8"))
    assert payload["format_version"] == FORMAT_VERSION
    assert [c["id"] for c in payload["cards"]] == ["c1", "c2"]
    assert "💸" in cards_to_bytes(sample_cards()).decode("utf-8")


def test_accepts_qbytearray_like_memoryview() -> None:
    data = memoryview(cards_to_bytes(sample_cards()))
    assert [c.text for c in cards_from_bytes(data)] == ["Fees at checkout 💸", "Quote\nwith two lines"]


def test_plain_text_for_other_programs() -> None:
    assert cards_to_text(sample_cards()) == "Fees at checkout 💸\n\nQuote\nwith two lines"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\xff\xfe\x00garbage",
        b"not json",
        b"[1, 2, 3]",
        b'{"cards": []}',  # no version
        b'{"format_version": "1", "cards": []}',
        b'{"format_version": 1, "cards": [{"id": "c"}]}',  # missing lane/stage
        b'{"format_version": 1, "cards": [{"id": "c", "lane_id": "l", "stage_id": "s", "text": 5}]}',
        b'{"format_version": 1, "cards": "nope"}',
        b"[" * 50000,
    ],
)
def test_malformed_clipboard_raises_format_error(data: bytes) -> None:
    with pytest.raises(FormatError):
        cards_from_bytes(data)


def test_cards_from_a_newer_version_are_refused() -> None:
    data = json.dumps({"format_version": FORMAT_VERSION + 1, "cards": []}).encode()
    with pytest.raises(FormatError, match="newer"):
        cards_from_bytes(data)


def test_unknown_fields_are_ignored() -> None:
    payload = json.loads(cards_to_bytes(sample_cards()))
    payload["cards"][0]["sparkle"] = True
    assert cards_from_bytes(json.dumps(payload).encode()) == sample_cards()
