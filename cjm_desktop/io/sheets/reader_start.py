"""Starting a reader process before its request is known, and telling it where to read.

import-metrics forks its reader first thing (``prestart``, from app.main) and sends it where to
read as soon as its arguments are parsed (``begin_read``), so the sheet is parsed while the command
loads the map and the rest of guarded_read. This module is that path, kept light (no subprocess,
no threads, no pickle; ~1 ms to import): whatever it imports delays the fork and the parse.
GuardedRead (guarded_read.py) takes the reader started here (``take_spare``) or spawns its own.
"""

from __future__ import annotations

import atexit
import json
import os
import sys
from pathlib import Path

from cjm_desktop.io.sheets.forked_reader import ForkedReader, can_fork

# typing itself costs ~3 ms to import: it loads after the fork (mypy reads this as True).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import subprocess
    from typing import TypeAlias

    # A reader process: spawned (``python -m``), or forked from a command that has only just started.
    ReaderProcess: TypeAlias = subprocess.Popen[bytes] | ForkedReader

MEMORY_CAP = 2 * 1024**3  # address space of the reader process: 10 million cells fit well below it


def child_command(module: str | None = None) -> list[str]:
    """The command that starts a reader process, or ``module``'s reader (the bundle's own executable when frozen)."""
    if getattr(sys, "frozen", False):
        from cjm_desktop.io.sheets.sheet_child import FROZEN_FLAG

        return [sys.executable, FROZEN_FLAG, *([module] if module else [])]
    return [sys.executable, "-m", module or "cjm_desktop.io.sheets.sheet_child"]


def child_env() -> dict[str, str]:
    """The reader process's environment: ours, with this package on its import path."""
    # No Rust backtrace: calamine's "memory allocation ... failed" must stay within the stderr tail
    # that tells a memory cap from a crash (RUST_BACKTRACE=1 pushes it out with 40 frames).
    # The child inherits whether bytecode is written: an installed app has it, and in a checkout
    # the first read writes it, instead of every read compiling the reader's modules again.
    env = {**os.environ, "RUST_BACKTRACE": "0"}
    # One BLAS thread: a reader that imports (cli/import_child.py) loads numpy, whose address space
    # (under the memory cap) then does not grow with the machine's cores; nothing here needs BLAS.
    env.update(OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    # The package must be importable in the child even when the editor runs from a checkout.
    # (Starting the child with -S, its path handed over, saved ~5 ms of its ~75 ms start: not kept.)
    package_root = str(Path(__file__).resolve().parents[3])  # cjm_desktop/io/sheets/ -> repo
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
    return env


class _Spare:
    """A reader process started before its request is known (prestart), waiting for one GuardedRead."""

    __slots__ = ("command", "process", "where")

    def __init__(self, command: list[str], process: ReaderProcess) -> None:
        self.command = command
        self.process = process
        self.where: bytes | None = None  # the request's first line, when begin_read sent it already


_spare: _Spare | None = None


def prestart(module: str | None = None) -> None:
    """Start a reader process (of ``module``, see ReaderJob) now, for the next GuardedRead to take.

    import-metrics calls it first thing: the reader's start then overlaps the command's own instead of
    following it. Forked from this process while that is safe (forked_reader.py: no interpreter to
    start, ~65 ms sooner), else spawned. A spare nobody takes is ended when this process exits,
    having read nothing.
    """
    global _spare
    if _spare is None:
        command = child_command(module)
        _spare = _Spare(command, _fork(module) or spawn(command))
        atexit.register(_drop_spare)  # a command that ends early (--help, a bad argument) ends it too


def begin_read(path: str | Path, sheet: str | None = None, lang: str | None = None) -> None:
    """Tell the prestarted reader where it will read, so it starts parsing now (GuardedRead sends the rest).

    ``lang``: the ReaderJob's (None for a plain read). A GuardedRead that asks for another read ends
    this reader and starts its own.
    """
    if _spare is None or _spare.where is not None or _spare.process.stdin is None:
        return
    where = where_line(Path(path), sheet, None, MEMORY_CAP, None, lang)
    try:
        _spare.process.stdin.write(where)
        _spare.process.stdin.flush()
    except OSError:
        return  # it died: the GuardedRead finds it so and starts another
    _spare.where = where


def where_line(
    path: Path,
    sheet: str | None,
    max_rows: int | None,
    memory_cap: int,
    overlap: bool | None,
    lang: str | None,
) -> bytes:
    """The request's first line (sheet_child.main): where and how to read."""
    where = {
        "path": str(path),
        "sheet": sheet,
        "max_rows": max_rows,
        "memory_cap": memory_cap,
        "overlap": overlap,
        "lang": lang,
    }
    return json.dumps(where).encode("utf-8") + b"\n"


def _drop_spare() -> None:
    """End a prestarted reader nobody took (it has read nothing)."""
    global _spare
    spare, _spare = _spare, None
    if spare is not None:
        end(spare.process)


def _fork(module: str | None) -> ForkedReader | None:
    """A reader forked from this process while that is safe (forked_reader.can_fork), else None."""
    if not can_fork():
        return None
    env = {key: value for key, value in child_env().items() if os.environ.get(key) != value}
    env.pop("PYTHONPATH", None)  # a fork has this process's import path already
    try:
        return ForkedReader(module, env)
    except OSError:
        return None  # no process or pipe to be had: spawning says why, if it fails too


def spawn(command: list[str]) -> subprocess.Popen[bytes]:
    """A new reader process (``command``, see child_command) with pipes for the request and answers."""
    import subprocess  # only when spawning: a forking command never pays for it

    return subprocess.Popen(  # noqa: S603 - our own interpreter and module
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_env(),
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )


def take_spare(command: list[str], where: bytes) -> tuple[ReaderProcess, bool] | None:
    """For GuardedRead: the prestarted reader, when it runs the command wanted, is still alive and was told no other
    read; and whether it was told this one's first line already (begin_read)."""
    global _spare
    spare, _spare = _spare, None
    if spare is None:
        return None
    if spare.command == command and spare.process.poll() is None and spare.where in (None, where):
        return spare.process, spare.where is not None
    end(spare.process)
    return None


def end(child: ReaderProcess) -> None:
    """Kill a reader process (if it still runs) and close its pipes."""
    if child.poll() is None:
        child.kill()
    child.wait()
    for stream in (child.stdin, child.stdout, child.stderr):
        if stream is not None and not stream.closed:
            try:
                stream.close()
            except OSError:
                pass  # stdin's unsent bytes to a dead reader
