"""Chained per-version migrations: each step turns version N's JSON into version N+1's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cjm_desktop.io.cjm_format import FORMAT_VERSION, FormatError

Document = dict[str, Any]


def _add_snapshots_and_to_be_curves(doc: Document) -> Document:
    """Snapshots inside the map and a second, "to-be" score per emotion point (issue 13).

    Both are new, optional fields, so an older map only needs its new version number. A
    snapshot's content carries its own ``format_version`` and goes through this chain when it is
    restored or compared, so later steps need not touch snapshots.
    """
    return {**doc, "format_version": doc["format_version"] + 1}


# Version N -> N+1 steps, keyed by N; tests/data keeps a file of every older version.
MIGRATIONS: dict[int, Callable[[Document], Document]] = {
    1: _add_snapshots_and_to_be_curves,
}


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
