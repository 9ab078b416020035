"""How a metric's value reads on the map, and whether it meets its target. Pure Python, no Qt.

Conventions of the importer: a "percent" metric holds fractions (0.125 is 12.5 %), a "duration"
metric holds seconds, a "currency" metric carries its symbol in ``unit``; any other unit ("%",
"min", "pts") is written after the number. ``locale`` is the map's number locale ('' = the
system's, None = plain English symbols): it decides the decimal mark and the grouping.
"""

from __future__ import annotations

import math

from cjm_desktop.model.journey import Metric
from cjm_desktop.model.number_locale import localize

NARROW_SPACE = "\u202f"  # keeps "12.5 %" and "1.2 k" on one line
MINUS = "\u2212"  # a real minus sign reads better than a hyphen on a projector
# The decimal point and digit-group separator numbers are shown with. The application sets them from
# the UI language's QLocale (this module stays Qt-free): 12 345,6 in Finnish, 12.345,6 in Greek.
_symbols = {"decimal": ".", "group": ","}


def set_number_symbols(decimal: str = ".", group: str = ",") -> None:
    """Show numbers with this decimal point and group separator (the defaults are English)."""
    _symbols.update(decimal=decimal, group=group)


def decimal_mark() -> str:
    """The decimal mark numbers are shown with ('.' in English, ',' in Finnish, Greek, Romanian, Hungarian)."""
    return _symbols["decimal"]


def _local(text: str) -> str:
    """Python's formatted number ('12,345.6') with the chosen separators."""
    if _symbols == {"decimal": ".", "group": ","}:
        return text
    table: dict[str, str | int | None] = {",": _symbols["group"], ".": _symbols["decimal"]}
    return text.translate(str.maketrans(table))


def _shown(text: str, locale: str | None) -> str:
    """In the map's number locale when there is one, else in the UI language's symbols."""
    return localize(text, locale) if locale is not None else _local(text)


def format_number(value: float, decimals: int | None = None, locale: str | None = None) -> str:
    """A plain number, compact: 12 345 -> '12,345' (fi: '12 345'), 1 234 567 -> '1.23 M'."""
    if not math.isfinite(value):
        return "–"
    sign, magnitude = (MINUS if value < 0 else ""), abs(value)
    if magnitude >= 1_000_000_000:
        return f"{sign}{_shown(f'{magnitude / 1e9:.2f}', locale)}{NARROW_SPACE}B"
    if magnitude >= 1_000_000:
        return f"{sign}{_shown(f'{magnitude / 1e6:.2f}', locale)}{NARROW_SPACE}M"
    if decimals is None:
        decimals = 0 if magnitude >= 100 or float(magnitude).is_integer() else 1 if magnitude >= 10 else 2
    return f"{sign}{_shown(f'{magnitude:,.{decimals}f}', locale)}"


def format_duration(seconds: float, locale: str | None = None) -> str:
    """Seconds as '45 s', '2 min 05 s', '1 h 02 min'."""
    if not math.isfinite(seconds):
        return "–"
    sign, total = (MINUS if seconds < 0 else ""), abs(seconds)
    if total < 60:
        text = f"{total:.0f}" if total >= 10 or float(total).is_integer() else _shown(f"{total:.1f}", locale)
        return f"{sign}{text}{NARROW_SPACE}s"
    whole = round(total)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}{NARROW_SPACE}h {minutes:02d}{NARROW_SPACE}min"
    return f"{sign}{minutes}{NARROW_SPACE}min {secs:02d}{NARROW_SPACE}s"


def format_value(metric: Metric, value: float, locale: str | None = None) -> str:
    """A metric's value with its unit, the way the map, the dock and exports show it."""
    if metric.format == "percent":
        if not math.isfinite(value):
            return "–"
        percent = value * 100
        decimals = 0 if abs(percent) >= 100 or float(round(percent, 1)).is_integer() else 1
        return f"{format_number(percent, decimals, locale)}{NARROW_SPACE}%"
    if metric.format == "duration":
        return format_duration(value, locale)
    if metric.format == "currency":
        decimals = 0 if abs(value) >= 1000 else 2
        number = format_number(value, decimals, locale)
        unit = metric.unit or ""
        if number.startswith(MINUS):
            return f"{MINUS}{unit}{number[1:]}"
        # Symbols go in front ($12.50); currency codes ("EUR", "CHF") after the number.
        return f"{unit}{number}" if len(unit) <= 1 else f"{number}{NARROW_SPACE}{unit}"
    number = format_number(value, None, locale)
    if not metric.unit:
        return number
    return f"{number}{metric.unit}" if metric.unit == "%" else f"{number}{NARROW_SPACE}{metric.unit}"


def target_status(metric: Metric, value: float) -> str:
    """'good' when the value meets the target in the metric's direction, 'bad' if not, 'neutral' without."""
    if metric.target is None or not math.isfinite(value):
        return "neutral"
    met = value >= metric.target if metric.higher_is_better else value <= metric.target
    return "good" if met else "bad"


def format_change(fraction: float) -> str:
    """A relative change as a signed percentage: -0.58 -> '−58 %'."""
    if not math.isfinite(fraction):
        return "–"
    percent = round(fraction * 100)
    sign = MINUS if percent < 0 else "+" if percent > 0 else ""
    return f"{sign}{abs(percent)}{NARROW_SPACE}%"
