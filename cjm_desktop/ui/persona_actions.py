"""Persona feature: Map ▸ Personas… (the editor dock), the persona highlight filter, curve toggles, notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QWidget

from cjm_desktop.canvas.emotion_row import persona_requests
from cjm_desktop.document import persona_edits as pe
from cjm_desktop.i18n import tr
from cjm_desktop.ui.labels import literal
from cjm_desktop.ui.lazy_dock import LazyDock
from cjm_desktop.ui.persona_editor import PersonaEditor, avatar_icon, avatar_pixmap

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow


def ask_note(parent: QWidget, title: str, label: str, text: str) -> tuple[str, bool]:
    """Ask for an emotion point's note (a seam tests replace instead of driving a modal dialog)."""
    from PySide6.QtWidgets import QInputDialog  # with its first use: its types cost PySide time

    return QInputDialog.getMultiLineText(parent, title, label, text)


class PersonaActions(QObject):
    """The persona editor dock, the highlight combo and the curve toggles of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        doc, scene = window.doc, window.scene
        # The editor is built when the dock first shows: it starts hidden.
        self.dock = LazyDock(tr("PersonaActions", "Personas"), window, self._build_editor)
        self.dock.setObjectName("personas")
        self.dock.setMinimumWidth(320)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.inspector_dock, self.dock)
        self.dock.hide()
        window.inspector_dock.raise_()

        self.open_action = QAction(tr("PersonaActions", "&Personas…"), window)
        self.open_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.open_action.setStatusTip(tr("PersonaActions", "Create and edit the personas of this map"))
        self.open_action.triggered.connect(lambda _c=False: self.show_editor())
        self.add_action = QAction(tr("PersonaActions", "Add &persona"), window)
        self.add_action.triggered.connect(lambda _c=False: self.add_persona())
        window.map_menu.addAction(self.open_action)
        window.insert_menu.addAction(self.add_action)

        # View ▸ Persona curves: one checkable entry per persona (document state, undoable).
        self.curves_menu = QMenu(tr("PersonaActions", "Persona &curves"), window)
        self.curves_menu.aboutToShow.connect(self._fill_curves_menu)
        window.view_menu.addSeparator()
        window.view_menu.addMenu(self.curves_menu)

        # The highlight filter is view state: it fades other personas, never enters the file.
        self.highlight_combo = QComboBox()
        self.highlight_combo.setObjectName("highlight-persona")
        self.highlight_combo.setAccessibleName(tr("PersonaActions", "Highlight persona"))
        self.highlight_combo.setToolTip(tr("PersonaActions", "Fade out what belongs to other personas"))
        self.highlight_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.highlight_combo.activated.connect(self._on_highlight_chosen)
        window.toolbar.addSeparator()
        self.highlight_label = QLabel(tr("PersonaActions", "Highlight persona: "))
        window.toolbar.addWidget(self.highlight_label)
        window.toolbar.addWidget(self.highlight_combo)

        requests = persona_requests(scene)
        requests.note_requested.connect(self.edit_note)
        requests.edit_persona_requested.connect(self.show_editor)
        requests.highlight_changed.connect(lambda _id: self._fill_highlight_combo())
        doc.reset.connect(self._on_personas_changed)
        doc.collection_changed.connect(lambda name: name == "personas" and self._on_personas_changed())
        doc.item_changed.connect(
            lambda collection, _id: collection == "personas" and self._fill_highlight_combo()
        )
        self._fill_highlight_combo()

    def _build_editor(self) -> PersonaEditor:
        editor = PersonaEditor(self.window.doc)
        editor.current_changed.connect(self._on_editor_current)
        return editor

    @property
    def editor(self) -> PersonaEditor:
        """The persona editor in the dock (built on first use)."""
        return self.dock.content()

    # ---- editor ----------------------------------------------------------------------------------
    def show_editor(self, persona_id: str = "") -> None:
        """Show the persona editor, on a given persona when one is named."""
        self.dock.show()
        self.dock.raise_()
        if persona_id:
            self.editor.select(persona_id)

    def add_persona(self) -> None:
        """Add a persona and open it in the editor."""
        self.show_editor()
        self.editor.add_persona()

    def _on_editor_current(self, persona_id: str) -> None:
        # Choosing a persona in the editor while a highlight is on moves the highlight along, so
        # clicks in the emotion lane score the persona being edited.
        highlight = self.window.scene.highlight_persona_id
        alive = {p.id for p in self.window.doc.journey.personas}
        if highlight in alive and persona_id:  # a deleted highlighted persona is not replaced
            self.set_highlight(persona_id)

    # ---- highlight -------------------------------------------------------------------------------
    def set_highlight(self, persona_id: str | None) -> None:
        """Highlight one persona on the map (None: all personas as equals)."""
        self.window.scene.set_highlight_persona(persona_id or None)
        self._fill_highlight_combo()

    def _on_highlight_chosen(self, index: int) -> None:
        self.set_highlight(self.highlight_combo.itemData(index) or None)

    def _on_personas_changed(self) -> None:
        scene = self.window.scene
        ids = {p.id for p in self.window.doc.journey.personas}
        if scene.highlight_persona_id and scene.highlight_persona_id not in ids:
            scene.set_highlight_persona(None)  # the highlighted persona was deleted or undone away
        self._fill_highlight_combo()

    def _fill_highlight_combo(self) -> None:
        combo = self.highlight_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("PersonaActions", "All"), "")
        for persona in self.window.doc.journey.personas:
            combo.addItem(
                avatar_icon(persona, 32),  # drawn when the list opens, not as the map opens
                persona.name or tr("PersonaActions", "Unnamed persona"),
                persona.id,
            )
        current = self.window.scene.highlight_persona_id or ""
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        enabled = bool(self.window.doc.journey.personas)
        combo.setEnabled(enabled)
        self.highlight_label.setEnabled(enabled)

    # ---- curves and notes ------------------------------------------------------------------------
    def _fill_curves_menu(self) -> None:
        menu = self.curves_menu
        menu.clear()
        personas = self.window.doc.journey.personas
        if not personas:
            menu.addAction(tr("PersonaActions", "(no personas)")).setEnabled(False)
            return
        for persona in personas:
            action = menu.addAction(
                QIcon(avatar_pixmap(persona, 32)),
                literal(persona.name) or tr("PersonaActions", "Unnamed persona"),
            )
            action.setCheckable(True)
            action.setChecked(persona.visible)
            action.toggled.connect(
                lambda on, pid=persona.id: pe.set_persona_visible(self.window.doc, pid, on)
            )

    def curve_actions(self) -> list[QAction]:
        """The per-persona entries of View ▸ Persona curves, filled as when the menu opens."""
        self._fill_curves_menu()
        return [a for a in self.curves_menu.actions() if a.isCheckable()]

    def edit_note(self, persona_id: str, stage_id: str) -> None:
        """Ask for the note of a persona's emotion score at a stage."""
        journey = self.window.doc.journey
        point = journey.emotion(persona_id, stage_id)
        if point is None:
            return
        persona, stage = journey.persona(persona_id), journey.stage(stage_id)
        text, ok = ask_note(
            self.window,
            tr("PersonaActions", "Emotion note"),
            tr("PersonaActions", "Why does %s feel this way at “%s”?") % (persona.name, stage.name),
            point.note,
        )
        if ok and journey.emotion(persona_id, stage_id) is not None:
            pe.set_emotion_note(self.window.doc, persona_id, stage_id, text)
