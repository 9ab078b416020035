"""Entry point of import-metrics' reader process: it reads the sheet and imports it there.

    python -m cjm_desktop.cli.import_child   (import-metrics starts it first thing: reader_start.prestart)

A sheet_child reader (the same request, memory cap, careful re-read and answers) whose Job runs
cli/import_job.py on the sheet and answers with the outcome as JSON: the rows never cross the
pipe, and the editor's process loads neither numpy nor the importer. Those load here while the
sheet is parsed on the other thread (calamine lets go of the GIL), else before the read. Not on a
thread of their own: its stack and malloc arena would change the room the sheet gets under the
memory cap with the timing. Messages are worded here, in the language the editor's process speaks
(the request's first line names it).
"""

from __future__ import annotations

import json

from cjm_desktop.io.sheets import sheet_child

TYPE_CHECKING = False  # typing loads during the parse, not before it (mypy reads this as True)
if TYPE_CHECKING:
    from typing import Any, NoReturn

    from cjm_desktop.io.sheets.table import Table


# The address space the importer takes beyond a plain reader (numpy with one BLAS thread and the
# io/metrics modules), and Qt with a translation for another language: added to the memory cap, so
# the sheet gets the room a plain read gives it and a file the plain reader refuses for memory is
# refused the same way. Measured on Linux (82 MiB, 55 MiB); tests/cli/test_import_in_reader.py
# checks that they still fit closely.
IMPORTER_ROOM = 88 * 2**20
LANGUAGE_ROOM = 60 * 2**20


def load_importer() -> None:
    """Import the importer: numpy and io/metrics with it (once; later calls find them loaded)."""
    import cjm_desktop.cli.import_job  # noqa: F401


class ImportJob:
    """sheet_child's Job for import-metrics: the import's outcome instead of the rows."""

    def __init__(self) -> None:
        self.request: dict[str, Any] = {}
        self.language = "en"

    def room(self, where: dict[str, Any]) -> int:
        """The importer's room, and the translations' when the request's lang is not English."""
        self.language = where.get("lang") or "en"
        return IMPORTER_ROOM if self.language == "en" else IMPORTER_ROOM + LANGUAGE_ROOM

    def prepare(self, request: dict[str, Any]) -> None:
        """Keep the job's request; speak its language and load the importer while the sheet is parsed."""
        self.request = request
        if self.language != "en":  # English is tr's own: no Qt
            from cjm_desktop.cli.speak import speak

            speak(self.language, draws=False)
        load_importer()

    def answer(self, names: list[str], table: Table) -> bytes:
        """The outcome as JSON (import_job.import_outcome); a bug's traceback under "crash"."""
        from cjm_desktop.io.sheets.spreadsheet_errors import SpreadsheetError

        try:
            load_importer()  # (loaded already by prepare)
            from cjm_desktop.cli.import_job import import_outcome

            outcome = import_outcome(table, self.request)
        except (SpreadsheetError, MemoryError):
            raise  # a read's answers (sheet_child words them)
        except Exception:  # a bug, not the file: the editor's process shows it as one
            import traceback

            outcome = {"crash": traceback.format_exc()}
        return json.dumps(outcome).encode("utf-8")


def run() -> NoReturn:
    """Serve one request as sheet_child.run does, with the ImportJob."""
    sheet_child.run(ImportJob())


if __name__ == "__main__":
    run()
