"""Help: the user guide (resources/help/[LANG/]user-guide.md) and the About box; the shortcut sheet is ui/shortcut_sheet.py."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from cjm_desktop import __version__
from cjm_desktop.i18n import tr
from cjm_desktop.paths import notices_path, user_guide_path
from cjm_desktop.ui.app_icon import app_icon

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow


class TextDialog(QDialog):
    """A resizable window showing a page of rich text or Markdown."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.header = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(680, 560)


def user_guide(window: MainWindow) -> TextDialog:
    """The user guide in the interface language (English where it has none), rendered from its Markdown."""
    dialog = TextDialog(tr("Help", "User guide"), window)
    try:
        text = user_guide_path().read_text(encoding="utf-8")
    except OSError as error:
        text = tr("Help", "The user guide could not be read: %s") % error
    dialog.browser.setMarkdown(text)
    return dialog


def about_dialog(parent: QWidget | None = None) -> TextDialog:
    """About: icon, version, licence and the third-party notices."""
    dialog = TextDialog(tr("Help", "About cjm-desktop"), parent)
    logo = QLabel()
    logo.setPixmap(app_icon().pixmap(64, 64))
    title = QLabel(
        "<b style='font-size:16px'>cjm-desktop {}</b><br>{}<br>{}".format(
            html.escape(__version__),
            html.escape(tr("Help", "An offline editor for customer journey maps.")),
            html.escape(tr("Help", "Free software under the MIT licence. It uses the components below.")),
        )
    )
    title.setTextFormat(Qt.TextFormat.RichText)
    dialog.header.addWidget(logo)
    dialog.header.addWidget(title)
    try:
        dialog.browser.setMarkdown(notices_path().read_text(encoding="utf-8"))
    except OSError as error:
        dialog.browser.setPlainText(str(error))
    return dialog
