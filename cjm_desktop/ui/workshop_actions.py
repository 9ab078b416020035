"""Workshop feature: View ▸ Present (F5), the screen to present on, Map ▸ Dot voting… and Reset votes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from cjm_desktop.canvas.vote_tool import VotingSession
from cjm_desktop.document import vote_edits
from cjm_desktop.i18n import tr
from cjm_desktop.ui.labels import literal
from cjm_desktop.ui.lazy_dock import LazyDock
from cjm_desktop.ui.workshop_timer import PRESET_MINUTES, WorkshopTimer

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow
    from cjm_desktop.ui.presentation import PresentationWindow
    from cjm_desktop.ui.voting_panel import VotingPanel

SCREEN_SETTING = "workshop/present_on_screen"


class WorkshopActions(QObject):
    """Presentation mode, dot voting and the timer of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.presentation: PresentationWindow | None = None
        self.timer = WorkshopTimer(window)
        self.voting = VotingSession(window.doc, window)
        self.voting.attach(window.scene)
        self.voting.message.connect(lambda text: window.statusBar().showMessage(text, 3000))

        self.present = QAction(tr("WorkshopActions", "&Present"), window)
        self.present.setShortcut(QKeySequence("F5"))
        self.present.setStatusTip(
            tr("WorkshopActions", "Show the map full screen for a workshop (Esc leaves)")
        )
        self.present.triggered.connect(lambda _c=False: self.start_presentation())
        self.screen_menu = QMenu(tr("WorkshopActions", "Present &on"), window)
        self.screen_menu.aboutToShow.connect(self._fill_screens)
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.present)
        self.screen_menu_action = window.view_menu.addMenu(self.screen_menu)
        window.view_menu.aboutToShow.connect(self._update_screen_menu)
        self._update_screen_menu()

        # The voting panel is built when the dock first shows: it starts hidden.
        self.dock = LazyDock(tr("WorkshopActions", "Dot voting"), window, self._build_panel)
        self.dock.setObjectName("dot-voting")
        self.dock.setMinimumWidth(300)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.voting_action = QAction(tr("WorkshopActions", "&Dot voting…"), window)
        self.voting_action.triggered.connect(lambda _c=False: self.show_panel())
        self.reset_action = QAction(tr("WorkshopActions", "Reset &votes"), window)
        self.reset_action.triggered.connect(lambda _c=False: vote_edits.reset_votes(window.doc))
        window.map_menu.addSeparator()
        window.map_menu.addActions([self.voting_action, self.reset_action])
        self.timer_menu = window.map_menu.addMenu(tr("WorkshopActions", "Workshop &timer"))
        self.timer_presets = presets = QActionGroup(self.timer_menu)
        self.timer_menu.aboutToShow.connect(self._sync_timer_menu)
        for minutes in PRESET_MINUTES:
            action = self.timer_menu.addAction(tr("WorkshopActions", "%d min") % minutes)
            action.setCheckable(True)
            action.setChecked(minutes * 60_000 == self.timer.duration_ms)
            action.setData(minutes * 60_000)
            presets.addAction(action)
        presets.triggered.connect(lambda action: self.timer.set_duration(action.data()))
        self.timer_menu.addSeparator()
        self.timer_toggle = self.timer_menu.addAction(
            tr("WorkshopActions", "&Start / stop (T while presenting)")
        )
        self.timer_toggle.triggered.connect(lambda _c=False: self.timer.toggle())
        window.toolbar.addSeparator()
        window.toolbar.addAction(self.present)

    # ---- presenting ------------------------------------------------------------------------------
    def start_presentation(self, screen=None, controls_in_window: bool | None = None) -> PresentationWindow:
        """Open presentation mode (or bring it back to the front)."""
        if self.presentation is not None:
            self.presentation.raise_()
            self.presentation.activateWindow()
            return self.presentation
        if self.window.view.editor is not None:
            self.window.view.editor.commit()
        # Presentation mode's modules load when a workshop starts, not at every start of the editor.
        from cjm_desktop.ui.presentation import PresentationWindow, choose_screen

        screens = QGuiApplication.screens()
        screen = screen or choose_screen(
            screens, self.window.screen(), str(QSettings().value(SCREEN_SETTING, ""))
        )
        presentation = PresentationWindow(self.window, self.timer, self.voting, screen, controls_in_window)
        presentation.closed.connect(self._presentation_closed)
        self.presentation = presentation
        presentation.present()
        return presentation

    def _presentation_closed(self) -> None:
        self.presentation = None

    def _update_screen_menu(self) -> None:
        # A choice only matters with a projector plugged in.
        self.screen_menu_action.setVisible(len(QGuiApplication.screens()) > 1)

    def _fill_screens(self) -> None:
        self.screen_menu.clear()
        for old in self.screen_menu.findChildren(QActionGroup):
            old.deleteLater()
        group = QActionGroup(self.screen_menu)
        from cjm_desktop.ui.presentation import choose_screen

        chosen = choose_screen(
            QGuiApplication.screens(), self.window.screen(), str(QSettings().value(SCREEN_SETTING, ""))
        )
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            action = self.screen_menu.addAction(literal(f"{screen.name()} ({size.width()}×{size.height()})"))
            action.setCheckable(True)
            action.setChecked(screen is chosen)
            action.setData(screen.name())
            group.addAction(action)
        group.triggered.connect(self._screen_chosen)

    def _screen_chosen(self, action: QAction) -> None:
        """Remember the projector by name, so it is chosen again next time it is plugged in."""
        QSettings().setValue(SCREEN_SETTING, action.data())

    def _sync_timer_menu(self) -> None:
        # Shift+T in the presentation changes the time box too.
        for action in self.timer_presets.actions():
            action.setChecked(action.data() == self.timer.duration_ms)

    # ---- voting ----------------------------------------------------------------------------------
    def _build_panel(self) -> VotingPanel:
        from cjm_desktop.ui.voting_panel import VotingPanel

        panel = VotingPanel(self.window.scene, self.voting)
        panel.card_activated.connect(self._reveal_card)
        return panel

    @property
    def panel(self) -> VotingPanel:
        """The voting panel in the dock (built on first use)."""
        return self.dock.content()

    def show_panel(self) -> None:
        """Show the dot-voting dock."""
        self.dock.show()
        self.dock.raise_()

    def _reveal_card(self, card_id: str) -> None:
        item = self.window.scene.card_items.get(card_id)
        if item is not None:
            self.window.view.ensureVisible(item, 60, 60)
