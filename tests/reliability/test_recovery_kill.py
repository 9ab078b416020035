"""Kill the running editor after edits: the next start finds the recovery copy and restores the edits."""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from cjm_desktop.document import edits
from cjm_desktop.io.mapfile import recovery
from cjm_desktop.io.mapfile.cjm_file import dumps, load_map
from cjm_desktop.paths import sample_map_path
from cjm_desktop.ui import recovery_actions, recovery_dialog
from cjm_desktop.ui.main_window import MainWindow

pytestmark = [
    pytest.mark.slow,  # child processes killed mid-write; CI runs them, `-m "not slow"` skips them
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

DRIVER = Path(__file__).with_name("recovery_driver.py")


def _read_lines(stream, lines: queue.Queue) -> None:
    for line in stream:
        lines.put(line)


def run_and_kill(tmp_path: Path, repo_root: Path, map_path: Path) -> tuple[Path, bytes]:
    """Start the editor on ``map_path`` with the driver, wait for its autosave, SIGKILL it."""
    home = tmp_path / "home"
    home.mkdir()
    expected_out = tmp_path / "expected.cjm"
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(repo_root)}
    env.pop("XDG_DATA_HOME", None)
    with subprocess.Popen(  # noqa: S603 - our own driver script
        [sys.executable, str(DRIVER), str(map_path), str(expected_out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=repo_root,
        env=env,
    ) as app:
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=_read_lines, args=(app.stdout, lines), daemon=True).start()
        try:
            line = lines.get(timeout=60)  # start-up plus the debounced autosave; normally ~2 s
        except queue.Empty:
            pytest.fail("the editor never reported its recovery copy")
        finally:
            app.send_signal(signal.SIGKILL)
            app.wait()
        assert app.returncode == -signal.SIGKILL
    assert line.startswith("READY "), line
    return Path(line.split(" ", 1)[1].strip()), expected_out.read_bytes()


@pytest.fixture
def edited_and_killed(tmp_path: Path, repo_root: Path) -> tuple[Path, bytes, Path]:
    map_path = tmp_path / "interviews.cjm"
    shutil.copy(sample_map_path(), map_path)
    file, expected = run_and_kill(tmp_path, repo_root, map_path)
    return file, expected, map_path


def test_killed_editor_leaves_a_recovery_copy_with_the_edits(qapp, edited_and_killed) -> None:
    file, expected, map_path = edited_and_killed
    original = map_path.read_bytes()
    assert expected != original  # the edits are real and were never saved
    entries = recovery_actions.orphaned_recoveries(file.parent)
    assert [entry.file for entry in entries] == [file]
    entry = entries[0]
    assert entry.original_path == map_path
    assert entry.title == "Edited before the kill"
    assert dumps(recovery.read_recovery(entry)) == expected
    assert map_path.read_bytes() == original  # autosave never touches the user's file


def test_next_start_restores_the_edits_into_the_original_file(
    qtbot, edited_and_killed, monkeypatch: pytest.MonkeyPatch
) -> None:
    file, expected, map_path = edited_and_killed
    monkeypatch.setattr(recovery_actions, "recovery_folder", lambda: file.parent)
    monkeypatch.setattr(recovery_actions, "_session", None)
    window = MainWindow()
    seen: list[str] = []

    def press_restore() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, recovery_dialog.RecoveryDialog):
            QTimer.singleShot(20, press_restore)
            return
        row = dialog.tree.topLevelItem(0)
        seen.extend(row.text(column) for column in range(3))
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press_restore)
    assert recovery_dialog.offer_recovery(window)
    # The dialog said what it is before the user decided: name, original file, time.
    assert seen[0] == "Edited before the kill" and seen[1] == str(map_path) and seen[2]
    assert dumps(window.doc.journey) == expected
    assert window.doc.path == map_path and window.doc.modified
    assert not file.exists()  # adopted: this run's own copy replaced it
    keeper = recovery_actions.keeper_of(window)
    assert keeper.file.exists()
    # Save writes the restored work where it came from.
    assert window.save()
    assert dumps(load_map(map_path)) == expected
    assert not window.doc.modified and not keeper.file.exists()
    assert window.close()


# ---- autosave in a running editor ------------------------------------------------------------
def test_autosave_writes_in_the_background_and_goes_away_on_save(
    qtbot, open_map, map_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    window = open_map(map_file)
    keeper = recovery_actions.keeper_of(window)
    keeper.timer.setInterval(50)
    writers: list[int] = []
    real_write = recovery.write_recovery

    def recording_write(*args, **kwargs):
        writers.append(threading.get_ident())
        return real_write(*args, **kwargs)

    monkeypatch.setattr(recovery, "write_recovery", recording_write)
    assert not keeper.file.exists()  # nothing unsaved, nothing to recover
    with qtbot.waitSignal(keeper.autosaved, timeout=5000):
        stage = edits.add_stage(window.doc, name="Found in interview 7")
        edits.add_card(
            window.doc, window.doc.journey.lanes[0].id, stage.id, "“I gave up at the payment page”"
        )
    assert writers and all(ident != threading.get_ident() for ident in writers)  # never on the GUI thread
    assert dumps(recovery.read_recovery(keeper.file)) == dumps(window.doc.journey)
    # This run is alive: its own copies are never offered as crash leftovers.
    assert recovery.list_recoveries(keeper.file.parent)[0].original_path == map_file
    assert recovery_actions.orphaned_recoveries(keeper.file.parent) == []
    assert window.save()
    assert not keeper.file.exists()


def test_undo_back_to_saved_state_or_closing_removes_the_copy(
    qtbot, open_map, map_file: Path, prompts
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = open_map(map_file)
    keeper = recovery_actions.keeper_of(window)
    keeper.timer.setInterval(50)
    with qtbot.waitSignal(keeper.autosaved, timeout=5000):
        edits.set_fields(window.doc, "map", "", {"title": "Draft"})
    window.doc.undo_stack.undo()
    assert not keeper.file.exists()
    with qtbot.waitSignal(keeper.autosaved, timeout=5000):
        window.doc.undo_stack.redo()
    assert keeper.file.exists()
    prompts.answer = QMessageBox.StandardButton.Discard  # "close without saving"
    assert window.close()
    assert not keeper.file.exists()
