"""Test driver for test_map_lock: runs the real editor on a map and holds it open until killed.

Usage: python lock_holder_driver.py MAP.cjm
Opens MAP through the normal start-up (app.run_gui) and prints "READY <lock file>" once the window
holds the map's lock; then idles in the event loop until the test stops it (SIGKILL, or a line on
stdin for a clean close).
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QMetaObject, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication


def main() -> int:
    map_path = Path(sys.argv[1])
    QStandardPaths.setTestModeEnabled(True)
    app = QApplication(sys.argv[:1])

    from cjm_desktop.app import run_gui
    from cjm_desktop.io.mapfile.map_lock import lock_path_for

    def report() -> None:
        print("READY", lock_path_for(map_path.resolve()), flush=True)

    def wait_for_close() -> None:
        sys.stdin.readline()
        QMetaObject.invokeMethod(app, "closeAllWindows", Qt.ConnectionType.QueuedConnection)

    QTimer.singleShot(0, report)
    threading.Thread(target=wait_for_close, daemon=True).start()
    return run_gui([map_path])


if __name__ == "__main__":
    sys.exit(main())
