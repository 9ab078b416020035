"""Export menu items of a window: File ▸ Export… and Edit ▸ Copy map / selection as image."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QRectF
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence

from cjm_desktop.i18n import tr

if TYPE_CHECKING:  # the export modules load with the first export or copy, not at start
    from cjm_desktop.export.options import ExportOptions
    from cjm_desktop.ui.main_window import MainWindow

CLIPBOARD_SCALE = 2.0  # crisp when pasted into slides on high-DPI screens
CLIPBOARD_MAX_PIXELS = 40_000_000  # a huge map is scaled down rather than filling memory


class ExportActions(QObject):
    """The export actions of one window, placed in its File and Edit menus."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.export = QAction(tr("ExportActions", "&Export…"), window)
        self.export.setShortcut(QKeySequence("Ctrl+E"))
        self.export.triggered.connect(lambda _checked=False: open_export_dialog(window))
        window.file_menu.insertAction(window.export_anchor, self.export)

        self.copy_map_image = QAction(tr("ExportActions", "Copy &map as image"), window)
        self.copy_map_image.triggered.connect(lambda _checked=False: copy_as_image(window, selection=False))
        self.copy_selection_image = QAction(tr("ExportActions", "Copy selection as &image"), window)
        self.copy_selection_image.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_selection_image.triggered.connect(
            lambda _checked=False: copy_as_image(window, selection=True)
        )
        window.edit_menu.insertActions(window.edit.paste, [self.copy_map_image, self.copy_selection_image])
        window.view.addAction(self.copy_selection_image)  # the shortcut works while the canvas has focus


def current_view_rect(window: MainWindow) -> tuple[float, float, float, float]:
    """The scene rectangle the view shows now."""
    view = window.view
    rect = view.mapToScene(view.viewport().rect()).boundingRect()
    return rect.getRect()


def open_export_dialog(window: MainWindow):
    """Show the export dialog for the window's map."""
    from cjm_desktop.ui.export_dialog import ExportDialog

    if window.view.editor is not None:
        window.view.editor.commit()
    dialog = ExportDialog(window.scene, current_view_rect(window), window)
    dialog.exported.connect(
        lambda path: window.statusBar().showMessage(tr("ExportActions", "Exported %s") % path, 5000)
    )
    dialog.open()
    return dialog


def selection_options(window: MainWindow) -> ExportOptions | None:
    """What "the selection" is as an export region: selected stages, else the selected items' area."""
    from cjm_desktop.export.options import ExportOptions

    scene = window.scene
    journey = scene.doc.journey
    stages = scene.selected_ids("stage")
    if stages:
        return ExportOptions(region="stages", stages=[journey.stage_index(s) for s in stages])
    items = scene.selectedItems()
    if not items:
        return None
    area = QRectF()
    for item in items:
        area = area.united(item.sceneBoundingRect())
    margin = scene.metrics.cell_padding
    return ExportOptions(region="view", view_rect=area.adjusted(-margin, -margin, margin, margin).getRect())


def selection_image(window: MainWindow, selection: bool) -> QImage | None:
    """The map, or the selection, as the image the clipboard gets (None when nothing is selected)."""
    from cjm_desktop.export.options import ExportOptions
    from cjm_desktop.export.png import render_image
    from cjm_desktop.export.render import plan_region

    options = selection_options(window) if selection else ExportOptions()
    if options is None:
        return None
    plan = plan_region(window.scene, options)
    pixels = plan.size.width() * plan.size.height()
    scale = min(CLIPBOARD_SCALE, (CLIPBOARD_MAX_PIXELS / max(pixels, 1)) ** 0.5)
    image = render_image(plan, scale)
    # Paper-white and opaque: slide programs show pasted alpha inconsistently.
    return image.convertToFormat(QImage.Format.Format_RGB32)


def copy_as_image(window: MainWindow, selection: bool) -> bool:
    """Put the map or the selection on the clipboard as a picture."""
    from cjm_desktop.export.options import ExportError

    try:
        image = selection_image(window, selection)
    except ExportError as error:
        window.statusBar().showMessage(str(error), 5000)
        return False
    if image is None:
        window.statusBar().showMessage(
            tr("ExportActions", "Select cards or stages to copy them as an image"), 5000
        )
        return False
    QGuiApplication.clipboard().setImage(image)
    window.statusBar().showMessage(
        tr("ExportActions", "Copied an image of %1 × %2 pixels")
        .replace("%1", QLocale().toString(image.width()))
        .replace("%2", QLocale().toString(image.height())),
        4000,
    )
    return True
