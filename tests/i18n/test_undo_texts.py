"""Edit ▸ Undo/Redo read as one translated sentence in every language, never "Undo" glued to a name."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QUndoView

from cjm_desktop.document import edits
from cjm_desktop.i18n import tr
from cjm_desktop.model import Journey, LaneKind
from cjm_desktop.ui.main_window import MainWindow
from tests.i18n.conftest import LANGS

# What a native speaker reads in the Edit menu after adding a stage (Qt glued "Anulează Adaugă o etapă").
ADD_STAGE = {
    "en": ("&Undo Add stage", "&Redo Add stage"),
    "fi": ("&Kumoa toiminto ”Lisää vaihe”", "&Tee uudelleen toiminto ”Lisää vaihe”"),
    "el": ("&Αναίρεση: Προσθήκη σταδίου", "Ε&πανάληψη: Προσθήκη σταδίου"),
    "ro": ("&Anulează acțiunea „Adaugă o etapă”", "&Refă acțiunea „Adaugă o etapă”"),
    "hu": ("&Visszavonás: Szakasz hozzáadása", "&Mégis: Szakasz hozzáadása"),
}


def entries(win: MainWindow) -> tuple[str, str]:
    """The Edit menu's Undo and Redo texts."""
    return win.edit.undo.text(), win.edit.redo.text()


@pytest.mark.parametrize("code", LANGS)
def test_undo_and_redo_entries_are_one_sentence_in_every_language(
    code: str, speak: Callable[[str], list[str]], make_window: Callable[..., MainWindow]
) -> None:
    speak(code)
    win = make_window(Journey(title="t"))
    doc = win.doc
    plain = (tr("EditActions", "&Undo"), tr("EditActions", "&Redo"))
    assert entries(win) == plain and not win.edit.undo.isEnabled()  # nothing to undo yet
    undo_template, redo_template = tr("EditActions", "&Undo %1"), tr("EditActions", "&Redo %1")
    assert undo_template.count("%1") == 1 and redo_template.count("%1") == 1

    stage = edits.add_stage(doc, name="S")
    doc.undo_stack.undo()
    assert entries(win) == (plain[0], ADD_STAGE[code][1])
    doc.undo_stack.redo()
    assert entries(win)[0] == ADD_STAGE[code][0]

    lane = edits.add_lane(doc, LaneKind.NOTES)
    card = edits.add_card(doc, lane.id, stage.id, "x")
    other = edits.add_card(doc, lane.id, stage.id, "y")
    edits.set_fields(doc, "cards", card.id, {"text": "z"}, tr("JourneyView", "Edit card text"))
    # As the Inspector names a field's edit: "Edit %s" with the field's label.
    field_edit = tr("Inspector", "Edit %s") % tr("Inspector", "Text").lower()
    edits.set_fields(doc, "cards", card.id, {"text": "w"}, field_edit)
    edits.move_cards(doc, [card.id], lane.id, stage.id, 1)
    with doc.macro(tr("edits", "Import metrics")):
        edits.set_fields(doc, "map", "", {"title": "u"})
    edits.delete_cards(doc, [other.id])
    names = [doc.undo_stack.text(i) for i in range(doc.undo_stack.count())]
    assert len(names) == 9 and "%1" not in "".join(names)
    toolbar_undo = win.chrome.toolbar_proxies[win.edit.undo]
    for name in reversed(names):
        undo = undo_template.replace("%1", name)
        assert win.edit.undo.text() == undo and win.edit.undo.isEnabled()
        assert undo.count(":") <= 1, undo  # never "Anulează: Editează: text"
        assert toolbar_undo.toolTip() == undo.replace("&", "")  # the toolbar button's tip says the same
        doc.undo_stack.undo()
        assert win.edit.redo.text() == redo_template.replace("%1", name)
    assert entries(win)[0] == plain[0] and not win.edit.undo.isEnabled()
    # The History view lists each step by its plain name, as the menu names it.
    history = win.history_dock.widget()
    assert isinstance(history, QUndoView)
    rows = [history.model().index(i, 0).data() for i in range(1, history.model().rowCount())]
    assert rows == names
    QApplication.processEvents()


# Contexts whose texts name undo steps (besides a few named in the ui/ modules).
COMMAND_CONTEXTS = (
    "edits",
    "opportunity",
    "route_edits",
    "vote_edits",
    "Snapshots",
    "JourneyView",
    "Inspector",
)


@pytest.mark.parametrize("code", [c for c in LANGS if c != "en"])
def test_a_quoted_command_name_never_holds_the_same_quotes(code: str, repo_root: Path) -> None:
    """ "Anulează acțiunea „%1”" quotes the name: a name quoting with „” too would nest them."""
    catalogue = ET.parse(repo_root / "resources" / "translations" / f"cjm_{code}.ts").getroot()
    texts = {}
    for context in catalogue.iter("context"):
        for message in context.iter("message"):
            forms = [t.text or "" for t in message.iter() if t.tag in ("translation", "numerusform")]
            texts[(context.findtext("name"), message.findtext("source"))] = " ".join(forms)
    for template in (texts[("EditActions", "&Undo %1")], texts[("EditActions", "&Redo %1")]):
        at = template.index("%1")
        quotes = {template[at - 1 : at], template[at + 2 : at + 3]} & set('„”“"«»’‘')
        clashes = [
            f"{source!r}: {text!r}"
            for (context, source), text in texts.items()
            if context in COMMAND_CONTEXTS and quotes & set(text)
        ]
        assert clashes == [], clashes
