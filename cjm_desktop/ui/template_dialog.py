"""New from template…: pick a bundled map (with a rendered preview) and open an unsaved copy of it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop import i18n
from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.document import JourneyDocument
from cjm_desktop.i18n import arg, tr
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.io.mapfile.errors import MapFileError
from cjm_desktop.model import Journey
from cjm_desktop.paths import templates_dir as _templates_dir

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow

PREVIEW = QSize(520, 340)
ICON = QSize(96, 64)


@dataclass(frozen=True)
class TemplateInfo:
    """One bundled template as the manifest describes it."""

    id: str
    name: str
    description: str
    path: Path


def templates_dir() -> Path:
    """Where the bundled templates live."""
    return _templates_dir()


def localized(folder: Path, name: str) -> Path:
    """A template file in the UI's language (folder/LANG/name) where there is one, else the English one."""
    path = folder / i18n.language() / name
    return path if path.is_file() else folder / name


def load_manifest(folder: Path | None = None) -> list[TemplateInfo]:
    """The templates listed in templates.json, in their order; missing files are left out."""
    folder = folder or templates_dir()
    try:
        entries = json.loads((folder / "templates.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    result = []
    for entry in entries if isinstance(entries, list) else []:
        try:
            info = TemplateInfo(
                str(entry["id"]),
                str(entry["name"]),
                str(entry.get("description", "")),
                localized(folder, str(entry["file"])),
            )
        except (KeyError, TypeError):
            continue
        if info.path.is_file():
            result.append(info)
    return result


def render_preview(journey: Journey, size: QSize = PREVIEW) -> QImage:
    """A picture of a whole map scaled into ``size`` (headless: a scene that is never shown)."""
    doc = JourneyDocument(journey)
    scene = JourneyScene(doc)
    scene.export_mode = True
    source = scene.itemsBoundingRect().adjusted(-12, -12, 12, 12)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    if source.width() > 0 and source.height() > 0:
        # The top of a map (title, stages, first lanes) says most; keep the preview's aspect.
        aspect = size.height() / size.width()
        source.setHeight(min(source.height(), source.width() * aspect))
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        scene.render(
            painter, QRectF(0, 0, size.width(), size.height()), source, Qt.AspectRatioMode.KeepAspectRatio
        )
        painter.end()
    scene.clear()
    scene.deleteLater()
    doc.deleteLater()
    return image


def template_summary(journey: Journey) -> str:
    """ "5 stages · 4 lanes · 1 card": each count its own plural form."""
    return arg(
        tr("TemplateDialog", "%1 · %2 · %3"),
        tr("TemplateDialog", "%n stages", None, len(journey.stages)),
        tr("TemplateDialog", "%n lanes", None, len(journey.lanes)),
        tr("TemplateDialog", "%n cards", None, len(journey.cards)),
    )


class TemplateDialog(QDialog):
    """Lists the templates with a preview and a description; ``chosen()`` after exec()."""

    def __init__(self, parent: QWidget | None = None, templates: list[TemplateInfo] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("TemplateDialog", "New from template"))
        self.templates = templates if templates is not None else load_manifest()
        self._previews: dict[str, QImage] = {}
        self._journeys: dict[str, Journey] = {}
        self.list = QListWidget()
        self.list.setAccessibleName(tr("TemplateDialog", "Templates"))
        self.list.setIconSize(ICON)
        self.list.setSpacing(2)
        self.list.setMinimumWidth(340)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW)
        self.preview.setStyleSheet("border: 1px solid #d5dbe3; background: white;")
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600; font-size: 16px;")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #52606d;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.preview)
        right.addWidget(self.title)
        right.addWidget(self.description)
        right.addWidget(self.summary)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.buttons)
        for info in self.templates:
            item = QListWidgetItem(tr("templates", info.name))
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setToolTip(tr("templates", info.description))
            item.setSizeHint(QSize(ICON.width() + 220, ICON.height() + 12))
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        if self.templates:
            self.list.setCurrentRow(0)
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(bool(self.templates))
        # Six small maps render in well under a second; the list shows them all at once.
        for row in range(self.list.count()):
            self._icon_for(row)

    def journey(self, info: TemplateInfo) -> Journey | None:
        """The template's map (loaded once for its preview)."""
        if info.id not in self._journeys:
            try:
                self._journeys[info.id] = load_map(info.path)
            except MapFileError:
                return None
        return self._journeys[info.id]

    def preview_image(self, info: TemplateInfo) -> QImage:
        """The rendered preview of a template (blank when it cannot be read)."""
        if info.id not in self._previews:
            journey = self.journey(info)
            image = (
                render_preview(journey)
                if journey is not None
                else QImage(PREVIEW, QImage.Format.Format_ARGB32)
            )
            if journey is None:
                image.fill(QColor("#f3f5f8"))
            self._previews[info.id] = image
        return self._previews[info.id]

    def _icon_for(self, row: int) -> None:
        info = self.templates[row]
        image = self.preview_image(info).scaled(
            ICON, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.list.item(row).setIcon(QIcon(QPixmap.fromImage(image)))

    def _show(self, row: int) -> None:
        if row < 0 or row >= len(self.templates):
            return
        info = self.templates[row]
        self.preview.setPixmap(QPixmap.fromImage(self.preview_image(info)))
        self.title.setText(tr("templates", info.name))
        self.description.setText(tr("templates", info.description))
        journey = self.journey(info)
        if journey is None:
            self.summary.setText(tr("TemplateDialog", "This template cannot be read."))
            return
        personas = ", ".join(p.name for p in journey.personas)
        self.summary.setText(
            template_summary(journey)
            + ("\n" + tr("TemplateDialog", "Persona: %s") % personas if personas else "")
        )

    def chosen(self) -> TemplateInfo | None:
        """The selected template."""
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None


def open_template(window: MainWindow, info: TemplateInfo) -> MainWindow | None:
    """Open an unsaved copy of a template, in this window when it is untouched, else a new one."""
    try:
        journey = load_map(info.path)
    except MapFileError as error:
        window.show_error(tr("MainWindow", "Could not open the template"), error)
        return None
    target = window._target_window()
    target.doc.replace_journey(journey, None)  # no path: Save asks where, the template stays pristine
    target.show_fitted()
    return target


def new_from_template(window: MainWindow) -> MainWindow | None:
    """Ask for a template and open it."""
    dialog = TemplateDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    info = dialog.chosen()
    return open_template(window, info) if info is not None else None
