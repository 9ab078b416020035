"""View ▸ Impact × effort matrix in one window: the toggle and the dock; the panel
(ui/opportunity_matrix.py) loads when the dock first shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

from cjm_desktop.i18n import tr
from cjm_desktop.ui.lazy_dock import LazyDock

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow
    from cjm_desktop.ui.opportunity_matrix import OpportunityMatrixPanel


class OpportunityMatrixActions(QObject):
    """View ▸ Impact × effort matrix and its dock, in one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        # The matrix is built when the dock first shows: it starts hidden.
        self.dock = LazyDock(tr("OpportunityMatrix", "Impact × effort"), window, lambda: self._build(window))
        self.dock.setObjectName("opportunity-matrix")
        self.dock.setAccessibleName(tr("OpportunityMatrix", "Impact × effort"))
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.inspector_dock, self.dock)
        self.dock.hide()
        window.inspector_dock.raise_()
        toggle = self.dock.toggleViewAction()
        toggle.setText(tr("OpportunityMatrix", "Impact × effort matri&x"))
        toggle.setStatusTip(tr("OpportunityMatrix", "Place the opportunities by impact and effort"))
        toggle.triggered.connect(lambda on: on and QTimer.singleShot(0, self._bring_forward))
        window.view_menu.addAction(toggle)
        self.toggle_action = toggle

    @staticmethod
    def _build(window: MainWindow) -> OpportunityMatrixPanel:
        # Imported here: the matrix's widgets and painting are no part of the start.
        from cjm_desktop.ui.opportunity_matrix import OpportunityMatrixPanel

        return OpportunityMatrixPanel(window.scene)

    @property
    def panel(self) -> OpportunityMatrixPanel:
        """The matrix panel in the dock (built on first use)."""
        return self.dock.content()

    def _bring_forward(self) -> None:
        self.dock.raise_()
        self.panel.matrix.setFocus()
