"""The funnel in the metrics dock: which count metric it follows (the user's choice, undoable) and,
per stage, the count, the share that continues and the drop-off, the biggest one marked."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.canvas.contrast import TEXT_AA, ensure_contrast
from cjm_desktop.document import JourneyDocument
from cjm_desktop.document.funnel_edits import set_funnel_metric
from cjm_desktop.i18n import tr
from cjm_desktop.model import Metric
from cjm_desktop.model.funnel import funnel_metric, funnel_table
from cjm_desktop.model.metric_format import format_value

DROP_RED = "#c53030"
PERCENT = Metric("share", "", format="percent")  # how shares of the funnel read
STAGE, COUNT, CONTINUE, DROP = range(4)


class FunnelPanel(QWidget):
    """A combo of the map's count metrics and a per-stage table of the funnel; it only reads the model."""

    def __init__(self, doc: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.combo = QComboBox()
        self.combo.setObjectName("funnel-metric")
        self.combo.setToolTip(tr("FunnelPanel", "The count metric the funnel follows from stage to stage"))
        self.combo.activated.connect(self._chosen)
        # Whose funnel: everyone's stage values, or one persona's (a view choice, not in the file).
        self.persona_combo = QComboBox()
        self.persona_combo.setObjectName("funnel-persona")
        self.persona_combo.activated.connect(lambda _i: self.refresh())
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("funnel-table")
        self.table.setHorizontalHeaderLabels(
            [
                tr("FunnelPanel", "Stage"),
                tr("FunnelPanel", "Count"),
                tr("FunnelPanel", "Continue"),
                tr("FunnelPanel", "Drop-off"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        # The figures take what they need; the stage name gets the rest (not a squeezed "…").
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STAGE, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(84)  # a header and two rows; the rest scrolls
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("FunnelPanel", "Funnel counts:")))
        top.addWidget(self.combo, 1)
        top.addWidget(self.persona_combo)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addWidget(self.table)
        self._timer = QTimer(self, singleShot=True, interval=0, timeout=self.refresh)
        doc.reset.connect(self._timer.start)
        doc.collection_changed.connect(self._timer.start)
        doc.item_changed.connect(self._timer.start)
        self.refresh()

    def refresh(self) -> None:
        """Show the map's count metrics, the one the funnel follows, and its table."""
        journey = self.doc.journey
        counts = [m for m in journey.metrics if m.is_count]
        current = funnel_metric(journey.metrics, journey.funnel_metric_id)
        self.combo.clear()
        for metric in counts:
            self.combo.addItem(metric.name, metric.id)
        self.combo.setCurrentIndex(self.combo.findData(current.id) if current else -1)
        self.setVisible(bool(counts))
        persona_id = self.persona_combo.currentData() or ""
        self.persona_combo.clear()
        self.persona_combo.addItem(tr("FunnelPanel", "Everyone"), "")
        with_values = {v.persona_id for v in journey.metric_values if v.persona_id}
        for persona in journey.personas:
            if persona.id in with_values:
                self.persona_combo.addItem(persona.name, persona.id)
        self.persona_combo.setCurrentIndex(max(0, self.persona_combo.findData(persona_id)))
        self.persona_combo.setVisible(self.persona_combo.count() > 1)
        rows = funnel_table(journey, self.persona_combo.currentData() or "")
        names = {s.id: s.name for s in journey.stages}
        locale = journey.number_locale
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [
                names[row.stage_id],
                format_value(current, row.count, locale) if row.count is not None else "–",
                format_value(PERCENT, row.rate, locale) if row.rate is not None else "",
                format_value(PERCENT, row.drop, locale) if row.drop is not None else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.worst and column == DROP:
                    item.setForeground(QBrush(self.drop_red()))
                    item.setToolTip(tr("FunnelPanel", "The biggest drop-off of the funnel"))
                self.table.setItem(r, column, item)

    def drop_red(self) -> QColor:
        """The biggest drop-off's red, lifted where needed to read on the table (the dark theme)."""
        colours = self.table.palette()
        grounds = tuple(colours.color(r) for r in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase))
        return ensure_contrast(QColor(DROP_RED), grounds, TEXT_AA)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_timer"):  # not mid-__init__
            self._timer.start()  # a theme switch: the red follows the table's new background

    def _chosen(self, index: int) -> None:
        metric_id = self.combo.itemData(index)
        if metric_id:
            set_funnel_metric(self.doc, metric_id)
