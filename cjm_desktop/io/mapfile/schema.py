"""Validation of .cjm documents against the JSON Schema in resources/schema.

A valid document passes a fast compiled check (io/mapfile/schema_check.py) without loading jsonschema;
only a document that fails it is validated again by jsonschema, for the exact message. The schema
itself is checked against the JSON Schema meta-schema once, by a test, not on every load.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from cjm_desktop.i18n import tr
from cjm_desktop.io.mapfile.cjm_format import FormatError
from cjm_desktop.io.mapfile.schema_check import Check, compile_schema
from cjm_desktop.paths import resources_dir


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The map's JSON Schema."""
    loaded: dict[str, Any] = json.loads(
        (resources_dir() / "schema" / "cjm.schema.json").read_text(encoding="utf-8")
    )
    return loaded


@lru_cache(maxsize=1)
def _fast_check() -> Check:
    return compile_schema(schema())


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema  # only for documents the fast check refused: a few hundred ms to import

    return jsonschema.validators.validator_for(schema())(schema())


def validate(doc: Any) -> None:
    """Raise FormatError with the location and reason of the most relevant schema violation."""
    if not isinstance(doc, dict):
        raise FormatError(
            tr("MapFile", "it does not contain a journey map (the top level is not a JSON object)")
        )
    if _fast_check()(doc):
        return
    from jsonschema.exceptions import best_match

    error = best_match(_validator().iter_errors(doc))
    if error is None:
        return  # cannot happen while both agree (tests/io/test_schema_check.py)
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path).lstrip(".")
    message = error.message
    if len(message) > 200:
        message = message[:200] + "…"
    # The schema's own words (jsonschema's, English) after where in the file the problem is.
    raise FormatError(f"{where or tr('MapFile', 'the document')}: {message}")
