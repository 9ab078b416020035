"""The inspector dock: the selected object's properties, each edit one (merged) undo step."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.canvas.card_painter import SOURCE_LABELS
from cjm_desktop.canvas.channel_icons import channel_icon
from cjm_desktop.canvas.channel_names import channel_label
from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.document import edits, opportunity_edits
from cjm_desktop.i18n import tr, tr_noop
from cjm_desktop.model import OPPORTUNITY_STATUSES, QUOTE_SOURCES, Channel, LaneKind, number_locale
from cjm_desktop.model.evidence import EVIDENCE_LEVELS, level_label
from cjm_desktop.model.opportunities import addressed_by, pain_points, status_label
from cjm_desktop.ui.evidence_level_box import BulkEvidenceLevel
from cjm_desktop.ui.inspector_widgets import ImageEditor, PersonaChecklist
from cjm_desktop.ui.opportunity_links import AddressedByList, PainPointChecklist


@dataclass(frozen=True)
class FieldSpec:
    """One editable property: model field, label, editor kind and choices."""

    name: str
    label: str
    editor: (
        str  # line | text | color | optcolor | combo | bool | tags | personas | painpoints | image | evidence
    )
    choices: tuple[tuple[Any, str], ...] = ()


LEVELS = (
    (None, "—"),
    (1, tr_noop("Inspector", "1 low")),
    (2, tr_noop("Inspector", "2 medium")),
    (3, tr_noop("Inspector", "3 high")),
)


def number_locale_choices() -> tuple[tuple[str, str], ...]:
    """The map's number locale: the system's, or one of the offered locales with an example."""
    system = tr("Inspector", "System: %s") % number_locale.display_name("")
    return (("", system), *((code, number_locale.display_name(code)) for code in number_locale.LOCALES))


def card_fields(kind: LaneKind, channels: Sequence[Channel] = ()) -> list[FieldSpec]:
    """The fields a card of a lane kind offers (touchpoints pick from the map's ``channels``)."""
    specs = [FieldSpec("text", tr_noop("Inspector", "Text"), "text")]
    if kind == LaneKind.TOUCHPOINTS:
        specs += [
            FieldSpec(
                "channel",
                tr_noop("Inspector", "Channel"),
                "combo",
                ((None, "—"), *((c.id, c.icon) for c in channels)),
            ),
            FieldSpec(
                "online",
                tr_noop("Inspector", "Online / offline"),
                "combo",
                (
                    (None, "—"),
                    (True, tr_noop("Inspector", "Online")),
                    (False, tr_noop("Inspector", "Offline")),
                ),
            ),
            FieldSpec("moment_of_truth", tr_noop("Inspector", "Moment of truth"), "bool"),
        ]
    if kind == LaneKind.PAIN_POINTS:
        specs.append(FieldSpec("severity", tr_noop("Inspector", "Severity"), "combo", LEVELS))
    if kind == LaneKind.OPPORTUNITIES:
        specs += [
            FieldSpec("impact", tr_noop("Inspector", "Impact"), "combo", LEVELS),
            FieldSpec("effort", tr_noop("Inspector", "Effort"), "combo", LEVELS),
            FieldSpec(
                "status",
                tr_noop("Inspector", "Status"),
                "combo",
                (("", "—"), *((s, s) for s in OPPORTUNITY_STATUSES)),
            ),
            FieldSpec("owner", tr_noop("Inspector", "Owner"), "line"),
            FieldSpec("pain_point_ids", tr_noop("Inspector", "Addresses pain points"), "painpoints"),
        ]
    if kind == LaneKind.QUOTES:
        specs += [
            FieldSpec("author", tr_noop("Inspector", "Who said it"), "line"),
            FieldSpec(
                "source",
                tr_noop("Inspector", "Source"),
                "combo",
                ((None, "—"), *((s, tr("card", SOURCE_LABELS.get(s, s))) for s in QUOTE_SOURCES)),
            ),
            FieldSpec("date", tr_noop("Inspector", "Date"), "line"),
        ]
    if kind == LaneKind.IMAGES:
        specs.append(FieldSpec("image", tr_noop("Inspector", "Picture"), "image"))
    # Goals and expectations differ per persona: there the link reads as whose goal it is.
    personas_label = (
        tr_noop("Inspector", "For personas")
        if kind == LaneKind.GOALS
        else tr_noop("Inspector", "Linked personas")
    )
    specs += [
        FieldSpec("persona_ids", personas_label, "personas"),
        FieldSpec("tags", tr_noop("Inspector", "Tags (comma separated)"), "tags"),
        FieldSpec("color", tr_noop("Inspector", "Colour"), "optcolor"),
        # Every kind of card can be backed by research (model/evidence.py).
        FieldSpec(
            "evidence_level",
            tr_noop("Inspector", "Evidence level"),
            "combo",
            tuple((level, level) for level in EVIDENCE_LEVELS),
        ),
        FieldSpec("evidence", tr_noop("Inspector", "Evidence"), "evidence"),
    ]
    return specs


def route_fields(personas: list[tuple[str, str]]) -> list[FieldSpec]:
    """The fields of a route: its label and whose route it is."""
    return [
        FieldSpec("label", tr_noop("Inspector", "Label"), "line"),
        FieldSpec(
            "persona_id",
            tr_noop("Inspector", "Persona"),
            "combo",
            ((None, tr_noop("Inspector", "Everyone (neutral)")), *personas),
        ),
    ]


STAGE_FIELDS = [
    FieldSpec("name", tr_noop("Inspector", "Name"), "line"),
    FieldSpec("description", tr_noop("Inspector", "Description"), "text"),
    FieldSpec("color", tr_noop("Inspector", "Colour"), "color"),
]
LANE_FIELDS = [
    FieldSpec("title", tr_noop("Inspector", "Title"), "line"),
    FieldSpec("kind", tr_noop("Inspector", "Kind"), "combo", tuple((k, k.value) for k in LaneKind)),
]
MAP_FIELDS = [
    FieldSpec("title", tr_noop("Inspector", "Title"), "line"),
    FieldSpec("goals", tr_noop("Inspector", "Goals and scope"), "text"),
    FieldSpec("description", tr_noop("Inspector", "Description"), "text"),
    FieldSpec(
        "number_locale", tr_noop("Inspector", "Numbers"), "combo"
    ),  # choices: number_locale_choices(), built when shown
]


class Inspector(QWidget):
    """Shows and edits whatever is selected; the map itself when nothing is."""

    def __init__(self, scene: JourneyScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.doc = scene.doc
        self.target: tuple[str, str] = ("map", "")
        self.editors: dict[str, tuple[FieldSpec, QWidget]] = {}
        self.addressed_by: AddressedByList | None = None  # shown for a pain point
        self.bulk_level: BulkEvidenceLevel | None = None  # shown when only several cards are selected
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600; font-size: 15px; padding: 4px 0;")
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Every label above its field: with labels beside, one long label (Finnish, Hungarian) widened
        # the label column and squeezed every short-labelled field into a sliver of the dock.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # fields fit the width
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form_host)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll)
        scene.selectionChanged.connect(self.rebuild)
        # After undo or any model change, refresh the shown values (not the widgets) once.
        self._refresh_timer = QTimer(self, singleShot=True, interval=0, timeout=self.refresh)
        self.doc.item_changed.connect(lambda *_: self._refresh_timer.start())
        self.doc.collection_changed.connect(lambda *_: self._refresh_timer.start())
        self.doc.reset.connect(self._on_reset)
        # The channel combo lists the map's channels: rebuild it when that list or a name changes.
        self.doc.collection_changed.connect(lambda name: name == "channels" and self.rebuild())
        self.doc.item_changed.connect(lambda name, _id: name == "channels" and self.rebuild())
        self.rebuild()

    # ---- building -----------------------------------------------------------------------------
    def _on_reset(self) -> None:
        """A whole new map (open, new, revert): the map's form is the same, only its values change."""
        if self.target == ("map", "") and self._choose_target()[0] == "map":
            self.refresh()
        else:
            self.rebuild()

    def _choose_target(self) -> tuple[str, str, list[FieldSpec], str]:
        journey = self.doc.journey
        cards = self.scene.selected_ids("card")
        stages = self.scene.selected_ids("stage")
        lanes = self.scene.selected_ids("lane")
        layer = getattr(self.scene, "route_layer", None)
        routes = layer.selected_route_ids() if layer is not None else []
        if len(routes) == 1 and not cards and not stages and not lanes:
            personas = [(p.id, p.name) for p in journey.personas]
            return "routes", routes[0], route_fields(personas), tr("Inspector", "Route")
        if len(cards) == 1 and not stages and not lanes and not routes:
            card = journey.card(cards[0])
            kind = journey.lane(card.lane_id).kind
            return (
                "cards",
                cards[0],
                card_fields(kind, journey.channels),
                tr("Inspector", "Card · %s") % journey.lane(card.lane_id).title,
            )
        if len(stages) == 1 and not cards and not lanes:
            return "stages", stages[0], STAGE_FIELDS, tr("Inspector", "Stage")
        if len(lanes) == 1 and not cards and not stages:
            return "lanes", lanes[0], LANE_FIELDS, tr("Inspector", "Lane")
        count = len(cards) + len(stages) + len(lanes) + len(routes)
        if count > 1:
            return "none", "", [], tr("Inspector", "%n items selected", None, count)
        return "map", "", MAP_FIELDS, tr("Inspector", "Map")

    def rebuild(self) -> None:
        """Rebuild the form for the current selection."""
        if not shiboken6.isValid(self.scene):
            return  # the window is closing: its scene emits selectionChanged while it is destroyed
        collection, item_id, specs, heading = self._choose_target()
        self.target = (collection, item_id)
        self.heading.setText(heading)
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors.clear()
        self.addressed_by = None
        self.bulk_level = None
        cards = self.scene.selected_ids("card")
        if collection == "none" and len(cards) > 1 and len(cards) == self._selected_count():
            # Only cards: what they have in common can be set on all of them at once.
            self.bulk_level = BulkEvidenceLevel(self.doc, cards)
            self.bulk_level.setObjectName("bulk-evidence-level")
            self.bulk_level.setAccessibleName(tr("Inspector", "Evidence level"))
            self.form.addRow(tr("Inspector", "Evidence level"), self.bulk_level)
        for spec in specs:
            widget = self._make_editor(spec)
            self.editors[spec.name] = (spec, widget)
            widget.setAccessibleName(tr("Inspector", spec.label))
            if spec.editor == "painpoints":
                # "Stage: text" needs the dock's whole width: the label goes above the list.
                label = QLabel(tr("Inspector", spec.label))
                label.setBuddy(widget)
                self.form.addRow(label)
                self.form.addRow(widget)
                continue
            self.form.addRow(tr("Inspector", spec.label), widget)
        if collection == "cards" and self._card_kind(item_id) == LaneKind.PAIN_POINTS:
            self.addressed_by = AddressedByList(self.scene)
            self.addressed_by.setObjectName("addressed-by")
            label = QLabel(tr("Inspector", "Addressed by"))
            label.setBuddy(self.addressed_by.list)
            self.form.addRow(label)
            self.form.addRow(self.addressed_by)
        if collection == "cards" and self.scene.card_metric_texts(item_id):
            # A touchpoint's measured values, read-only here (they come from an import).
            self.metrics_label = QLabel("\n".join(self.scene.card_metric_texts(item_id)))
            self.metrics_label.setObjectName("card-metrics")
            self.form.addRow(tr("Inspector", "Metrics"), self.metrics_label)
        self.refresh()

    def _selected_count(self) -> int:
        """How many objects of any kind are selected (cards, stages, lanes, routes)."""
        layer = getattr(self.scene, "route_layer", None)
        routes = layer.selected_route_ids() if layer is not None else []
        return sum(len(self.scene.selected_ids(kind)) for kind in ("card", "stage", "lane")) + len(routes)

    def _card_kind(self, card_id: str) -> LaneKind:
        journey = self.doc.journey
        return journey.lane(journey.card(card_id).lane_id).kind

    def _make_editor(self, spec: FieldSpec) -> QWidget:
        if spec.editor in ("line", "tags"):
            w = QLineEdit()
            w.textEdited.connect(lambda _t, s=spec: self._commit(s, merge=True))
            return w
        if spec.editor == "text":
            w = QPlainTextEdit()
            w.setTabChangesFocus(True)
            w.setMinimumHeight(90)
            w.textChanged.connect(lambda s=spec: self._commit(s, merge=True))
            return w
        if spec.editor == "combo":
            w = QComboBox()
            # A long choice ("System: English (1,234.5)") must not widen the dock: the combo shrinks.
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(8)
            if spec.name == "number_locale":
                for value, label in number_locale_choices():
                    w.addItem(label, value)
                w.activated.connect(lambda _i, s=spec: self._commit(s))
                return w
            for value, label in spec.choices:
                if spec.name == "channel" and value:
                    # The map's own channels: user names are data, shown as typed (label is the icon key).
                    w.addItem(channel_icon(label), channel_label(self.doc.journey.channels, value), value)
                elif spec.name == "kind":
                    w.addItem(edits.lane_title(value), value)
                elif spec.name == "evidence_level":
                    w.addItem(level_label(value), value)
                elif spec.name == "status":
                    w.addItem(status_label(value) if value else label, value)
                else:
                    w.addItem(
                        tr("Inspector", label) if spec.name != "persona_id" or value is None else label, value
                    )
            w.activated.connect(lambda _i, s=spec: self._commit(s))
            return w
        if spec.editor == "personas":
            w = PersonaChecklist()
            w.changed.connect(lambda s=spec: self._commit(s))
            return w
        if spec.editor == "painpoints":
            w = PainPointChecklist(self.scene)
            w.changed.connect(lambda s=spec: self._commit(s))
            return w
        if spec.editor == "image":
            w = ImageEditor()
            w.choose_requested.connect(self.choose_picture)
            w.remove_requested.connect(self.remove_picture)
            return w
        if spec.editor == "evidence":
            # Only a card's form has it: the module (and its dialog) loads with the first card selected.
            from cjm_desktop.ui.evidence_editor import EvidenceEditor

            return EvidenceEditor(self.doc)
        if spec.editor == "bool":
            w = QCheckBox()
            w.clicked.connect(lambda _c, s=spec: self._commit(s))
            return w
        w = QPushButton()
        w.clicked.connect(lambda _c=False, s=spec: self._pick_color(s))
        return w

    # ---- values -------------------------------------------------------------------------------
    def _current(self, spec: FieldSpec) -> Any:
        collection, item_id = self.target
        return getattr(self.doc.target(collection, item_id), spec.name)

    def refresh(self) -> None:
        """Show the model's values without creating undo steps."""
        collection, item_id = self.target
        if collection == "none":
            if self.bulk_level is not None:
                self.bulk_level.show_levels()
            return
        try:
            self.doc.target(collection, item_id)
        except KeyError:
            self.rebuild()  # the object went away (undo of its creation)
            return
        for spec, widget in self.editors.values():
            value = self._current(spec)
            widget.blockSignals(True)
            if isinstance(widget, QLineEdit):
                text = ", ".join(value) if spec.editor == "tags" else (value or "")
                if widget.text() != text:
                    widget.setText(text)
                    if not widget.hasFocus():
                        widget.setCursorPosition(0)  # a long title reads from its start, not its end
            elif isinstance(widget, QPlainTextEdit):
                if widget.toPlainText() != (value or ""):
                    widget.setPlainText(value or "")
            elif isinstance(widget, QComboBox):
                index = widget.findData(value)
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, PersonaChecklist):
                widget.show_personas(self.doc.journey.personas, value)
            elif isinstance(widget, PainPointChecklist):
                widget.show_links(self.doc.journey, pain_points(self.doc.journey), value)
            elif isinstance(widget, ImageEditor):
                widget.show_image(value)
            elif spec.editor == "evidence":
                widget.show_card(item_id)  # type: ignore[attr-defined]  # an EvidenceEditor
            elif isinstance(widget, QPushButton):
                widget.setText(value or tr("Inspector", "Default"))
                widget.setStyleSheet(f"background: {value};" if value else "")
            widget.blockSignals(False)
        if self.addressed_by is not None:
            self.addressed_by.show_cards(self.doc.journey, addressed_by(self.doc.journey, item_id))

    def _value_of(self, spec: FieldSpec, widget: QWidget) -> Any:
        if spec.editor == "tags":
            return [t.strip() for t in widget.text().split(",") if t.strip()]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, (PersonaChecklist, PainPointChecklist)):
            return widget.checked_ids()
        return None

    def _commit(self, spec: FieldSpec, merge: bool = False) -> None:
        collection, item_id = self.target
        value = self._value_of(spec, self.editors[spec.name][1])
        if spec.name in ("name", "title") and collection in ("stages", "lanes") and not value.strip():
            return  # a header never becomes blank while typing over it
        if spec.name == "pain_point_ids":
            opportunity_edits.set_pain_points(self.doc, item_id, value)  # its own Link/Unlink step names
            return
        values = {spec.name: value}
        if spec.name == "channel" and value and collection == "cards":
            # A channel brings its online/offline default to a card that has none yet (same undo step).
            channel = self.doc.journey.channel(value)
            if channel is not None and channel.online is not None and self._current_card_online() is None:
                values["online"] = channel.online
        edits.set_fields(
            self.doc,
            collection,
            item_id,
            values,
            tr("Inspector", "Edit %s") % tr("Inspector", spec.label).lower(),
            merge,
        )

    def _current_card_online(self) -> bool | None:
        return self.doc.target(*self.target).online

    def _pick_color(self, spec: FieldSpec) -> None:
        from PySide6.QtWidgets import QColorDialog  # with its first use: its types cost PySide time

        current = self._current(spec)
        color = QColorDialog.getColor(QColor(current or "#ffffff"), self, tr("Inspector", "Choose a colour"))
        if color.isValid():
            collection, item_id = self.target
            edits.set_fields(
                self.doc, collection, item_id, {spec.name: color.name()}, tr("Inspector", "Change colour")
            )

    # ---- pictures -----------------------------------------------------------------------------
    def choose_picture(self, path: str | None = None) -> bool:
        """Embed a picture file in the selected image frame (asks for the file when none given)."""
        collection, item_id = self.target
        if collection != "cards":
            return False
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getOpenFileName(
                self,
                tr("Inspector", "Choose a picture"),
                "",
                tr("Inspector", "Pictures (*.png *.jpg *.jpeg *.webp *.bmp)"),
            )
            if not path:
                return False
        from cjm_desktop.canvas.image_codec import ImageError, read_image_file

        try:
            embedded = read_image_file(path, max_side=800)
        except ImageError as error:
            from PySide6.QtWidgets import QMessageBox

            # Nothing is embedded: the frame keeps what it had.
            QMessageBox.warning(self, tr("Inspector", "Could not use the picture"), str(error))
            return False
        edits.set_fields(
            self.doc, collection, item_id, {"image": embedded.data_b64}, tr("Inspector", "Set picture")
        )
        return True

    def remove_picture(self) -> None:
        """Take the picture out of the selected image frame."""
        collection, item_id = self.target
        if collection == "cards":
            edits.set_fields(self.doc, collection, item_id, {"image": ""}, tr("Inspector", "Remove picture"))
