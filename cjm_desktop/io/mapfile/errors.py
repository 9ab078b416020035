"""Errors the IO layer raises, each naming the file and the problem in plain words."""

from __future__ import annotations

from pathlib import Path


class MapFileError(Exception):
    """A map could not be read or written; ``str()`` is a message fit to show the user."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")

    @property
    def message(self) -> str:
        """The full message, naming the file's location too."""
        return f"{self.path}\n{self.problem}"
