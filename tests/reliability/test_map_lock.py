"""One map, two editors: the lock file beside a map, its prompt, stale locks and read-only files."""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from cjm_desktop.document import edits
from cjm_desktop.io.mapfile import map_lock
from cjm_desktop.io.mapfile.cjm_file import dumps, load_map
from cjm_desktop.ui.main_window import MainWindow, open_windows

DRIVER = Path(__file__).with_name("lock_holder_driver.py")


def lock_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(map_lock.LOCK_PREFIX))


@pytest.fixture(autouse=True)
def no_lock_left_behind(map_file: Path) -> Iterator[None]:
    """Every test here must leave the map's folder without a lock file."""
    yield
    for window in open_windows():
        window.doc.undo_stack.setClean()
        window.close()
    assert lock_files(map_file.parent) == []


class Answers:
    """Answers the "map in use" question by clicking the button whose text contains ``choice``."""

    def __init__(self) -> None:
        self.choice = "read-only"
        self.asked: list[str] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    result = Answers()

    def exec_(box: QMessageBox) -> int:
        result.asked.append(box.text())
        button = next(b for b in box.buttons() if result.choice in b.text().replace("&", "").lower())
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return result


@pytest.fixture
def other_editor(tmp_path: Path, repo_root: Path, map_file: Path) -> Iterator[subprocess.Popen]:
    """A second editor process with the map open (the real window, offscreen)."""
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(repo_root)}
    env.pop("XDG_DATA_HOME", None)
    with subprocess.Popen(  # noqa: S603 - our own driver script
        [sys.executable, str(DRIVER), str(map_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=repo_root,
        env=env,
    ) as child:
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [lines.put(line) for line in child.stdout], daemon=True).start()
        try:
            line = lines.get(timeout=60)
        except queue.Empty:
            child.kill()
            pytest.fail("the second editor never opened the map")
        assert line.startswith("READY "), line
        try:
            yield child
        finally:
            if child.poll() is None:
                child.kill()
            child.wait()


# ---- the lock file itself ------------------------------------------------------------------------
def test_lock_file_names_owner_host_process_and_time(map_file: Path) -> None:
    lock = map_lock.acquire(map_file)
    assert lock is not None
    raw = json.loads(map_lock.lock_path_for(map_file).read_text("utf-8"))
    assert raw["pid"] == os.getpid() and raw["host"] == socket.gethostname()
    assert raw["owner"] and raw["time"] > 0
    assert map_lock.acquire(map_file) is lock  # the same process asking again gets its own lock
    assert map_lock.live_lock(map_file) is None  # our own lock never blocks us
    lock.release()
    assert lock_files(map_file.parent) == []


def test_lock_of_a_dead_process_is_stale_and_cleared(map_file: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    info = {"owner": "ana", "host": socket.gethostname(), "pid": int(dead.stdout), "time": 1.0, "token": "x"}
    map_lock.lock_path_for(map_file).write_text(json.dumps(info), "utf-8")
    assert map_lock.read_lock(map_file).is_stale()
    assert map_lock.live_lock(map_file) is None
    lock = map_lock.acquire(map_file)
    assert map_lock.read_lock(map_file).pid == os.getpid()
    lock.release()


def test_lock_from_another_computer_counts_as_live(map_file: Path) -> None:
    info = {"owner": "ana", "host": "other-laptop", "pid": 1, "time": 1.0, "token": "x"}
    map_lock.lock_path_for(map_file).write_text(json.dumps(info), "utf-8")
    with pytest.raises(map_lock.MapLocked, match="ana on other-laptop"):
        map_lock.acquire(map_file)
    forced = map_lock.acquire(map_file, force=True)  # "open anyway"
    assert map_lock.read_lock(map_file).pid == os.getpid()
    forced.release()


def test_a_lock_taken_over_is_not_removed_by_its_first_owner(map_file: Path) -> None:
    first = map_lock.acquire(map_file)
    info = {"owner": "ana", "host": "other-laptop", "pid": 1, "time": 1.0, "token": "theirs"}
    map_lock.lock_path_for(map_file).write_text(json.dumps(info), "utf-8")
    first.release()
    assert map_lock.read_lock(map_file).token == "theirs"
    map_lock.lock_path_for(map_file).unlink()


def test_a_half_written_lock_is_held_while_young_and_stale_when_old(map_file: Path) -> None:
    lock_file = map_lock.lock_path_for(map_file)
    lock_file.write_bytes(b'{"owner": "an')
    assert map_lock.live_lock(map_file) is not None
    os.utime(lock_file, (1.0, 1.0))
    assert map_lock.live_lock(map_file) is None
    map_lock.acquire(map_file).release()


def test_no_lock_in_a_folder_that_cannot_be_written(map_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(map_lock, "_write", refuse)
    assert map_lock.acquire(map_file) is None


# ---- the window ----------------------------------------------------------------------------------
def test_a_window_locks_its_map_and_closing_releases_it(qtbot, recovery_dir: Path, map_file: Path) -> None:
    window = MainWindow()
    assert window.open_path(map_file)
    assert lock_files(map_file.parent) == [f".~lock.{map_file.name}#"]
    assert not window.doc.read_only
    window.close()
    assert lock_files(map_file.parent) == []


def test_same_map_twice_in_one_process_raises_the_existing_window(
    qtbot, recovery_dir: Path, map_file: Path, answers: Answers
) -> None:
    window = MainWindow()
    window.open_path(map_file)
    count = len(open_windows())
    assert window.open_path(map_file)
    assert len(open_windows()) == count and answers.asked == []


def test_second_editor_process_is_offered_read_only_or_a_copy(
    qtbot, recovery_dir: Path, map_file: Path, other_editor: subprocess.Popen, answers: Answers
) -> None:
    holder = map_lock.read_lock(map_file)
    assert holder.pid == other_editor.pid
    window = MainWindow()
    answers.choice = "read-only"
    assert window.open_path(map_file)
    assert len(answers.asked) == 1 and map_file.name in answers.asked[0]
    assert window.doc.read_only and "another editor" not in window.doc.read_only_reason
    assert map_lock.read_lock(map_file).pid == other_editor.pid  # their lock stays theirs
    window.close()

    answers.choice = "copy"
    window = MainWindow()
    assert window.open_path(map_file)
    copy = next(w for w in open_windows() if w.doc.journey.title == load_map(map_file).title)
    assert copy.doc.path is None and not copy.doc.read_only
    assert dumps(copy.doc.journey) == dumps(load_map(map_file))

    other_editor.stdin.write("close\n")
    other_editor.stdin.flush()
    other_editor.wait(timeout=30)
    assert map_lock.read_lock(map_file) is None  # a clean close removed the other editor's lock


def test_stale_lock_after_a_killed_editor_is_recovered(
    qtbot, recovery_dir: Path, map_file: Path, other_editor: subprocess.Popen, answers: Answers
) -> None:
    other_editor.send_signal(signal.SIGKILL)
    other_editor.wait()
    assert map_lock.read_lock(map_file).pid == other_editor.pid  # a kill leaves the lock behind
    window = MainWindow()
    assert window.open_path(map_file)
    assert answers.asked == []  # stale: no question
    assert map_lock.read_lock(map_file).pid == os.getpid()
    edits.add_stage(window.doc, name="Editable")
    assert window.doc.journey.stages[-1].name == "Editable"
    window.doc.undo_stack.setClean()
    window.close()


def test_open_anyway_takes_the_lock(
    qtbot, recovery_dir: Path, map_file: Path, other_editor: subprocess.Popen, answers: Answers
) -> None:
    answers.choice = "anyway"
    window = MainWindow()
    assert window.open_path(map_file)
    assert not window.doc.read_only
    assert map_lock.read_lock(map_file).pid == os.getpid()
    window.close()


def test_save_as_onto_a_map_another_editor_holds_is_refused(
    qtbot, recovery_dir: Path, map_file: Path, prompts
) -> None:
    other = map_file.with_name("other.cjm")
    shutil.copy(map_file, other)
    info = {"owner": "ana", "host": "other-laptop", "pid": 1, "time": 1.0, "token": "x"}
    map_lock.lock_path_for(other).write_text(json.dumps(info), "utf-8")
    window = MainWindow()
    window.open_path(map_file)
    before = other.read_bytes()
    assert not window._save_to(other)
    assert other.read_bytes() == before
    map_lock.lock_path_for(other).unlink()
