"""Map ▸ Channels… in one window: the action; the dialog (ui/channels_dialog.py) loads on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from cjm_desktop.i18n import tr

if TYPE_CHECKING:
    from cjm_desktop.ui.channels_dialog import ChannelsDialog
    from cjm_desktop.ui.main_window import MainWindow


class ChannelActions(QObject):
    """Map ▸ Channels… of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ChannelsDialog | None = None
        self.open_action = QAction(tr("ChannelActions", "&Channels…"), window)
        self.open_action.setStatusTip(
            tr("ChannelActions", "Name the channels of this map, their icons and defaults")
        )
        self.open_action.triggered.connect(lambda _c=False: self.show_dialog())
        window.map_menu.addAction(self.open_action)

    def show_dialog(self) -> ChannelsDialog:
        """Open (or raise) the channel list of this window's map."""
        if self.dialog is None:
            # Imported here: the dialog's table, combo boxes and buttons are no part of the start.
            from cjm_desktop.ui.channels_dialog import ChannelsDialog

            self.dialog = ChannelsDialog(self.window.doc, self.window)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog
