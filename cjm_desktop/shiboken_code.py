"""The Python that PySide6's binding layer embeds, compiled once and kept beside the package's bytecode.

Importing PySide6 starts shiboken's signature support: 14 modules (parser, layout, pyi_generator, ...)
that shiboken6 carries in its library as source text and compiles with ``compile`` on every start,
~35 ms of CPU in a ~150 ms import, and whose module code then compiles three large regular
expressions in ``re``'s parser, which is Python (~20 ms more). While PySide6 is imported, ``kept()``
answers those ``compile`` calls (and only those: ``signature_bootstrap.py`` and file names under
``shibokensupport/``) with code compiled on an earlier start, and patterns with the parse an earlier
start made of them. Both are kept like ``dataclass_code``'s (a marshal file each in ``__pycache__``,
tagged with the interpreter's bytecode magic number), keyed by the exact source text (with the file
name and compiler flags; a pattern's text with its flags), so another PySide6 version makes its own.
The code is what ``compile`` makes for the same call (the caller's ``__future__`` flags are passed on
as the builtin would inherit them), and a pattern is what ``re`` makes (its parse handed to
``_sre.compile`` as ``re._compiler.compile`` does; Python 3.11's ``re`` only): tests/test_shiboken_code.py
compares every function of those modules and every such pattern made both ways. Without bytecode
writing, or with an unwritable folder, everything compiles as before.
"""

from __future__ import annotations

import builtins
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import CodeType
from typing import Any

from cjm_desktop.dataclass_code import kept_path, read_codes, read_kept, write_codes

# The embedded modules' file names (shiboken6's signature_bootstrap.py and the package it loads).
_BOOTSTRAP, _PREFIX = "signature_bootstrap.py", "shibokensupport/"
# The flags `compile` takes over from its caller's code (CPython's PyCF_MASK: the __future__ features).
_INHERITED = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000

hits = 0  # calls answered from kept code in this process (tests)
regex_hits = 0  # patterns compiled from kept parses in this process (tests)
# What re._compiler.compile hands to _sre.compile for a pattern: (flags, code, groups, groupindex, indexgroup).
Parsed = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def default_path(kind: str = "code") -> Path:
    """Where the kept KIND (code, regex) lives: dataclass_code.kept_path's place."""
    return kept_path(f"shiboken-{kind}")


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
    used: set[str] = set()  # what this start compiled: only that is written (another version's goes)
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
            used.add(key)
            return code
        code = builtin(source, filename, mode, flags, True, optimize)
        if isinstance(code, CodeType):
            codes[key] = code
            used.add(key)
            new = True
        return code

    builtins.compile = compile_kept  # type: ignore[assignment]
    try:
        with _kept_patterns(where.with_name(where.name.replace("-code.", "-regex.", 1))):
            yield
    finally:
        builtins.compile = builtin
    if new and not sys.dont_write_bytecode:
        write_codes(where, {key: codes[key] for key in used})


@contextmanager
def _kept_patterns(path: Path) -> Iterator[None]:
    """While in the block, regular expressions compile from parses kept at PATH (kept there when new).

    The support modules compile three large patterns at import, ~20 ms of CPU in ``re``'s parser,
    which is Python. ``re._compiler.compile`` parses a pattern into a list of opcodes and hands that to
    ``_sre.compile``; the same hand-over made from a kept parse gives the same pattern object.
    """
    compiler: Any = getattr(re, "_compiler", None)
    parser, engine = getattr(re, "_parser", None), getattr(compiler, "_sre", None)
    original = getattr(compiler, "compile", None)
    if (
        sys.version_info[:2] != (3, 11)
        or compiler is None
        or parser is None
        or engine is None
        or original is None
    ):
        yield  # another ``re`` inside: patterns compile as they always do
        return
    stored = read_kept(path)
    patterns: dict[tuple[str | bytes, int], Parsed] = stored if isinstance(stored, dict) else {}
    used: set[tuple[str | bytes, int]] = set()
    new = False

    def compile_kept(pattern: Any, flags: int = 0) -> Any:
        """``re._compiler.compile``, from the kept parse of PATTERN when there."""
        global regex_hits
        nonlocal new
        if not isinstance(pattern, (str, bytes)) or not isinstance(flags, int) or flags & re.DEBUG:
            return original(pattern, flags)
        key = (pattern, int(flags))
        kept_parse = patterns.get(key)
        used.add(key)
        if kept_parse is None:
            kept_parse = parse(pattern, int(flags))
            patterns[key] = kept_parse
            new = True
        else:
            regex_hits += 1
        return engine.compile(pattern, *kept_parse)

    def parse(pattern: str | bytes, flags: int) -> Parsed:
        """What re._compiler.compile hands to _sre.compile besides the pattern."""
        parsed = parser.parse(pattern, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        code = [int(op) for op in compiler._code(parsed, flags)]  # opcodes are int subclasses
        return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)

    compiler.compile = compile_kept
    try:
        yield
    finally:
        compiler.compile = original
    if new and not sys.dont_write_bytecode:
        write_codes(path, {key: patterns[key] for key in used})
