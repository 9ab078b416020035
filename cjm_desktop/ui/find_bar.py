"""Find (Ctrl+F): search every text on the map, personas included, and step through the matches.

Matching ignores case and accents (“Åsa” finds “asa”, “καφές” finds “ΚΑΦΕΣ”). The bar floats over
the top-right corner of the canvas; each step selects and centres the match.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton

from cjm_desktop.i18n import tr
from cjm_desktop.model import Journey

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow

PERSONA_FIELDS = (
    "name",
    "role",
    "age",
    "location",
    "segment",
    "background",
    "goals",
    "motivations",
    "frustrations",
    "behaviours",
    "quote",
)


def normalize(text: str) -> str:
    """Fold case and strip accents so searches match however the text was typed."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@dataclass(frozen=True)
class Match:
    """One object whose text contains the query; ``kind`` says where it sits on the map."""

    kind: str  # map | stage | lane | card | route | emotion | persona
    item_id: str
    field: str
    text: str


def find_matches(journey: Journey, query: str) -> list[Match]:
    """Every object with a text containing ``query``, one match each, in reading order of the map."""
    needle = normalize(query.strip())
    if not needle:
        return []
    matches: list[Match] = []

    def first_hit(kind: str, item_id: str, fields: list[tuple[str, str]]) -> None:
        for name, value in fields:
            if value and needle in normalize(value):
                matches.append(Match(kind, item_id, name, value))
                return

    first_hit(
        "map", "", [("title", journey.title), ("goals", journey.goals), ("description", journey.description)]
    )
    for stage in journey.stages:
        first_hit("stage", stage.id, [("name", stage.name), ("description", stage.description)])
    cells = journey.cells()
    for lane in journey.lanes:
        first_hit("lane", lane.id, [("title", lane.title)])
        for stage in journey.stages:
            for card in cells.get((lane.id, stage.id), []):
                first_hit(
                    "card",
                    card.id,
                    [
                        ("text", card.text),
                        ("author", card.author),
                        ("date", card.date),
                        ("tags", " ".join(card.tags)),
                    ],
                )
    for route in journey.routes:
        first_hit("route", route.id, [("label", route.label)])
    personas = {p.id: p for p in journey.personas}
    stage_order = {s.id: i for i, s in enumerate(journey.stages)}
    for point in sorted(journey.emotions, key=lambda p: stage_order.get(p.stage_id, 0)):
        first_hit("emotion", f"{point.persona_id}/{point.stage_id}", [("note", point.note)])
    for persona in personas.values():
        fields = [(name, str(getattr(persona, name, "") or "")) for name in PERSONA_FIELDS]
        fields.append(("channels", " ".join(persona.channels)))
        first_hit("persona", persona.id, fields)
    return matches


class FindBar(QFrame):
    """The floating find bar of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.view)
        self.window = window
        self.view = window.view
        self.scene = window.scene
        self.doc = window.doc
        self.setObjectName("find-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#find-bar { background: white; border: 1px solid #9aa5b1; border-radius: 6px; }"
            ' QLineEdit[nomatch="true"] { background: #fde2e1; }'
        )
        self.edit = QLineEdit()
        self.edit.setAccessibleName(tr("FindBar", "Find text"))
        self.edit.setPlaceholderText(tr("FindBar", "Find on the map"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(240)
        self.count = QLabel()
        self.count.setMinimumWidth(90)
        self.prev_button = self._button(
            "▲", tr("FindBar", "Previous match (Shift+Enter, Shift+F3)"), self.previous
        )
        self.next_button = self._button("▼", tr("FindBar", "Next match (Enter, F3)"), self.next)
        self.close_button = self._button("✕", tr("FindBar", "Close (Esc)"), self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 6, 6)
        layout.setSpacing(4)
        for widget in (self.edit, self.count, self.prev_button, self.next_button, self.close_button):
            layout.addWidget(widget)
        self.matches: list[Match] = []
        self.index = -1
        self._dirty = True
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.installEventFilter(self)
        self.view.installEventFilter(self)
        # Edits and undo change what matches; the list is rebuilt lazily at the next step.
        self._refresh = QTimer(self, singleShot=True, interval=0, timeout=self._recount)
        self.doc.reset.connect(self._mark_dirty)
        self.doc.collection_changed.connect(self._mark_dirty)
        self.doc.item_changed.connect(self._mark_dirty)
        self.hide()

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(lambda _c=False: slot())
        return button

    # ---- showing ------------------------------------------------------------------------------
    def open_bar(self) -> None:
        """Show the bar with the query selected, ready to type over."""
        self.show()
        self.raise_()
        self._place()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        if self.edit.text():
            self._recount()

    def close_bar(self) -> None:
        """Hide the bar and give the keyboard back to the canvas (the selection stays)."""
        self.hide()
        self.view.setFocus()

    def _place(self) -> None:
        self.adjustSize()
        scrollbar = self.view.verticalScrollBar()
        right = self.view.width() - (scrollbar.width() if scrollbar.isVisible() else 0) - 12
        self.move(max(8, right - self.width()), 8)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.view and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        elif watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previous()
                else:
                    self.next()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return False

    # ---- searching ----------------------------------------------------------------------------
    def _mark_dirty(self, *_args: object) -> None:
        self._dirty = True
        if self.isVisible() and self.edit.text():
            self._refresh.start()

    def _search(self) -> None:
        self.matches = find_matches(self.doc.journey, self.edit.text())
        self._dirty = False

    def _recount(self) -> None:
        current = self.matches[self.index] if 0 <= self.index < len(self.matches) else None
        self._search()
        self.index = self.matches.index(current) if current in self.matches else (0 if self.matches else -1)
        self._show_count()

    def _on_text_changed(self, _text: str) -> None:
        # Find as you type: jump to the first match of the new query.
        self._search()
        self.index = -1
        if self.matches:
            self.step(1)
        else:
            self._show_count()

    def next(self) -> None:  # noqa: A003 - the bar's own verb
        """Go to the next match (wraps around)."""
        self.step(1)

    def previous(self) -> None:
        """Go to the previous match (wraps around)."""
        self.step(-1)

    def step(self, delta: int) -> None:
        """Move ``delta`` matches along and show that match."""
        if self._dirty:
            self._recount()
        if not self.matches:
            self._show_count()
            return
        self.index = (
            (self.index + delta) % len(self.matches)
            if self.index >= 0
            else (0 if delta > 0 else len(self.matches) - 1)
        )
        self._show_count()
        self.go_to(self.matches[self.index])

    def _show_count(self) -> None:
        query = self.edit.text().strip()
        if not query:
            self.count.setText("")
        elif not self.matches:
            self.count.setText(tr("FindBar", "No matches"))
        else:
            self.count.setText(
                tr("FindBar", "%1 of %2")
                .replace("%1", str(self.index + 1))
                .replace("%2", str(len(self.matches)))
            )
        no_match = bool(query) and not self.matches
        if self.edit.property("nomatch") != no_match:
            self.edit.setProperty("nomatch", no_match)
            self.edit.style().unpolish(self.edit)
            self.edit.style().polish(self.edit)

    # ---- showing a match ----------------------------------------------------------------------
    def go_to(self, match: Match) -> None:
        """Select and centre a match on the canvas (or open its persona)."""
        scene, view = self.scene, self.view
        item = None
        if match.kind in ("card", "stage", "lane"):
            scene.select_ids([match.item_id])
            item = scene.item_for(match.item_id)
        elif match.kind == "route":
            scene.clearSelection()
            item = scene.route_layer.items.get(match.item_id)
            if item is not None:
                item.setSelected(True)
        elif match.kind == "map":
            scene.clearSelection()
            item = scene.title_item
        elif match.kind == "emotion":
            persona_id, stage_id = match.item_id.split("/", 1)
            self._report_persona(
                persona_id, tr("FindBar", "emotion note at “%s”") % self._stage_name(stage_id)
            )
            return
        elif match.kind == "persona":
            self._report_persona(match.item_id, "")
            self.window.personas.show_editor(match.item_id)
            self.edit.setFocus()  # keep typing and stepping in the bar
            return
        self.window.statusBar().clearMessage()
        if item is not None:
            view.centerOn(item)
            view.ensureVisible(item, 40, 40)

    def _stage_name(self, stage_id: str) -> str:
        try:
            return self.doc.journey.stage(stage_id).name
        except KeyError:
            return stage_id

    def _report_persona(self, persona_id: str, detail: str) -> None:
        try:
            name = self.doc.journey.persona(persona_id).name
        except KeyError:
            name = persona_id
        text = tr("FindBar", "Match in persona “%s”") % name
        self.window.statusBar().showMessage(text + (f" ({detail})" if detail else ""), 8000)


class FindActions(QObject):
    """Find, Find next and Find previous in the Edit menu of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._bar: FindBar | None = None  # built on first use: a start shows no find bar
        self.find = QAction(tr("FindActions", "&Find…"), window)
        self.find.setShortcut(QKeySequence.StandardKey.Find)
        self.find.triggered.connect(lambda _c=False: self.bar.open_bar())
        self.find_next = QAction(tr("FindActions", "Find &next"), window)
        self.find_next.setShortcuts(_with_key(QKeySequence.StandardKey.FindNext, "F3"))
        self.find_next.triggered.connect(lambda _c=False: self._step(1))
        self.find_previous = QAction(tr("FindActions", "Find pre&vious"), window)
        self.find_previous.setShortcuts(_with_key(QKeySequence.StandardKey.FindPrevious, "Shift+F3"))
        self.find_previous.triggered.connect(lambda _c=False: self._step(-1))
        window.edit_menu.addSeparator()
        window.edit_menu.addActions([self.find, self.find_next, self.find_previous])

    @property
    def bar(self) -> FindBar:
        """The window's find bar (built the first time it is needed)."""
        if self._bar is None:
            self._bar = FindBar(self.window)
        return self._bar

    def _step(self, delta: int) -> None:
        if not self.bar.edit.text():
            self.bar.open_bar()
            return
        if not self.bar.isVisible():
            self.bar.show()
            self.bar._place()
        self.bar.step(delta)


def _with_key(standard: QKeySequence.StandardKey, key: str) -> list[QKeySequence]:
    # F3 / Shift+F3 everywhere, as the issue asks, beside the platform's own bindings.
    keys = list(QKeySequence.keyBindings(standard))
    if QKeySequence(key) not in keys:
        keys.append(QKeySequence(key))
    return keys
