"""Help ▸ Keyboard shortcuts (Ctrl+/): every key the editor answers to, so a map can be built without a mouse.

The menu shortcuts are read from the window's own actions (so the sheet never goes stale); the keys
that act on the canvas without a menu entry are listed here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.i18n import tr


def canvas_keys() -> list[tuple[str, list[tuple[str, str]]]]:
    """Keys on the canvas that no menu shows, by task."""
    return [
        (
            tr("ShortcutSheet", "Moving around the map"),
            [
                (
                    tr("ShortcutSheet", "Arrow keys"),
                    tr("ShortcutSheet", "Select the next card, stage or lane"),
                ),
                (
                    tr("ShortcutSheet", "Alt+arrow keys"),
                    tr("ShortcutSheet", "Move the selected card, stage or lane"),
                ),
                (tr("ShortcutSheet", "Enter or F2"), tr("ShortcutSheet", "Edit the selected item's text")),
                (tr("ShortcutSheet", "Esc"), tr("ShortcutSheet", "Clear the selection")),
                (tr("ShortcutSheet", "Menu key"), tr("ShortcutSheet", "The context menu")),
            ],
        ),
        (
            tr("ShortcutSheet", "Emotion scores"),
            [
                (
                    tr("ShortcutSheet", "Right on the Emotions lane"),
                    tr("ShortcutSheet", "Put the focus ring on the first persona's first point"),
                ),
                (
                    tr("ShortcutSheet", "Up / Down"),
                    tr("ShortcutSheet", "Raise or lower the score (one undo step each)"),
                ),
                (tr("ShortcutSheet", "Left / Right"), tr("ShortcutSheet", "The previous or next stage")),
                (
                    tr("ShortcutSheet", "Page Up / Page Down"),
                    tr("ShortcutSheet", "The previous or next persona"),
                ),
                (tr("ShortcutSheet", "Enter"), tr("ShortcutSheet", "Score an unscored stage (0)")),
                (tr("ShortcutSheet", "Delete"), tr("ShortcutSheet", "Clear the score")),
                (tr("ShortcutSheet", "Esc"), tr("ShortcutSheet", "Back to the lane")),
            ],
        ),
        (
            tr("ShortcutSheet", "Routes (Insert ▸ Draw route, R)"),
            [
                (tr("ShortcutSheet", "Arrow keys"), tr("ShortcutSheet", "Select a touchpoint card")),
                (
                    tr("ShortcutSheet", "Enter or Space"),
                    tr("ShortcutSheet", "Start the route here, or draw the next arrow"),
                ),
                (
                    tr("ShortcutSheet", "Delete"),
                    tr("ShortcutSheet", "Delete the arrows leaving the selected card"),
                ),
                (
                    tr("ShortcutSheet", "Esc, Esc"),
                    tr("ShortcutSheet", "Stop the pending arrow, then leave the tool"),
                ),
            ],
        ),
        (
            tr("ShortcutSheet", "Personas and metrics"),
            [
                (
                    tr("ShortcutSheet", "Alt+Up / Alt+Down"),
                    tr("ShortcutSheet", "In the persona editor's list: move the persona"),
                ),
                (
                    tr("ShortcutSheet", "Map ▸ Metric targets…"),
                    tr("ShortcutSheet", "Type each metric's target; Tab applies it"),
                ),
            ],
        ),
    ]


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, str]]:
    """(keys, what) for every action of the window that has a shortcut, in menu order."""
    seen: set[int] = set()
    rows: list[tuple[str, str]] = []
    for action in window.findChildren(QAction):
        keys = action.shortcut()
        if keys.isEmpty() or id(action) in seen or not action.text():
            continue
        seen.add(id(action))
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
        rows.append((keys.toString(QKeySequence.SequenceFormat.NativeText), text))
    return sorted(set(rows), key=lambda row: row[1].casefold())


class ShortcutSheet(QDialog):
    """The shortcut sheet: a searchable-by-keyboard tree of keys and what they do."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(tr("ShortcutSheet", "Keyboard shortcuts"))
        self.resize(640, 560)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([tr("ShortcutSheet", "Keys"), tr("ShortcutSheet", "What they do")])
        self.tree.setAccessibleName(tr("ShortcutSheet", "Keyboard shortcuts"))
        self.tree.setRootIsDecorated(True)
        sections = [(tr("ShortcutSheet", "Menu commands"), menu_shortcuts(window)), *canvas_keys()]
        for title, rows in sections:
            section = QTreeWidgetItem(self.tree, [title])
            for keys, what in rows:
                QTreeWidgetItem(section, [keys, what])
            section.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.tree.setFocus()

    def rows(self) -> list[tuple[str, str]]:
        """Every (keys, what) row shown."""
        result = []
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            if section is None:
                continue
            rows = (section.child(j) for j in range(section.childCount()))
            result += [(row.text(0), row.text(1)) for row in rows if row is not None]
        return result


def show_shortcut_sheet(window: QMainWindow) -> ShortcutSheet:
    """Open the shortcut sheet beside the window (non-modal: it can stay open while working)."""
    sheet = ShortcutSheet(window)
    sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    sheet.setModal(False)
    sheet.show()
    return sheet
