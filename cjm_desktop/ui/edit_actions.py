"""Edit actions of a window: clipboard, delete, duplicate, insert, and the canvas context menus."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QPoint, QPointF
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from cjm_desktop.canvas.items import CardItem, LaneHeaderItem, StageHeaderItem
from cjm_desktop.canvas.view import JourneyView
from cjm_desktop.document import edits
from cjm_desktop.i18n import tr
from cjm_desktop.io.mapfile.cjm_format import FormatError
from cjm_desktop.io.mapfile.clipboard_format import (
    CARDS_MIME,
    cards_from_bytes,
    cards_to_bytes,
    cards_to_text,
)
from cjm_desktop.model import LaneKind
from cjm_desktop.ui.undo_actions import UndoRedoAction


def lane_menu_text(kind: LaneKind) -> str:
    """The New lane menu's entry for KIND: the kind's lane title with its own accelerator letter."""
    # Each shows exactly edits.lane_title(kind) in every language (a test holds the two together).
    texts = {
        LaneKind.TOUCHPOINTS: tr("EditActions", "&Touchpoints"),
        LaneKind.ACTIONS: tr("EditActions", "Customer &actions"),
        LaneKind.THOUGHTS: tr("EditActions", "T&houghts"),
        LaneKind.GOALS: tr("EditActions", "&Goals && expectations"),
        LaneKind.EMOTIONS: tr("EditActions", "&Emotions"),
        LaneKind.PAIN_POINTS: tr("EditActions", "&Pain points"),
        LaneKind.OPPORTUNITIES: tr("EditActions", "&Opportunities"),
        LaneKind.MOMENTS_OF_TRUTH: tr("EditActions", "&Moments of truth"),
        LaneKind.QUOTES: tr("EditActions", "&Quotes"),
        LaneKind.CTA: tr("EditActions", "&Calls to action"),
        LaneKind.METRICS: tr("EditActions", "Met&rics"),
        LaneKind.BACKSTAGE: tr("EditActions", "&Backstage"),
        LaneKind.IMAGES: tr("EditActions", "&Storyboard"),
        LaneKind.NOTES: tr("EditActions", "&Notes"),
    }
    return texts[LaneKind(kind)]


class EditActions(QObject):
    """Owns the Edit and Insert actions for one view and carries them out through ``edits``."""

    def __init__(self, view: JourneyView, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        self.scene = view.journey_scene
        self.doc = self.scene.doc
        self.window = parent
        stack = self.doc.undo_stack
        self.undo = UndoRedoAction(stack, self)  # "Undo Add stage" as one translated sentence
        self.redo = UndoRedoAction(stack, self, redo=True)
        self.cut = self._action(tr("EditActions", "Cu&t"), self.cut_selection, QKeySequence.StandardKey.Cut)
        self.copy = self._action(
            tr("EditActions", "&Copy"), self.copy_selection, QKeySequence.StandardKey.Copy
        )
        self.paste = self._action(
            tr("EditActions", "&Paste"), self.paste_clipboard, QKeySequence.StandardKey.Paste
        )
        self.duplicate = self._action(
            tr("EditActions", "Dup&licate"), self.duplicate_selection, QKeySequence("Ctrl+D")
        )
        self.delete = self._action(
            tr("EditActions", "&Delete"), self.delete_selection, QKeySequence.StandardKey.Delete
        )
        self.delete.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence("Backspace")])
        self.select_all = self._action(
            tr("EditActions", "Select &all cards"), self.select_all_cards, QKeySequence.StandardKey.SelectAll
        )
        self.edit_text = self._action(tr("EditActions", "&Edit text"), self.edit_selected, QKeySequence("F2"))
        self.add_card = self._action(
            tr("EditActions", "New &card"), self.add_card_here, QKeySequence("Ctrl+Return")
        )
        self.add_card.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Insert")])
        self.add_stage = self._action(
            tr("EditActions", "New &stage"), self.add_stage_after, QKeySequence("Ctrl+Alt+S")
        )
        self.add_lane_menu = QMenu(tr("EditActions", "New &lane"), parent)
        for kind in LaneKind:
            action = self.add_lane_menu.addAction(lane_menu_text(kind))
            action.triggered.connect(lambda _c=False, k=kind: self.add_lane(k))
        for action in (
            self.cut,
            self.copy,
            self.paste,
            self.duplicate,
            self.delete,
            self.select_all,
            self.edit_text,
            self.add_card,
        ):
            view.addAction(action)

    def _action(self, text: str, slot, shortcut) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())  # never pass ``checked`` on as an argument
        return action

    # ---- clipboard ----------------------------------------------------------------------------
    def copy_selection(self) -> bool:
        """Copy the selected cards (as cards for the app, as text for everything else)."""
        journey = self.doc.journey
        cards = [journey.card(i) for i in self.scene.selected_ids("card")]
        if not cards:
            return False
        mime = QMimeData()
        mime.setData(CARDS_MIME, cards_to_bytes(cards))
        mime.setText(cards_to_text(cards))
        QGuiApplication.clipboard().setMimeData(mime)
        _release_clipboard_on_quit()
        return True

    def cut_selection(self) -> None:
        """Copy, then delete, the selected cards (one undo step for the delete)."""
        ids = self.scene.selected_ids("card")
        if self.copy_selection():
            edits.delete_cards(self.doc, ids, tr("EditActions", "Cut"))

    def paste_target(self) -> tuple[str, str] | None:
        """The cell new or pasted cards go to: the selected card's cell; with a stage header selected
        (as right after New stage) that stage's first card lane; with a card lane's header selected,
        that lane's first stage; else the first card cell."""
        journey = self.doc.journey
        selected = self.scene.selected_ids("card")
        if selected:
            card = journey.card(selected[-1])
            return card.lane_id, card.stage_id
        if not (journey.stages and journey.lanes):
            return None
        card_lanes = [
            lane for lane in journey.lanes if lane.kind not in (LaneKind.EMOTIONS, LaneKind.METRICS)
        ]
        lane = card_lanes[0] if card_lanes else journey.lanes[0]
        stage = journey.stages[0]
        lanes = [i for i in self.scene.selected_ids("lane") if i in {c.id for c in card_lanes}]
        if lanes:
            lane = journey.lane(lanes[-1])
        stages = self.scene.selected_ids("stage")
        if stages:
            stage = journey.stage(stages[-1])
        return lane.id, stage.id

    def paste_clipboard(self, target: tuple[str, str] | None = None) -> None:
        """Paste cards (or plain text as one card per paragraph) into a cell."""
        from PySide6.QtWidgets import QMessageBox  # on first use: PySide builds its types at import

        mime = QGuiApplication.clipboard().mimeData()
        target = target or self.paste_target()
        if mime is None or target is None:
            return
        try:
            if mime.hasFormat(CARDS_MIME):
                cards = cards_from_bytes(mime.data(CARDS_MIME).data())
            elif mime.hasText() and mime.text().strip():
                from cjm_desktop.model import Card

                paragraphs = [p.strip() for p in mime.text().split("\n\n") if p.strip()][:200]
                cards = [Card(id="", lane_id="", stage_id="", text=p) for p in paragraphs]
            else:
                return
        except FormatError as error:
            QMessageBox.warning(
                self.window, tr("EditActions", "Paste"), tr("EditActions", "Nothing was pasted: %s.") % error
            )
            return
        position = self._position_after_selection(target)
        pasted = edits.insert_cards(self.doc, cards, target[0], target[1], position)
        self.scene.select_ids([c.id for c in pasted])

    def _position_after_selection(self, target: tuple[str, str]) -> int | None:
        """Right after the last selected card when it is in the target cell, else the cell's end."""
        selected = self.scene.selected_ids("card")
        if not selected:
            return None
        cell = [c.id for c in self.doc.journey.cards_in(*target)]
        return cell.index(selected[-1]) + 1 if selected[-1] in cell else None

    # ---- structure ----------------------------------------------------------------------------
    def delete_selection(self) -> None:
        """Delete the selected cards, stages or lanes (with their cards), one undo step."""
        from PySide6.QtWidgets import QMessageBox  # on first use: PySide builds its types at import

        cards = self.scene.selected_ids("card")
        stages = self.scene.selected_ids("stage")
        lanes = self.scene.selected_ids("lane")
        if stages or lanes:
            count = sum(1 for c in self.doc.journey.cards if c.stage_id in stages or c.lane_id in lanes)
            if (
                count
                and QMessageBox.question(
                    self.window,
                    tr("EditActions", "Delete"),
                    tr(
                        "EditActions",
                        "Delete the selected stages and lanes with their %n cards? (Undo brings them back.)",
                        None,
                        count,
                    ),
                )
                != QMessageBox.StandardButton.Yes
            ):
                return
            with self.doc.macro(tr("EditActions", "Delete")):
                edits.delete_cards(
                    self.doc, [c for c in cards if self.doc.journey.card(c).stage_id not in stages]
                )
                edits.delete_stages(self.doc, stages)
                edits.delete_lanes(self.doc, lanes)
        else:
            edits.delete_cards(self.doc, cards)

    def duplicate_selection(self) -> None:
        """Duplicate the selected cards next to their originals."""
        copies = edits.duplicate_cards(self.doc, self.scene.selected_ids("card"))
        if copies:
            self.scene.select_ids([c.id for c in copies])

    def select_all_cards(self) -> None:
        """Select every card."""
        self.scene.select_ids([c.id for c in self.doc.journey.cards])

    def edit_selected(self) -> None:
        """Edit the selected card's text or header's name in place."""
        for kind in ("card", "stage", "lane"):
            ids = self.scene.selected_ids(kind)
            if ids:
                self.scene.edit_requested.emit(kind, ids[0])
                return

    def add_card_here(self, target: tuple[str, str] | None = None) -> None:
        """Add a card after the selected one (or in the first cell) and type into it."""
        target = target or self.paste_target()
        if target is None:
            return
        position = self._position_after_selection(target)
        card = edits.add_card(self.doc, target[0], target[1], position=position)
        self.scene.select_ids([card.id])
        self.scene.edit_requested.emit("card", card.id)

    def add_stage_after(self, index: int | None = None) -> None:
        """Add a stage after the selected one (or at the end) and name it in place."""
        journey = self.doc.journey
        selected = self.scene.selected_ids("stage")
        if index is None and selected:
            index = journey.stage_index(selected[-1]) + 1
        stage = edits.add_stage(self.doc, index)
        self.scene.select_ids([stage.id])
        self.scene.edit_requested.emit("stage", stage.id)

    def add_lane(self, kind: LaneKind, index: int | None = None) -> None:
        """Add a lane of a kind below the selected one (or at the bottom)."""
        selected = self.scene.selected_ids("lane")
        if index is None and selected:
            index = self.doc.journey.lane_index(selected[-1]) + 1
        lane = edits.add_lane(self.doc, kind, index=index)
        self.scene.select_ids([lane.id])

    # ---- context menu -------------------------------------------------------------------------
    def route_menu_at(self, scene_pos: QPointF) -> QMenu | None:
        """The menu of the route arrow at a scene position (selecting it), or None."""
        from cjm_desktop.ui.route_menu import fill_route_menu, route_at  # with the first right-click

        route = route_at(self.scene, scene_pos)
        if route is None:
            return None
        self.scene.clearSelection()
        route.setSelected(True)
        menu = QMenu(self.window)
        fill_route_menu(menu, self.scene, route.item_id, self.window)
        return menu

    def context_menu(self, view_pos: QPoint) -> None:
        """The right-click menu for whatever is under the cursor."""
        scene_pos: QPointF = self.view.mapToScene(view_pos)
        item = self.scene.top_item_at(scene_pos)
        journey = self.doc.journey
        route_menu = self.route_menu_at(scene_pos)
        if route_menu is not None:
            route_menu.exec(self.view.viewport().mapToGlobal(view_pos))
            return
        menu = QMenu(self.window)
        if isinstance(item, (CardItem, StageHeaderItem, LaneHeaderItem)) and not item.isSelected():
            self.scene.select_ids([item.item_id])
        if isinstance(item, CardItem):
            menu.addActions([self.edit_text, self.duplicate, self.cut, self.copy, self.paste])
            evidence = getattr(self.window, "evidence", None)  # added by the window after this object
            if evidence is not None:
                menu.addMenu(evidence.level_menu)
            menu.addSeparator()
            menu.addAction(self.delete)
        elif isinstance(item, StageHeaderItem):
            index = journey.stage_index(item.item_id)
            menu.addAction(
                tr("EditActions", "Rename"), lambda: self.scene.edit_requested.emit("stage", item.item_id)
            )
            menu.addAction(tr("EditActions", "Insert stage before"), lambda: self.add_stage_after(index))
            menu.addAction(tr("EditActions", "Insert stage after"), lambda: self.add_stage_after(index + 1))
            menu.addSeparator()
            menu.addAction(
                tr("EditActions", "Move left"), lambda: edits.move_stage(self.doc, item.item_id, index - 1)
            )
            menu.addAction(
                tr("EditActions", "Move right"), lambda: edits.move_stage(self.doc, item.item_id, index + 1)
            )
            menu.addSeparator()
            menu.addAction(self.delete)
        elif isinstance(item, LaneHeaderItem):
            index = journey.lane_index(item.item_id)
            menu.addAction(
                tr("EditActions", "Rename"), lambda: self.scene.edit_requested.emit("lane", item.item_id)
            )
            menu.addAction(
                tr("EditActions", "Move up"), lambda: edits.move_lane(self.doc, item.item_id, index - 1)
            )
            menu.addAction(
                tr("EditActions", "Move down"), lambda: edits.move_lane(self.doc, item.item_id, index + 1)
            )
            menu.addMenu(self.add_lane_menu)
            menu.addSeparator()
            menu.addAction(self.delete)
        else:
            layout = self.scene.layout
            li, si = layout.lane_at(scene_pos.y()), layout.stage_at(scene_pos.x())
            if li is not None and si is not None:
                target = (layout.lane_ids[li], layout.stage_ids[si])
                self.scene.clearSelection()
                menu.addAction(tr("EditActions", "New card here"), lambda: self.add_card_here(target))
                menu.addAction(tr("EditActions", "Paste here"), lambda: self.paste_clipboard(target))
                menu.addSeparator()
            menu.addAction(self.add_stage)
            menu.addMenu(self.add_lane_menu)
        menu.exec(self.view.viewport().mapToGlobal(view_pos))


_quit_hook_installed = False


def _release_clipboard_on_quit() -> None:
    global _quit_hook_installed
    app = QGuiApplication.instance()
    if app is not None and not _quit_hook_installed:
        app.aboutToQuit.connect(release_clipboard)
        _quit_hook_installed = True


def release_clipboard() -> None:
    """Swap our cards on the clipboard for their plain text before the application quits.

    Qt's clipboard deletes the QMimeData created here from Python only after the interpreter has
    shut down, which crashes PySide6 on exit (segfault on quitting after any copy). Text that Qt
    stores itself is safe, and other programs still paste it.
    """
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    if mime is not None and mime.hasFormat(CARDS_MIME):
        clipboard.setText(mime.text())
