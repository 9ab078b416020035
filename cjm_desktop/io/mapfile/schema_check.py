"""A fast yes/no check of a document against the map's JSON Schema, compiled once into closures.

jsonschema walks the schema again for every value and takes seconds on a 10,000-card map; this
compiles the keywords our schema uses (draft 2020-12 semantics, as jsonschema applies them) into
plain functions, so a valid map is accepted in a fraction of that. It only answers valid or not:
a document it rejects is validated again by jsonschema for the message (io/mapfile/schema.py), and a test
holds both to the same verdicts. A keyword it does not know makes compiling fail, so the schema
cannot grow past what this check understands without a failing test.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]

# Keywords that only document the schema.
_ANNOTATIONS = {"$schema", "$id", "title", "description", "default", "examples", "$comment"}


def _is_type(name: str) -> Check:
    if name == "object":
        return lambda v: isinstance(v, dict)
    if name == "array":
        return lambda v: isinstance(v, list)
    if name == "string":
        return lambda v: isinstance(v, str)
    if name == "boolean":
        return lambda v: isinstance(v, bool)
    if name == "null":
        return lambda v: v is None
    if name == "number":
        return lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)
    if name == "integer":  # 1.0 is an integer in JSON Schema
        return lambda v: (
            (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())
        )
    raise ValueError(f"unknown type {name!r}")


def _same(a: Any, b: Any) -> bool:
    # JSON Schema equality: true is not 1, and 1 equals 1.0.
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    return bool(a == b)


def _number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def compile_schema(schema: dict[str, Any]) -> Check:
    """The schema as one function: document -> valid?"""
    checks: list[Check] = []
    unknown = (
        set(schema)
        - _ANNOTATIONS
        - {
            "type",
            "properties",
            "required",
            "additionalProperties",
            "items",
            "prefixItems",
            "minItems",
            "maxItems",
            "minLength",
            "maxLength",
            "pattern",
            "minimum",
            "maximum",
            "enum",
            "anyOf",
        }
    )
    if unknown:
        raise ValueError(f"schema keyword(s) the fast check does not know: {sorted(unknown)}")
    if "type" in schema:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        type_checks = [_is_type(n) for n in names]
        checks.append(_any_of(type_checks))
    if "enum" in schema:
        allowed = list(schema["enum"])
        checks.append(lambda v: any(_same(v, a) for a in allowed))
    if "anyOf" in schema:
        checks.append(_any_of([compile_schema(s) for s in schema["anyOf"]]))
    if "minLength" in schema or "maxLength" in schema:
        low, high = schema.get("minLength", 0), schema.get("maxLength", float("inf"))
        checks.append(lambda v: not isinstance(v, str) or low <= len(v) <= high)
    if "pattern" in schema:
        search = re.compile(schema["pattern"]).search
        checks.append(lambda v: not isinstance(v, str) or search(v) is not None)
    if "minimum" in schema or "maximum" in schema:
        lo, hi = schema.get("minimum", float("-inf")), schema.get("maximum", float("inf"))
        checks.append(lambda v: not _number(v) or lo <= v <= hi)
    if "minItems" in schema or "maxItems" in schema:
        fewest, most = schema.get("minItems", 0), schema.get("maxItems", float("inf"))
        checks.append(lambda v: not isinstance(v, list) or fewest <= len(v) <= most)
    if "prefixItems" in schema or "items" in schema:
        prefix = [compile_schema(s) for s in schema.get("prefixItems", [])]
        rest = compile_schema(schema["items"]) if isinstance(schema.get("items"), dict) else None
        no_rest = schema.get("items") is False

        def items_ok(v: Any) -> bool:
            if not isinstance(v, list):
                return True
            for check, item in zip(prefix, v, strict=False):
                if not check(item):
                    return False
            if not prefix:  # the usual list of records: no copy, no generator frame per item
                if no_rest and v:
                    return False
                return rest is None or all(map(rest, v))
            tail = v[len(prefix) :]
            if no_rest and tail:
                return False
            return rest is None or all(map(rest, tail))

        checks.append(items_ok)
    if "properties" in schema or "required" in schema or "additionalProperties" in schema:
        props = {k: compile_schema(s) for k, s in schema.get("properties", {}).items()}
        required = list(schema.get("required", []))
        extra = schema.get("additionalProperties", True)
        extra_check = compile_schema(extra) if isinstance(extra, dict) else None

        def object_ok(v: Any) -> bool:
            if not isinstance(v, dict):
                return True
            for key in required:
                if key not in v:
                    return False
            for key, value in v.items():
                check = props.get(key)
                if check is not None:
                    if not check(value):
                        return False
                elif extra is False:
                    return False
                elif extra_check is not None and not extra_check(value):
                    return False
            return True

        checks.append(object_ok)
    return _all_of(checks)


# Combinators unrolled for the usual one to three parts: a 10,000-card map runs them for every value,
# and a generator per call cost more than the checks themselves. Same short-circuit order as all/any.
def _all_of(checks: list[Check]) -> Check:
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        a, b = checks
        return lambda v: a(v) and b(v)
    if len(checks) == 3:
        a, b, c = checks
        return lambda v: a(v) and b(v) and c(v)
    return lambda v: all(check(v) for check in checks)


def _any_of(checks: list[Check]) -> Check:
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        a, b = checks
        return lambda v: a(v) or b(v)
    return lambda v: any(check(v) for check in checks)
