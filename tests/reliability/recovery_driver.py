"""Test driver for test_recovery_kill: runs the real editor, edits a map, and waits to be killed.

Usage: python recovery_driver.py MAP.cjm EXPECTED_OUT
Opens MAP through the normal start-up (app.run_gui), makes edits through document.edits, and once
the recovery copy holding them is written, saves the expected serialized map to EXPECTED_OUT and
prints "READY <recovery file>". Then it idles in the event loop until the test SIGKILLs it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication


def main() -> int:
    map_path, expected_out = Path(sys.argv[1]), Path(sys.argv[2])
    QStandardPaths.setTestModeEnabled(True)
    app = QApplication(sys.argv[:1])

    from cjm_desktop.app import run_gui
    from cjm_desktop.document import edits
    from cjm_desktop.io.mapfile.cjm_file import dumps
    from cjm_desktop.ui import recovery_actions
    from cjm_desktop.ui.main_window import open_windows

    recovery_actions.AUTOSAVE_DELAY_MS = 100  # the test need not wait the real 2 s

    def edit() -> None:
        window = next(w for w in open_windows() if w.doc.path is not None)
        keeper = recovery_actions.keeper_of(window)
        doc = window.doc
        journey = doc.journey
        stage = edits.add_stage(doc, name="Recovered stage")
        edits.add_card(doc, journey.lanes[0].id, stage.id, "Typed just before the crash")
        edits.set_fields(doc, "map", "", {"title": "Edited before the kill"})
        edits.delete_cards(doc, [journey.cards[0].id])
        edits.move_stage(doc, stage.id, 0)
        expected = dumps(journey)

        def written(file: Path) -> None:
            expected_out.write_bytes(expected)
            print("READY", file, flush=True)

        keeper.autosaved.connect(written)

    QTimer.singleShot(0, edit)
    app.setQuitOnLastWindowClosed(False)
    QCoreApplication.instance()
    return run_gui([map_path])


if __name__ == "__main__":
    sys.exit(main())
