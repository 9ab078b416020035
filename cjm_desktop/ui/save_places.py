"""Where a Save As or export dialog first points: beside the map, unless that folder is no place to write.

A map opened from the app's own resources (the bundled sample opened by its path, a template) or
from a folder the user cannot write to (a colleague's read-only share, an installed package's
files) would otherwise suggest saving there, and the save would fail or change the app itself.
Those suggest the user's home folder instead, under the same file name.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from cjm_desktop.paths import resources_dir


def folder_takes_new_files(folder: Path) -> bool:
    """True when a new file may be written in ``folder``.

    The permission bits count as well as os.access, as in ``read_only.file_is_read_only``: a folder
    marked read-only is respected even by an administrator, whom os.access lets write anything.
    """
    try:
        mode = folder.stat().st_mode
    except OSError:
        return False
    writable_bits = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    return bool(mode & writable_bits) and os.access(folder, os.W_OK | os.X_OK)


def _inside_resources(folder: Path) -> bool:
    try:
        return folder.resolve().is_relative_to(resources_dir().resolve())
    except OSError:
        return False


def suggested_path(map_path: Path | None, stem: str, suffix: str) -> Path:
    """The file a save dialog offers first: the map's name with ``suffix`` beside the map, else in home.

    ``stem`` names a map that was never saved (its title); ``suffix`` includes the dot (".pdf").
    """
    if map_path is not None:
        folder = map_path.parent
        if folder_takes_new_files(folder) and not _inside_resources(folder):
            return map_path.with_suffix(suffix)
        return Path.home() / map_path.with_suffix(suffix).name
    return Path.home() / f"{stem}{suffix}"
