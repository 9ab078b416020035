"""No clipped text in any language: every dialog, dock and wizard page opened offscreen and measured.

Finnish and Hungarian run 30-40 % longer than English. Each surface is opened in each language on a
1366x768 main window; a label, button, tab, combo or group title whose text is wider than its widget
fails, and so does a window that cannot fit a 1366x768 screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, QSize
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QTabBar, QToolButton, QToolTip, QWidget, QWizard

from cjm_desktop.io.mapfile import recovery
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.model import Journey, LaneKind
from cjm_desktop.paths import sample_map_path
from cjm_desktop.ui.export_dialog import ExportDialog
from cjm_desktop.ui.import_wizard import ImportWizard
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.recovery_dialog import RecoveryDialog
from cjm_desktop.ui.refresh_dialog import RefreshDialog
from cjm_desktop.ui.template_dialog import TemplateDialog
from cjm_desktop.ui.window_geometry import dock_width, first_run_geometry, size_docks
from tests.i18n.conftest import LANGS
from tests.i18n.fit import clipped, elided_tabs, too_big
from tests.ui.metrics_workbook import write_daily


@pytest.fixture
def window(qtbot, speak: Callable[[str], list[str]], request: pytest.FixtureRequest) -> Iterator[MainWindow]:
    """The sample map in a 1366x768 window, in the language the test names."""
    speak(request.node.callspec.params["code"])
    w = MainWindow()
    w.doc.replace_journey(load_map(sample_map_path()))
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.workshop.presentation is not None:
        w.workshop.presentation.close()
    w.doc.undo_stack.setClean()
    w.scene.clearSelection()
    w.close()


def check(widget: QWidget, opened_size: bool = True) -> list[str]:
    """The clipped texts of a shown window, and whether it fits the screen (its minimum, and the
    size it opens at unless the test sized it)."""
    QApplication.processEvents()
    problems = clipped(widget)
    big = too_big(widget, opened_size)
    return problems + ([big] if big else [])


def show(qtbot, dialog: QWidget) -> QWidget:
    """Show a dialog as the user gets it and wait until it is on screen."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("code", LANGS)
def test_main_window_docks_and_bars(code: str, size: tuple[int, int], window: MainWindow, qtbot) -> None:
    window.resize(*size)
    problems = check(window, opened_size=False)
    docks = (
        window.personas.dock,
        window.metrics_actions.dock,
        window.workshop.dock,
        window.opportunity_matrix.dock,
    )
    for dock in docks:
        dock.show()
        dock.raise_()
        problems += check(window, opened_size=False)
    window.find_actions.bar.open_bar()
    window.scene.clearSelection()
    card = window.doc.journey.cards[0]
    window.scene.select_ids([card.id])  # the inspector shows the card's form
    window.inspector_dock.raise_()
    problems += check(window, opened_size=False)
    # The longest forms: an opportunity (status, owner, pain points) and a pain point (addressed by).
    kinds = {lane.id: lane.kind for lane in window.doc.journey.lanes}
    for kind in (LaneKind.OPPORTUNITIES, LaneKind.PAIN_POINTS):
        window.scene.select_ids([next(c.id for c in window.doc.journey.cards if kinds[c.lane_id] == kind)])
        problems += check(window, opened_size=False)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("code", LANGS)
def test_dialogs(code: str, window: MainWindow, qtbot, tmp_path: Path) -> None:
    problems = []
    problems += check(show(qtbot, ExportDialog(window.scene, parent=window)))
    problems += check(show(qtbot, TemplateDialog(window)))
    problems += check(show(qtbot, RefreshDialog(window.doc, window)))
    entry = recovery.RecoveryEntry(
        file=tmp_path / "x.cjm-recovery",
        session_id="s",
        document_id="d",
        title="Verkkokauppa",
        original_path=tmp_path / "asiakaspolku.cjm",
        saved_at=datetime(2026, 11, 27, 9, 30, tzinfo=UTC),
    )
    problems += check(show(qtbot, RecoveryDialog([entry], window)))
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("code", LANGS)
def test_import_wizard_pages(code: str, window: MainWindow, qtbot, tmp_path: Path) -> None:
    wizard = show(qtbot, ImportWizard(window.doc, window))
    problems = check(wizard)
    with qtbot.waitSignal(wizard.table_loaded, timeout=10000):
        wizard.load(write_daily(tmp_path / "daily.xlsx"))
    for _page in range(3):
        problems += [f"page {wizard.currentId()}: {p}" for p in check(wizard)]
        wizard.button(QWizard.WizardButton.NextButton).click()
    problems += [f"page {wizard.currentId()}: {p}" for p in check(wizard)]
    wizard.reject()
    assert problems == [], "\n".join(problems)


# A text export of each locale: the first page then shows its encoding and the text as read.
LOCALE_CSV = {"en": "en-cp1252.csv", "fi": "fi-cp1252.csv", "el": "el-cp1253.csv", "ro": "ro-cp1250.csv"}


@pytest.mark.parametrize("code", LANGS)
def test_import_wizard_first_page_with_a_text_file(code: str, window: MainWindow, qtbot) -> None:
    """The "Text as read" preview wraps to two lines in Hungarian: it gets their height (it was cut)."""
    data = Path(__file__).parents[1] / "data" / "locales" / LOCALE_CSV.get(code, f"{code}-cp1250.csv")
    wizard = show(qtbot, ImportWizard(window.doc, window))
    with qtbot.waitSignal(wizard.table_loaded, timeout=10000):
        wizard.load(data)
    assert wizard.source_page.options.preview.text()
    problems = check(wizard)
    wizard.reject()
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("code", LANGS)
def test_presentation_overlays(code: str, window: MainWindow, qtbot) -> None:
    presentation = window.workshop.start_presentation(controls_in_window=True)
    qtbot.waitExposed(presentation)
    presentation.resize(1366, 768)
    problems = [p for p in clipped(presentation)]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("screen", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("code", LANGS)
def test_tabbed_docks_show_whole_titles(
    code: str, screen: tuple[int, int], speak: Callable[[str], list[str]], qtbot
) -> None:
    """Three docks tabbed at the layout a first start gives this screen: no tab title reads 'Tulajdonsá…',
    and the third dock does not widen the area (the persona editor once took 430-540 px)."""
    speak(code)
    window = MainWindow()
    # What show_fitted() does on a first start, on a screen of this size (the test's own screen is tiny).
    geometry = first_run_geometry(QRect(QPoint(0, 0), QSize(*screen)))
    window.setGeometry(geometry)
    size_docks(window, geometry.width())
    window.show()
    qtbot.waitExposed(window)
    problems = []
    for third in (window.personas.dock, window.metrics_actions.dock, window.opportunity_matrix.dock):
        window.chrome.reset_layout()  # each third dock opened on a first start's layout
        third.show()
        third.raise_()
        QApplication.processEvents()
        bars = [
            b
            for b in window.findChildren(QTabBar)
            if b.isVisible() and third.windowTitle() in [b.tabText(i) for i in range(b.count())]
        ]
        assert [b.count() for b in bars] == [3], "the inspector, history and one more dock share one tab bar"
        problems += [f"{third.objectName()}: {p}" for bar in bars for p in elided_tabs(bar)]
        if third.width() > dock_width(geometry.width()):  # the canvas keeps its room
            problems.append(f"{third.objectName()} widened the docks to {third.width()} px")
    window.close()  # deletes itself (WA_DeleteOnClose), so not handed to qtbot
    assert problems == [], "\n".join(problems)


def hidden_tab_titles(bar: QTabBar) -> list[str]:
    """Tabs of BAR drawn narrower than their whole title (elided), and the current tab if it is not
    wholly in sight (past the bar's edge or under its scroll arrows)."""
    problems = [
        f"tab {bar.tabText(i)!r} shows {bar.tabRect(i).width()} px of {bar.tabSizeHint(i).width()}"
        for i in range(bar.count())
        if bar.tabRect(i).width() + 1 < bar.tabSizeHint(i).width()
    ]
    arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    sight = bar.rect()
    if arrows:
        sight.setRight(min(b.geometry().left() for b in arrows) - 1)
    current = bar.tabRect(bar.currentIndex())
    if not sight.contains(current):
        problems.append(
            f"current tab {bar.tabText(bar.currentIndex())!r} at {current} is out of sight {sight}"
        )
    return problems


@pytest.mark.parametrize("code", LANGS)
def test_four_to_six_tabbed_docks_keep_whole_titles_and_scroll(
    code: str, speak: Callable[[str], list[str]], qtbot
) -> None:
    """More docks than fit the 320 px area: every tab keeps its whole title, the bar scrolls, and the
    dock brought forward (from View, as a person does) has its tab in sight."""
    speak(code)
    window = MainWindow()
    geometry = first_run_geometry(QRect(QPoint(0, 0), QSize(1366, 768)))
    window.setGeometry(geometry)
    size_docks(window, geometry.width())
    window.show()
    qtbot.waitExposed(window)
    extra = [
        window.personas.dock,
        window.metrics_actions.dock,
        window.opportunity_matrix.dock,
        window.workshop.dock,
    ]
    window.tabifyDockWidget(window.inspector_dock, window.workshop.dock)
    problems = []
    for count in (2, 3, 4):  # four, five and six docks in one tab bar
        for dock in extra[:count]:
            dock.show()
        for dock in (window.inspector_dock, *extra[:count]):
            dock.raise_()
            QApplication.processEvents()
            bars = [
                b
                for b in window.findChildren(QTabBar)
                if b.isVisible() and dock.windowTitle() in [b.tabText(i) for i in range(b.count())]
            ]
            assert [b.count() for b in bars] == [count + 2]
            problems += [
                f"{count + 2} docks, {dock.objectName()} in front: {p}" for p in hidden_tab_titles(bars[0])
            ]
    window.close()
    assert problems == [], "\n".join(problems)


def test_hovering_a_short_tab_title_shows_the_docks_full_name(
    speak: Callable[[str], list[str]], make_window: Callable[..., MainWindow], qtbot
) -> None:
    speak("hu")
    window = make_window(Journey(title="t"))
    dock = window.opportunity_matrix.dock
    dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
    assert dock.windowTitle() == "Hatás/munka"  # the tab's short title
    bar = next(
        b
        for b in window.findChildren(QTabBar)
        if b.isVisible() and "Hatás/munka" in [b.tabText(i) for i in range(b.count())]
    )
    tab = [bar.tabText(i) for i in range(bar.count())].index("Hatás/munka")
    centre = bar.tabRect(tab).center()
    QApplication.sendEvent(bar, QHelpEvent(QEvent.Type.ToolTip, centre, bar.mapToGlobal(centre)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "Hatás × ráfordítás"
    QToolTip.hideText()
