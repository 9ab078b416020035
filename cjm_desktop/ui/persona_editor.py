"""The persona editor: the map's personas in a list, and a form for the one chosen.

Every field edit is one undoable command; typing into a field merges into one step. The form
mirrors the model: after an undo or an edit elsewhere it shows what the model says.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QKeyEvent,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.canvas.channel_icons import channel_icon
from cjm_desktop.canvas.channel_names import channel_display_name
from cjm_desktop.canvas.image_codec import (
    PERSONA_PHOTO_SIDE,
    ImageError,
    embed_qimage,
    read_image_bytes,
    read_image_file,
)
from cjm_desktop.canvas.persona_profile import paint_avatar
from cjm_desktop.document import JourneyDocument
from cjm_desktop.document import persona_edits as pe
from cjm_desktop.i18n import tr, tr_noop
from cjm_desktop.model import Persona

LINE_FIELDS = (
    ("name", tr_noop("PersonaEditor", "Name")),
    ("role", tr_noop("PersonaEditor", "Role / occupation")),
    ("age", tr_noop("PersonaEditor", "Age")),
    ("location", tr_noop("PersonaEditor", "Location")),
)
TEXT_FIELDS = (
    ("background", tr_noop("PersonaEditor", "Background")),
    ("goals", tr_noop("PersonaEditor", "Goals")),
    ("motivations", tr_noop("PersonaEditor", "Motivations")),
    ("frustrations", tr_noop("PersonaEditor", "Frustrations")),
    ("behaviours", tr_noop("PersonaEditor", "Behaviours")),
    ("quote", tr_noop("PersonaEditor", "Characteristic quote")),
)
IMAGE_FILTER = tr_noop("PersonaEditor", "Images (*.png *.jpg *.jpeg *.webp *.bmp)")


def avatar_pixmap(persona: Persona, side: int) -> QPixmap:
    """A persona's round avatar as a pixmap (list icons, the form's photo preview)."""
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint_avatar(painter, QRectF(1, 1, side - 2, side - 2), persona, ring=max(1.5, side / 32))
    painter.end()
    return QPixmap.fromImage(image)


class _AvatarIconEngine(QIconEngine):
    """The icon of ``avatar_pixmap(persona, side)``, drawn the first time it is shown.

    The highlight combo lists every persona with its avatar, but shows them only when it opens: drawing
    them as the map opens cost a few ms of each start. Asked for anything, it answers as the plain
    pixmap icon would (``QIcon(avatar_pixmap(...))``), made then.
    """

    def __init__(self, persona: Persona, side: int) -> None:
        super().__init__()
        self.persona, self.side = persona, side
        self._icon: QIcon | None = None

    def icon(self) -> QIcon:
        """The pixmap icon, drawn on first use."""
        if self._icon is None:
            self._icon = QIcon(avatar_pixmap(self.persona, self.side))
        return self._icon

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Paint as the pixmap icon does."""
        self.icon().paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """The pixmap icon's pixmap for SIZE."""
        return self.icon().pixmap(size, mode, state)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        """The pixmap icon's pixmap for SIZE at a device pixel ratio (high-DPI screens)."""
        return self.icon().pixmap(size, scale, mode, state)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802 - Qt's name
        """The pixmap icon's size for SIZE (it never grows past the avatar's side)."""
        return self.icon().actualSize(size, mode, state)

    def availableSizes(  # noqa: N802 - Qt's name
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        """The pixmap icon's one size."""
        return self.icon().availableSizes(mode, state)

    def clone(self) -> QIconEngine:
        """A copy for QIcon's copy-on-write."""
        return _AvatarIconEngine(self.persona, self.side)


def avatar_icon(persona: Persona, side: int) -> QIcon:
    """``QIcon(avatar_pixmap(persona, side))``, its avatar drawn only when first shown."""
    return QIcon(_AvatarIconEngine(persona, side))


class PersonaEditor(QWidget):
    """List of personas with add / duplicate / delete, and the chosen persona's form."""

    current_changed = Signal(str)  # persona id, "" when none

    def __init__(self, doc: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.current_id: str | None = None
        self._loading = False  # set while the form is filled from the model, so that is no edit

        self.list = QListWidget()
        self.list.setAccessibleName(tr("PersonaEditor", "Personas"))
        self.list.setIconSize(QSize(36, 36))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setToolTip(tr("PersonaEditor", "Tick a persona to show its emotion curve on the map"))
        self.list.currentItemChanged.connect(self._on_current_item)
        self.list.itemChanged.connect(self._on_item_checked)
        self.add_button = QPushButton(tr("PersonaEditor", "Add"))
        self.duplicate_button = QPushButton(tr("PersonaEditor", "Duplicate"))
        self.delete_button = QPushButton(tr("PersonaEditor", "Delete"))
        self.add_button.clicked.connect(self.add_persona)
        self.duplicate_button.clicked.connect(self.duplicate_current)
        self.delete_button.clicked.connect(self.delete_current)
        # The list's order is the strip's and the legend's: Alt+Up/Down moves the chosen persona.
        self.up_button = QPushButton(tr("PersonaEditor", "Move up"))
        self.down_button = QPushButton(tr("PersonaEditor", "Move down"))
        self.up_button.setToolTip(tr("PersonaEditor", "Move the persona up the list (Alt+Up)"))
        self.down_button.setToolTip(tr("PersonaEditor", "Move the persona down the list (Alt+Down)"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.list.installEventFilter(self)
        # Two rows, adding and ordering: five buttons in one row made the dock 430-540 px wide.
        buttons = QVBoxLayout()
        for row in (
            (self.add_button, self.duplicate_button, self.delete_button),
            (self.up_button, self.down_button),
        ):
            line = QHBoxLayout()
            for button in row:
                line.addWidget(button)
            buttons.addLayout(line)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list)
        top_layout.addLayout(buttons)

        self.form_widget = self._build_form()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_widget)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        doc.reset.connect(self._on_channels_changed)
        doc.reset.connect(self.refresh)
        doc.collection_changed.connect(lambda name: name == "personas" and self.refresh())
        doc.collection_changed.connect(lambda name: name == "channels" and self._on_channels_changed())
        doc.item_changed.connect(lambda name, _id: name == "channels" and self._on_channels_changed())
        doc.item_changed.connect(self._on_item_changed)
        self.refresh()

    # ---- building --------------------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        widget = QWidget()
        form = QFormLayout(widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.photo_label = QLabel()
        self.photo_label.setFixedSize(96, 96)
        self.photo_file_button = QPushButton(tr("PersonaEditor", "From file…"))
        self.photo_paste_button = QPushButton(tr("PersonaEditor", "Paste"))
        self.photo_remove_button = QPushButton(tr("PersonaEditor", "Remove"))
        self.photo_file_button.clicked.connect(self.choose_photo)
        self.photo_paste_button.clicked.connect(self.paste_photo)
        self.photo_remove_button.clicked.connect(lambda: self._set_photo(""))
        photo_buttons = QVBoxLayout()
        for button in (self.photo_file_button, self.photo_paste_button, self.photo_remove_button):
            photo_buttons.addWidget(button)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_label)
        photo_row.addLayout(photo_buttons)
        photo_row.addStretch(1)
        form.addRow(tr("PersonaEditor", "Photo"), photo_row)
        self.photo_error = QLabel()
        self.photo_error.setWordWrap(True)
        self.photo_error.setStyleSheet("color: #b42318;")
        self.photo_error.hide()
        form.addRow(self.photo_error)

        self.lines: dict[str, QLineEdit] = {}
        for name, label in LINE_FIELDS:
            edit = QLineEdit()
            edit.textEdited.connect(lambda text, n=name: self._edit({n: text}, merge=True))
            self.lines[name] = edit
            form.addRow(tr("PersonaEditor", label), edit)
        self.segment = QComboBox()
        for segment in pe.SEGMENTS:
            self.segment.addItem(segment, segment)
        self.segment.activated.connect(lambda _i: self._edit({"segment": self.segment.currentData()}))
        form.addRow(tr("PersonaEditor", "Segment"), self.segment)
        self.color_button = QPushButton()
        self.color_button.clicked.connect(self.choose_color)
        form.addRow(tr("PersonaEditor", "Colour"), self.color_button)

        self.texts: dict[str, QPlainTextEdit] = {}
        for name, label in TEXT_FIELDS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(54)
            edit.setMaximumHeight(110)
            edit.textChanged.connect(lambda n=name: self._on_text_changed(n))
            self.texts[name] = edit
            form.addRow(tr("PersonaEditor", label), edit)

        self.channels = QListWidget()
        self._fill_channel_list()
        self.channels.setMaximumHeight(150)
        self.channels.itemChanged.connect(self._on_channel_checked)
        form.addRow(tr("PersonaEditor", "Preferred channels"), self.channels)
        return widget

    def _fill_channel_list(self) -> None:
        """One checkable row per channel of the map (the map's list can change: rebuilt then)."""
        self._loading = True
        try:
            self.channels.clear()
            for channel in self.doc.journey.channels:
                item = QListWidgetItem(channel_icon(channel.icon), channel_display_name(channel))
                item.setData(Qt.ItemDataRole.UserRole, channel.id)
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.channels.addItem(item)
        finally:
            self._loading = False

    def _on_channels_changed(self) -> None:
        self._fill_channel_list()
        self._fill_form(force=False)

    # ---- mirroring the model ---------------------------------------------------------------------
    def persona(self) -> Persona | None:
        """The persona the form shows."""
        if self.current_id is None:
            return None
        try:
            return self.doc.journey.persona(self.current_id)
        except KeyError:
            return None

    def refresh(self) -> None:
        """Rebuild the list from the model, keeping the chosen persona when it still exists."""
        personas = self.doc.journey.personas
        ids = [p.id for p in personas]
        keep = self.current_id if self.current_id in ids else (ids[0] if ids else None)
        self._loading = True
        self.list.clear()
        for persona in personas:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, persona.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
            )
            self._fill_item(item, persona)
            self.list.addItem(item)
        self._loading = False
        self.select(keep)

    def _fill_item(self, item: QListWidgetItem, persona: Persona) -> None:
        item.setText(persona.name or tr("PersonaEditor", "Unnamed persona"))
        item.setIcon(QIcon(avatar_pixmap(persona, 72)))
        item.setCheckState(Qt.CheckState.Checked if persona.visible else Qt.CheckState.Unchecked)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        # Alt+Up/Down on the list moves the chosen persona, as Alt+arrows move things on the canvas.
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def move_current(self, step: int) -> None:
        """Move the chosen persona up (-1) or down (1) the list: one undo step."""
        persona = self.persona()
        if persona is None:
            return
        index = self.doc.journey.personas.index(persona)
        if 0 <= index + step < len(self.doc.journey.personas):
            pe.move_persona(self.doc, persona.id, index + step)
            self.select(persona.id)
            self.list.setFocus()

    def select(self, persona_id: str | None) -> None:
        """Show a persona in the form (None: an empty, disabled form)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == persona_id:
                self.list.setCurrentRow(row)
                break
        else:
            self.list.setCurrentRow(-1)
            self._show(None)

    def _on_current_item(self, current: QListWidgetItem | None, _previous: object) -> None:
        self._show(current.data(Qt.ItemDataRole.UserRole) if current is not None else None)

    def _show(self, persona_id: str | None) -> None:
        changed = persona_id != self.current_id
        self.current_id = persona_id
        self._fill_form(force=True)
        if changed:
            self.current_changed.emit(persona_id or "")

    def _on_item_changed(self, collection: str, item_id: str) -> None:
        if collection != "personas":
            return
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == item_id:
                self._loading = True
                self._fill_item(item, self.doc.journey.persona(item_id))
                self._loading = False
        if item_id == self.current_id:
            self._fill_form(force=False)

    def _fill_form(self, force: bool) -> None:
        """Show the model's values; a field already showing them is left alone (keeps the cursor)."""
        persona = self.persona()
        self.form_widget.setEnabled(persona is not None)
        self.duplicate_button.setEnabled(persona is not None)
        self.delete_button.setEnabled(persona is not None)
        index = self.doc.journey.personas.index(persona) if persona is not None else -1
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(0 <= index < len(self.doc.journey.personas) - 1)
        if force:
            self.photo_error.hide()
        self._loading = True
        try:
            values: dict[str, Any] = {name: "" for name, _ in LINE_FIELDS + TEXT_FIELDS}
            if persona is not None:
                values = {name: getattr(persona, name) for name in values}
            for name, edit in self.lines.items():
                if edit.text() != values[name]:
                    edit.setText(values[name])
            for name, edit in self.texts.items():
                if edit.toPlainText() != values[name]:
                    edit.setPlainText(values[name])
            self.segment.setCurrentIndex(max(0, self.segment.findData(persona.segment if persona else "B2C")))
            color = persona.color if persona else "#cccccc"
            self.color_button.setText(color)
            self.color_button.setStyleSheet(f"background: {color}; color: {_contrast(color)};")
            chosen = set(persona.channels) if persona else set()
            for row in range(self.channels.count()):
                item = self.channels.item(row)
                state = (
                    Qt.CheckState.Checked
                    if item.data(Qt.ItemDataRole.UserRole) in chosen
                    else Qt.CheckState.Unchecked
                )
                if item.checkState() != state:
                    item.setCheckState(state)
            if persona is not None:
                self.photo_label.setPixmap(avatar_pixmap(persona, 96))
            else:
                self.photo_label.clear()
            self.photo_remove_button.setEnabled(bool(persona and persona.photo))
        finally:
            self._loading = False

    # ---- edits -----------------------------------------------------------------------------------
    def _edit(self, values: dict[str, Any], merge: bool = False) -> None:
        if self._loading or self.persona() is None:
            return
        pe.edit_persona(self.doc, self.current_id, values, merge=merge)

    def _on_text_changed(self, name: str) -> None:
        if not self._loading:
            self._edit({name: self.texts[name].toPlainText()}, merge=True)

    def _on_channel_checked(self, _item: QListWidgetItem) -> None:
        if self._loading:
            return
        chosen = [
            self.channels.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.channels.count())
            if self.channels.item(row).checkState() == Qt.CheckState.Checked
        ]
        self._edit({"channels": chosen})

    def _on_item_checked(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        persona_id = item.data(Qt.ItemDataRole.UserRole)
        pe.set_persona_visible(self.doc, persona_id, item.checkState() == Qt.CheckState.Checked)

    def add_persona(self) -> Persona:
        """Add a persona and show it in the form, ready for its name."""
        persona = pe.add_persona(self.doc)
        self.select(persona.id)
        self.lines["name"].setFocus()
        self.lines["name"].selectAll()
        return persona

    def duplicate_current(self) -> None:
        """Duplicate the chosen persona with its emotion curve."""
        if self.persona() is not None:
            self.select(pe.duplicate_persona(self.doc, self.current_id).id)

    def delete_current(self) -> None:
        """Delete the chosen persona (its scores and links go with it, in one undo step)."""
        if self.persona() is None:
            return
        row = self.list.currentRow()
        pe.delete_personas(self.doc, [self.current_id])
        if self.list.count():
            self.select(self.list.item(min(row, self.list.count() - 1)).data(Qt.ItemDataRole.UserRole))

    def set_color(self, color: str) -> None:
        """Give the chosen persona a colour (#rrggbb)."""
        self._edit({"color": QColor(color).name()})

    def choose_color(self) -> None:
        """Pick the persona's colour."""
        persona = self.persona()
        if persona is None:
            return
        from PySide6.QtWidgets import QColorDialog  # with its first use, not at start

        color = QColorDialog.getColor(QColor(persona.color), self, tr("PersonaEditor", "Persona colour"))
        if color.isValid():
            self.set_color(color.name())

    # ---- photo -----------------------------------------------------------------------------------
    def choose_photo(self) -> None:
        """Pick a photo file."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, tr("PersonaEditor", "Choose a photo"), str(Path.home()), tr("PersonaEditor", IMAGE_FILTER)
        )
        if path:
            self.set_photo_from_file(path)

    def set_photo_from_file(self, path: str | Path) -> bool:
        """Embed a photo file (downscaled); a bad image shows why and changes nothing."""
        try:
            embedded = read_image_file(path, PERSONA_PHOTO_SIDE)
        except ImageError as error:
            self._photo_failed(str(error))
            return False
        self._set_photo(embedded.data_b64)
        return True

    def paste_photo(self) -> bool:
        """Embed the image on the clipboard (a copied picture, or a copied image file)."""
        mime = QGuiApplication.clipboard().mimeData()
        try:
            if mime is not None and mime.hasImage():
                data = mime.imageData()
                image = data.toImage() if isinstance(data, QPixmap) else QImage(data)
                embedded = embed_qimage(image, tr("PersonaEditor", "pasted image"), PERSONA_PHOTO_SIDE)
            elif mime is not None and mime.hasUrls() and mime.urls()[0].isLocalFile():
                return self.set_photo_from_file(mime.urls()[0].toLocalFile())
            elif mime is not None and mime.hasFormat("image/png"):
                embedded = read_image_bytes(
                    bytes(mime.data("image/png").data()), tr("PersonaEditor", "pasted image")
                )
            else:
                self._photo_failed(tr("PersonaEditor", "The clipboard holds no image. Copy a picture first."))
                return False
        except ImageError as error:
            self._photo_failed(str(error))
            return False
        self._set_photo(embedded.data_b64)
        return True

    def _set_photo(self, data_b64: str) -> None:
        if self.persona() is None:
            return
        self.photo_error.hide()
        pe.set_persona_photo(self.doc, self.current_id, data_b64)

    def _photo_failed(self, message: str) -> None:
        self.photo_error.setText(tr("PersonaEditor", "The photo was not added. %s") % message)
        self.photo_error.show()


def _contrast(color: str) -> str:
    return "#1f2933" if QColor(color).lightnessF() > 0.6 else "#ffffff"
