"""The application icon: every rendered PNG size of resources/icons/cjm-desktop.svg in one QIcon."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from cjm_desktop.paths import icons_dir

ICON_NAME = "cjm-desktop"  # also the freedesktop icon name in the .desktop file and hicolor theme


def app_icon() -> QIcon:
    """The icon for windows, the About box and the task bar, crisp at every size and DPI."""
    icon = QIcon()
    for png in sorted(icons_dir().glob(f"{ICON_NAME}-*.png")):
        icon.addFile(str(png))
    return icon
