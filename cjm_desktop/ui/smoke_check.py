"""Start-up self-check for packaged builds: with CJM_SMOKE_TEST=1 the editor reports its window, quits.

CI runs the PyInstaller bundle this way (packaging/smoke_test_bundle.sh) to prove that Qt, its
plugins and the resources were all collected: a missing one fails before or instead of this report.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow

ENV_VAR = "CJM_SMOKE_TEST"


def install_smoke_check(app: QApplication) -> None:
    """When asked by the environment, print what is shown once the event loop runs, then exit."""
    if not os.environ.get(ENV_VAR):
        return

    def report() -> None:
        shown = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        from cjm_desktop.ui.start_page import StartPage

        pages = [w for w in app.topLevelWidgets() if isinstance(w, StartPage) and w.isVisible()]
        if pages and not shown:
            print(f"smoke: start page shown with {pages[0].template_list.count()} templates", flush=True)
            app.exit(0)
            return
        if not shown:
            print("smoke: no window shown", file=sys.stderr, flush=True)
            app.exit(3)
            return
        window = shown[0]
        icon = "icon" if not app.windowIcon().isNull() else "NO icon"
        # Toolbar/menu icons come from qtawesome's fonts: a bundle missing them shows none.
        drawn = sum(1 for a in window.findChildren(QAction) if not a.icon().pixmap(16, 16).isNull())
        print(f"smoke: window shown {window.width()}x{window.height()} with {icon}, {drawn} action icons")
        from cjm_desktop import dataclass_code, shiboken_code

        # A bundle's start takes the code its build kept (packaging/keep_start_code.py): none found
        # means the kept files are missing or no longer match, and the start compiles it all again.
        methods, modules, patterns = dataclass_code.hits, shiboken_code.hits, shiboken_code.regex_hits
        print(
            f"smoke: kept start code used: {methods} dataclass methods, {modules} PySide modules, {patterns} patterns"
        )
        sys.stdout.flush()
        app.exit(0)

    QTimer.singleShot(0, report)
