"""Numbers and dates shown in the UI follow the language's locale (English keeps the system's own)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cjm_desktop.canvas.metrics_row import _local_date
from cjm_desktop.model import Journey
from cjm_desktop.model.journey import Metric
from cjm_desktop.model.metric_format import format_number, format_value
from cjm_desktop.ui.main_window import MainWindow

NBSP, NS = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("code", "number", "percent", "date", "zoom"),
    [
        ("fi", f"12{NBSP}345,6", f"42,5{NS}%", "27.11.2026", "100 %"),
        ("hu", f"12{NBSP}345,6", f"42,5{NS}%", "2026. 11. 27.", "100%"),
        ("el", "12.345,6", f"42,5{NS}%", "27/11/26", "100%"),
        ("ro", "12.345,6", f"42,5{NS}%", "27.11.2026", "100 %"),
    ],
)
def test_numbers_dates_and_zoom_follow_the_language(
    code: str,
    number: str,
    percent: str,
    date: str,
    zoom: str,
    speak: Callable[[str], list[str]],
    make_window: Callable[..., MainWindow],
) -> None:
    speak(code)
    assert format_number(12345.6, 1) == number
    assert format_value(Metric("m", "Bounce rate", format="percent"), 0.425) == percent
    assert _local_date("2026-11-27") == date
    assert _local_date("week 48") == "week 48"  # not a date: shown as written
    win = make_window(Journey(title="t"))
    win.view.zoom_reset()
    assert win.zoom_label.text() == zoom
