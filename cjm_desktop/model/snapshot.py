"""A named, dated copy of a map kept inside the map: "as-is" and "to-be" versions, this quarter's."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

AS_IS = "as-is"
TO_BE = "to-be"
STATUSES: tuple[str, ...] = ("", AS_IS, TO_BE)


@dataclass
class Snapshot:
    """A frozen version of the map's content; ``content`` is that map as saved (plain JSON data)."""

    id: str
    name: str
    created: str  # ISO 8601 date and time, UTC
    note: str = ""
    status: str = ""  # "", "as-is" or "to-be"
    content: dict[str, Any] = field(default_factory=dict)
