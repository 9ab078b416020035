"""The right-click (or Menu key) menu of a route arrow: label, persona, reverse, delete."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from cjm_desktop.canvas.route_items import RouteItem
from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.document import route_edits
from cjm_desktop.i18n import tr
from cjm_desktop.ui.labels import literal


def route_at(scene: JourneyScene, pos: QPointF) -> RouteItem | None:
    """The route arrow under a scene position (arrows sit above cards)."""
    for item in scene.items(pos):
        if isinstance(item, RouteItem):
            return item
    return None


def fill_route_menu(menu: QMenu, scene: JourneyScene, route_id: str, parent: QWidget) -> None:
    """Add a route's actions to a menu; each is one undoable edit."""
    doc = scene.doc
    route = doc.target("routes", route_id)
    menu.addAction(tr("RouteMenu", "Label…"), lambda: ask_route_label(parent, scene, route_id)).setStatusTip(
        tr("RouteMenu", "The text written on the arrow")
    )
    personas = menu.addMenu(tr("RouteMenu", "Persona"))
    everyone = personas.addAction(tr("RouteMenu", "Everyone (no persona)"))
    everyone.setCheckable(True)
    everyone.setChecked(route.persona_id is None)
    everyone.triggered.connect(lambda _c=False: route_edits.set_route_persona(doc, route_id, None))
    for persona in doc.journey.personas:
        action = personas.addAction(literal(persona.name) or tr("RouteMenu", "Unnamed persona"))
        action.setCheckable(True)
        action.setChecked(route.persona_id == persona.id)
        action.triggered.connect(
            lambda _c=False, pid=persona.id: route_edits.set_route_persona(doc, route_id, pid)
        )
    reverse = menu.addAction(
        tr("RouteMenu", "Reverse direction"), lambda: route_edits.reverse_route(doc, route_id)
    )
    reverse.setEnabled(route_edits.find_route(doc, route.to_card, route.from_card) is None)
    menu.addSeparator()
    menu.addAction(tr("RouteMenu", "Delete route"), lambda: route_edits.delete_routes(doc, [route_id]))


def ask_route_label(parent: QWidget, scene: JourneyScene, route_id: str) -> None:
    """Ask for the text on a route's arrow and set it (one undo step)."""
    route = scene.doc.target("routes", route_id)
    text, ok = QInputDialog.getText(
        parent, tr("RouteMenu", "Route label"), tr("RouteMenu", "Text on the arrow:"), text=route.label
    )
    if ok and text != route.label:
        route_edits.relabel_route(scene.doc, route_id, text)
