"""The Python that PySide6's binding layer embeds, compiled once and kept beside the package's bytecode.

Importing PySide6 starts shiboken's signature support: 15 modules (parser, layout, pyi_generator, ...)
that shiboken6 carries in its library as source text and compiles with ``compile`` on every start,
~35 ms of CPU in a ~150 ms import. While PySide6 is imported, ``kept()`` answers those calls (and only
those: ``signature_bootstrap.py`` and file names under ``shibokensupport/``) with code compiled on an earlier start, kept like
``dataclass_code``'s (one marshal file in ``__pycache__``, tagged with the interpreter's bytecode magic
number) and keyed by the file name, the compiler flags and the exact source text, so another
PySide6 version compiles its own. The code is what ``compile`` makes for the same call: the caller's
``__future__`` flags are passed on as the builtin would inherit them (tests/test_shiboken_code.py
compares every function of those modules made both ways). Without bytecode writing, or with an
unwritable folder, it compiles as before.
"""

from __future__ import annotations

import builtins
import importlib.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import CodeType
from typing import Any

from cjm_desktop.dataclass_code import read_codes, write_codes

# The embedded modules' file names (shiboken6's signature_bootstrap.py and the package it loads).
_BOOTSTRAP, _PREFIX = "signature_bootstrap.py", "shibokensupport/"
# The flags `compile` takes over from its caller's code (CPython's PyCF_MASK: the __future__ features).
_INHERITED = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000

hits = 0  # calls answered from kept code in this process (tests)


def default_path() -> Path:
    """This package's ``__pycache__`` (or ``sys.pycache_prefix``), per interpreter."""
    pyc = Path(importlib.util.cache_from_source(__file__))
    return pyc.with_name(f"shiboken-code.{sys.implementation.cache_tag}.marshal")


@contextmanager
def kept(path: Path | None = None) -> Iterator[None]:
    """While PySide6 is imported in the block: its embedded modules' code from PATH, kept there when new."""
    builtin = builtins.compile
    try:
        where = path or default_path()
    except (NotImplementedError, ValueError):  # no bytecode cache on this interpreter (cache_tag None)
        yield
        return
    codes = read_codes(where)
    new = False

    def compile_kept(
        source: Any, filename: Any, mode: str, flags: int = 0, dont_inherit: bool = False, optimize: int = -1
    ) -> Any:
        """``compile``, taking the code of a shiboken support module from the kept ones when there."""
        global hits
        nonlocal new
        if not dont_inherit:  # what the builtin would take from its caller's code
            flags |= sys._getframe(1).f_code.co_flags & _INHERITED
        ours = isinstance(filename, str) and (filename == _BOOTSTRAP or filename.startswith(_PREFIX))
        kept_kind = ours and isinstance(source, bytes)
        if not kept_kind or mode != "exec" or optimize != -1 or flags & ~_INHERITED:
            return builtin(source, filename, mode, flags, True, optimize)
        # The exact source is the key (as dataclass_code's): no hash to trust, and hashlib would cost
        # more to load (OpenSSL) than comparing the text does.
        key = f"{filename}\n{flags}\n{source.decode('latin-1')}"
        code = codes.get(key)
        if code is not None:
            hits += 1
            return code
        code = builtin(source, filename, mode, flags, True, optimize)
        if isinstance(code, CodeType):
            codes[key] = code
            new = True
        return code

    builtins.compile = compile_kept
    try:
        yield
    finally:
        builtins.compile = builtin
    if new and not sys.dont_write_bytecode:
        write_codes(where, codes)
