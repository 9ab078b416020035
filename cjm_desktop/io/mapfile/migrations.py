"""Chained per-version migrations: each step turns version N's JSON into version N+1's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cjm_desktop.i18n import arg, tr
from cjm_desktop.io.mapfile.cjm_format import FORMAT_VERSION, FormatError
from cjm_desktop.model.channels import DEFAULT_CHANNELS, name_from_id

Document = dict[str, Any]


def _from_1(doc: Document) -> Document:
    """Version 2 adds the map's number locale (``map.number_locale``); a version-1 map has none,
    which means "the system's locale", exactly how version 1 showed its numbers."""
    doc = dict(doc)
    meta = doc.get("map")
    doc["map"] = {**meta, "number_locale": ""} if isinstance(meta, dict) else {"number_locale": ""}
    doc["format_version"] = 2
    return doc


def _from_2(doc: Document) -> Document:
    """Version 3: snapshots inside the map and a second, "to-be" score per emotion point.

    Both are new, optional fields, so an older map only needs its new version number. A
    snapshot's content carries its own ``format_version`` and goes through this chain when it is
    restored or compared, so later steps need not touch snapshots.
    """
    return {**doc, "format_version": 3}


def _from_3(doc: Document) -> Document:
    """Version 4 gives a map its own channel list (``channels``): the built-in ones, then every
    channel value a card or persona used that is not built in, named from its id, so an old file's
    "review_site" becomes a channel called "Review site" rather than showing the raw id."""
    doc = dict(doc)
    channels = [
        {"id": channel_id, "icon": icon, **({"online": online} if online is not None else {})}
        for channel_id, icon, online in DEFAULT_CHANNELS
    ]
    known = {c["id"] for c in channels}
    # Migration runs before validation: anything may be of the wrong type here, and is left for
    # the schema to refuse with a clear message.
    cards, personas = doc.get("cards"), doc.get("personas")
    used = (
        [card.get("channel") for card in cards if isinstance(card, dict)] if isinstance(cards, list) else []
    )
    for persona in personas if isinstance(personas, list) else []:
        if isinstance(persona, dict) and isinstance(persona.get("channels"), list):
            used += persona["channels"]
    for raw in used:
        if isinstance(raw, str) and raw.strip() and raw not in known:
            channels.append({"id": raw, "name": name_from_id(raw), "icon": "other"})
            known.add(raw)
    doc["channels"] = channels
    doc["format_version"] = 4
    return doc


def _from_4(doc: Document) -> Document:
    """Version 5 adds evidence to cards (``evidence``: files, web addresses, references, and
    ``evidence_level``). Both are optional and their absence means "no evidence, level not set",
    so an old card needs nothing; the version goes up so an older cjm-desktop refuses the file
    rather than dropping the evidence without a word when it saves it again."""
    return {**doc, "format_version": 5}


def _from_5(doc: Document) -> Document:
    """Version 6: opportunity cards link to the pain-point cards they address (``pain_point_ids``)
    and carry an ``owner`` and a ``status``.

    All three are new, optional card fields, so a version-5 map only needs its new number; the
    version goes up so an older cjm-desktop refuses the file rather than drop the links on save.
    """
    return {**doc, "format_version": 6}


# Version N -> N+1 steps; each keeps a file of version N in tests/data (format-vN.cjm).
MIGRATIONS: dict[int, Callable[[Document], Document]] = {
    1: _from_1,
    2: _from_2,
    3: _from_3,
    4: _from_4,
    5: _from_5,
}


def migrate(doc: Document) -> Document:
    """Bring a document of any older version up to FORMAT_VERSION, one step at a time."""
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise FormatError(tr("MapFile", "format_version is missing or not a whole number"))
    if version > FORMAT_VERSION:
        problem = tr(
            "MapFile",
            "it was saved by a newer cjm-desktop (file format version %1; this version reads up to %2). "
            "Update cjm-desktop to open it.",
        )
        raise FormatError(arg(problem, version, FORMAT_VERSION))
    while version < FORMAT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise FormatError(arg(tr("MapFile", "file format version %1 is not supported"), version))
        doc = step(doc)
        version = doc["format_version"]
    return doc
