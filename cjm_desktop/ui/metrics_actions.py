"""Metrics feature: Map ▸ Import metrics…, Refresh metrics, Export metrics workbook…, and the metrics dock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from cjm_desktop.i18n import tr
from cjm_desktop.ui.save_places import suggested_path

if TYPE_CHECKING:  # the dialogs (and numpy behind them) load when first opened: a faster start
    from cjm_desktop.ui.import_wizard import ImportWizard
    from cjm_desktop.ui.main_window import MainWindow
    from cjm_desktop.ui.refresh_dialog import RefreshDialog


class MetricsActions(QObject):
    """The metrics menu entries and dock of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.wizard: ImportWizard | None = None
        self.refresh_dialog: RefreshDialog | None = None
        menu = window.map_menu
        menu.addSeparator()
        self.import_action = self._action(
            tr("MetricsActions", "&Import metrics…"), self.open_import, QKeySequence("Ctrl+I")
        )
        self.refresh_action = self._action(
            tr("MetricsActions", "&Refresh metrics"), self.open_refresh, QKeySequence("Ctrl+R")
        )
        self.export_action = self._action(
            tr("MetricsActions", "E&xport metrics workbook…"), self.export_workbook
        )
        self.import_action.setStatusTip(
            tr("MetricsActions", "Lay numbers from a spreadsheet over the stages")
        )
        self.refresh_action.setStatusTip(
            tr("MetricsActions", "Re-read the spreadsheet the metrics came from")
        )
        menu.addActions([self.import_action, self.refresh_action, self.export_action])
        self.dock = QDockWidget(tr("MetricsActions", "Metrics"), window)
        self.dock.setObjectName("metrics")
        self.dock.setMinimumWidth(320)
        self.chart = None  # built on first show: pyqtgraph stays out of start-up time
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        # A tab beside the inspector: the charts get the dock area's full height, not a sliver under it.
        window.tabifyDockWidget(window.inspector_dock, self.dock)
        self.dock.hide()
        window.inspector_dock.raise_()  # tabifying brings another tab forward; the inspector stays in front
        self.dock.visibilityChanged.connect(self._dock_shown)
        toggle = self.dock.toggleViewAction()
        toggle.setText(tr("MetricsActions", "&Metrics dock"))
        window.view_menu.addAction(toggle)
        # Shown from the menu: bring its tab to the front once the tab bar has caught up.
        toggle.triggered.connect(lambda on: on and QTimer.singleShot(0, self.dock.raise_))
        self.dock_action = toggle
        window.doc.item_changed.connect(self._update_enabled)
        window.doc.reset.connect(self._update_enabled)
        self._update_enabled()

    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        self.window.addAction(action)  # shortcuts work while the menu is closed
        return action

    def _update_enabled(self, *_args: object) -> None:
        journey = self.window.doc.journey
        self.refresh_action.setEnabled(journey.metric_source is not None)
        self.export_action.setEnabled(bool(journey.metrics) or bool(journey.cards))

    def _dock_shown(self, visible: bool) -> None:
        if visible and self.chart is None:
            from cjm_desktop.charts.metrics_dock import MetricsChart

            self.chart = MetricsChart(self.window.doc)
            self.dock.setWidget(self.chart)

    def open_import(self, path: str | Path | None = None) -> ImportWizard:
        """Show the import wizard (on a file already chosen, when given)."""
        from cjm_desktop.ui.import_wizard import ImportWizard

        self.wizard = ImportWizard(self.window.doc, self.window, path or None)
        self.wizard.imported.connect(self._imported)
        self.wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizard.open()
        return self.wizard

    def _imported(self) -> None:
        journey = self.window.doc.journey
        self.window.statusBar().showMessage(
            tr("MetricsActions", "Metrics imported: %d. Ctrl+Z undoes the import.") % len(journey.metrics),
            6000,
        )
        if not self.dock.isVisible():
            self.dock.show()
            QTimer.singleShot(0, self.dock.raise_)

    def open_refresh(self) -> RefreshDialog:
        """Re-read the source and show what would change."""
        from cjm_desktop.ui.refresh_dialog import RefreshDialog

        self.refresh_dialog = RefreshDialog(self.window.doc, self.window)
        self.refresh_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.refresh_dialog.open()
        self.refresh_dialog.start()
        return self.refresh_dialog

    def export_workbook(self) -> None:
        """Save the metrics and cards as an .xlsx workbook."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox  # on first use

        from cjm_desktop.io.metrics.metrics_export import export_workbook

        doc = self.window.doc
        start = str(suggested_path(doc.path, doc.display_name(), ".xlsx"))
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            tr("MetricsActions", "Export metrics workbook"),
            start,
            tr("MetricsActions", "Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            export_workbook(doc.journey, path)
        except OSError as error:
            QMessageBox.critical(
                self.window,
                tr("MetricsActions", "Export metrics workbook"),
                tr("MetricsActions", "The workbook could not be written:\n%s\n\n%s")
                % (path, error.strerror or error),
            )
            return
        self.window.statusBar().showMessage(tr("MetricsActions", "Exported %s") % path, 5000)
