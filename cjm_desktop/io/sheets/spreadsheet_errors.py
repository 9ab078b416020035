"""Errors raised while reading spreadsheets, each naming the file and the problem in plain words."""

from __future__ import annotations

from pathlib import Path

from cjm_desktop.i18n import arg, tr

CONTEXT = "Spreadsheet"  # the translation context of every problem below

# Why a file was refused, so the GUI and the CLI can react (icon, exit code) without parsing text.
KINDS: tuple[str, ...] = (
    "password",  # encrypted / password-protected
    "damaged",  # broken archive, invalid XML, truncated file
    "empty",  # zero bytes, or no cells at all
    "not_spreadsheet",  # another kind of file, or an extension we do not read
    "too_large",  # over the size, cell or expansion caps
    "unsafe",  # zip bomb, XML entity declarations and similar hostile content
    "missing",  # the file or the sheet is not there
    "cancelled",  # the user cancelled the read
    "reader_limit",  # the reader process ran out of memory or time, or died (guarded_read)
)


class SpreadsheetError(Exception):
    """A spreadsheet could not be read; ``str()`` is a message fit to show a researcher."""

    def __init__(self, path: str | Path, problem: str, kind: str = "damaged") -> None:
        self.path = Path(path)
        self.problem = problem
        self.kind = kind
        # The untranslated text and its values: the guarded reader's child process (which speaks
        # English) hands them to the editor, which words the problem in the user's language.
        self.source = ""
        self.values: list[str] = []
        super().__init__(f"{self.path.name}: {problem}")

    @classmethod
    def about(cls, path: str | Path, kind: str, source: str, *values: object) -> SpreadsheetError:
        """The error whose problem is ``source`` (marked ``tr_noop("Spreadsheet", ...)``), %1... filled."""
        error = cls(path, arg(tr(CONTEXT, source), *values), kind)
        error.source, error.values = source, [str(value) for value in values]
        return error

    @property
    def message(self) -> str:
        """The full message, naming the file's location too."""
        return f"{self.path}\n{self.problem}"


class ImportCancelled(SpreadsheetError):
    """The user cancelled reading; not a problem with the file."""

    def __init__(self, path: str | Path) -> None:
        super().__init__(path, tr("Spreadsheet", "reading was cancelled."), kind="cancelled")
