"""The start page: new from a template, open, recent maps (thumbnails, missing ones marked), the sample.

Shown when the editor starts without a file. It drives a hidden, untouched MainWindow: whatever
the user picks opens there (through the window's own open/template code) and the page closes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.i18n import tr
from cjm_desktop.ui.app_icon import app_icon
from cjm_desktop.ui.template_dialog import TemplateInfo, load_manifest, open_template
from cjm_desktop.ui.thumbnails import file_thumbnail

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow

RECENT_KEY = "recent_files"  # the list main_window.add_recent keeps, newest first
TEMPLATE_ICON = QSize(200, 125)
RECENT_ICON = QSize(112, 70)
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING_ROLE = Qt.ItemDataRole.UserRole + 2


def recent_entries() -> list[tuple[Path, bool]]:
    """Every remembered map, newest first, with whether its file still exists."""
    value = QSettings().value(RECENT_KEY, [])
    paths = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
    return [(Path(p), Path(p).is_file()) for p in paths]


def _placeholder(size: QSize) -> QIcon:
    """A grey card standing in for a thumbnail that is not drawn yet (or cannot be)."""
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#e4e8ee"))
    return QIcon(QPixmap.fromImage(image))


class StartPage(QWidget):
    """The first window without a file: every way to begin, one click away."""

    def __init__(self, host: MainWindow, templates: list[TemplateInfo] | None = None) -> None:
        super().__init__()
        self.host = host
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("StartPage", "Start — cjm-desktop"))
        self.setWindowIcon(app_icon())
        self.templates = templates if templates is not None else load_manifest()

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(56, 56))
        heading = QLabel(tr("StartPage", "Customer journey maps"))
        heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        subtitle = QLabel(
            tr("StartPage", "Start from a template, open a map, or pick up where you left off.")
        )
        titles = QVBoxLayout()
        titles.addWidget(heading)
        titles.addWidget(subtitle)
        header = QHBoxLayout()
        header.addWidget(logo)
        header.addLayout(titles, 1)

        self.open_button = QPushButton(tr("StartPage", "&Open…"))
        self.open_button.clicked.connect(lambda: self._open_via(self.host.open_dialog))
        self.sample_button = QPushButton(tr("StartPage", "Open the &sample map"))
        self.sample_button.clicked.connect(lambda: self._open_via(self.host.new_from_sample))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)

        self.template_list = QListWidget()
        self.template_list.setViewMode(QListView.ViewMode.IconMode)
        self.template_list.setIconSize(TEMPLATE_ICON)
        self.template_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.template_list.setMovement(QListView.Movement.Static)
        self.template_list.setWordWrap(True)
        self.template_list.setGridSize(QSize(TEMPLATE_ICON.width() + 24, TEMPLATE_ICON.height() + 48))
        self.template_list.setMinimumHeight(TEMPLATE_ICON.height() + 60)
        for info in self.templates:
            item = QListWidgetItem(_placeholder(TEMPLATE_ICON), tr("templates", info.name))
            item.setToolTip(tr("templates", info.description))
            item.setData(PATH_ROLE, str(info.path))
            self.template_list.addItem(item)
        self.template_list.itemActivated.connect(self._template_chosen)

        self.recent_list = QListWidget()
        self.recent_list.setIconSize(RECENT_ICON)
        self.recent_list.setSpacing(2)
        self.recent_empty = QLabel(tr("StartPage", "No recent maps yet: maps you open or save appear here."))
        self.recent_empty.setStyleSheet("color: palette(placeholder-text);")
        for path, exists in recent_entries():
            if exists:
                text = f"{path.stem}\n{path}"
            else:
                text = tr("StartPage", "%1 (missing)\n%2").replace("%1", path.stem).replace("%2", str(path))
            item = QListWidgetItem(_placeholder(RECENT_ICON), text)
            item.setData(PATH_ROLE, str(path))
            item.setData(MISSING_ROLE, not exists)
            if not exists:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(tr("StartPage", "This file was moved or deleted."))
            self.recent_list.addItem(item)
        self.recent_list.itemActivated.connect(self._recent_chosen)
        self.recent_empty.setVisible(self.recent_list.count() == 0)
        self.recent_list.setVisible(self.recent_list.count() > 0)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(buttons)
        layout.addWidget(self._section(tr("StartPage", "New map from a &template"), self.template_list))
        layout.addWidget(self.template_list, 3)
        layout.addWidget(self._section(tr("StartPage", "&Recent maps"), self.recent_list))
        layout.addWidget(self.recent_list, 2)
        layout.addWidget(self.recent_empty)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self).activated.connect(self.open_button.click)
        self.resize(980, 680)
        # Thumbnails are drawn one per event-loop turn after the page shows, so it never waits.
        self._pending: list[tuple[QListWidget, int, QSize]] = [
            (self.template_list, row, TEMPLATE_ICON) for row in range(self.template_list.count())
        ] + [
            (self.recent_list, row, RECENT_ICON)
            for row in range(self.recent_list.count())
            if not self.recent_list.item(row).data(MISSING_ROLE)
        ]
        # Owned by the page, so closing the page (deleting it) also stops the drawing.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._draw_next_thumbnail)
        self._timer.start()

    @staticmethod
    def _section(text: str, buddy: QWidget) -> QLabel:
        """A section heading whose accelerator (Alt+letter) moves the focus to BUDDY."""
        label = QLabel(text)
        label.setBuddy(buddy)
        label.setStyleSheet("font-weight: 600; margin-top: 8px;")
        return label

    def thumbnails_pending(self) -> int:
        """How many thumbnails are still to be drawn."""
        return len(self._pending)

    def _draw_next_thumbnail(self) -> None:
        if not self._pending:
            return
        widget, row, size = self._pending.pop(0)
        image = file_thumbnail(Path(widget.item(row).data(PATH_ROLE)), size)
        if image is not None:
            widget.item(row).setIcon(QIcon(QPixmap.fromImage(image)))
        self._timer.start()

    def _open_via(self, opener: Callable[[], object]) -> None:
        """Run one of the host window's openers; the page closes once a map window shows."""
        opener()
        if self.host.isVisible() or any(w.isVisible() for w in _open_windows()):
            self.close()

    def _template_chosen(self, item: QListWidgetItem) -> None:
        info = self.templates[self.template_list.row(item)]
        self._open_via(lambda: open_template(self.host, info))

    def _recent_chosen(self, item: QListWidgetItem) -> None:
        if item.data(MISSING_ROLE):
            return
        self._open_via(lambda: self.host.open_path(item.data(PATH_ROLE)))


def _open_windows() -> list[MainWindow]:
    from cjm_desktop.ui.main_window import open_windows

    return open_windows()


def show_start_page(host: MainWindow) -> StartPage:
    """Show the start page for a hidden, untouched window."""
    from cjm_desktop.ui.window_geometry import client_area

    page = StartPage(host)
    host.start_page = page  # a top-level widget without a parent: keep it alive while it shows
    screen = page.screen().availableGeometry()
    page.resize(page.size().boundedTo(client_area(screen).size()))
    page.show()
    return page
