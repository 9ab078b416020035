"""Help ▸ User guide speaks the interface language: its own guide, the English one's structure and
shortcuts, and menu paths that name the menus as the translated window shows them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QMenu

from cjm_desktop import i18n, i18n_catalog
from cjm_desktop.model import Journey
from cjm_desktop.paths import resource_path, user_guide_path
from cjm_desktop.ui.help_menu import TextDialog
from cjm_desktop.ui.main_window import MainWindow

ENGLISH = resource_path("help", "user-guide.md")
# A bold key combination (**Ctrl+Shift+Z**, **F5**, **Esc**): kept as it is in every language.
SHORTCUT = re.compile(
    r"\*\*((?:(?:Ctrl|Shift|Alt)\+)*(?:F\d{1,2}|[A-Z0-9]|Return|Enter|Esc|Delete|Space))\*\*"
)
PATH_SEP = " ▸ "


def guide(code: str) -> Path:
    """The guide written for ``code``; skips a language whose guide is not written yet."""
    path = resource_path("help", code, "user-guide.md")
    if not path.is_file():
        pytest.skip(f"no user guide in {code} yet")
    return path


def menu_texts(menu: QMenu) -> dict[str, QMenu | None]:
    """A menu's entries as shown (without '&' accelerator marks), each with its submenu if any."""
    return {
        a.text().replace("&&", "\0").replace("&", "").replace("\0", "&"): a.menu()
        for a in menu.actions()
        if not a.isSeparator()
    }


def wrong_menu_paths(markdown: str, window: MainWindow) -> list[str]:
    """Every "Menu ▸ Entry[ ▸ Entry]" of the guide that does not name real menus and entries of the window."""
    top = {
        a.text().replace("&", ""): a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)
    }
    wrong = []
    # Emphasis is no part of a name ("Edit ▸ **Level of evidence**"); a wrapped line (indented) goes on
    # its item's line, so a path may wrap.
    for line in re.sub(r"\n[ \t]+(?![-*+] )", " ", markdown).replace("*", "").splitlines():
        parts = line.split(PATH_SEP)
        start = 0
        while start < len(parts) - 1:
            # The menu title ends the text before the first arrow; an entry starts the text after the last.
            head = next((t for t in top if re.search(rf"(^|\W){re.escape(t)}$", parts[start])), None)
            path, menu, i = [head or parts[start]], top.get(head or ""), start + 1
            while menu is not None and i < len(parts):
                entries = menu_texts(menu)
                if i < len(parts) - 1 and parts[i] in entries:  # a submenu in the middle of the path
                    path.append(parts[i])
                    menu = entries[parts[i]]
                    i += 1
                    continue
                # The last entry: the longest entry name the text starts with, followed by no more letters.
                names = [n for n in entries if re.match(rf"{re.escape(n)}(?!\w)", parts[i])]
                path.append(max(names, key=len) if names else parts[i][:40])
                menu = None if names else menu
                i += 1
                break
            if head is None or menu is not None:
                wrong.append(PATH_SEP.join(path))
            start = max(i - 1, start + 1)  # the last part read may hold the next path's menu title
    return wrong


def plain(markdown: str) -> str:
    """The text a QTextBrowser shows for this Markdown."""
    document = QTextDocument()
    document.setMarkdown(markdown)
    return document.toPlainText()


def open_guide(window: MainWindow, qtbot) -> TextDialog:
    """Help ▸ User guide (F1) as a person opens it; the dialog it shows."""
    window.user_guide_action.trigger()
    qtbot.waitUntil(
        lambda: any(isinstance(w, TextDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, TextDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize("code", i18n_catalog.LANGUAGES)
def test_help_shows_the_guide_of_the_interface_language(
    code: str, qtbot, speak: Callable[[str], list[str]], make_window: Callable[..., MainWindow]
) -> None:
    path = guide(code)
    speak(code)
    dialog = open_guide(make_window(Journey(title="t")), qtbot)
    shown = dialog.browser.toPlainText()
    assert shown == plain(path.read_text(encoding="utf-8"))
    assert shown != plain(ENGLISH.read_text(encoding="utf-8"))
    assert user_guide_path() == path


@pytest.mark.parametrize("code", i18n_catalog.LANGUAGES)
def test_guide_has_the_english_headings_and_shortcuts(code: str) -> None:
    english = ENGLISH.read_text(encoding="utf-8")
    text = guide(code).read_text(encoding="utf-8")

    def headings(markdown: str) -> list[str]:
        return [m.group(1) for m in re.finditer(r"^(#+) ", markdown, re.M)]

    assert headings(text) == headings(english)
    assert Counter(SHORTCUT.findall(text)) == Counter(SHORTCUT.findall(english))
    assert "&" not in "".join(re.findall(rf"\S+{PATH_SEP}.*", text)), "an accelerator mark in a menu path"


# Each help page and how many menu paths it names at least (so a page that stops naming them fails).
PAGES = {"user-guide.md": 10, "spreadsheet-import.md": 2}


def page(code: str, name: str) -> Path:
    """The help page ``name`` written for ``code`` ("en": the English one); skips one not written yet."""
    path = resource_path("help", name) if code == "en" else resource_path("help", code, name)
    if not path.is_file():
        pytest.skip(f"no {name} in {code} yet")
    return path


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("code", ["en", *i18n_catalog.LANGUAGES])
def test_menu_paths_name_the_translated_menus(
    code: str, name: str, speak: Callable[[str], list[str]], make_window: Callable[..., MainWindow]
) -> None:
    path = page(code, name)
    speak(code)
    window = make_window(Journey(title="t"))
    text = path.read_text(encoding="utf-8")
    assert text.count(PATH_SEP) >= PAGES[name]  # the page does name its menus
    wrong = wrong_menu_paths(text, window)
    assert wrong == [], "menu paths naming no real menu entry:\n" + "\n".join(wrong)


def test_menu_path_check_catches_a_wrong_name(make_window: Callable[..., MainWindow]) -> None:
    window = make_window(Journey(title="t"))
    good = "Use File ▸ Export… (**Ctrl+E**), then Edit ▸ **Level of evidence** ▸ Assumption."
    assert wrong_menu_paths(good, window) == []
    assert wrong_menu_paths("Use File ▸ Export (**Ctrl+E**).", window) == ["File ▸ Export (Ctrl+E)."]
    assert wrong_menu_paths("Insert ▸ Stage", window) == ["Insert ▸ Stage"]
    assert wrong_menu_paths("Fichier ▸ Exporter…", window) == ["Fichier"]  # no such menu
    assert wrong_menu_paths("Edit ▸ Level ▸ Assumption", window)[0] == "Edit ▸ Level"


def test_a_language_without_a_guide_shows_the_english_one(
    qtbot, speak: Callable[[str], list[str]], make_window: Callable[..., MainWindow]
) -> None:
    speak("en")
    i18n.set_language("de")  # a language the app may one day speak, with no guide of its own
    assert not resource_path("help", "de").exists()
    dialog = open_guide(make_window(Journey(title="t")), qtbot)
    assert dialog.browser.toPlainText() == plain(ENGLISH.read_text(encoding="utf-8"))
    assert user_guide_path() == ENGLISH


@pytest.mark.parametrize("code", ["en", *i18n_catalog.LANGUAGES])
def test_the_apps_own_hints_name_real_menu_entries(
    code: str, speak: Callable[[str], list[str]], make_window: Callable[..., MainWindow]
) -> None:
    """The empty-map hints said "Insert ▸ Stage" and "Insert ▸ Lane" (the entries are New stage and
    New lane) in every language."""
    from cjm_desktop.i18n import tr
    from cjm_desktop.ui.empty_hints import hint_text

    speak(code)
    window = make_window(Journey(title="t"))
    hints = [
        hint_text(0, 0, 0),
        hint_text(0, 1, 0),
        hint_text(1, 0, 0),
        tr("PersonaChecklist", "No personas yet (Map ▸ Personas…)"),
        tr("ShortcutSheet", "Routes (Insert ▸ Draw route, R)"),
    ]
    assert all(PATH_SEP in hint for hint in hints)
    wrong = wrong_menu_paths("\n".join(hints), window)
    assert wrong == [], "hints naming no real menu entry:\n" + "\n".join(wrong)
