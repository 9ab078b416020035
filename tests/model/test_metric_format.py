"""Metric values as the map writes them, and their colour against target and direction."""

from __future__ import annotations

import pytest

from cjm_desktop.model import Metric
from cjm_desktop.model.metric_format import (
    MINUS,
    format_change,
    format_duration,
    format_number,
    format_value,
    target_status,
)
from cjm_desktop.model.metric_format import (
    NARROW_SPACE as NS,
)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0, "0"),
        (12345, "12,345"),
        (0.456, "0.46"),
        (42.25, "42.2"),
        (1_234_567, f"1.23{NS}M"),
        (-3, f"{MINUS}3"),
        (float("nan"), "–"),
        (2_500_000_000, f"2.50{NS}B"),
    ],
)
def test_numbers(value: float, text: str) -> None:
    assert format_number(value) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (45, f"45{NS}s"),
        (7.5, f"7.5{NS}s"),
        (125, f"2{NS}min 05{NS}s"),
        (3720, f"1{NS}h 02{NS}min"),
    ],
)
def test_durations(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


def test_values_with_units() -> None:
    assert format_value(Metric("m", "Bounce rate", unit="%", format="percent"), 0.425) == f"42.5{NS}%"
    assert format_value(Metric("m", "Conversion", format="percent"), 0.4) == f"40{NS}%"
    assert format_value(Metric("m", "CLV", unit="€", format="currency"), 12.5) == "€12.50"
    assert format_value(Metric("m", "Revenue", unit="$", format="currency"), 123456) == "$123,456"
    assert format_value(Metric("m", "Revenue", unit="CHF", format="currency"), 10) == f"10.00{NS}CHF"
    assert format_value(Metric("m", "Loss", unit="$", format="currency"), -5) == f"{MINUS}$5.00"
    assert format_value(Metric("m", "Time", unit="s", format="duration"), 90) == f"1{NS}min 30{NS}s"
    assert format_value(Metric("m", "Share", unit="%"), 42) == "42%"
    assert format_value(Metric("m", "Wait", unit="min"), 12.25) == f"12.2{NS}min"
    assert format_value(Metric("m", "NPS"), 31) == "31"


def test_target_and_direction() -> None:
    nps = Metric("m", "NPS", target=30)
    assert target_status(nps, 31) == "good" and target_status(nps, 29) == "bad"
    assert target_status(nps, 30) == "good"
    bounce = Metric("m", "Bounce rate", format="percent", higher_is_better=False, target=0.4)
    assert target_status(bounce, 0.35) == "good" and target_status(bounce, 0.45) == "bad"
    assert target_status(Metric("m", "Sessions"), 100) == "neutral"


def test_changes() -> None:
    assert format_change(-0.583) == f"{MINUS}58{NS}%"
    assert format_change(0.25) == f"+25{NS}%"
    assert format_change(0.0) == f"0{NS}%"
