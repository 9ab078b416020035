"""PySide6's per-module import check, answered by reading the file instead of through ``inspect``.

Once PySide6 is imported it hooks every import to learn whether the imported module uses PySide
(for its opt-in ``from __feature__ import snake_case``). It asks ``inspect.getsource`` for the
module's text once per module, about 0.15 ms each: some 200 modules on the editor's start, ~25 ms.
Reading the same ``.py`` file directly gives the same answer in a fraction of that. Anything else
(no file, not a ``.py``, unreadable) still goes to PySide's own check; without that internal (another
PySide6 version) nothing changes. tests/test_qt_import_check.py compares the answers on every module.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import ModuleType

_FEATURE_MODULE = "PySide6.support.feature"
_WORD = b"PySide6"
_HEAD_BYTES = 4096
_REST_BYTES = 1 << 16


def quicken() -> bool:
    """Install the quick check (once, after PySide6 is imported); False when PySide6 has no such hook."""
    feature = sys.modules.get(_FEATURE_MODULE)
    original: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or not callable(original):
        return False
    if getattr(original, "reads_the_file", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            # The os calls, not open(): a start asks ~140 times, and io's file objects cost ~10x more.
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return original(module)
        try:
            # A Qt module names PySide6 in its first imports: most answers need only the head.
            head = os.read(fd, _HEAD_BYTES)
            if _WORD in head:
                return True
            tail = head[-(len(_WORD) - 1) :]  # the word may span a cut
            while chunk := os.read(fd, _REST_BYTES):
                if _WORD in tail + chunk:
                    return True
                tail = chunk[-(len(_WORD) - 1) :]
            return False
        except OSError:
            return original(module)
        finally:
            os.close(fd)

    uses_pyside.reads_the_file = True  # type: ignore[attr-defined]
    uses_pyside.original = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
