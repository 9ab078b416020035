"""Word-by-word differences of two texts, for reports that show what an edit changed."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """(op, text) runs: op is "=" (kept), "-" (removed) or "+" (added); joined "=" and "+" give new."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    runs: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            runs.append(("=", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("-", "".join(a[i1:i2])))
        if j2 > j1:
            runs.append(("+", "".join(b[j1:j2])))
    return runs


def word_diff_text(old: str, new: str) -> str:
    """The changes marked as git's word diff does: [-removed-]{+added+}."""
    parts = []
    for op, text in word_diff(old, new):
        parts.append(text if op == "=" else f"[-{text}-]" if op == "-" else f"{{+{text}+}}")
    return "".join(parts)
