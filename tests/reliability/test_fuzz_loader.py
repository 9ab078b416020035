"""Fuzz the .cjm loader: 10,000+ seeded mutations of real maps each open or are refused clearly.

Mutations: byte flips, truncations, insertions, deletions and duplications of byte runs, and
JSON-aware ones (wrong types, huge numbers such as 1e400 and 10**400, NaN, 100,000-level nesting,
duplicate ids, dangling references, unknown fields, missing required fields, odd format versions).
Every case must either load or raise MapFileError whose message names the file; no other
exception may escape. A map that loads must also save and load again (nothing opens that cannot
be saved). The seed is fixed, so a failure reproduces; set CJM_FUZZ_CASES to run more.
"""

from __future__ import annotations

import copy
import json
import multiprocessing
import os
import random
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from cjm_desktop.io.mapfile.cjm_file import dumps, loads
from cjm_desktop.io.mapfile.errors import MapFileError
from cjm_desktop.model import Card
from cjm_desktop.paths import sample_map_path

pytestmark = pytest.mark.slow  # ~25 s; CI runs it, `-m "not slow"` skips it while working

SEED = 1_000_003
CASES = int(os.environ.get("CJM_FUZZ_CASES", "10000"))
BIG_MAP_SHARE = 0.15  # the 200-card map costs ~6x the sample to validate
COLLECTIONS = ("stages", "lanes", "cards", "personas", "emotions", "routes", "metrics", "metric_values")
WEIRD_VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    3,
    2**31,
    -(2**63),
    0.5,
    -1e308,
    "",
    "x" * 300,
    "💥\u0000",
    [],
    [None],
    {},
    {"id": 1},
    [[[]]],
    "#zzzzzz",
    "stage-x",
]
# Raw JSON tokens no Python value serializes to.
RAW_TOKENS = [
    "1e400",
    "-1e400",
    "1" + "0" * 400,
    "-" + "9" * 5000,
    "NaN",
    "Infinity",
    "-Infinity",
    "1e-400",
    "0.0000000000000000000000000000001",
    '"\\ud800"',
    '"\\udfff\\ud800"',
    '"\\u0000"',
]
PLACEHOLDER = "\u2063fuzz-raw-token\u2063"


def sample_bytes() -> bytes:
    return sample_map_path().read_bytes()


def big_map_bytes() -> bytes:
    journey = loads(sample_bytes())
    lanes, stages = journey.lanes, journey.stages
    personas = [p.id for p in journey.personas]
    for i in range(200 - len(journey.cards)):
        journey.cards.append(
            Card(
                id=f"card-fuzz-{i}",
                lane_id=lanes[i % len(lanes)].id,
                stage_id=stages[i % len(stages)].id,
                text=f"Interview {i}: “the checkout asked for my account again” ✓",
                tags=["fuzz", str(i % 7)],
                persona_ids=personas[: i % (len(personas) + 1)],
                severity=1 + i % 3,
            )
        )
    return dumps(journey)


# ---- byte mutations ---------------------------------------------------------------------------
def flip_bytes(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        i = rng.randrange(len(out))
        out[i] = rng.randrange(256) if rng.random() < 0.5 else out[i] ^ (1 << rng.randrange(8))
    return bytes(out), "flip bytes"


def truncate(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    return data[: rng.randrange(len(data))], "truncate"


def insert_bytes(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    i = rng.randrange(len(data) + 1)
    junk = rng.choice(
        [
            bytes(rng.randrange(256) for _ in range(rng.randint(1, 16))),
            b"{",
            b"[",
            b'"',
            b"\\",
            b",",
            b"\xef\xbb\xbf",
            b"\x00",
            b"\xff\xfe",
            "é".encode(),
            b'"id": "x",',
        ]
    )
    return data[:i] + junk + data[i:], "insert bytes"


def delete_run(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    i = rng.randrange(len(data))
    return data[:i] + data[i + rng.randint(1, 64) :], "delete a run"


def duplicate_run(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    i = rng.randrange(len(data))
    j = min(len(data), i + rng.randint(1, 200))
    k = rng.randrange(len(data))
    return data[:k] + data[i:j] + data[k:], "duplicate a run"


def random_file(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    return bytes(rng.randrange(256) for _ in range(rng.randint(0, 512))), "random bytes"


# ---- JSON-aware mutations ----------------------------------------------------------------------
def _containers(doc: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) slot in the document."""
    slots: list[tuple[Any, Any]] = []
    stack = [doc]
    while stack:
        node = stack.pop()
        keys = node.keys() if isinstance(node, dict) else range(len(node))
        for key in keys:
            slots.append((node, key))
            if isinstance(node[key], (dict, list)):
                stack.append(node[key])
    return slots


def _items(doc: dict, rng: random.Random) -> tuple[str, list] | None:
    names = [name for name in COLLECTIONS if isinstance(doc.get(name), list) and doc[name]]
    if not names:
        return None
    name = rng.choice(names)
    return name, doc[name]


def wrong_type(doc: dict, rng: random.Random) -> str:
    node, key = rng.choice(_containers(doc))
    node[key] = copy.deepcopy(rng.choice(WEIRD_VALUES))
    return f"wrong type at {key!r}"


def raw_token(doc: dict, rng: random.Random) -> str:
    node, key = rng.choice(_containers(doc))
    node[key] = PLACEHOLDER
    return f"raw token at {key!r}"


def deep_nesting(doc: dict, rng: random.Random) -> str:
    node, key = rng.choice(_containers(doc))
    depth = rng.choice([40, 100, 1000, 100_000])
    node[key] = PLACEHOLDER + f"nest{depth}"
    return f"nesting {depth} at {key!r}"


def duplicate_id(doc: dict, rng: random.Random) -> str:
    picked = _items(doc, rng)
    if picked is None:
        return "no items"
    name, items = picked
    item = rng.choice(items)
    if isinstance(item, dict):
        items.insert(rng.randrange(len(items) + 1), copy.deepcopy(item))
    return f"duplicate item in {name}"


def dangling_reference(doc: dict, rng: random.Random) -> str:
    choice = rng.randrange(4)
    if choice == 0 and doc.get("stages"):
        del doc["stages"][rng.randrange(len(doc["stages"]))]  # its cards now point nowhere
        return "deleted a stage"
    if choice == 1 and doc.get("cards"):
        card = rng.choice(doc["cards"])
        card[rng.choice(["stage_id", "lane_id"])] = "gone-" + str(rng.randrange(100))
        return "card in a missing cell"
    if choice == 2 and doc.get("cards"):
        rng.choice(doc["cards"])["persona_ids"] = ["persona-nobody"]
        return "card linked to a missing persona"
    if doc.get("personas"):
        del doc["personas"][rng.randrange(len(doc["personas"]))]
        return "deleted a persona"
    return "nothing to dangle"


def unknown_field(doc: dict, rng: random.Random) -> str:
    node, _ = rng.choice(_containers(doc))
    target = node if isinstance(node, dict) else doc
    target[
        rng.choice(["future_field", "__proto__", "$ref", "x-" + str(rng.randrange(99)), "format_version"])
    ] = copy.deepcopy(rng.choice(WEIRD_VALUES))
    return "unknown field"


def missing_field(doc: dict, rng: random.Random) -> str:
    dicts = [node[key] for node, key in _containers(doc) if isinstance(node[key], dict) and node[key]]
    target = rng.choice(dicts + [doc])
    del target[rng.choice(list(target))]
    return "missing field"


def format_version(doc: dict, rng: random.Random) -> str:
    doc["format_version"] = rng.choice([0, -1, 2, 99, 10**6, "1", 1.0, 1.5, None, True, [1], {}])
    return f"format_version {doc['format_version']!r}"


def swap_collections(doc: dict, rng: random.Random) -> str:
    a, b = rng.sample(list(COLLECTIONS), 2)
    doc[a], doc[b] = doc.get(b, []), doc.get(a, [])
    return f"swapped {a} and {b}"


def stacked(doc: dict, rng: random.Random) -> str:
    return "+".join(rng.choice(JSON_MUTATIONS[:-1])(doc, rng) for _ in range(rng.randint(2, 4)))


JSON_MUTATIONS: list[Callable[[dict, random.Random], str]] = [
    wrong_type,
    raw_token,
    deep_nesting,
    duplicate_id,
    dangling_reference,
    unknown_field,
    missing_field,
    format_version,
    swap_collections,
    stacked,
]
BYTE_MUTATIONS = [flip_bytes, truncate, insert_bytes, delete_run, duplicate_run, random_file]


def render(doc: dict, rng: random.Random) -> bytes:
    """Serialize a mutated document, expanding placeholders into raw JSON no dict can hold."""
    text = json.dumps(doc, ensure_ascii=False)
    quoted = json.dumps(PLACEHOLDER, ensure_ascii=False)
    while quoted[:-1] in text:
        start = text.index(quoted[:-1])
        end = text.index('"', start + 1) + 1
        marker = json.loads(text[start:end])[len(PLACEHOLDER) :]
        if marker.startswith("nest"):
            depth = int(marker[4:])
            token = (
                "[" * depth + "1" + "]" * depth if rng.random() < 0.5 else '{"a":' * depth + "1" + "}" * depth
            )
        else:
            token = rng.choice(RAW_TOKENS)
        text = text[:start] + token + text[end:]
    return text.encode("utf-8", errors="surrogatepass")


def mutate(seed: bytes, parsed: dict, rng: random.Random) -> tuple[bytes, str, str]:
    """A mutated copy of a map: (bytes, mutation name, what exactly was done)."""
    if rng.random() < 0.45:
        byte_mutation = rng.choice(BYTE_MUTATIONS)
        data, what = byte_mutation(seed, rng)
        return data, byte_mutation.__name__, what
    doc = copy.deepcopy(parsed)
    json_mutation = rng.choice(JSON_MUTATIONS)
    what = json_mutation(doc, rng)
    return render(doc, rng), json_mutation.__name__, what


def check_case(data: bytes, name: str, full_round_trip: bool) -> bool:
    """True when the case opened (and saves and reopens); False when refused clearly."""
    try:
        journey = loads(data, name)
    except MapFileError as error:
        message = str(error)
        assert error.problem.strip(), "empty message"
        assert name in message, f"the message does not name the file: {message}"
        return False
    # What opens must also save: strict JSON (no NaN), and (for a share of cases, since
    # validation dominates the run time) open again to the same map.
    saved = dumps(journey)
    json.loads(saved, parse_constant=_refuse_constant)
    if full_round_trip:
        assert dumps(loads(saved, name)) == saved
    return True


def _refuse_constant(token: str) -> None:
    raise AssertionError(f"a saved map holds {token}")


def run_cases(start: int, stop: int) -> tuple[int, int, dict[str, int], list[tuple[int, str, bytes]]]:
    """Run cases [start, stop); each case's mutation depends only on SEED and its number."""
    seeds = [sample_bytes(), big_map_bytes()]
    parsed = [json.loads(seed) for seed in seeds]
    opened = refused = 0
    kinds: dict[str, int] = {}
    failures: list[tuple[int, str, bytes]] = []
    for case in range(start, stop):
        rng = random.Random(SEED * 1_000_003 + case)
        which = 1 if rng.random() < BIG_MAP_SHARE else 0
        data, kind, what = mutate(seeds[which], parsed[which], rng)
        kinds[kind] = kinds.get(kind, 0) + 1
        try:
            if check_case(data, f"fuzz-{case}.cjm", full_round_trip=case % 4 == 0):
                opened += 1
            else:
                refused += 1
        except Exception as error:  # noqa: BLE001 - any other exception is the finding
            failures.append((case, f"{what}: {type(error).__name__}: {str(error)[:200]}", data))
    return opened, refused, kinds, failures


def test_ten_thousand_mutated_maps_open_or_are_refused_clearly(tmp_path: Path) -> None:
    workers = max(1, min(4, os.cpu_count() or 1))
    bounds = [CASES * k // workers for k in range(workers + 1)]
    started = time.perf_counter()
    # Separate processes use every core; "spawn" because this process runs Qt threads.
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        results = list(pool.map(run_cases, bounds[:-1], bounds[1:]))
    elapsed = time.perf_counter() - started
    opened = sum(r[0] for r in results)
    refused = sum(r[1] for r in results)
    kinds: dict[str, int] = {}
    for result in results:
        for kind, count in result[2].items():
            kinds[kind] = kinds.get(kind, 0) + count
    failures = [failure for result in results for failure in result[3]]
    for case, _what, data in failures:
        (tmp_path / f"fuzz-{case}.cjm").write_bytes(data)  # kept for reproduction
    print(
        f"\nfuzz: {CASES} cases on {workers} processes in {elapsed:.1f} s: {opened} opened, {refused} refused "
        f"with a clear message, {len(failures)} failures; mutations {dict(sorted(kinds.items()))}"
    )
    assert opened + refused + len(failures) == CASES
    assert not failures, "\n".join(f"case {case}: {what}" for case, what, _ in failures[:20])
    assert opened > CASES // 20 and refused > CASES // 2  # the mutations reach both outcomes
