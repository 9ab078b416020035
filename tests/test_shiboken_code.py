"""PySide6 imported with shiboken's kept code has the same support modules as one that compiled them."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from cjm_desktop import shiboken_code
from cjm_desktop.dataclass_code import read_kept, write_codes

# Run in a fresh interpreter (this one has PySide6 imported already): import PySide6, optionally through
# the kept code at argv[1], then print a fingerprint of every function of shiboken's support modules.
PROBE = """
import json, sys, types
from pathlib import Path

def fingerprint(code):
    consts = tuple(fingerprint(c) if isinstance(c, types.CodeType) else repr(c) for c in code.co_consts)
    return repr((code.co_code, consts, code.co_names, code.co_varnames, code.co_freevars, code.co_cellvars,
                 code.co_flags, code.co_filename, code.co_qualname, code.co_firstlineno, code.co_linetable,
                 code.co_exceptiontable, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount))

hits = None
if len(sys.argv) > 1:
    from cjm_desktop import shiboken_code
    with shiboken_code.kept(Path(sys.argv[1])):
        from PySide6.QtCore import QPoint
    hits = shiboken_code.hits
else:
    from PySide6.QtCore import QPoint
functions = {}
for name, module in sorted(sys.modules.items()):
    if not name.startswith("shibokensupport"):
        continue
    for key, value in vars(module).items():
        members = vars(value).items() if isinstance(value, type) else [(key, value)]
        for attr, fn in members:
            if isinstance(fn, types.FunctionType) and fn.__module__ == name:
                functions[f"{name}.{key}.{attr}"] = fingerprint(fn.__code__)
try:
    QPoint("a")
except TypeError as error:  # the message is the support modules' work (it lists the signatures)
    signature = str(error)
print(json.dumps({"hits": hits, "functions": functions, "signature": signature}))
"""


def probe(*args: str) -> dict[str, object]:
    """The fingerprints (and hits) of a fresh interpreter importing PySide6."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as an installed app
    run = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, check=True
    )
    return json.loads(run.stdout)


def test_support_modules_from_kept_code_equal_the_compiled_ones(tmp_path: Path) -> None:
    kept = tmp_path / "pycache" / "shiboken-code.marshal"
    plain = probe()
    first = probe(str(kept))  # compiles, and keeps the code
    assert first["hits"] == 0 and kept.is_file()
    again = probe(str(kept))  # a later start: every support module from the file
    assert isinstance(again["hits"], int) and again["hits"] >= 10
    functions = plain["functions"]
    assert isinstance(functions, dict) and len(functions) > 100
    assert first["functions"] == functions
    assert again["functions"] == functions
    assert again["signature"] == plain["signature"]
    assert "Supported signatures:" in str(plain["signature"])


def test_a_damaged_file_is_compiled_again(tmp_path: Path) -> None:
    kept = tmp_path / "shiboken-code.marshal"
    kept.write_bytes(b"not marshal at all")
    damaged = probe(str(kept))
    assert damaged["hits"] == 0 and damaged["functions"] == probe()["functions"]
    again = probe(str(kept))  # written anew
    assert isinstance(again["hits"], int) and again["hits"] >= 10


def support_patterns(tmp_path: Path) -> list[tuple[str | bytes, int]]:
    """The regular expressions compiled while PySide6 is imported, plus a few of every kind."""
    probe(str(tmp_path / "shiboken-code.marshal"))  # a start keeps the parses beside the code
    found = read_kept(tmp_path / "shiboken-regex.marshal")
    assert isinstance(found, dict) and len(found) >= 3
    return [
        *found,
        (r"(?P<word>\w+)\s+(?P=word)", 0),
        (r"(?x) a \d+ # verbose", re.IGNORECASE),
        (rb"[\x00-\x1f]+|(?i:abc)", 0),
        (r"^(?:a|b)*?$", re.MULTILINE | re.ASCII),
    ]


def test_patterns_from_kept_parses_equal_the_compiled_ones(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    patterns = support_patterns(tmp_path)
    kept = tmp_path / "kept-here" / "shiboken-regex.marshal"
    fresh = [re._compiler.compile(pattern, flags) for pattern, flags in patterns]  # type: ignore[attr-defined]
    for run in ("first", "again"):
        before = shiboken_code.regex_hits
        with shiboken_code._kept_patterns(kept):
            made = [re._compiler.compile(pattern, flags) for pattern, flags in patterns]  # type: ignore[attr-defined]
        assert kept.is_file()
        assert shiboken_code.regex_hits - before == (0 if run == "first" else len(patterns))
        for ours, theirs in zip(made, fresh, strict=True):
            # Pattern equality compares the pattern, its flags and the compiled opcodes.
            assert ours == theirs and ours.groupindex == theirs.groupindex and ours.groups == theirs.groups
    assert re._compiler.compile.__module__ == "re._compiler"  # type: ignore[attr-defined]  # put back


def test_only_what_a_start_uses_is_kept(tmp_path: Path) -> None:
    """Code and parses of another PySide6 version (or none at all) are dropped when the files are written."""
    kept = tmp_path / "shiboken-code.marshal"
    regex = tmp_path / "shiboken-regex.marshal"
    stale_code = {"shibokensupport/old.py\n0\nx = 1": compile("x = 1", "shibokensupport/old.py", "exec")}
    stale_parse = {("an old (pattern)", 0): (32, [1, 2, 3], 1, {}, (None, None))}
    assert write_codes(kept, stale_code) and write_codes(regex, stale_parse)
    assert probe(str(kept))["hits"] == 0  # nothing of this version kept yet: compiles all
    codes, parses = read_kept(kept), read_kept(regex)
    assert isinstance(codes, dict) and isinstance(parses, dict)
    assert len(codes) >= 10 and not codes.keys() & stale_code.keys()
    assert len(parses) >= 3 and not parses.keys() & stale_parse.keys()
