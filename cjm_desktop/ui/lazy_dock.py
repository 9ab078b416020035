"""A dock whose contents are built the first time it is shown or asked for.

Most docks start hidden (personas, outline, metrics grid, voting, ...): building their widgets, and
keeping them current on every model change, cost each start time for a panel the user may never open.
The dock itself exists from the start, so the View menu toggle, its shortcut and the saved window layout
(restoreState finds docks by object name) work as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QDockWidget, QWidget

W = TypeVar("W", bound=QWidget)


class LazyDock(QDockWidget, Generic[W]):
    """A QDockWidget that calls ``build`` for its widget on first show or first ``content()``."""

    def __init__(self, title: str, parent: QWidget, build: Callable[[], W]) -> None:
        super().__init__(title, parent)
        self._build: Callable[[], W] | None = build
        self._content: W | None = None

    def content(self) -> W:
        """The dock's widget, built now if it was not yet."""
        if self._content is None:
            assert self._build is not None
            build, self._build = self._build, None  # a build that asks for the content gets no loop
            self._content = build()
            self.setWidget(self._content)
        return self._content

    def is_built(self) -> bool:
        """Whether the contents exist yet (the dock was shown or its widget was asked for)."""
        return self._content is not None

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        # Before the dock shows (View menu, shortcut, restoreState): its widget shows along with it.
        if visible:
            self.content()
        super().setVisible(visible)
