"""Entry point of the child process that reads one spreadsheet for guarded_read (kept minimal).

    python -m cjm_desktop.io.sheets.sheet_child   (the request arrives as one JSON line on stdin)

It imports the reader, then reads the request, caps its own address space, reads the file and
answers on stdout:
"P <fraction>" lines while reading, "O" when the sheet is parsed without its extent scan first (see
spreadsheet_reader.read_sheet's parse_unscanned; only under a memory cap), "C <n>" + n bytes per
chunk of pickled rows (in row_wire's form), then "R <n>" + n bytes (the pickled sheet names and the Table without its rows) or "E <n>" + n bytes of JSON (a
SpreadsheetError's problem and kind).
Nothing else is imported, so the child starts in about the time Python itself needs.

A reader process with a ``Job`` (``main(job)``; import-metrics' cli/import_child.py) does its caller's
work with the sheet where it was read, and answers "J <n>" + n bytes of the job's JSON instead of
the rows: what it reads never has to cross the pipe.
"""

from __future__ import annotations

import gc
import json
import os
import sys

# typing (~4 ms) is not loaded before the reader is ready for its request: Job is for the type
# checker only (mypy reads TYPE_CHECKING as True).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NoReturn, Protocol

    from cjm_desktop.io.sheets.table import Table

CHUNK_ROWS = 5000


def _cap_memory(limit: int) -> bool:
    """Cap the address space; False where that is impossible."""
    try:
        import resource
    except ImportError:  # Windows: no RLIMIT_AS; the parent's time cap and the crash isolation stay
        return False
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    return True


# A frozen build (PyInstaller) has no ``python -m``: its own executable starts the reader when
# given this first argument (cjm_desktop.app.main hands over before anything else loads).
FROZEN_FLAG = "--cjm-sheet-reader"


if TYPE_CHECKING:

    class Job(Protocol):
        """Work a reader process does with the sheet it read, answering with plain JSON instead of the rows."""

        def room(self, where: dict[str, Any]) -> int:
            """The address space (bytes) the job's own code will take beyond a plain reader's.

            Asked with the request's first line, before the memory cap is set: the cap grows by it, so
            the sheet gets exactly the room a plain read gives it (and the same refusal).
            """

        def prepare(self, request: dict[str, Any]) -> None:
            """Take the request's "job" part and load what the job needs, while the sheet is parsed."""

        def answer(self, names: list[str], table: Table) -> bytes:
            """The JSON answer for the sheet names and the sheet (SpreadsheetError and MemoryError as a read's)."""


def main(job: Job | None = None) -> int:
    """Read the requested sheet and answer on stdout (with the rows, or with ``job``'s answer).

    The request is two JSON lines. The first says where and how to read (path, sheet, max_rows,
    memory_cap, overlap, and the job's lang); the parse starts on it. The second brings what the
    caller may know only later (read_sheet's reading choices, the job's data), read during the parse.
    """
    # The read builds one list per row and makes no reference cycles worth collecting in a process
    # that lives for one read; the cyclic collector would rescan the growing rows again and again.
    gc.disable()
    # Only what starting the parse needs loads before the request: a prestarted reader
    # (reader_start.prestart) loads it while the editor is still preparing the request. The rest of
    # the reader loads during the parse. They are our own code; the memory cap is set before any
    # file is opened.
    from cjm_desktop.io.sheets.spreadsheet_errors import SpreadsheetError
    from cjm_desktop.io.sheets.workbook_open import open_sheet

    line = sys.stdin.readline()
    if not line:
        return 0  # a prestarted reader nobody asked for: the editor ended (or never needed it)
    where = json.loads(line)
    out = sys.stdout.buffer
    room = 0 if job is None else job.room(where)
    capped = bool(where.get("memory_cap")) and _cap_memory(int(where["memory_cap"]) + room)

    last = [-1.0]

    def parse_started() -> None:
        out.write(b"O\n")
        out.flush()

    # Parsing without the extent scan is only safe where a parse the scan would have refused hits
    # the memory cap (and the parent then reads again the careful way, scan first).
    overlap = parse_started if capped and where.get("overlap", True) is not False else None

    def progress(fraction: float) -> None:
        if fraction - last[0] >= 0.01 or fraction >= 1.0:
            last[0] = fraction
            out.write(b"P %.4f\n" % fraction)
            out.flush()

    try:
        with open_sheet(where["path"], where.get("sheet"), progress, parse_unscanned=overlap) as opened:
            line = sys.stdin.readline()
            if not line:
                return 0  # the caller gave up before sending the rest
            rest = json.loads(line)
            if job is not None:
                job.prepare(rest.get("job") or {})
            from cjm_desktop.io.sheets.spreadsheet_reader import finish_sheet

            table = finish_sheet(opened, where.get("max_rows"), **rest.get("choices", {}))
        if job is not None:
            payload, tag = job.answer(opened.names, table), b"J"
        else:
            payload, tag = _rows_answer(out, opened.names, table)
    except SpreadsheetError as error:
        if capped and _allocation_failed(error.__cause__):
            # Under the cap this is the cap: answered as one, so an unscanned parse is read again
            # scan-first and a sheet too big for the reader gets the memory message, not "damaged".
            payload = _AT_THE_CAP
        else:
            # The untranslated text and its values too: the editor words the problem in the user's language.
            answer = {
                "problem": error.problem,
                "kind": error.kind,
                "source": error.source,
                "values": error.values,
            }
            payload = json.dumps(answer).encode("utf-8")
        tag = b"E"
    except MemoryError:
        payload, tag = _AT_THE_CAP, b"E"
    out.write(b"%s %d\n" % (tag, len(payload)))
    out.write(payload)
    out.flush()
    return 0


_AT_THE_CAP = json.dumps({"problem": "", "kind": "reader_limit"}).encode("utf-8")


def _allocation_failed(error: BaseException | None) -> bool:
    """True when a read failed for want of memory: a MemoryError, or calamine (Rust, through pyo3)
    finding no Python object where an allocation should have made one."""
    if error is None:
        return False
    text = str(error).lower()
    return isinstance(error, MemoryError) or "pyobject pointer is null" in text or "memory allocation" in text


def _rows_answer(out: Any, names: list[str], table: Table) -> tuple[bytes, bytes]:
    """Send the rows in chunks (the parent unpickles one while we pickle the next: two cores); the "R" answer."""
    import pickle

    from cjm_desktop.io.sheets.row_wire import pack_rows

    rows, table.rows = table.rows, []
    for start in range(0, len(rows), CHUNK_ROWS):
        packed = pack_rows(rows[start : start + CHUNK_ROWS])
        chunk = pickle.dumps(packed, protocol=pickle.HIGHEST_PROTOCOL)
        out.write(b"C %d\n" % len(chunk))
        out.write(chunk)
    return pickle.dumps((names, table), protocol=pickle.HIGHEST_PROTOCOL), b"R"


def run(job: Job | None = None) -> NoReturn:
    """main(job), then end the process at once.

    No interpreter teardown: a parse may still run on its thread after a refusal, and freeing
    every row object one by one would only cost time.
    """
    status = main(job)
    sys.stdout.flush()
    os._exit(status)


if __name__ == "__main__":
    run()
