"""Stable string ids for everything in a map."""

import uuid


def new_id(prefix: str) -> str:
    """Return a fresh id such as ``card-3f9c2a1b7d4e``; stable once written to a file."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"
