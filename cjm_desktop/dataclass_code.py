"""The methods ``dataclasses`` writes for each class, compiled once and kept beside the bytecode.

``@dataclass`` builds ``__init__``, ``__repr__``, ``__eq__`` and friends as source text and compiles
it with ``exec`` every time the class is made: the editor's start makes some 40 dataclasses and
spends ~25 ms compiling ~150 tiny functions, each time the same. Python keeps a module's bytecode in
``__pycache__``; this keeps those functions' code objects there too (one marshal file, keyed by the
exact source text, tagged with the interpreter's bytecode magic number), so a later start only runs
them. The code is what ``exec`` would compile (same file name, no inherited ``__future__`` flags);
``tests/test_dataclass_code.py`` compares the classes made both ways. With bytecode writing off, or
an unwritable folder, it still compiles as before. The file is trusted as the ``.pyc`` files beside it
are: whoever can write there can change the package's code anyway.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

_MAX_ENTRIES = 500  # the start uses ~180; beyond this (stale code of older sources) keep what one run used

hits = 0  # methods compiled from kept code in this process (the bundle's smoke test reports it)
_codes: dict[str, CodeType] = {}
_used: set[str] = set()
_new = False
_path: Path | None = None


def kept_path(name: str) -> Path:
    """Where kept code called NAME lives: beside this package's bytecode (``__pycache__``, or
    ``sys.pycache_prefix``), per interpreter; in a bundle, the folder its build filled."""
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError("no bytecode cache on this interpreter")
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        # A bundle has no __pycache__, and once installed its folder is read-only: its build keeps
        # the code of a start there (packaging/keep_start_code.py), so the first start has it too.
        return Path(bundle) / "kept-code" / f"{name}.{tag}.marshal"
    pyc = Path(importlib.util.cache_from_source(__file__))
    return pyc.with_name(f"{name}.{tag}.marshal")


def default_path() -> Path:
    """Where the dataclasses' code is kept (kept_path)."""
    return kept_path("dataclass-code")


def install(path: Path | None = None) -> bool:
    """Compile dataclasses' methods through the kept code from now on; False when installed or not possible."""
    global _path
    if getattr(dataclasses, "exec", None) is _exec:
        return False
    try:
        _path = path or default_path()
    except (NotImplementedError, ValueError):  # no bytecode cache on this interpreter (cache_tag None)
        return False
    _codes.clear()
    _codes.update(read_codes(_path))
    dataclasses.exec = _exec  # type: ignore[attr-defined]  # the module's global shadows the builtin
    return True


def uninstall() -> None:
    """Let dataclasses compile with the builtin ``exec`` again (tests)."""
    global _new
    if getattr(dataclasses, "exec", None) is _exec:
        del dataclasses.exec  # type: ignore[attr-defined]
    _codes.clear()
    _used.clear()
    _new = False


def save() -> bool:
    """Write the code when this run compiled any that was not kept; True when written."""
    global _new
    if not _new or _path is None or sys.dont_write_bytecode:
        return False
    codes = _codes if len(_codes) <= _MAX_ENTRIES else {s: c for s, c in _codes.items() if s in _used}
    if not write_codes(_path, codes):
        return False
    _new = False
    return True


def write_codes(path: Path, codes: dict[Any, Any]) -> bool:
    """Keep CODES (what marshal writes) at PATH, tagged with the bytecode magic number; False if unwritable."""
    temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp.write_bytes(importlib.util.MAGIC_NUMBER + marshal.dumps(codes))
        os.replace(temp, path)  # whole or not at all: another start may be reading it
    except (OSError, ValueError):  # unwritable, or something marshal cannot write
        temp.unlink(missing_ok=True)
        return False
    return True


def read_codes(path: Path) -> dict[str, CodeType]:
    """The kept code, or nothing when the file is missing, damaged or from another interpreter."""
    codes = read_kept(path)
    if not isinstance(codes, dict):
        return {}
    return {s: c for s, c in codes.items() if isinstance(s, str) and isinstance(c, CodeType)}


def read_kept(path: Path) -> object:
    """What ``write_codes`` kept at PATH, or None when missing, damaged or from another interpreter."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    magic = importlib.util.MAGIC_NUMBER
    if not data.startswith(magic):
        return None
    try:
        return marshal.loads(data[len(magic) :])
    except (EOFError, ValueError, TypeError):
        return None


def _exec(source: Any, globals: dict[str, Any] | None = None, locals: dict[str, Any] | None = None) -> None:
    """``exec`` as dataclasses calls it, with the source's code taken from the kept ones when there."""
    global _new, hits
    if globals is None:  # exec called inside dataclasses would run in that module's namespace
        globals = vars(dataclasses)
    if not isinstance(source, str):
        exec(source, globals, locals)
        return
    code = _codes.get(source)
    if code is None:
        # dont_inherit: compiled as dataclasses' own exec would, without this module's __future__ flags.
        code = compile(source, "<string>", "exec", dont_inherit=True)
        _codes[source] = code
        _new = True
    else:
        hits += 1
    _used.add(source)
    exec(code, globals, locals)
