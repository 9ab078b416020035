"""Entry point of import-metrics' reader process: it reads the sheet and imports it there.

    python -m cjm_desktop.cli.import_child   (import-metrics starts it first thing: guarded_read.prestart)

A sheet_child reader (the same request, extent scan, memory cap and answers) whose Job runs
cli/import_job.py on the sheet and answers with the outcome as JSON: the rows never cross the
pipe, and the editor's process loads neither numpy nor the importer. Those load here on a thread
from the start, while the request comes and the sheet is parsed (calamine lets go of the GIL).
Messages are worded here, in the language the editor's process speaks (the request names it).
"""

from __future__ import annotations

import gc
import json
import threading
from typing import TYPE_CHECKING, Any, NoReturn

from cjm_desktop.io.sheets import sheet_child

if TYPE_CHECKING:
    from cjm_desktop.io.sheets.table import Table


def _load_importer() -> None:
    import cjm_desktop.cli.import_job  # noqa: F401 - numpy and io/metrics with it


class ImportJob:
    """sheet_child's Job for import-metrics: the import's outcome instead of the rows."""

    def __init__(self) -> None:
        self.request: dict[str, Any] = {}
        self.loading = threading.Thread(target=_load_importer, name="load-importer", daemon=True)
        self.loading.start()

    def prepare(self, request: dict[str, Any]) -> None:
        """Keep the request; speak its language (Qt's translations load before the memory cap)."""
        self.request = request
        language = request.get("lang", "en")
        if language != "en":  # English is tr's own: no Qt
            from cjm_desktop.cli.speak import speak

            speak(language, draws=False)

    def answer(self, names: list[str], table: Table) -> bytes:
        """The outcome as JSON (import_job.import_outcome); a bug's traceback under "crash"."""
        from cjm_desktop.io.sheets.spreadsheet_errors import SpreadsheetError

        self.loading.join()
        try:
            from cjm_desktop.cli.import_job import import_outcome

            outcome = import_outcome(table, self.request)
        except (SpreadsheetError, MemoryError):
            raise  # a read's answers (sheet_child words them)
        except Exception:  # a bug, not the file: the editor's process shows it as one
            import traceback

            outcome = {"crash": traceback.format_exc()}
        return json.dumps(outcome).encode("utf-8")


def run() -> NoReturn:
    """Load the reader, start loading the importer, and serve one request (sheet_child.run)."""
    gc.disable()  # as sheet_child.main: no cycles worth collecting in a process that lives for one read
    # The reader's own modules first (what reads the request and the sheet), then the importer's on
    # a thread: the two sets never import each other halfway.
    import cjm_desktop.io.sheets.spreadsheet_reader  # noqa: F401

    sheet_child.run(ImportJob())


if __name__ == "__main__":
    run()
