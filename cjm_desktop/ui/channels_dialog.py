"""Map ▸ Channels…: the map's own channel list (name, icon, online default), every edit undoable."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.canvas.channel_icons import ICON_KEYS, channel_icon
from cjm_desktop.canvas.channel_names import BUILTIN_LABELS, channel_display_name
from cjm_desktop.document import channel_edits
from cjm_desktop.document.document import JourneyDocument
from cjm_desktop.i18n import tr

ONLINE_CHOICES = ((None, "—"), (True, "Online"), (False, "Offline"))
NAME, ICON, ONLINE, USES = range(4)


def confirm_removal(parent: QWidget, names: str, uses: int) -> bool:
    """Ask before removing a channel cards or personas use (a seam tests replace)."""
    answer = QMessageBox.question(
        parent,
        tr("ChannelsDialog", "Remove channel"),
        tr(
            "ChannelsDialog",
            "%1 is used by %n cards or personas; they will have no channel. Remove it?",
            None,
            uses,
        ).replace("%1", names),
    )
    return answer == QMessageBox.StandardButton.Yes


class ChannelsDialog(QDialog):
    """A table of the map's channels; it mirrors the document and edits it through channel_edits."""

    def __init__(self, doc: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(tr("ChannelsDialog", "Channels of this map"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                tr("ChannelsDialog", "Name"),
                tr("ChannelsDialog", "Icon"),
                tr("ChannelsDialog", "Default"),
                tr("ChannelsDialog", "Used by"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.add_button = QPushButton(tr("ChannelsDialog", "&Add channel"))
        self.remove_button = QPushButton(tr("ChannelsDialog", "&Remove"))
        self.up_button = QPushButton(tr("ChannelsDialog", "Move &up"))
        self.down_button = QPushButton(tr("ChannelsDialog", "Move &down"))
        self.add_button.clicked.connect(lambda _c=False: self.add_channel())
        self.remove_button.clicked.connect(lambda _c=False: self.remove_current())
        self.up_button.clicked.connect(lambda _c=False: self.move_current(-1))
        self.down_button.clicked.connect(lambda _c=False: self.move_current(+1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        hint = QLabel(
            tr("ChannelsDialog", "Touchpoint cards and personas pick their channels from this list.")
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(620, 480)
        doc.reset.connect(self.rebuild)
        doc.collection_changed.connect(self._on_collection_changed)
        doc.item_changed.connect(self._on_item_changed)
        self.rebuild()

    # ---- mirroring the model -------------------------------------------------------------------
    def rebuild(self) -> None:
        """One row per channel, in the map's order."""
        current = self.current_id()
        channels = self.doc.journey.channels
        self.table.setRowCount(len(channels))
        for row, channel in enumerate(channels):
            name = QLineEdit()
            name.setPlaceholderText(tr("channel", BUILTIN_LABELS.get(channel.id, "")))
            name.textEdited.connect(lambda text, cid=channel.id: self._rename(cid, text))
            icon = QComboBox()
            for key in ICON_KEYS:
                icon.addItem(channel_icon(key), tr("channel", BUILTIN_LABELS[key]), key)
            icon.activated.connect(
                lambda _i, cid=channel.id, w=icon: self._edit(cid, {"icon": w.currentData()})
            )
            online = QComboBox()
            for value, label in ONLINE_CHOICES:
                online.addItem(tr("ChannelsDialog", label), value)
            online.activated.connect(
                lambda _i, cid=channel.id, w=online: self._edit(cid, {"online": w.currentData()})
            )
            uses = QLabel()
            for column, widget in ((NAME, name), (ICON, icon), (ONLINE, online), (USES, uses)):
                self.table.setCellWidget(row, column, widget)
            self._fill_row(row)
        if current is not None:
            self.select(current)
        self._update_buttons()

    def _fill_row(self, row: int) -> None:
        channel = self.doc.journey.channels[row]
        name: QLineEdit = self.table.cellWidget(row, NAME)
        shown = (
            channel.name if channel.name or channel.id in BUILTIN_LABELS else channel_display_name(channel)
        )
        if name.text() != shown:
            name.setText(shown)  # a built-in channel shows its translated name as placeholder instead
        icon: QComboBox = self.table.cellWidget(row, ICON)
        icon.setCurrentIndex(max(0, icon.findData(channel.icon)))
        online: QComboBox = self.table.cellWidget(row, ONLINE)
        online.setCurrentIndex(max(0, online.findData(channel.online)))
        uses: QLabel = self.table.cellWidget(row, USES)
        uses.setText(str(channel_edits.channel_uses(self.doc, channel.id)))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.rebuild()
        super().showEvent(event)

    def _on_collection_changed(self, name: str) -> None:
        if name == "channels" or (name in ("cards", "personas") and self.isVisible()):
            self.rebuild()

    def _on_item_changed(self, collection: str, item_id: str) -> None:
        if collection in ("cards", "personas"):
            if self.isVisible():  # only the use counts changed; a hidden dialog catches up on show
                for row in range(self.table.rowCount()):
                    self._fill_row(row)
        elif collection == "channels":
            for row, channel in enumerate(self.doc.journey.channels):
                if channel.id == item_id and self.table.cellWidget(row, NAME) is not None:
                    self._fill_row(row)

    # ---- selection -----------------------------------------------------------------------------
    def current_id(self) -> str | None:
        """The id of the channel whose row is selected."""
        row = self.table.currentRow()
        channels = self.doc.journey.channels
        return channels[row].id if 0 <= row < len(channels) else None

    def select(self, channel_id: str) -> None:
        """Select a channel's row."""
        for row, channel in enumerate(self.doc.journey.channels):
            if channel.id == channel_id:
                self.table.setCurrentCell(row, NAME)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.table.currentRow(), self.table.rowCount()
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(0 < row < count)
        self.down_button.setEnabled(0 <= row < count - 1)

    # ---- edits ---------------------------------------------------------------------------------
    def _rename(self, channel_id: str, text: str) -> None:
        channel_edits.edit_channel(self.doc, channel_id, {"name": text}, merge=True)

    def _edit(self, channel_id: str, values: dict) -> None:
        channel_edits.edit_channel(self.doc, channel_id, values)

    def add_channel(self) -> None:
        """Add a channel at the end, select it and put the cursor in its name."""
        channel = channel_edits.add_channel(self.doc, tr("ChannelsDialog", "New channel"))
        self.select(channel.id)
        row = self.table.currentRow()
        editor: QLineEdit = self.table.cellWidget(row, NAME)
        editor.setFocus()
        editor.selectAll()

    def remove_current(self) -> None:
        """Remove the selected channel, asking first when cards or personas use it."""
        channel_id = self.current_id()
        if channel_id is None:
            return
        uses = channel_edits.channel_uses(self.doc, channel_id)
        channel = self.doc.journey.channel(channel_id)
        if uses and not confirm_removal(self, channel_display_name(channel), uses):
            return
        channel_edits.remove_channels(self.doc, [channel_id])

    def move_current(self, step: int) -> None:
        """Move the selected channel up or down the list."""
        channel_id = self.current_id()
        if channel_id is None:
            return
        channel_edits.move_channel(self.doc, channel_id, self.table.currentRow() + step)
        self.select(channel_id)
