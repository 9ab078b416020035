"""Read a spreadsheet in a child process with capped memory and time, so no file can take the editor down.

The byte-level guards (spreadsheet_guard, xlsb_guard) refuse the hostile files we know of; this is
the net under them. The parsers are native code: a file that slips past the guards could make them
allocate gigabytes or abort, and that would take the editor and its unsaved map with it. In a child
process capped with RLIMIT_AS and a wall-clock limit, the worst case is a clear message.

The child is a plain ``python -m cjm_desktop.io.sheets.sheet_child`` (no Qt, no multiprocessing
machinery), so starting it costs little next to reading; benchmarks/bench_guarded_read.py measures it.
A ``ReaderJob`` starts another module's reader instead, which does its work with the sheet in the
child and answers with plain JSON (``answer()``): import-metrics imports there (cli/import_child.py),
so no rows cross the pipe; it starts that reader first thing and tells it where to read as soon as
its arguments are parsed (reader_start.py), so the sheet is parsed while the command loads the map.
"""

from __future__ import annotations

import io
import json
import pickle
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from cjm_desktop.i18n import arg, tr, tr_noop
from cjm_desktop.io.gc_pause import gc_paused
from cjm_desktop.io.sheets.reader_start import (
    MEMORY_CAP,
    child_command,
    end,
    spawn,
    take_spare,
    where_line,
)
from cjm_desktop.io.sheets.row_wire import unpack_rows
from cjm_desktop.io.sheets.spreadsheet_errors import ImportCancelled, SpreadsheetError

if TYPE_CHECKING:  # the parent needs no reader: the unpickler loads the Table's module when it arrives
    from cjm_desktop.io.sheets.reader_start import ReaderProcess
    from cjm_desktop.io.sheets.table import Table

TIME_CAP_S = 300.0  # a 100,000-row sheet takes about a second; 5 minutes is surely a runaway
_POLL_S = 0.05
_STDERR_KEEP = 4096

# What the child's pickle may name: the result types and the plain values a cell can hold.
_ALLOWED = {
    ("cjm_desktop.io.sheets.table", "Table"),
    ("cjm_desktop.io.sheets.number_text", "ColumnNumbers"),  # Table.numbers: how text numbers were read
    ("pathlib", "Path"),
    ("pathlib", "PosixPath"),
    ("pathlib", "WindowsPath"),
    ("datetime", "date"),
    ("datetime", "datetime"),
    ("datetime", "time"),
    ("datetime", "timedelta"),
    ("datetime", "timezone"),
}


class _ResultUnpickler(pickle.Unpickler):
    """Unpickles only the types a read produces: the child parsed hostile input, so trust nothing else."""

    def find_class(self, module: str, name: str) -> object:  # noqa: D102 - pickle's
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"unexpected type {module}.{name}")


# read_sheet's keyword arguments a caller may pass through to the child (all plain JSON data).
READ_CHOICES = frozenset({"encoding", "stage_names", "decimal", "default_decimal"})


class ReaderJob(NamedTuple):
    """Work for the reader process to do with the sheet: ``module`` runs ``sheet_child.run(its Job)``.

    (A NamedTuple, not a dataclass: dataclasses costs ~20 ms to import, on the path to prestart.)
    """

    module: str  # started as ``python -m MODULE`` (a frozen build: its executable, FROZEN_FLAG, MODULE)
    request: dict[str, Any]  # plain JSON data, handed to the Job's prepare()
    lang: str = "en"  # the language the job words its messages in (its room under the cap depends on it)


def read_guarded(
    path: str | Path,
    sheet: str | None = None,
    max_rows: int | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    memory_cap: int | None = None,
    time_cap: float | None = None,
    **choices: Any,
) -> tuple[list[str], Table]:
    """Sheet names and one sheet of a file, read in a capped child process.

    ``choices`` are read_sheet's reading choices (encoding, stage_names, decimal, default_decimal),
    sent to the child as JSON.

    Raises SpreadsheetError naming the file: the reader's own refusal, or kind "reader_limit" when
    the child ran out of memory or time or died; ImportCancelled when ``cancelled`` turns true.
    """
    return GuardedRead(path, sheet, max_rows, memory_cap, time_cap, **choices).result(progress, cancelled)


class _CarefulReadNeeded(Exception):
    """The child parsed without the scan, then ran out of memory or died: read again, scan first.

    Only the careful read (scan, then parse) tells a bomb the scan refuses from a real limit.
    """


class GuardedRead:
    """A read started in a capped child process; ``result()`` waits for it (``close()`` abandons it).

    Starting is separate from waiting so that a caller can do its own work (load its modules)
    while the child reads. Errors, starting ones included, come from ``result()``.

    Under its memory cap the child parses an .xlsx sheet without scanning its extent first
    (``overlap``, the default; see spreadsheet_reader.read_sheet's parse_unscanned): the cap, not
    the scan, is what keeps a dense-grid bomb from taking the machine's memory. If such a read hits
    the cap or dies, ``result()`` reads again scan first (``overlap=False``), so a file the scan
    refuses always gets the scan's message, as if the scan had come first.

    With a ``job``, the child does that work with the sheet and ``answer()`` gives its JSON answer
    (decoded: plain data only); the scan, the caps and the errors are a read's.
    """

    def __init__(
        self,
        path: str | Path,
        sheet: str | None = None,
        max_rows: int | None = None,
        memory_cap: int | None = None,
        time_cap: float | None = None,
        overlap: bool | None = None,
        job: ReaderJob | None = None,
        **choices: Any,
    ) -> None:
        self.path = path = Path(path)
        self.job = job
        self.again = (path, sheet, max_rows, memory_cap, time_cap, choices)  # for the careful read
        self.memory_cap = MEMORY_CAP if memory_cap is None else memory_cap
        self.time_cap = TIME_CAP_S if time_cap is None else time_cap
        unknown = set(choices) - READ_CHOICES
        if unknown:
            raise TypeError(f"read_guarded: unknown reading choices {sorted(unknown)}")
        where = where_line(path, sheet, max_rows, self.memory_cap, overlap, None if job is None else job.lang)
        rest: dict[str, Any] = {
            "choices": {key: list(value) if key == "stage_names" else value for key, value in choices.items()}
        }
        if job is not None:
            rest["job"] = job.request
        self.child: ReaderProcess | None = None
        self.start_error: SpreadsheetError | None = None
        told = False  # the child has the first line already
        try:
            command = child_command() if job is None else child_command(job.module)
            taken = take_spare(command, where)
            self.child, told = taken if taken is not None else (spawn(command), False)
        except OSError as error:
            problem = tr_noop("Spreadsheet", "the reader could not be started (%1).")
            self.start_error = SpreadsheetError.about(path, "reader_limit", problem, error)
            return
        child = self.child
        assert child.stdin is not None and child.stdout is not None and child.stderr is not None  # all PIPEs
        self.messages: queue.Queue[tuple[str, Any]] = queue.Queue()  # (kind, payload) from _read_answers
        self.stderr_tail = bytearray()
        self.readers = [
            threading.Thread(target=_read_answers, args=(child.stdout, self.messages), daemon=True),
            threading.Thread(target=_read_stderr, args=(child.stderr, self.stderr_tail), daemon=True),
        ]
        for reader in self.readers:
            reader.start()
        self.deadline = time.monotonic() + self.time_cap
        try:
            child.stdin.write((b"" if told else where) + json.dumps(rest).encode("utf-8") + b"\n")
            child.stdin.close()
        except OSError:
            pass  # it died at once, or ended on a refusal before it needed the rest: its answer says which

    def result(
        self,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[list[str], Table]:
        """Wait for the sheet names and the sheet, then end the child (see read_guarded)."""
        assert self.job is None, "a read with a job gives answer()"
        names_and_table: tuple[list[str], Table] = self._wait(progress, cancelled)
        return names_and_table

    def answer(
        self,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> dict[str, Any]:
        """Wait for the job's answer (JSON decoded: plain data), then end the child; errors as result()'s."""
        assert self.job is not None, "a read without a job gives result()"
        answer: dict[str, Any] = self._wait(progress, cancelled)
        return answer

    def _wait(self, progress: Callable[[float], None] | None, cancelled: Callable[[], bool] | None) -> Any:
        try:
            return self._result(progress, cancelled)
        except _CarefulReadNeeded:
            pass
        path, sheet, max_rows, memory_cap, time_cap, choices = self.again
        careful = GuardedRead(path, sheet, max_rows, memory_cap, time_cap, False, self.job, **choices)
        return careful._wait(progress, cancelled)

    def _result(
        self,
        progress: Callable[[float], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> Any:
        if self.start_error is not None:
            raise self.start_error
        overlapped = False  # the child said it parses without the scan
        child, path, messages = self.child, self.path, self.messages
        assert child is not None
        rows: list[list[Any]] = []
        # Unpickling 100,000 rows makes 100,000 lists: with the cyclic collector on, it would rescan
        # them over and over (two thirds of the time). Rows hold plain values and make no cycles.
        with gc_paused():
            try:
                while True:
                    if cancelled is not None and cancelled():
                        raise ImportCancelled(path)
                    if time.monotonic() > self.deadline:
                        raise SpreadsheetError(path, _time_problem(self.time_cap), "reader_limit")
                    try:
                        kind, value = messages.get(timeout=_POLL_S)
                    except queue.Empty:
                        continue
                    if kind == "P" and progress is not None:
                        progress(float(value))
                    elif kind == "O":
                        overlapped = True
                    elif kind == "C":
                        rows.extend(unpack_rows(*_ResultUnpickler(io.BytesIO(value)).load()))
                    elif kind == "R":
                        names, table = _ResultUnpickler(io.BytesIO(value)).load()
                        table.rows = rows
                        return names, table
                    elif kind == "J":
                        if self.job is None:  # as malformed as a bad chunk: no read answers so
                            raise pickle.UnpicklingError("a job's answer to a plain read")
                        return json.loads(value)  # plain data: decoding it runs no code
                    elif kind == "E":
                        answer = json.loads(value)
                        if answer["kind"] == "reader_limit":
                            if overlapped:
                                raise _CarefulReadNeeded
                            raise SpreadsheetError(path, _memory_problem(self.memory_cap), "reader_limit")
                        if answer.get("source"):
                            raise SpreadsheetError.about(
                                path, answer["kind"], answer["source"], *answer["values"]
                            )
                        raise SpreadsheetError(path, answer["problem"], answer["kind"])
                    elif kind == "EOF":
                        if overlapped:
                            raise _CarefulReadNeeded
                        child.wait()
                        self.readers[1].join(timeout=5)  # its last words (a panic message) say why it died
                        raise SpreadsheetError(
                            path,
                            _death_problem(child.returncode, bytes(self.stderr_tail), self.memory_cap),
                            "reader_limit",
                        )
            finally:
                self.close()

    def close(self) -> None:
        """End the child (if it still runs) and its pipes."""
        child = self.child
        if child is None:
            return
        end(child)


def _read_answers(stream: IO[bytes], messages: queue.Queue[tuple[str, Any]]) -> None:
    """Turn the child's stdout into ("P", fraction), ("C" | "R" | "J" | "E", bytes) or finally ("EOF", None)."""
    try:
        while line := stream.readline():
            tag, _, value = line.strip().partition(b" ")
            if tag == b"P":
                messages.put(("P", value.decode()))
            elif tag == b"O":
                messages.put(("O", None))
            elif tag in (b"C", b"R", b"J", b"E"):
                size = int(value)
                data = stream.read(size)
                if len(data) != size:
                    break
                messages.put((tag.decode(), data))
                if tag != b"C":
                    return
            else:
                break  # not our protocol: treat as a dead reader
    except (OSError, ValueError):
        pass
    messages.put(("EOF", None))


def _read_stderr(stream: IO[bytes], tail: bytearray) -> None:
    try:
        while chunk := stream.read(4096):
            tail.extend(chunk)
            del tail[:-_STDERR_KEEP]
    except (OSError, ValueError):
        pass


def _memory_problem(cap: int) -> str:
    return arg(
        tr(
            "Spreadsheet",
            "reading it needs more than the %1 GB of memory the reader may use, so it was stopped. Your "
            "map is unchanged. Copy the data you need into a smaller file, or export it as CSV.",
        ),
        f"{cap / 2**30:.1f}",
    )


def _time_problem(cap: float) -> str:
    return arg(
        tr(
            "Spreadsheet",
            "reading it took longer than %1 s, so it was stopped. Your map is unchanged. Copy the data "
            "you need into a smaller file, or export it as CSV.",
        ),
        f"{cap:g}",
    )


def _death_problem(code: int | None, stderr: bytes, cap: int) -> str:
    text = stderr.decode("utf-8", "replace")
    if "memory allocation" in text or "MemoryError" in text or "out of memory" in text.lower():
        return _memory_problem(cap)
    how = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
    return arg(
        tr(
            "Spreadsheet",
            "the spreadsheet reader stopped unexpectedly (%1) while reading it; the file is probably "
            "damaged or hostile. Your map is unchanged. Try opening it in Excel or LibreOffice and "
            "saving it again.",
        ),
        how,
    )
