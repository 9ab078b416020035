"""Map ▸ Metric targets…: each metric's target in a labelled field, editable from the keyboard alone.

Targets otherwise come only from the import wizard; here a field per metric (percentages as shown,
e.g. 5 for 5 %) sets or clears one, each change one undo step.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from cjm_desktop.document import JourneyDocument, edits
from cjm_desktop.i18n import tr
from cjm_desktop.model import Metric


def parse_target(metric: Metric, text: str) -> float | None:
    """The target a field's text means (None: no target); ValueError for text that is no number."""
    text = text.strip().replace("%", "").replace(",", ".").strip()
    if not text:
        return None
    value = float(text)
    return value / 100 if metric.format == "percent" else value


def shown_target(metric: Metric) -> str:
    """A target as typed in its field."""
    if metric.target is None:
        return ""
    return f"{metric.target * (100 if metric.format == 'percent' else 1):g}"


class MetricTargetsDialog(QDialog):
    """One field per metric; leaving a field (Tab, Enter) applies it as one undo step."""

    def __init__(self, doc: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(tr("MetricTargets", "Metric targets"))
        self.setAccessibleName(tr("MetricTargets", "Metric targets"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "MetricTargets",
                "Type a target for each metric (percentages as numbers, 5 for 5 %); empty: none.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for metric in doc.journey.metrics:
            field = QLineEdit(shown_target(metric), self)
            better = (
                tr("MetricTargets", "higher is better")
                if metric.higher_is_better
                else tr("MetricTargets", "lower is better")
            )
            label = QLabel(tr("MetricTargets", "%s (%s):") % (metric.name, better), self)
            label.setBuddy(field)
            field.setAccessibleName(tr("MetricTargets", "Target for %s") % metric.name)
            field.editingFinished.connect(lambda m=metric.id: self.apply(m))
            form.addRow(label, field)
            self.fields[metric.id] = field
        if not self.fields:
            layout.addWidget(
                QLabel(tr("MetricTargets", "The map has no metrics yet (Map ▸ Import metrics…)."), self)
            )
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(tr("MetricTargets", "Close"))
        layout.addWidget(buttons)

    def apply(self, metric_id: str) -> bool:
        """Set a metric's target from its field; a bad number is named and changes nothing."""
        metric = self.doc.target("metrics", metric_id)
        field = self.fields[metric_id]
        try:
            target = parse_target(metric, field.text())
        except ValueError:
            self.error.setText(
                tr("MetricTargets", "“%s” is not a number: the target of %s is unchanged.")
                % (field.text(), metric.name)
            )
            self.error.show()
            return False
        self.error.hide()
        edits.set_fields(
            self.doc, "metrics", metric_id, {"target": target}, tr("MetricTargets", "Set metric target")
        )
        return True
