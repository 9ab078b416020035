"""Started in each language, the main window's menus, toolbar and docks speak it, with unique accelerators."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar

from cjm_desktop.document import edits
from cjm_desktop.model import Journey, LaneKind
from cjm_desktop.ui.main_window import MainWindow
from tests.i18n.conftest import LANGS

MNEMONIC = re.compile(r"&([^&\s])")


def accelerator(text: str) -> str | None:
    """The accelerator key of a menu text ('&&' is a literal ampersand)."""
    match = MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def menu_clashes(menu: QMenu, path: str) -> list[str]:
    """Accelerators used twice in this menu or any submenu, as 'path: key in A, B'."""
    texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    keys = Counter(k for k in map(accelerator, texts) if k)
    clashes = [
        f"{path}: '{k}' in {[t for t in texts if accelerator(t) == k]}"
        for k, count in keys.items()
        if count > 1
    ]
    for action in menu.actions():
        if action.menu():
            clashes += menu_clashes(action.menu(), f"{path} > {action.text()}")
    return clashes


@pytest.mark.parametrize("code", LANGS)
def test_menu_accelerators_are_unique_in_every_menu(
    code: str, speak: Callable[[str], list[str]], make_window: Callable[..., MainWindow]
) -> None:
    speak(code)
    win = make_window(Journey(title="t"))
    bar = win.menuBar()
    top = [a.text() for a in bar.actions()]
    assert len({accelerator(t) for t in top}) == len(top), top
    clashes = []
    for action in bar.actions():
        clashes += menu_clashes(action.menu(), action.text())
    assert clashes == [], "\n".join(clashes)


@pytest.mark.parametrize("code", LANGS)
def test_every_view_menu_entry_has_its_own_accelerator(
    code: str, speak: Callable[[str], list[str]], make_window: Callable[..., MainWindow]
) -> None:
    """Each dock toggle and command in View opens with Alt+V and one letter, even entries that only show
    with a second screen (Present on)."""
    speak(code)
    win = make_window(Journey(title="t"))
    texts = [a.text() for a in win.view_menu.actions() if not a.isSeparator()]
    assert len(texts) >= 15, texts  # zooms, every dock, presenting, Reset layout
    assert [t for t in texts if accelerator(t) is None] == [], "entries without an accelerator"
    keys = Counter(map(accelerator, texts))
    assert [t for t in texts if keys[accelerator(t)] > 1] == [], "entries sharing an accelerator"


@pytest.mark.parametrize("code", LANGS)
def test_every_new_lane_entry_has_its_own_accelerator_and_shows_the_lane_title(
    code: str, speak: Callable[[str], list[str]], make_window: Callable[..., MainWindow]
) -> None:
    """Alt+I, L, then one letter adds a lane of any kind; the entry reads as the lane it adds."""
    speak(code)
    win = make_window(Journey(title="t"))
    texts = [a.text() for a in win.edit.add_lane_menu.actions()]
    assert len(texts) == len(LaneKind)
    assert [t for t in texts if accelerator(t) is None] == [], "entries without an accelerator"
    keys = Counter(map(accelerator, texts))
    assert [t for t in texts if keys[accelerator(t)] > 1] == [], "entries sharing an accelerator"
    shown = [t.replace("&&", "\0").replace("&", "").replace("\0", "&") for t in texts]
    assert shown == [edits.lane_title(kind) for kind in LaneKind]


@pytest.mark.parametrize("code", LANGS)
def test_an_open_menus_letters_beat_the_windows_one_key_shortcuts(
    code: str, speak: Callable[[str], list[str]], make_window: Callable[..., MainWindow], qtbot
) -> None:
    """Draw route answers a bare R on the canvas; with View open from there, R is View's entry."""
    speak(code)
    win = make_window(Journey(title="t"))
    one_key = {
        k.toString().lower()
        for a in win.findChildren(QAction)
        for k in a.shortcuts()
        if len(k.toString()) == 1
    }
    assert "r" in one_key
    entries = [a for a in win.view_menu.actions() if a.isVisible() and accelerator(a.text()) in one_key]
    if code == "en":
        assert [a.text() for a in entries] == ["&Reset layout"]
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    fired: list[str] = []
    for action in win.findChildren(QAction):
        action.triggered.connect(lambda _c=False, a=action: fired.append(a.text()))
    for entry in entries:
        fired.clear()
        win.view.setFocus()  # a menu opened from the canvas leaves the focus there
        qtbot.waitUntil(win.view.hasFocus)
        win.view_menu.popup(win.mapToGlobal(win.rect().center()))
        qtbot.waitExposed(win.view_menu)
        qtbot.keyClick(win.view_menu, accelerator(entry.text()))
        assert fired == [entry.text()]
        win.view_menu.close()


@pytest.mark.parametrize(
    ("code", "file_menu", "inspector"),
    [
        ("fi", "&Tiedosto", "Tarkastelija"),
        ("hu", "&Fájl", "Tulajdonságok"),
        ("el", "&Αρχείο", "Επιθεωρητής"),
        ("ro", "&Fișier", "Inspector"),
    ],
)
def test_main_window_speaks_the_language(
    code: str,
    file_menu: str,
    inspector: str,
    speak: Callable[[str], list[str]],
    make_window: Callable[..., MainWindow],
) -> None:
    speak(code)
    win = make_window(Journey(title="t"))
    assert win.menuBar().actions()[0].text() == file_menu
    docks = {d.windowTitle() for d in win.findChildren(QDockWidget)}
    assert inspector in docks
    toolbar_texts = [a.text() for t in win.findChildren(QToolBar) for a in t.actions() if a.text()]
    english = {"&Undo", "&Redo", "&Save", "&Open…", "Zoom &in", "&Present"}
    assert not english & set(toolbar_texts)


def test_a_dock_shown_from_view_comes_to_the_front(make_window: Callable[..., MainWindow], qtbot) -> None:
    """History, Personas and the other docks tabbed with the inspector open in front, not behind it."""
    win = make_window(Journey(title="t"))
    for dock in (win.personas.dock, win.history_dock):
        dock.close()
        win.inspector_dock.raise_()
        qtbot.waitUntil(lambda d=dock: d.visibleRegion().isEmpty())
        dock.toggleViewAction().trigger()
        qtbot.waitUntil(lambda d=dock: not d.visibleRegion().isEmpty())
        assert win.inspector_dock.visibleRegion().isEmpty()
