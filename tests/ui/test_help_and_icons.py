"""Icons from one set, a toolbar that never moves, every dock in View, Reset layout, and Help."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QDockWidget

from cjm_desktop import __version__
from cjm_desktop.document import edits
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.paths import sample_map_path
from cjm_desktop.ui.help_menu import about_dialog, user_guide


def test_toolbar_and_menus_have_icons(qtbot, make_window) -> None:
    window = make_window(load_map(sample_map_path()))
    toolbar_actions = [a for a in window.toolbar.actions() if not a.isSeparator() and a.text()]
    assert toolbar_actions and all(not a.icon().isNull() for a in toolbar_actions)
    assert len(window.chrome.icons) >= 25
    for action in (window.edit.cut, window.edit.copy, window.edit.paste, window.export_actions.export):
        assert not action.icon().isNull()


@pytest.mark.parametrize("name", ["mdi6.undo", "mdi6.content-save-outline", "mdi6.table-arrow-down"])
def test_glyph_icons_draw_exactly_what_qtawesome_draws(qtbot, name: str) -> None:
    """glyph_icons spares the start-up qtawesome's import; its icons must stay pixel for pixel the same."""
    import qtawesome

    from cjm_desktop.ui import glyph_icons

    ours = glyph_icons.icon(name, QColor("#204a87"), QColor("#babdb6"))
    theirs = qtawesome.icon(name, color=QColor("#204a87"), color_disabled=QColor("#babdb6"))
    assert glyph_icons._glyph_font() is not None  # drawn from the font, not handed to qtawesome
    for size in (16, 24, 48):
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
            mine = ours.pixmap(QSize(size, size), mode).toImage()
            assert mine == theirs.pixmap(QSize(size, size), mode).toImage()
            assert any(mine.pixelColor(x, y).alpha() for x in range(size) for y in range(size))


def test_charmap_look_ups_answer_as_the_parsed_file() -> None:
    """Names are found by halving the sorted lines; every answer is the JSON file's, in any layout."""
    import json

    from cjm_desktop.ui import glyph_icons

    files = glyph_icons._font_files()
    assert files is not None
    text = files[1].read_text(encoding="utf-8")
    parsed = json.loads(text)
    charmap = glyph_icons._Charmap(text)
    assert all(charmap._halving(name) == code for name, code in parsed.items())  # no parse needed
    assert charmap._parsed is None
    for missing in ("", "aaa", "undo-", "zzzz", "no such icon"):
        assert charmap._halving(missing) is None and charmap.get(missing) is None
    # Another layout (one line, unsorted): the halving finds nothing, the text search and JSON answer.
    names = sorted(parsed, reverse=True)[:300]
    other = glyph_icons._Charmap(json.dumps({name: parsed[name] for name in names}))
    assert other._halving(names[0]) is None
    assert all(other.get(name) == parsed[name] for name in names)


def test_lane_kind_icons_draw_their_symbol_in_the_accent_colour(qtbot) -> None:
    """New lane menu icons: each kind's symbol in its accent; highlighted, in the selection's text colour."""
    from cjm_desktop.canvas.style import LIGHT_MAP
    from cjm_desktop.model import LaneKind
    from cjm_desktop.ui.kinds_actions import kind_icon

    for kind in (LaneKind.TOUCHPOINTS, LaneKind.PAIN_POINTS):
        accent = QColor(LIGHT_MAP.kind(kind).accent)
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
            image = kind_icon(kind).pixmap(QSize(32, 32), mode).toImage()
            opaque = [image.pixelColor(x, y) for x in range(32) for y in range(32)]
            opaque = [c for c in opaque if c.alpha() == 255]
            assert opaque and all(c.rgb() == accent.rgb() for c in opaque)
        # Highlighted in a menu (Active; Selected in item views): the highlighted-text colour.
        on_selection = QApplication.palette().color(QPalette.ColorRole.HighlightedText)
        for mode in (QIcon.Mode.Active, QIcon.Mode.Selected):
            image = kind_icon(kind).pixmap(QSize(32, 32), mode).toImage()
            drawn = [image.pixelColor(x, y) for x in range(32) for y in range(32)]
            drawn = [c for c in drawn if c.alpha() > 0]
            assert drawn and all(c.rgb() == on_selection.rgb() for c in drawn)


def test_every_named_action_exists(qtbot, make_window) -> None:
    """The icon table names actions by attribute path: a renamed action must fail here, not lose its icon."""
    from cjm_desktop.ui import action_icons

    window = make_window(load_map(sample_map_path()))
    missing = [path for path in action_icons.BY_ATTRIBUTE if action_icons._find(window, path) is None]
    assert missing == []


def test_toolbar_buttons_do_not_move_when_undo_text_changes(qtbot, make_window) -> None:
    window = make_window(load_map(sample_map_path()))
    toolbar = window.toolbar

    def positions() -> list[int]:
        return [
            toolbar.widgetForAction(a).geometry().x() for a in toolbar.actions() if toolbar.widgetForAction(a)
        ]

    before = positions()
    edits.add_stage(window.doc, name="A very long stage name that makes the undo text long")
    QApplication.processEvents()
    assert window.edit.undo.text() != "Undo"  # the menu says what will be undone...
    proxy = window.chrome.toolbar_proxies[window.edit.undo]
    assert proxy.text() == "Undo" and proxy.isEnabled()  # ...the toolbar keeps its label
    assert "long stage" not in proxy.text() and "Add stage" in proxy.toolTip()
    assert positions() == before
    proxy.trigger()
    assert not any(s.name.startswith("A very long") for s in window.doc.journey.stages)


def test_every_dock_is_in_the_view_menu_and_reset_layout_restores(qtbot, make_window) -> None:
    window = make_window(load_map(sample_map_path()))
    view_actions = set(window.view_menu.actions())
    docks = window.findChildren(QDockWidget)
    assert len(docks) >= 4
    assert all(d.toggleViewAction() in view_actions for d in docks)
    window.inspector_dock.toggleViewAction().trigger()
    window.history_dock.setFloating(True)
    assert not window.inspector_dock.isVisible()
    window.chrome.reset_action.trigger()
    QApplication.processEvents()
    assert window.inspector_dock.isVisible() and not window.history_dock.isFloating()


def test_shortcut_sheet_user_guide_and_about(qtbot, make_window) -> None:
    window = make_window(load_map(sample_map_path()))
    window.shortcuts_action.trigger()
    sheet = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "ShortcutSheet")
    assert ("Ctrl+Z", "Undo") in sheet.rows() and window.shortcuts_action.shortcut().toString() == "Ctrl+/"
    sheet.close()
    guide = user_guide(window)
    qtbot.addWidget(guide)
    assert "Build the map" in guide.browser.toPlainText()
    assert window.user_guide_action.shortcut().toString() == "F1"
    about = about_dialog(window)
    qtbot.addWidget(about)
    header = " ".join(w.text() for w in about.findChildren(type(about.header.itemAt(1).widget())))
    assert __version__ in header and "MIT" in header
    notices = about.browser.toPlainText()
    assert "PySide6" in notices and "LGPL" in notices
