"""A reader process forked from a command that has only just started, instead of a new interpreter.

import-metrics starts its reader first thing (reader_start.prestart). A new ``python -m`` pays
Python's start and the imports again (~70 ms of the ~100 ms before its parse can begin); a fork of
the command, made before it has loaded Qt or started a thread, is ready at once and only imports
the reader. It is still a process of its own: the memory cap, the crash isolation and the request
and answers on its pipes are a spawned reader's (sheet_child). Where forking is not safe (Windows,
macOS, a process with a second thread of any kind or with Qt loaded: the editor), callers spawn as
before.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # typing and signal load after the fork (reader_start.py: this is on its path)
if TYPE_CHECKING:
    from typing import IO


def can_fork() -> bool:
    """True while this process may fork a reader: Linux, and a single thread in the whole process.

    Python's own count is not enough: native threads (a thread pool calamine or numpy's BLAS
    started, Qt's) are invisible to it, and a fork's copy of a lock one of them held never opens;
    a reader forked from a test process that had read sheets hung in its parse. The kernel's list of
    the process's threads (/proc/self/task) counts them all.
    """
    if not hasattr(os, "fork") or "PySide6" in sys.modules:
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:  # no /proc (macOS, BSD): no way to be sure, so no fork
        return False


class ForkedReader:
    """The parent's handle on a forked reader, with what GuardedRead uses of subprocess.Popen."""

    def __init__(self, module: str | None, env: dict[str, str]) -> None:
        """Fork a reader that runs MODULE's ``run()`` (sheet_child's when None) with ENV's changes."""
        pipes = [os.pipe() for _ in range(3)]  # stdin, stdout, stderr (not inherited by later spawns)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the reader: it never returns from here
            _become_reader(module, env, pipes)
        self.pid = pid
        self.returncode: int | None = None
        os.close(pipes[0][0])
        os.close(pipes[1][1])
        os.close(pipes[2][1])
        self.stdin: IO[bytes] = os.fdopen(pipes[0][1], "wb")
        self.stdout: IO[bytes] = os.fdopen(pipes[1][0], "rb")
        self.stderr: IO[bytes] = os.fdopen(pipes[2][0], "rb")

    def poll(self) -> int | None:
        """The exit status once the reader has ended (negative: the signal that ended it), else None."""
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self) -> int:
        """Wait for the reader to end (its callers kill it first, so this never waits long)."""
        if self.returncode is None:
            _pid, status = os.waitpid(self.pid, 0)
            self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def kill(self) -> None:
        """End the reader at once."""
        if self.poll() is None:
            import signal

            os.kill(self.pid, signal.SIGKILL)


def _become_reader(module: str | None, env: dict[str, str], pipes: list[tuple[int, int]]) -> None:
    """In the forked child: the pipes as stdin/stdout/stderr, then the reader's run(); never returns."""
    try:
        os.dup2(pipes[0][0], 0)
        os.dup2(pipes[1][1], 1)
        os.dup2(pipes[2][1], 2)
        for read_end, write_end in pipes:
            os.close(read_end)
            os.close(write_end)
        os.environ.update(env)
        sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115 - the process's own
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)  # noqa: SIM115
        if module is None:
            from cjm_desktop.io.sheets import sheet_child

            sheet_child.run()
        import importlib

        importlib.import_module(module).run()
    except BaseException:
        import traceback

        traceback.print_exc()
        sys.stderr.flush()
    finally:
        os._exit(70)  # never the command's own exit: its atexit handlers and buffers are the parent's
