"""Saving when the disk says no: a full disk or a read-only folder gives a clear message and loses nothing."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from cjm_desktop.document import edits
from cjm_desktop.io.mapfile import atomic
from cjm_desktop.io.mapfile.cjm_file import dumps, load_map, save_map
from cjm_desktop.io.mapfile.errors import MapFileError
from cjm_desktop.model import Journey


def fail_with(code: int):
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    return fail


def temp_files(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(atomic.TEMP_SUFFIX)]


@pytest.fixture
def saved_map(tmp_path: Path) -> Path:
    path = tmp_path / "map.cjm"
    save_map(Journey(title="Old version"), path)
    return path


def test_disk_full_while_writing(saved_map: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = saved_map.read_bytes()
    monkeypatch.setattr(atomic.os, "fsync", fail_with(errno.ENOSPC))
    with pytest.raises(MapFileError, match="disk is full") as caught:
        save_map(Journey(title="New version"), saved_map)
    assert caught.value.path == saved_map and str(caught.value).startswith("map.cjm: could not save")
    assert saved_map.read_bytes() == before
    assert temp_files(saved_map.parent) == []


@pytest.mark.parametrize("code", [errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG])
def test_disk_full_or_over_quota_when_creating_the_temporary_file(
    saved_map: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    real_open = os.open

    def open_(path, flags, *args):
        if str(path).endswith(atomic.TEMP_SUFFIX):
            raise OSError(code, os.strerror(code))
        return real_open(path, flags, *args)

    monkeypatch.setattr(atomic.os, "open", open_)
    with pytest.raises(MapFileError, match="disk is full"):
        save_map(Journey(title="New version"), saved_map)
    assert load_map(saved_map).title == "Old version"


@pytest.mark.parametrize("code", [errno.EACCES, errno.EPERM, errno.EROFS])
def test_read_only_location(saved_map: Path, monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    monkeypatch.setattr(atomic.os, "replace", fail_with(code))
    with pytest.raises(MapFileError, match="read-only"):
        save_map(Journey(title="New version"), saved_map)
    assert load_map(saved_map).title == "Old version"
    assert temp_files(saved_map.parent) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs permissions that root ignores")
def test_real_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "map.cjm"
    save_map(Journey(title="Old version"), path)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(MapFileError, match="read-only"):
            save_map(Journey(title="New version"), path)
        assert load_map(path).title == "Old version"
    finally:
        folder.chmod(stat.S_IRWXU)


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(MapFileError, match="folder does not exist"):
        save_map(Journey(), tmp_path / "gone" / "map.cjm")


def test_previous_version_is_kept_as_backup(saved_map: Path) -> None:
    old = saved_map.read_bytes()
    save_map(Journey(title="New version"), saved_map)
    assert saved_map.with_name("map.cjm.bak").read_bytes() == old
    assert load_map(saved_map).title == "New version"
    assert temp_files(saved_map.parent) == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_saving_through_a_symbolic_link_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "sync" / "map.cjm"
    real.parent.mkdir()
    save_map(Journey(title="Old version"), real)
    link = tmp_path / "map.cjm"
    link.symlink_to(real)
    save_map(Journey(title="New version"), link)
    assert link.is_symlink() and load_map(real).title == "New version"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_map_gets_the_usual_permissions_and_an_existing_one_keeps_its_own(tmp_path: Path) -> None:
    old_mask = os.umask(0o022)
    try:
        path = tmp_path / "new.cjm"
        save_map(Journey(), path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o644  # not mkstemp's private 0o600
        path.chmod(0o640)
        save_map(Journey(title="again"), path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o640
    finally:
        os.umask(old_mask)


def test_temporary_files_of_killed_saves_are_cleaned_once_stale(saved_map: Path) -> None:
    leftover = saved_map.with_name(".map.cjm.dead1234.tmp")
    fresh = saved_map.with_name(".map.cjm.live5678.tmp")
    leftover.write_bytes(b"half a map")
    fresh.write_bytes(b"a save in progress")
    old = leftover.stat().st_mtime - atomic.STALE_TEMP_SECONDS - 10
    os.utime(leftover, (old, old))
    save_map(Journey(title="New version"), saved_map)
    assert not leftover.exists() and fresh.exists()  # a save in progress elsewhere is left alone


# ---- in the window ---------------------------------------------------------------------------
def test_failed_save_in_the_window_keeps_the_map_intact_and_modified(
    open_map, map_file: Path, prompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_map(map_file)
    on_disk = map_file.read_bytes()
    stage = edits.add_stage(window.doc, name="Unsaved research")
    edits.add_card(window.doc, window.doc.journey.lanes[0].id, stage.id, "Quote from interview 12")
    edited = dumps(window.doc.journey)
    real_fsync = os.fsync
    monkeypatch.setattr(atomic.os, "fsync", fail_with(errno.ENOSPC))
    save_action = next(a for a in window.file_menu.actions() if a.shortcut() == QKeySequence.StandardKey.Save)
    save_action.trigger()
    assert len(prompts.errors) == 1 and "disk is full" in prompts.errors[0].problem
    assert dumps(window.doc.journey) == edited
    assert window.doc.modified and window.isWindowModified()
    assert window.doc.undo_stack.canUndo()
    assert map_file.read_bytes() == on_disk and temp_files(map_file.parent) == []
    # Space freed: the same window saves, and the file holds the edits.
    monkeypatch.setattr(atomic.os, "fsync", real_fsync)
    save_action.trigger()
    assert not window.doc.modified
    assert dumps(load_map(map_file)) == edited


def test_the_folder_is_synced_after_the_rename(saved_map: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A completed save survives a power cut: the file's data, then the folder holding the rename."""
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync-folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync-file")
        real_fsync(fd)

    def replace(source, target) -> None:
        events.append("rename-map" if Path(target) == saved_map else "rename-backup")
        real_replace(source, target)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    monkeypatch.setattr(atomic.os, "replace", replace)
    save_map(Journey(title="New version"), saved_map, keep_backup=True)
    assert events == ["fsync-file", "rename-backup", "rename-map", "fsync-folder"]
    assert load_map(saved_map).title == "New version"
