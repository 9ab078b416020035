"""Edits of the map's channel list: each one undo step that restores the serialized map exactly."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cjm_desktop.canvas.card_painter import chips_for
from cjm_desktop.canvas.channel_names import channel_label
from cjm_desktop.document import JourneyDocument, channel_edits
from cjm_desktop.io.mapfile.cjm_file import dumps, loads
from cjm_desktop.model import Card, Journey, Lane, LaneKind, Persona, Stage


@pytest.fixture
def doc(qapp) -> JourneyDocument:
    journey = Journey(
        stages=[Stage("s1", "Choose"), Stage("s2", "Buy")],
        lanes=[Lane("tp", LaneKind.TOUCHPOINTS, "Touchpoints")],
        cards=[
            Card("c1", "tp", "s1", "Compare prices", channel="search_engine", online=True),
            Card("c2", "tp", "s2", "Pick a sofa colour", channel="product_configurator"),
            Card("c3", "tp", "s2", "Ask for a call", channel="callback_request"),
        ],
        personas=[Persona("p1", "Anna", channels=["chatbot", "search_engine"])],
    )
    return JourneyDocument(journey)


def one_undo_step(doc: JourneyDocument, edit: Callable[[], object]) -> bytes:
    """Run an edit: exactly one undo step; undo restores the map byte for byte, redo replays it."""
    before, index = dumps(doc.journey), doc.undo_stack.index()
    edit()
    assert doc.undo_stack.index() == index + 1
    after = dumps(doc.journey)
    assert after != before
    doc.undo_stack.undo()
    assert dumps(doc.journey) == before
    doc.undo_stack.redo()
    assert dumps(doc.journey) == after
    return after


def test_add_a_channel_and_save_it(doc: JourneyDocument) -> None:
    saved = one_undo_step(doc, lambda: channel_edits.add_channel(doc, "Trade fair", "partner", False))
    channel = loads(saved).channels[-1]
    assert (channel.name, channel.icon, channel.online) == ("Trade fair", "partner", False)
    assert channel.id.startswith("channel")


def test_typing_a_name_is_one_step_and_the_card_chip_shows_it(doc: JourneyDocument) -> None:
    def type_name() -> None:
        for k in range(1, len("Google") + 1):
            channel_edits.edit_channel(doc, "search_engine", {"name": "Google"[:k]}, merge=True)

    one_undo_step(doc, type_name)
    journey = doc.journey
    chips = chips_for(journey.card("c1"), LaneKind.TOUCHPOINTS, (), journey.channels)
    assert chips[0].text.startswith("Google") and chips[0].icon == "search_engine"


def test_icon_and_online_default(doc: JourneyDocument) -> None:
    one_undo_step(
        doc, lambda: channel_edits.edit_channel(doc, "chatbot", {"icon": "messaging", "online": None})
    )
    assert doc.journey.channel("chatbot").icon == "messaging"
    with pytest.raises(ValueError, match="no field 'id'"):
        channel_edits.edit_channel(doc, "chatbot", {"id": "bot"})


def test_move_a_channel(doc: JourneyDocument) -> None:
    one_undo_step(doc, lambda: channel_edits.move_channel(doc, "callback_request", 0))
    assert doc.journey.channels[0].id == "callback_request"


def test_removing_a_used_channel_clears_it_from_cards_and_personas_in_one_step(doc: JourneyDocument) -> None:
    assert channel_edits.channel_uses(doc, "search_engine") == 2
    saved = loads(one_undo_step(doc, lambda: channel_edits.remove_channels(doc, ["search_engine"])))
    assert saved.channel("search_engine") is None
    assert saved.card("c1").channel is None and saved.card("c1").online is True  # only the channel goes
    assert saved.personas[0].channels == ["chatbot"]


def test_new_channels_read_as_names_never_raw_ids(doc: JourneyDocument) -> None:
    channels = doc.journey.channels
    assert channel_label(channels, "product_configurator") == "Product configurator"
    assert channel_label(channels, "callback_request") == "Call-back request"
    assert channel_label(channels, "ads") == "Ads / retargeting"
    assert channel_label(channels, "some_new_thing") == "Some new thing"  # not on the map: still words
