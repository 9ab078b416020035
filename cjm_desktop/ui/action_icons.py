"""Icons for menus and the toolbar from one set, a steady toolbar, every dock in View, Reset layout.

Icons are Material Design Icons glyphs from qtawesome's font (drawn by ui/glyph_icons.py, which spares
the start-up qtawesome's import): one consistent style, sharp at any DPI, recoloured from the palette
when the theme changes. Installed last, after every feature module has
added its actions and docks, so it can find them all.
"""

from __future__ import annotations

import operator
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QToolBar

from cjm_desktop.i18n import tr
from cjm_desktop.ui import glyph_icons
from cjm_desktop.ui.dock_titles import FullNameTips, name_docks
from cjm_desktop.ui.menu_keys import claim_letters
from cjm_desktop.ui.window_geometry import size_docks, window_docks

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow

# Window attribute path -> icon. Attributes keep working when menus are re-ordered or renamed.
BY_ATTRIBUTE = {
    "new_action": "mdi6.file-plus-outline",
    "edit.undo": "mdi6.undo",
    "edit.redo": "mdi6.redo",
    "edit.cut": "mdi6.content-cut",
    "edit.copy": "mdi6.content-copy",
    "edit.paste": "mdi6.content-paste",
    "edit.duplicate": "mdi6.content-duplicate",
    "edit.delete": "mdi6.delete-outline",
    "edit.select_all": "mdi6.select-all",
    "edit.edit_text": "mdi6.form-textbox",
    "edit.add_stage": "mdi6.table-column-plus-after",
    "edit.add_card": "mdi6.card-plus-outline",
    "kinds_actions.new_from_template": "mdi6.file-document-multiple-outline",
    "kinds_actions.draw_route": "mdi6.vector-polyline",
    "workshop.present": "mdi6.presentation-play",
    "workshop.voting_action": "mdi6.vote-outline",
    "personas.open_action": "mdi6.account-group-outline",
    "personas.add_action": "mdi6.account-plus-outline",
    "export_actions.export": "mdi6.export-variant",
    "export_actions.copy_map_image": "mdi6.image-outline",
    "find_actions.find": "mdi6.magnify",
    "metrics_actions.import_action": "mdi6.table-arrow-down",
    "metrics_actions.refresh_action": "mdi6.refresh",
    "preferences_action": "mdi6.cog-outline",
}
# Standard shortcut -> icon, for actions the main window builds without keeping a reference.
BY_SHORTCUT = {
    QKeySequence.StandardKey.Open: "mdi6.folder-open-outline",
    QKeySequence.StandardKey.Save: "mdi6.content-save-outline",
    QKeySequence.StandardKey.SaveAs: "mdi6.content-save-edit-outline",
    QKeySequence.StandardKey.ZoomIn: "mdi6.magnify-plus-outline",
    QKeySequence.StandardKey.ZoomOut: "mdi6.magnify-minus-outline",
    QKeySequence.StandardKey.Close: "mdi6.close",
    QKeySequence.StandardKey.Quit: "mdi6.exit-run",
}
BY_KEYS = {"Ctrl+0": "mdi6.fit-to-screen-outline", "Ctrl+1": "mdi6.magnify-scan"}


def _find(window: MainWindow, path: str) -> QAction | None:
    try:
        action = operator.attrgetter(path)(window)
    except AttributeError:
        return None
    return action if isinstance(action, QAction) else None


class WindowChrome(QObject):
    """Keeps a window's icons, toolbar and View menu in order."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.icons: dict[QAction, str] = {}
        for path, name in BY_ATTRIBUTE.items():
            action = _find(window, path)
            if action is not None:
                self.icons[action] = name
        # Each standard key's bindings as text, asked for once (not once per menu entry: ~5 ms a start).
        standard_keys = [
            ({k.toString() for k in QKeySequence.keyBindings(standard)}, name)
            for standard, name in BY_SHORTCUT.items()
        ]
        for action in self._menu_actions():
            if action in self.icons:
                continue
            keys = action.shortcut().toString()
            for bindings, name in standard_keys:
                if keys and keys in bindings:
                    self.icons[action] = name
            if keys in BY_KEYS:
                self.icons[action] = BY_KEYS[keys]
        self._steady_toolbar(window.toolbar)  # ends by drawing every icon (once: a start draws ~70)
        self._docks_in_view_menu()
        window.view_menu.addSeparator()
        self.reset_action = window.view_menu.addAction(tr("ViewMenu", "&Reset layout"))
        palette = QApplication.palette()  # qtawesome's default colours: the application's text
        self.reset_action.setIcon(
            glyph_icons.icon(
                "mdi6.view-dashboard-outline",
                palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text),
                palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text),
            )
        )
        self.icons[self.reset_action] = "mdi6.view-dashboard-outline"
        self.reset_action.triggered.connect(self.reset_layout)
        # The layout every feature built, before any remembered state is restored over it.
        self.default_state = QByteArray(window.saveState())
        window.installEventFilter(self)
        claim_letters(self._menus(), self)  # Alt+V, R resets the layout rather than drawing a route

    def _menus(self) -> list[QMenu]:
        """The menu bar's menus and their submenus."""
        found: list[QMenu] = []
        menus = [m for a in self.window.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
        while menus:
            menu = menus.pop()
            found.append(menu)
            menus += [m for a in menu.actions() if isinstance(m := a.menu(), QMenu)]
        return found

    def _menu_actions(self) -> list[QAction]:
        return [a for menu in self._menus() for a in menu.actions() if not a.isSeparator() and not a.menu()]

    def apply_icons(self) -> None:
        """(Re)draw every icon in the palette's current text colour."""
        palette = self.window.palette()
        normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
        disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
        for action, name in self.icons.items():
            action.setIcon(glyph_icons.icon(name, normal, disabled))
            action.setIconVisibleInMenu(True)

    def _steady_toolbar(self, toolbar: QToolBar) -> None:
        """Undo/Redo say "Undo Add stage" in the menu; on the toolbar fixed labels keep buttons still."""
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(toolbar.iconSize())  # the style's size, scaled for high DPI by Qt
        self.toolbar_proxies: dict[QAction, QAction] = {}
        edit = self.window.edit
        for source, label in ((edit.undo, tr("Toolbar", "Undo")), (edit.redo, tr("Toolbar", "Redo"))):
            if source not in toolbar.actions():
                continue
            proxy = QAction(label, toolbar)
            proxy.triggered.connect(source.trigger)

            def sync(proxy: QAction = proxy, source: QAction = source) -> None:
                proxy.setEnabled(source.isEnabled())
                proxy.setToolTip(source.text().replace("&", ""))  # the full "Undo Add stage" on hover

            source.changed.connect(sync)
            sync()
            toolbar.insertAction(source, proxy)
            toolbar.removeAction(source)
            self.icons[proxy] = self.icons.get(source, "mdi6.undo")
            self.toolbar_proxies[source] = proxy
        self.apply_icons()

    def _docks_in_view_menu(self) -> None:
        """Every dock the window has can be shown and hidden from the View menu."""
        present = set(self.window.view_menu.actions())
        docks = window_docks(self.window)
        name_docks(docks)  # short tab titles, full View entries with accelerators
        self.tab_tips = FullNameTips(self.window)  # ...and the full name on hovering a tab
        for dock in docks:
            toggle = dock.toggleViewAction()
            if toggle not in present:
                self.window.view_menu.addAction(toggle)
            # Shown from View, a tabbed dock comes to the front (it opened behind the inspector's tab)
            # once the tab bar has caught up.
            toggle.triggered.connect(lambda on, d=dock: on and QTimer.singleShot(0, d.raise_))

    def reset_layout(self) -> None:
        """Docks and toolbar back where a first start puts them, at sensible widths."""
        self.window.restoreState(self.default_state)
        size_docks(self.window)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self.window and event.type() == QEvent.Type.PaletteChange:
            self.apply_icons()
        return False
