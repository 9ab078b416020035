"""Feature modules that add menus, docks and tools to a window, each through ``install(window)``.

Each feature lives in its own module so the main window stays small and features stay apart.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow

FEATURE_MODULES = (
    "cjm_desktop.ui.find_bar",
    "cjm_desktop.ui.kinds_actions",
    "cjm_desktop.ui.persona_actions",
    "cjm_desktop.ui.channels_dialog",
    "cjm_desktop.ui.export_actions",
    "cjm_desktop.ui.metrics_actions",
    "cjm_desktop.ui.metrics_grid",
    "cjm_desktop.ui.workshop_actions",
    "cjm_desktop.ui.recovery_actions",
)


def install_features(window: MainWindow) -> None:
    """Let every available feature module add itself to a new window."""
    for name in FEATURE_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name == name:
                continue  # that feature is not part of this build
            raise
        module.install(window)
