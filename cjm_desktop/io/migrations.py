"""Chained per-version migrations: each step turns version N's JSON into version N+1's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cjm_desktop.io.cjm_format import FORMAT_VERSION, FormatError

Document = dict[str, Any]


# Version N -> N+1 steps. Format 1 is the first released format, so the chain is empty for
# now; the next format change adds ``1: _from_1`` here and a version-1 file to tests/data.
MIGRATIONS: dict[int, Callable[[Document], Document]] = {}


def migrate(doc: Document) -> Document:
    """Bring a document of any older version up to FORMAT_VERSION, one step at a time."""
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise FormatError("format_version is missing or not a whole number")
    if version > FORMAT_VERSION:
        raise FormatError(
            f"it was saved by a newer cjm-desktop (file format version {version}; this version reads up to "
            f"{FORMAT_VERSION}). Update cjm-desktop to open it."
        )
    while version < FORMAT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise FormatError(f"file format version {version} is not supported")
        doc = step(doc)
        version = doc["format_version"]
    return doc
