"""The change vocabulary: what a document change names, shared by the document, scene and items.

A `Collection` is a list of the journey (``Journey.cards`` ...), or one of the two single records a
field edit can target (``MAP`` is the journey itself, ``VOTING`` its voting settings). It is a
``StrEnum``, so a member equals its plain name ("cards") wherever a string is still compared.
"""

from __future__ import annotations

from enum import StrEnum


class Collection(StrEnum):
    """What a change applies to."""

    STAGES = "stages"
    LANES = "lanes"
    CARDS = "cards"
    PERSONAS = "personas"
    EMOTIONS = "emotions"
    ROUTES = "routes"
    METRICS = "metrics"
    METRIC_VALUES = "metric_values"
    SNAPSHOTS = "snapshots"  # named versions of the map kept inside it
    CHANNELS = "channels"  # the map's own channel list
    MAP = "map"  # the journey's own fields (title, goals, ...)
    VOTING = "voting"  # the journey's voting settings

    @property
    def is_list(self) -> bool:
        """True for the collections that are lists of items (all but MAP and VOTING)."""
        return self not in (Collection.MAP, Collection.VOTING)


# The list collections, in a stable order.
LIST_COLLECTIONS: tuple[Collection, ...] = tuple(c for c in Collection if c.is_list)
