"""Writing export files safely: a cancelled or failed export never leaves a half-written file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cjm_desktop.export.options import ExportError
from cjm_desktop.i18n import arg, tr
from cjm_desktop.io.mapfile.atomic import describe_os_error


@contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path``; renamed onto it only when the block finishes cleanly."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(arg(tr("export", "%1: the folder %2 does not exist"), path, folder))
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part" + path.suffix, dir=folder)
    except OSError as error:
        raise ExportError(f"{path}: {describe_os_error(error)}") from None
    os.close(handle)
    temp_path = Path(temp)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temp_path, 0o666 & ~umask)  # mkstemp's 0600 would make exports private to the user
    try:
        yield temp_path
        os.replace(temp_path, path)
    except OSError as error:
        raise ExportError(f"{path}: {describe_os_error(error)}") from None
    finally:
        if temp_path.exists():
            temp_path.unlink()
