"""Stable string ids for everything in a map."""

import os


def new_id(prefix: str) -> str:
    """Return a fresh id such as ``card-3f9c2a1b7d4e``; stable once written to a file."""
    # The first 12 hex digits of a uuid4 are 6 random bytes: the same, without importing uuid (and
    # with it platform, ~5 ms of the editor's start).
    return f"{prefix}-{os.urandom(6).hex()}"
