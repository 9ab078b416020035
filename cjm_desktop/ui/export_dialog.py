"""The export dialog: format, region and page options beside a live preview of the result."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QLocale, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.canvas.scene import JourneyScene
from cjm_desktop.export.options import ExportCancelled, ExportError, ExportOptions, parse_stage_ranges
from cjm_desktop.export.render import plan_region
from cjm_desktop.i18n import tr
from cjm_desktop.ui.button_box import tab_as_laid_out
from cjm_desktop.ui.save_places import suggested_path

PREVIEW_SIZE = QSize(520, 400)
PREVIEW_PAGES = 6
SUPERSAMPLE = 3  # page previews are drawn this much larger and scaled down
DETAIL_SCALE = 0.5  # at least this many pixels per unit, so cards keep their text in the preview
MAX_PREVIEW_PIXELS = 12_000_000  # pages drawn side by side in the preview; more are summarised in the caption


class ExportDialog(QDialog):
    """Choose what and how to export, see it, and write the file (with progress and Cancel)."""

    preview_updated = Signal()
    exported = Signal(str)  # path written

    def __init__(
        self,
        scene: JourneyScene,
        view_rect: tuple[float, float, float, float] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("ExportDialog", "Export map"))
        self.scene = scene
        self.view_rect = view_rect
        self._timer = QTimer(self, singleShot=True, interval=120)  # type: ignore[call-arg]
        self._timer.timeout.connect(self.update_preview)
        self.last_error = ""
        self.page_count = 0  # the PDF's pages as the caption says (0 for other formats)
        self._build()
        self._load_selection()
        self._sync_enabled()
        self.update_preview()

    # ---- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        form = QFormLayout()
        self.format_box = QComboBox()
        for key, label in (
            ("png", tr("ExportDialog", "PNG image")),
            ("pdf", tr("ExportDialog", "PDF document")),
            ("svg", tr("ExportDialog", "SVG vector image")),
            ("pptx", tr("ExportDialog", "PowerPoint slides (editable)")),
        ):
            self.format_box.addItem(label, key)
        form.addRow(tr("ExportDialog", "&Format:"), self.format_box)
        self.region_box = QComboBox()
        regions = (
            ("map", tr("ExportDialog", "Whole map")),
            ("stages", tr("ExportDialog", "Selected stages")),
            ("view", tr("ExportDialog", "Current view")),
            ("personas", tr("ExportDialog", "Persona profiles")),
        )
        for key, label in regions:
            self.region_box.addItem(label, key)
        form.addRow(tr("ExportDialog", "&What:"), self.region_box)
        self.stages_edit = QLineEdit()
        self.stages_edit.setPlaceholderText(tr("ExportDialog", "e.g. 2-4 or 1,3"))
        form.addRow(tr("ExportDialog", "S&tages:"), self.stages_edit)
        self.title_block = QCheckBox(tr("ExportDialog", "Add a title b&lock (title, date, personas)"))
        form.addRow("", self.title_block)

        self.png_group = QGroupBox(tr("ExportDialog", "Image"))
        png_form = QFormLayout(self.png_group)
        self.by_scale = QRadioButton(tr("ExportDialog", "&Scale"))
        self.by_dpi = QRadioButton(tr("ExportDialog", "&DPI"))
        self.by_scale.setChecked(True)
        self.scale_spin = QDoubleSpinBox(minimum=1.0, maximum=4.0, singleStep=0.5, value=2.0, suffix="×")
        self.dpi_spin = QSpinBox(minimum=72, maximum=1200, singleStep=50, value=300)
        # The radio buttons beside them are not labels: say what each number is.
        self.scale_spin.setAccessibleName(tr("ExportDialog", "Scale"))
        self.dpi_spin.setAccessibleName(tr("ExportDialog", "DPI"))
        size_row = QHBoxLayout()
        for w in (self.by_scale, self.scale_spin, self.by_dpi, self.dpi_spin):
            size_row.addWidget(w)
        png_form.addRow(tr("ExportDialog", "Size:"), size_row)
        self.background_box = QComboBox()
        self.background_box.addItem(tr("ExportDialog", "White"), False)
        self.background_box.addItem(tr("ExportDialog", "Transparent"), True)
        png_form.addRow(tr("ExportDialog", "&Background:"), self.background_box)

        self.pdf_group = QGroupBox(tr("ExportDialog", "Pages"))
        pdf_form = QFormLayout(self.pdf_group)
        self.page_box = QComboBox()
        for key, label in (
            ("A4", "A4"),
            ("A3", "A3"),
            ("A2", "A2"),
            ("A1", "A1"),
            ("A0", "A0"),
            ("Letter", tr("ExportDialog", "Letter")),
            ("Tabloid", tr("ExportDialog", "Tabloid")),
            ("Slide16x9", tr("ExportDialog", "Slide 16:9")),
            ("Fit", tr("ExportDialog", "Fit to content")),
        ):
            self.page_box.addItem(label, key)
        self.page_box.setCurrentIndex(1)
        pdf_form.addRow(tr("ExportDialog", "Page &size:"), self.page_box)
        self.orientation_box = QComboBox()
        self.orientation_box.addItem(tr("ExportDialog", "Landscape"), True)
        self.orientation_box.addItem(tr("ExportDialog", "Portrait"), False)
        pdf_form.addRow(tr("ExportDialog", "&Orientation:"), self.orientation_box)
        self.margin_spin = QDoubleSpinBox(minimum=0, maximum=50, value=10, suffix=" mm")
        pdf_form.addRow(tr("ExportDialog", "&Margins:"), self.margin_spin)
        self.layout_group = QButtonGroup(self)
        layout_row = QVBoxLayout()
        for i, (key, label) in enumerate(
            (
                ("fit", tr("ExportDialog", "One page, fitted")),
                ("tiles", tr("ExportDialog", "Poster tiled across pages")),
                ("per_stage", tr("ExportDialog", "One page per stage (slides)")),
            )
        ):
            button = QRadioButton(label)
            button.setProperty("layout_key", key)
            button.setChecked(i == 0)
            self.layout_group.addButton(button, i)
            layout_row.addWidget(button)
        pdf_form.addRow(tr("ExportDialog", "Layout:"), layout_row)
        self.poster_spin = QSpinBox(minimum=10, maximum=400, value=100, suffix=" %")
        pdf_form.addRow(tr("ExportDialog", "Poster size:"), self.poster_spin)
        self.overlap_spin = QDoubleSpinBox(minimum=0, maximum=50, value=10, suffix=" mm")
        pdf_form.addRow(tr("ExportDialog", "O&verlap:"), self.overlap_spin)
        self.crop_marks = QCheckBox(tr("ExportDialog", "Crop marks"))
        self.crop_marks.setChecked(True)
        pdf_form.addRow("", self.crop_marks)
        self.evidence_appendix = QCheckBox(
            tr("ExportDialog", "Evidence appendix (each card's level and sources)")
        )
        pdf_form.addRow("", self.evidence_appendix)

        self.svg_group = QGroupBox(tr("ExportDialog", "Vector image"))
        svg_form = QFormLayout(self.svg_group)
        self.svg_outlines = QCheckBox(
            tr("ExportDialog", "Text as outlines (looks the same without the fonts)")
        )
        svg_form.addRow("", self.svg_outlines)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.png_group)
        left.addWidget(self.pdf_group)
        left.addWidget(self.svg_group)
        left.addStretch(1)

        self.preview = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)  # type: ignore[call-arg]
        self.preview.setMinimumSize(PREVIEW_SIZE)
        self.preview.setStyleSheet("QLabel { background: #d9dde3; border-radius: 6px; }")
        self.caption = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)  # type: ignore[call-arg]
        self.caption.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.caption)

        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addLayout(right, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            tr("ExportDialog", "&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.choose_file_and_export)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addWidget(self.buttons)
        tab_as_laid_out(self.buttons)  # once in the dialog: reparenting remakes the chain

        for combo in (
            self.format_box,
            self.region_box,
            self.background_box,
            self.page_box,
            self.orientation_box,
        ):
            combo.currentIndexChanged.connect(self._changed)
        for spin in (self.scale_spin, self.dpi_spin, self.margin_spin, self.poster_spin, self.overlap_spin):
            spin.valueChanged.connect(self._changed)
        for check in (
            self.title_block,
            self.crop_marks,
            self.evidence_appendix,
            self.by_scale,
            self.by_dpi,
            self.svg_outlines,
        ):
            check.toggled.connect(self._changed)
        self.layout_group.idToggled.connect(self._changed)
        self.stages_edit.textChanged.connect(self._changed)

    def _load_selection(self) -> None:
        """Start from the preferred defaults and what the user has selected (stages pre-fill the list)."""
        from cjm_desktop.ui.preferences import Preferences

        prefs = Preferences.load()
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(prefs.export_format)))
        self.page_box.setCurrentIndex(max(0, self.page_box.findData(prefs.page_size)))
        self.dpi_spin.setValue(prefs.dpi)
        journey = self.scene.doc.journey
        selected = self.scene.selected_ids("stage")
        if selected:
            self.stages_edit.setText(",".join(str(journey.stage_index(s) + 1) for s in selected))
            self.region_box.setCurrentIndex(self.region_box.findData("stages"))
        elif journey.stages:
            self.stages_edit.setText("1" if len(journey.stages) == 1 else f"1-{len(journey.stages)}")
        personas_item = self.region_box.model().item(self.region_box.findData("personas"))
        if not journey.personas:
            personas_item.setEnabled(False)
            personas_item.setToolTip(tr("ExportDialog", "The map has no personas"))
        if self.view_rect is None:
            self.region_box.model().item(self.region_box.findData("view")).setEnabled(False)

    # ---- options --------------------------------------------------------------------------------
    def options(self) -> ExportOptions:
        """The options the dialog shows (raises ExportError for an unusable stage list)."""
        region = self.region_box.currentData()
        stages: list[int] = []
        if region == "stages":
            stages = parse_stage_ranges(self.stages_edit.text(), len(self.scene.doc.journey.stages))
        button = self.layout_group.checkedButton()
        return ExportOptions(
            format=self.format_box.currentData(),
            region=region,
            stages=stages,
            view_rect=self.view_rect,
            title_block=self.title_block.isChecked(),
            scale=self.scale_spin.value(),
            dpi=float(self.dpi_spin.value()) if self.by_dpi.isChecked() else None,
            transparent=bool(self.background_box.currentData()),
            page_size=self.page_box.currentData(),
            landscape=bool(self.orientation_box.currentData()),
            margin_mm=self.margin_spin.value(),
            pdf_layout=button.property("layout_key") if button else "fit",
            tile_scale=self.poster_spin.value() / 100,
            overlap_mm=self.overlap_spin.value(),
            crop_marks=self.crop_marks.isChecked(),
            evidence_appendix=self.evidence_appendix.isChecked(),
            svg_text="paths" if self.svg_outlines.isChecked() else "text",
        )

    def _changed(self, *_args: object) -> None:
        self._sync_enabled()
        self._timer.start()

    def _sync_enabled(self) -> None:
        fmt = self.format_box.currentData()
        self.png_group.setVisible(fmt == "png")
        self.pdf_group.setVisible(fmt == "pdf")
        self.svg_group.setVisible(fmt == "svg")
        self.background_box.setEnabled(fmt == "png")
        self.stages_edit.setEnabled(self.region_box.currentData() == "stages")
        self.scale_spin.setEnabled(self.by_scale.isChecked())
        self.dpi_spin.setEnabled(self.by_dpi.isChecked())
        tiles = self.layout_group.checkedId() == 1
        self.poster_spin.setEnabled(tiles)
        self.overlap_spin.setEnabled(tiles)
        self.crop_marks.setEnabled(tiles)

    # ---- preview ---------------------------------------------------------------------------------
    def update_preview(self) -> None:
        """Draw what the export will look like, through the same render path as the file."""
        self._timer.stop()
        try:
            options = self.options()
            options.validate()
            image, caption = self._preview_image(options)
        except ExportError as error:
            self.last_error = str(error)
            self.preview.setPixmap(QPixmap())
            self.preview.setText(str(error))
            self.caption.setText("")
            self.export_button.setEnabled(False)
        else:
            self.last_error = ""
            self.preview.setPixmap(QPixmap.fromImage(image))
            self.caption.setText(caption)
            self.export_button.setEnabled(True)
        self.preview_updated.emit()

    def _preview_image(self, options: ExportOptions):
        from PySide6.QtGui import QColor, QPainter

        from cjm_desktop.export.pdf import appendix_pages, paginate, render_appendix_image, render_page_image
        from cjm_desktop.export.png import image_size, render_image

        plan = plan_region(self.scene, options)
        box = PREVIEW_SIZE
        self.page_count = 0
        if options.format != "pdf":
            scale = min(box.width() / plan.size.width(), box.height() / plan.size.height())
            image = _smooth(
                render_image(plan, _detail_scale(scale, plan.size.width() * plan.size.height())),
                scale,
                plan.size,
            )
            if options.format == "png":
                size = image_size(plan, options.pixel_scale())
                caption = (
                    tr("ExportDialog", "%1 × %2 pixels")
                    .replace("%1", QLocale().toString(size.width()))
                    .replace("%2", QLocale().toString(size.height()))
                )
            elif options.format == "pptx":
                count = (
                    len(options.stages) if options.region == "stages" else len(self.scene.doc.journey.stages)
                )
                caption = tr(
                    "ExportDialog", "Title, overview and %n stage slides with editable text", None, count
                )
            else:
                caption = tr("ExportDialog", "Scalable vector image")
            return image, caption
        pages = paginate(plan, options)
        appendix = appendix_pages(self.scene.doc.journey, options)
        extra = appendix.count if appendix is not None else 0
        # The appendix's first page always shows: its place in the file is part of what is previewed.
        map_shown = pages[: PREVIEW_PAGES - (1 if extra else 0)]
        shown: list[tuple[QSizeF, Callable[[int], QImage]]] = [
            (p.size, partial(render_page_image, p, options)) for p in map_shown
        ]
        if appendix is not None:
            shown += [
                (appendix.paper, partial(render_appendix_image, appendix, i))
                for i in range(min(extra, PREVIEW_PAGES - len(map_shown)))
            ]
        # A poster's tiles keep their places; other pages run three to a row.
        tile = map_shown[0].tile
        columns = min(tile[3], len(map_shown)) if tile else min(len(shown), 3)
        rows = (len(shown) + columns - 1) // columns
        gap = 10
        page_w = max(size.width() for size, _render in shown)
        page_h = max(size.height() for size, _render in shown)
        scale = min(
            (box.width() - gap * (columns + 1)) / (columns * page_w),
            (box.height() - gap * (rows + 1)) / (rows * page_h),
        )
        sheet = QImage(box, QImage.Format.Format_ARGB32_Premultiplied)
        sheet.fill(QColor("#d9dde3"))
        painter = QPainter(sheet)
        for i, (size, render) in enumerate(shown):
            width = max(1, round(size.width() * scale))
            # Drawn larger, then scaled down: cards far zoomed out would lose their text otherwise.
            image = render(width * SUPERSAMPLE).scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation
            )
            x = gap + (i % columns) * (page_w * scale + gap)
            y = gap + (i // columns) * (page_h * scale + gap)
            painter.fillRect(round(x) + 2, round(y) + 2, image.width(), image.height(), QColor(0, 0, 0, 40))
            painter.drawImage(round(x), round(y), image)
        painter.end()
        self.page_count = len(pages) + extra
        caption = tr("ExportDialog", "%Ln pages", None, self.page_count)  # %Ln: the locale's digits
        if self.page_count > len(shown):
            caption += " " + tr("ExportDialog", "(first %1 shown)").replace(
                "%1", QLocale().toString(len(shown))
            )
        if appendix is not None:
            caption += "\n" + tr("ExportDialog", "Evidence appendix: %Ln pages at the end", None, extra)
        return sheet, caption

    # ---- exporting -------------------------------------------------------------------------------
    def choose_file_and_export(self) -> None:
        """Ask where to save, then export there."""
        options = self.options()
        filters = {
            "png": tr("ExportDialog", "PNG images (*.png)"),
            "pdf": tr("ExportDialog", "PDF documents (*.pdf)"),
            "svg": tr("ExportDialog", "SVG images (*.svg)"),
            "pptx": tr("ExportDialog", "PowerPoint presentations (*.pptx)"),
        }
        doc = self.scene.doc
        base = suggested_path(doc.path, doc.journey.title or "journey", f".{options.format}")
        path, _ = QFileDialog.getSaveFileName(
            self, tr("ExportDialog", "Export map"), str(base), filters[options.format]
        )
        if not path:
            return
        if not path.lower().endswith(f".{options.format}"):
            path += f".{options.format}"
        if self.export_to(Path(path)):
            self.accept()

    def export_to(self, path: Path) -> bool:
        """Export with the dialog's options to ``path``, showing progress; False when cancelled or failed."""
        from cjm_desktop.export.run import export_file

        try:
            options = self.options()
        except ExportError as error:
            QMessageBox.warning(self, tr("ExportDialog", "Export failed"), str(error))
            return False
        progress_dialog = QProgressDialog(
            tr("ExportDialog", "Exporting…"), tr("ExportDialog", "Cancel"), 0, 100, self
        )
        progress_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        progress_dialog.setMinimumDuration(400)  # only exports longer than a moment show it

        def progress(done: int, total: int) -> bool:
            progress_dialog.setMaximum(max(total, 1))
            progress_dialog.setValue(done)
            QApplication.processEvents()
            return not progress_dialog.wasCanceled()

        try:
            export_file(self.scene, path, options, progress)
        except ExportCancelled:
            return False
        except ExportError as error:
            QMessageBox.warning(self, tr("ExportDialog", "Export failed"), str(error))
            return False
        finally:
            progress_dialog.reset()
            progress_dialog.deleteLater()
        self.exported.emit(str(path))
        return True


def _detail_scale(scale: float, area: float) -> float:
    """A render scale at which cards still draw their text, within a pixel budget."""
    return max(scale, min(DETAIL_SCALE, (MAX_PREVIEW_PIXELS / max(area, 1.0)) ** 0.5))


def _smooth(image, scale: float, size):
    """Scale a detailed render down to the preview's size."""
    if image.width() <= size.width() * scale + 1:
        return image
    return image.scaled(
        max(1, round(size.width() * scale)),
        max(1, round(size.height() * scale)),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
