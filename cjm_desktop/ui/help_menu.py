"""Help: the keyboard-shortcut sheet, the user guide (docs/user-guide.md) and the About box."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMenu, QTextBrowser, QVBoxLayout, QWidget

from cjm_desktop import __version__
from cjm_desktop.i18n import tr
from cjm_desktop.paths import notices_path, resource_path
from cjm_desktop.ui.app_icon import app_icon

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow


def canvas_keys() -> list[tuple[str, str]]:
    """Keys the canvas and presentation understand that no menu shows."""
    return [
        (tr("Shortcuts", "Double-click an empty cell"), tr("Shortcuts", "Add a card there")),
        ("Ctrl+Return", tr("Shortcuts", "Add a card in the selected cell")),
        ("F2", tr("Shortcuts", "Edit the selected text in place")),
        ("Enter / Shift+Enter", tr("Shortcuts", "Finish editing / new line")),
        ("Esc", tr("Shortcuts", "Cancel editing, clear the selection")),
        (tr("Shortcuts", "Arrow keys"), tr("Shortcuts", "Walk the grid")),
        (tr("Shortcuts", "Alt+arrow keys"), tr("Shortcuts", "Move the selected card, stage or lane")),
        (tr("Shortcuts", "Ctrl+click, drag a rectangle"), tr("Shortcuts", "Select several")),
        (tr("Shortcuts", "Ctrl+wheel"), tr("Shortcuts", "Zoom")),
        (tr("Shortcuts", "Presenting: ← / →"), tr("Shortcuts", "Previous / next stage")),
        (tr("Shortcuts", "Presenting: Home / End, O"), tr("Shortcuts", "First / last stage, overview")),
        (
            tr("Shortcuts", "Presenting: H, L, B, T"),
            tr("Shortcuts", "Hide empty lanes, focus a lane, blank, timer"),
        ),
        (tr("Shortcuts", "Presenting: 1-9"), tr("Shortcuts", "Type a card into that lane")),
    ]


def menu_shortcuts(window: MainWindow) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every menu command that has a shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, title)
            elif not action.isSeparator() and not action.shortcut().isEmpty():
                keys = ", ".join(
                    s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
                )
                rows.append((title, action.text().replace("&", ""), keys))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, top.text().replace("&", ""))
    return rows


def shortcut_sheet_html(window: MainWindow) -> str:
    """The shortcut sheet as one HTML page."""
    cell = "<tr><td style='padding:2px 12px 2px 0'>{}</td><td><b>{}</b></td></tr>"
    parts = [f"<h2>{html.escape(tr('Shortcuts', 'Keyboard shortcuts'))}</h2>"]
    current = None
    for menu, command, keys in menu_shortcuts(window):
        if menu != current:
            if current is not None:
                parts.append("</table>")
            parts.append(f"<h3>{html.escape(menu)}</h3><table>")
            current = menu
        parts.append(cell.format(html.escape(command), html.escape(keys)))
    if current is not None:
        parts.append("</table>")
    parts.append(f"<h3>{html.escape(tr('Shortcuts', 'On the canvas'))}</h3><table>")
    parts.extend(cell.format(html.escape(what), html.escape(keys)) for keys, what in canvas_keys())
    parts.append("</table>")
    return "".join(parts)


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


def shortcut_sheet(window: MainWindow) -> TextDialog:
    """The keyboard-shortcut sheet of a window (non-modal, so it can stay open while working)."""
    dialog = TextDialog(tr("Shortcuts", "Keyboard shortcuts"), window)
    dialog.browser.setHtml(shortcut_sheet_html(window))
    return dialog


def user_guide(window: MainWindow) -> TextDialog:
    """The user guide, rendered from its Markdown."""
    dialog = TextDialog(tr("Help", "User guide"), window)
    try:
        text = resource_path("help", "user-guide.md").read_text(encoding="utf-8")
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


def _show(dialog: QDialog) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()


def add_help_actions(window: MainWindow) -> tuple[QAction, QAction]:
    """Help ▸ User guide (F1) and Keyboard shortcuts; About shows licence and notices."""
    help_menu = next(m for a in reversed(window.menuBar().actions()) if isinstance(m := a.menu(), QMenu))
    first = help_menu.actions()[0] if help_menu.actions() else None
    guide = QAction(tr("Help", "&User guide"), window)
    guide.setShortcut(QKeySequence.StandardKey.HelpContents)
    guide.triggered.connect(lambda _c=False: _show(user_guide(window)))
    sheet = QAction(tr("Help", "&Keyboard shortcuts"), window)
    sheet.setShortcut(QKeySequence("Ctrl+/"))
    sheet.triggered.connect(lambda _c=False: _show(shortcut_sheet(window)))
    if first is None:
        help_menu.addActions([guide, sheet])
    else:
        help_menu.insertActions(first, [guide, sheet])
        help_menu.insertSeparator(first)
    return guide, sheet
