"""The map schema is a valid JSON Schema (checked here, at development time, not on every load),
and the fast compiled check gives jsonschema's verdict on valid and on broken documents."""

from __future__ import annotations

import copy
import json
import random
from typing import Any

import jsonschema
import pytest

from cjm_desktop.io.mapfile import schema as map_schema
from cjm_desktop.io.mapfile.cjm_format import FormatError
from cjm_desktop.io.mapfile.schema_check import compile_schema
from cjm_desktop.paths import sample_map_path

VALUES: list[Any] = [
    None, True, False, 0, 1, 2, 3, 4, -1, 1.0, 2.5, 10**7, float(2**53), "", "x", "#12345g", "#123456",
    "#12345678", "a" * 201, [], {}, ["x"], [1], [None], {"a": 1}, {"id": ""},
]  # fmt: skip


def test_the_schema_is_a_valid_json_schema() -> None:
    schema = map_schema.schema()
    jsonschema.validators.validator_for(schema).check_schema(schema)


def small_sample() -> dict[str, Any]:
    """The sample map with at most three items per list: quick for jsonschema to validate."""
    doc = json.loads(sample_map_path().read_text(encoding="utf-8"))
    for key, value in doc.items():
        if isinstance(value, list):
            doc[key] = value[:3]
    return doc


def mutate(doc: dict[str, Any], rng: random.Random) -> None:
    """Change one random spot: a value of another type or size, a key dropped, a key added."""
    parent: Any = doc
    key: Any = rng.choice(list(doc))
    while isinstance(parent[key], (dict, list)) and parent[key] and rng.random() < 0.75:
        parent = parent[key]
        key = rng.choice(list(parent)) if isinstance(parent, dict) else rng.randrange(len(parent))
    action = rng.random()
    if action < 0.7:
        parent[key] = copy.deepcopy(rng.choice(VALUES))
    elif action < 0.85 and isinstance(parent, dict):
        del parent[key]
    elif isinstance(parent, dict):
        parent[f"unknown_{rng.randrange(3)}"] = rng.choice(VALUES)
    else:
        parent.append(copy.deepcopy(rng.choice(VALUES)))


def test_fast_check_agrees_with_jsonschema() -> None:
    schema = map_schema.schema()
    fast = compile_schema(schema)
    slow = jsonschema.validators.validator_for(schema)(schema)
    base = small_sample()
    assert fast(base) and slow.is_valid(base)
    rng = random.Random(20261127)
    verdicts = {True: 0, False: 0}
    for case in range(1500):
        doc = copy.deepcopy(base)
        for _ in range(rng.randint(1, 3)):
            mutate(doc, rng)
        expected = slow.is_valid(doc)
        assert fast(doc) == expected, f"case {case}: jsonschema says {expected} for {json.dumps(doc)[:2000]}"
        verdicts[expected] += 1
    assert min(verdicts.values()) > 100  # both verdicts were really exercised


def test_a_rejected_document_still_gets_jsonschemas_message() -> None:
    doc = small_sample()
    doc["cards"][0]["severity"] = 7
    with pytest.raises(FormatError, match=r"cards\[0\]\.severity: 7 is greater than the maximum of 3"):
        map_schema.validate(doc)


def test_unknown_schema_keywords_are_refused() -> None:
    with pytest.raises(ValueError, match="uniqueItems"):
        compile_schema({"type": "array", "uniqueItems": True})
