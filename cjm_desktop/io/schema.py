"""Validation of .cjm documents against the JSON Schema in resources/schema."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import jsonschema
from jsonschema.exceptions import best_match

from cjm_desktop.io.cjm_format import FormatError
from cjm_desktop.paths import resources_dir


@lru_cache(maxsize=1)
def _validator() -> jsonschema.protocols.Validator:
    schema = json.loads((resources_dir() / "schema" / "cjm.schema.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def validate(doc: Any) -> None:
    """Raise FormatError with the location and reason of the most relevant schema violation."""
    if not isinstance(doc, dict):
        raise FormatError("it does not contain a journey map (the top level is not a JSON object)")
    error = best_match(_validator().iter_errors(doc))
    if error is None:
        return
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path).lstrip(".")
    message = error.message
    if len(message) > 200:
        message = message[:200] + "…"
    raise FormatError(f"{where or 'the document'}: {message}")
