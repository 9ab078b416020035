"""The help pages the guide links to: every link leads to a page that exists, in the reader's language."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest

from cjm_desktop import i18n, i18n_catalog
from cjm_desktop.model import Journey
from cjm_desktop.paths import help_page_path, resource_path
from cjm_desktop.ui.help_menu import HelpBrowser
from cjm_desktop.ui.main_window import MainWindow
from tests.i18n.test_user_guide import open_guide, plain

HELP = resource_path("help")
PAGE = "spreadsheet-import.md"
LINK = re.compile(r"\]\(([^)\s]+)\)")  # [text](target) and ![image](target)
# Qt makes no anchors from Markdown headings: each linked heading ends in an HTML one.
ANCHOR = re.compile(r'<a name="([^"]+)">')


def shipped_pages() -> list[Path]:
    """Every help page the app ships (resources/help, each language's folder too)."""
    return sorted(HELP.rglob("*.md"))


def local_links(path: Path) -> list[str]:
    """The page's links to other files or places (not web or mail addresses)."""
    targets = LINK.findall(path.read_text(encoding="utf-8"))
    return [t for t in targets if not re.match(r"[a-z]+:", t)]


def test_help_pages_link_to_each_other() -> None:
    """The check below checks something: the guides do link the import page, one link each."""
    pages = shipped_pages()
    assert {p.relative_to(HELP).as_posix() for p in pages} >= {
        "user-guide.md",
        PAGE,
        *(f"{code}/{name}" for code in i18n_catalog.LANGUAGES for name in ("user-guide.md", PAGE)),
    }
    assert all(any(t.startswith(PAGE) for t in local_links(p)) for p in pages if p.name == "user-guide.md")


@pytest.mark.parametrize("path", shipped_pages(), ids=lambda p: p.relative_to(HELP).as_posix())
def test_every_link_of_a_help_page_resolves_to_a_file_that_exists(path: Path) -> None:
    """Resolved as the help window resolves it, beside the page: the Finnish guide's link to
    spreadsheet-import.md is the Finnish page, which existed only in English (docs/, not shipped)."""
    for target in local_links(path):
        file, _, fragment = target.partition("#")
        linked = (path.parent / file).resolve() if file else path
        assert linked.is_file(), f"{path.name} links {target}: no such file"
        assert linked.is_relative_to(HELP), f"{path.name} links {target} outside the shipped help"
        if fragment:  # the help window scrolls to an anchor; Qt makes none from headings by itself
            anchors = ANCHOR.findall(linked.read_text(encoding="utf-8"))
            assert fragment in anchors, f"{path.name} links {target}: no such anchor"


@pytest.mark.parametrize("code", i18n_catalog.LANGUAGES)
def test_the_import_page_has_the_english_sections(code: str) -> None:
    """The same sections and anchors (so a link into either reaches the same place), code blocks and
    command-line options as the English page, with the language's own decimal commas."""
    english = (HELP / PAGE).read_text(encoding="utf-8")
    text = (HELP / code / PAGE).read_text(encoding="utf-8")

    def outline(markdown: str) -> list[tuple[str, str]]:
        return re.findall(r"^(#+) [^<\n]*(?:<a name=\"([^\"]+)\">)?", markdown, re.M)

    assert outline(text) == outline(english)
    assert text.count("```") == english.count("```")
    options = re.compile(r"--[a-z][a-z-]+")
    assert set(options.findall(text)) == set(options.findall(english))
    assert f"resources/samples/{code}/ecommerce-metrics.xlsx" in text  # the language's own sample
    assert "12,5" in text.replace("12,5 %", "12,5%") and "0,125" in text  # prose numbers: decimal comma


@pytest.mark.parametrize("code", i18n_catalog.LANGUAGES)
def test_following_the_guides_link_opens_the_page_in_the_same_language(
    code: str, qtbot, speak: Callable[[str], list[str]], make_window: Callable[..., MainWindow]
) -> None:
    """Help ▸ User guide, then a click on its link to the import page, as a reader does it."""
    speak(code)
    dialog = open_guide(make_window(Journey(title="t")), qtbot)
    browser = dialog.browser
    dialog.resize(700, 500)
    guide = (HELP / code / "user-guide.md").read_text(encoding="utf-8")
    (text,) = (m.group(1) for m in re.finditer(r"\[([^\]]+)\]\(" + re.escape(PAGE), guide))
    found = browser.document().find(text)
    assert not found.isNull()
    browser.setTextCursor(found)
    browser.ensureCursorVisible()
    cursor = found
    cursor.setPosition(found.selectionStart() + 2)
    QTest.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=browser.cursorRect(cursor).center())
    qtbot.waitUntil(lambda: browser.source().toLocalFile().endswith(f"{code}/{PAGE}"))
    page = HELP / code / PAGE
    assert Path(browser.source().toLocalFile()) == page
    assert browser.toPlainText() == plain(page.read_text(encoding="utf-8"))
    assert browser.verticalScrollBar().value() > 0  # at the linked section, not the top
    # Each section title shows as a heading (an anchor around its text, or an HTML <h2>, made it
    # plain text, the latter glued to the paragraph before): the anchor follows the text.
    shown = browser.document()
    levels = [shown.findBlockByNumber(i).blockFormat().headingLevel() for i in range(shown.blockCount())]
    written = re.findall(r"^#+ ", page.read_text(encoding="utf-8"), re.M)
    assert sum(level > 0 for level in levels) == len(written) == 8


def test_a_language_without_the_page_shows_the_english_one(qtbot) -> None:
    """The guide's own fallback: a language whose folder lacks the page (or has no folder) reads English."""
    i18n.set_language("de")
    try:
        assert help_page_path(PAGE) == HELP / PAGE
    finally:
        i18n.set_language("en")
    browser = HelpBrowser()
    qtbot.addWidget(browser)
    target = QUrl.fromLocalFile(str(HELP / "de" / PAGE))
    target.setFragment("metrics-on-touchpoints-and-personas")
    browser.setSource(target, QTextDocument.ResourceType.MarkdownResource)
    assert Path(browser.source().toLocalFile()) == HELP / PAGE
    assert browser.toPlainText() == plain((HELP / PAGE).read_text(encoding="utf-8"))


def test_a_missing_page_says_so_instead_of_a_blank_window(qtbot) -> None:
    browser = HelpBrowser()
    qtbot.addWidget(browser)
    browser.setSource(QUrl.fromLocalFile(str(HELP / "fi" / "no-such-page.md")))
    assert "no-such-page.md" in browser.toPlainText()


def test_the_shipped_english_page_keeps_in_step_with_docs(repo_root: Path) -> None:
    """resources/help/spreadsheet-import.md is docs/spreadsheet-import.md made to work in Help (anchors
    on its headings, no link out of the help folder): the same headings and examples."""
    docs = (repo_root / "docs" / PAGE).read_text(encoding="utf-8")
    shipped = (HELP / PAGE).read_text(encoding="utf-8")

    def headings(markdown: str) -> list[str]:
        return [re.sub(r" <a name=.*</a>$", "", h) for h in re.findall(r"^#+ .*$", markdown, re.M)]

    def code(markdown: str) -> list[str]:
        return re.findall(r"```.*?```", markdown, re.S)

    assert headings(shipped) == headings(docs)
    assert code(shipped) == code(docs)
