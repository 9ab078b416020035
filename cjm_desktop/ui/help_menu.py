"""Help: the user guide and the pages it links (resources/help/[LANG/]NAME.md), and the About box.

The shortcut sheet is ui/shortcut_sheet.py.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from cjm_desktop import __version__
from cjm_desktop.i18n import tr
from cjm_desktop.paths import help_page_path, notices_path, user_guide_path
from cjm_desktop.ui.app_icon import app_icon

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow


class HelpBrowser(QTextBrowser):
    """Shows help pages and follows their links between them, in the reader's language where it can."""

    def doSetSource(  # noqa: N802 - Qt's
        self,
        name: QUrl | str,
        /,
        type: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,  # noqa: A002 - Qt's
    ) -> None:
        """Open ``name``; a page missing in the language's folder from the English folder instead."""
        name = QUrl(name) if isinstance(name, str) else name
        # A guide links its pages by bare name (spreadsheet-import.md), found beside it: in the
        # language's folder, else the English page, as the guide itself falls back to English.
        if name.isLocalFile() and not Path(name.toLocalFile()).is_file():
            wanted = Path(name.toLocalFile())
            fallback = help_page_path(wanted.name, wanted.parent.name)
            if not fallback.is_file():  # Qt would only warn on the console and show nothing
                self.setMarkdown(tr("Help", "The help page could not be read: %s") % wanted.name)
                return
            target = QUrl.fromLocalFile(str(fallback))
            target.setFragment(name.fragment())
            name = target
        super().doSetSource(name, type)


class TextDialog(QDialog):
    """A resizable window showing a page of rich text or Markdown."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = HelpBrowser()
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
    path = user_guide_path()
    try:
        path.read_text(encoding="utf-8")
    except OSError as error:
        dialog.browser.setMarkdown(tr("Help", "The user guide could not be read: %s") % error)
        return dialog
    # Shown from its file, not its text: its links (spreadsheet-import.md) resolve beside it.
    dialog.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)
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
