"""Window actions for lane kinds and routes: New from template…, Draw route, Delete route, lane icons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence

from cjm_desktop.canvas.route_tool import RouteTool
from cjm_desktop.canvas.style import LIGHT_MAP, font
from cjm_desktop.canvas.tools import SelectTool
from cjm_desktop.document import route_edits
from cjm_desktop.i18n import tr
from cjm_desktop.model import LaneKind
from cjm_desktop.ui.glyph_icons import GlyphIconEngine

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow


def kind_icon(kind: LaneKind) -> QIcon:
    """The lane kind's symbol in its accent colour, as an icon for menus (drawn when first shown:
    the symbols come from fallback fonts, and drawing all fourteen cost the start ~10-30 ms).

    The highlighted entry draws it in the highlighted-text colour: an accent can match the selection.
    """
    accent = QColor(LIGHT_MAP.kind(kind).accent)
    symbol = LIGHT_MAP.kind(kind).symbol
    return QIcon(GlyphIconEngine(font(12), symbol, accent, accent, scale=0.75, on_highlight=True))


class KindsActions(QObject):
    """Owns the template and route actions of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.scene = window.scene

        self.new_from_template = QAction(tr("KindsActions", "New from &template…"), window)
        self.new_from_template.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.new_from_template.setStatusTip(
            tr("KindsActions", "Start a map from a ready-made journey with lanes, content and a persona")
        )
        self.new_from_template.triggered.connect(lambda _c=False: window.new_from_template())
        actions = window.file_menu.actions()
        after_new = actions.index(window.new_action) + 1 if window.new_action in actions else 0
        before = actions[after_new] if after_new < len(actions) else None
        window.file_menu.insertAction(before, self.new_from_template)

        self.draw_route = QAction(tr("KindsActions", "Draw &route"), window)
        self.draw_route.setCheckable(True)
        self.draw_route.setShortcut(QKeySequence("R"))
        # A bare letter must never fire while typing in a text field: only when the canvas has focus.
        self.draw_route.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.draw_route.setStatusTip(
            tr("KindsActions", "Connect touchpoints with arrows to show a persona's route across channels")
        )
        self.draw_route.toggled.connect(self._on_toggled)
        window.view.addAction(self.draw_route)
        window.insert_menu.addSeparator()
        window.insert_menu.addAction(self.draw_route)
        window.toolbar.addAction(self.draw_route)

        window.edit.delete.triggered.connect(lambda _c=False: self.delete_selected_routes())

        # The New lane menu lists the kinds in LaneKind order: give each its symbol.
        for action, kind in zip(window.edit.add_lane_menu.actions(), LaneKind, strict=False):
            action.setIcon(kind_icon(kind))

    def _on_toggled(self, on: bool) -> None:
        scene = self.scene
        if on and not isinstance(scene.tool, RouteTool):
            scene.set_tool(RouteTool(scene, on_exit=self._on_tool_exit, message=self._message))
        elif not on and isinstance(scene.tool, RouteTool):
            scene.set_tool(SelectTool(scene))

    def _on_tool_exit(self) -> None:
        self.draw_route.setChecked(False)

    def _message(self, text: str) -> None:
        bar = self.window.statusBar()
        if text:
            bar.showMessage(text)
        else:
            bar.clearMessage()

    def delete_selected_routes(self) -> None:
        """Delete the selected route arrows (Delete key; the cards stay)."""
        ids = self.scene.route_layer.selected_route_ids()
        if ids:
            route_edits.delete_routes(self.window.doc, ids)
