"""Map ▸ Channels…: rename, add, re-icon and remove channels with real widgets; the inspector follows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from cjm_desktop.canvas.card_painter import chips_for
from cjm_desktop.io.mapfile.cjm_file import dumps
from cjm_desktop.model import Card, Journey, Lane, LaneKind, Persona, Stage
from cjm_desktop.ui import channels_dialog
from cjm_desktop.ui.channels_dialog import ICON, NAME, ONLINE, USES, ChannelsDialog
from cjm_desktop.ui.main_window import MainWindow
from tests.ui.test_inspector_kinds import choose, click_card, editor


def journey() -> Journey:
    j = Journey(title="Channels")
    j.stages = [Stage("s1", "Find"), Stage("s2", "Buy")]
    j.lanes = [Lane("tp", LaneKind.TOUCHPOINTS, "Touchpoints")]
    j.cards = [
        Card("t1", "tp", "s1", "Search result", channel="search_engine"),
        Card("t2", "tp", "s2", "Call me"),
    ]
    j.personas = [Persona("p1", "Anna", channels=["search_engine"])]
    return j


@pytest.fixture
def window(make_window) -> MainWindow:
    win = make_window(journey(), 1400, 900)
    win.view.zoom_reset()
    return win


def row_of(dialog: ChannelsDialog, channel_id: str) -> int:
    return [c.id for c in dialog.doc.journey.channels].index(channel_id)


def open_dialog(qtbot, window: MainWindow) -> ChannelsDialog:
    window.channels.open_action.trigger()
    dialog = window.channels.dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_menu_opens_the_list_with_the_seventeen_channels(qtbot, window: MainWindow) -> None:
    assert window.channels.open_action in window.map_menu.actions()
    dialog = open_dialog(qtbot, window)
    assert dialog.table.rowCount() == 17
    row = row_of(dialog, "search_engine")
    assert dialog.table.cellWidget(row, NAME).placeholderText() == "Search engine"
    assert dialog.table.cellWidget(row, USES).text() == "2"  # a card and a persona


def test_renaming_by_typing_is_one_undo_step_and_shows_on_the_card_and_in_the_inspector(
    qtbot, window: MainWindow
) -> None:
    dialog = open_dialog(qtbot, window)
    name: QLineEdit = dialog.table.cellWidget(row_of(dialog, "search_engine"), NAME)
    before, index = dumps(window.doc.journey), window.doc.undo_stack.index()
    qtbot.keyClicks(name, "Google")
    assert window.doc.undo_stack.index() == index + 1  # the whole name is one step
    journey = window.doc.journey
    assert journey.channel("search_engine").name == "Google"
    chips = chips_for(journey.card("t1"), LaneKind.TOUCHPOINTS, (), journey.channels)
    assert chips[0].text == "Google"
    click_card(window, "t1")
    combo: QComboBox = editor(window, "channel")
    assert combo.itemText(combo.findData("search_engine")) == "Google"
    window.doc.undo_stack.undo()
    assert dumps(window.doc.journey) == before
    assert name.text() == ""  # the row follows undo: back to the built-in name (placeholder)


def test_a_new_channel_can_be_picked_for_a_card(qtbot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    row = dialog.table.currentRow()
    qtbot.keyClicks(dialog.table.cellWidget(row, NAME), "Trade fair")
    choose(qtbot, dialog.table.cellWidget(row, ICON), "partner")
    choose(qtbot, dialog.table.cellWidget(row, ONLINE), False)
    channel = window.doc.journey.channels[-1]
    assert (channel.name, channel.icon, channel.online) == ("Trade fair", "partner", False)
    assert window.doc.undo_stack.count() == 4  # add, name, icon, online default
    click_card(window, "t2")
    choose(qtbot, editor(window, "channel"), channel.id)
    card = window.doc.journey.card("t2")
    assert card.channel == channel.id and card.online is False  # the channel's default came along


def test_removing_a_used_channel_asks_and_clears_it(qtbot, window: MainWindow, monkeypatch) -> None:
    asked: list[int] = []
    monkeypatch.setattr(channels_dialog, "confirm_removal", lambda _p, _n, uses: asked.append(uses) or True)
    dialog = open_dialog(qtbot, window)
    dialog.select("search_engine")
    before = dumps(window.doc.journey)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert asked == [2]
    journey = window.doc.journey
    assert journey.channel("search_engine") is None and journey.card("t1").channel is None
    assert journey.personas[0].channels == [] and dialog.table.rowCount() == 16
    window.doc.undo_stack.undo()
    assert dumps(window.doc.journey) == before and dialog.table.rowCount() == 17
