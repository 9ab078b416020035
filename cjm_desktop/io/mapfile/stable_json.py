"""A diff-friendly JSON layout for .cjm files: the same map always gives the same bytes.

Objects put one key per line, in the order the document was built (the model's field order, id
first), and plain dicts sorted by key. Lists of objects put one object per block with the
separating comma at the start of the next block (``,{``), so appending or inserting an object adds
only its own lines and a removed one removes only its own. Lists of plain values (tags, ids, a
metric's dated series) stay on one line. Indentation is one space per level; the file ends with a
newline. Any JSON reader reads it.
"""

from __future__ import annotations

import json
import math
from json.encoder import encode_basestring  # the C escaper json.dumps(ensure_ascii=False) uses
from typing import Any

# One encoder each, built once: json.dumps with options builds a new encoder on every call.
_SCALAR = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode
# Compact but readable: one space after separators, no line breaks.
_INLINE = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(", ", ": ")).encode


def _scalar(value: Any) -> str:
    # The common types by hand (what json.dumps writes for them), as saving a big map writes
    # tens of thousands of them; anything else goes to the encoder.
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return int.__repr__(value)
    if type(value) is float:
        if not math.isfinite(value):
            raise ValueError("Out of range float values are not JSON compliant")
        # + 0.0 writes a negative zero as 0.0: the two compare equal, so a diff or merge treats
        # them as the same value, and the file must then have the same bytes for both.
        return float.__repr__(value + 0.0)
    return _SCALAR(value)


def _without_negative_zero(value: Any) -> Any:
    """``value`` with every -0.0 inside it made 0.0 (see ``_scalar``)."""
    if type(value) is float:
        return value + 0.0
    if isinstance(value, (list, tuple)):
        return [_without_negative_zero(v) for v in value]
    if isinstance(value, dict):
        return {k: _without_negative_zero(v) for k, v in value.items()}
    return value


def _inline(value: Any) -> str:
    return _INLINE(_without_negative_zero(value))


def _is_record_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _emit(value: Any, depth: int, out: list[str], prefix: str, suffix: str) -> None:
    """Append the lines of ``value``; ``prefix`` starts its first line, ``suffix`` ends its last.

    Only the document, its sections and the records in its lists spread over lines (depth < 2,
    list items count as one level); anything nested deeper is one line.
    """
    pad = " " * depth
    if isinstance(value, dict) and value and depth < 3:
        out.append(f"{pad}{prefix}{{")
        keys = list(value)
        for i, key in enumerate(keys):
            comma = "," if i < len(keys) - 1 else ""
            child = value[key]
            if isinstance(child, dict) and depth >= 1:
                child = _sorted(child)  # a plain mapping inside a record: inline, sorted
                out.append(f"{pad} {_scalar(str(key))}: {_inline(child)}{comma}")
                continue
            _emit(child, depth + 1, out, f"{_scalar(str(key))}: ", comma)
        out.append(f"{pad}}}{suffix}")
    elif _is_record_list(value) and depth == 1:
        out.append(f"{pad}{prefix}[")
        for i, item in enumerate(value):
            _record(item, pad + " ", "," if i else "", out)
        out.append(f"{pad}]{suffix}")
    elif isinstance(value, (dict, list)):
        out.append(f"{pad}{prefix}{_inline(_sorted(value))}{suffix}")
    else:
        out.append(f"{pad}{prefix}{_scalar(value)}{suffix}")


def _record(record: dict[str, Any], pad: str, opener: str, out: list[str]) -> None:
    """One object of a list: a line per field, nested values on their line (the hot path of a save)."""
    if not record:
        out.append(f"{pad}{opener}{{}}")
        return
    out.append(f"{pad}{opener}{{")
    inner, last = pad + " ", len(record) - 1
    for i, (key, value) in enumerate(record.items()):
        text = _inline(_sorted(value)) if isinstance(value, (dict, list)) else _scalar(value)
        out.append(f"{inner}{encode_basestring(key)}: {text}{',' if i < last else ''}")
    out.append(f"{pad}}}")


def _sorted(value: Any) -> Any:
    # Plain dicts (a stage mapping) have no meaningful order: sort them so the bytes are stable.
    if isinstance(value, dict):
        return {key: _sorted(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [_sorted(v) for v in value]
    return value


def stable_dumps(doc: dict[str, Any]) -> str:
    """The layout described above; records keep their built key order, plain dicts are sorted."""
    out: list[str] = []
    _emit(doc, 0, out, "", "")
    return "\n".join(out) + "\n"
