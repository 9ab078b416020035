"""Aggregating each metric's values per stage (sum, mean, count, min, max, median, last) with numpy."""

from __future__ import annotations

import numpy as np

from cjm_desktop.i18n import arg, tr
from cjm_desktop.io.metrics.errors import ImportSpecError


def aggregate(
    keys: np.ndarray, values: np.ndarray, order: np.ndarray, how: str, groups: int
) -> tuple[np.ndarray, np.ndarray]:
    """Aggregate ``values`` per group ``keys`` (0..groups-1): results (NaN when empty) and counts.

    ``order`` ranks values in time for 'last' (dates, or row positions when there are none).
    """
    counts = np.bincount(keys, minlength=groups)[:groups]
    with np.errstate(invalid="ignore", divide="ignore"):
        if how in ("sum", "mean", "count"):
            sums = np.bincount(keys, weights=values, minlength=groups)[:groups]
            result = {"sum": sums, "mean": sums / counts, "count": counts.astype(float)}[how]
            return np.where(counts > 0, result, np.nan), counts
        if how == "last":
            sort = np.lexsort((np.arange(len(keys)), order, keys))
        else:
            sort = np.lexsort((values, keys))
        ordered, grouped = values[sort], keys[sort]
        starts = np.searchsorted(grouped, np.arange(groups), side="left")
        ends = np.searchsorted(grouped, np.arange(groups), side="right")
        filled = ends > starts
        top = np.where(filled, ends - 1, 0)
        low = np.where(filled, starts, 0)
        if how == "min":
            result = ordered[low] if len(ordered) else np.zeros(groups)
        elif how in ("max", "last"):
            result = ordered[top] if len(ordered) else np.zeros(groups)
        elif how == "median":
            lower = np.where(filled, (starts + ends - 1) // 2, 0)
            upper = np.where(filled, (starts + ends) // 2, 0)
            result = (ordered[lower] + ordered[upper]) / 2 if len(ordered) else np.zeros(groups)
        else:
            raise ImportSpecError(arg(tr("ImportSpec", "unknown aggregate '%1'."), how))
    return np.where(filled, result, np.nan), counts
