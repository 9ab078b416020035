"""Every interactive widget tells assistive technology what it is: a name, a text, or a label buddy."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.paths import sample_map_path
from cjm_desktop.ui.export_dialog import ExportDialog
from cjm_desktop.ui.import_wizard import ImportWizard
from cjm_desktop.ui.template_dialog import TemplateDialog

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QSlider,
    QDockWidget,
)


def ancestors(widget: QWidget) -> list[QWidget]:
    """The widget's parents up to its window."""
    found = []
    parent = widget.parentWidget()
    while parent is not None:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` with no accessible name, no text of their own and no label."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QTabBar):
            continue
        if any(isinstance(owner, (QAbstractSpinBox, QComboBox)) for owner in ancestors(widget)):
            continue  # the line edit or popup list inside a spin box or combo box speaks for its owner
        if isinstance(widget, QAbstractButton) and isinstance(widget.parent(), QLineEdit):
            continue  # a line edit's own clear button
        if isinstance(widget, QHeaderView):
            continue  # an item view's header is named by its column titles
        if type(widget).__name__.startswith("QScrollBar") or widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (scroll bars, dock title buttons) carry Qt's own names
        if widget.accessibleName() or id(widget) in buddies:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        if isinstance(widget, QDockWidget) and widget.windowTitle():
            continue
        owner = widget.parent()
        missing.append(
            f"{type(widget).__name__} {widget.objectName()!r} tip={widget.toolTip()!r} in "
            f"{type(owner).__name__} {owner.objectName()!r} of {type(widget.window()).__name__}"
        )
    return missing


def test_main_window_docks_inspector_and_dialogs_name_every_control(make_window, qtbot):
    window = make_window(load_map(sample_map_path()))
    card = window.doc.journey.cards[0]
    window.scene.select_ids([card.id])  # the inspector shows a card's fields
    window.personas.show_editor(window.doc.journey.personas[0].id)
    window.workshop.show_panel()
    window.accessibility.outline_action.trigger()
    missing = unnamed(window)
    journey = window.doc.journey
    for lane in journey.lanes:
        cards = [c.id for c in journey.cards if c.lane_id == lane.id]
        if cards:
            window.scene.select_ids(cards[:1])
            missing += unnamed(window.inspector)  # each lane kind's own fields
    for item_id in (journey.stages[0].id, journey.lanes[0].id):
        window.scene.select_ids([item_id])
        missing += unnamed(window.inspector)
    dialogs = [
        window.accessibility.edit_targets(),
        window.accessibility.show_shortcuts(),
        ExportDialog(window.scene, None, window),
        ImportWizard(window.doc, window),
        TemplateDialog(window),
    ]
    for dialog in dialogs:
        missing += unnamed(dialog)
        dialog.close()
        dialog.deleteLater()
    assert not missing, "\n".join(sorted(set(missing)))
    # Toolbar buttons: named after their action, described by its status tip.
    button = window.toolbar.widgetForAction(window.kinds_actions.draw_route)
    assert button.accessibleName() == "Draw route"
    assert button.accessibleDescription() == window.kinds_actions.draw_route.statusTip()
