"""The map's number locale: symbols from CLDR and how metric values read in each locale."""

from __future__ import annotations

import pytest

from cjm_desktop.model import Metric, number_locale
from cjm_desktop.model.metric_format import NARROW_SPACE as NS
from cjm_desktop.model.metric_format import format_number, format_value
from cjm_desktop.model.number_locale import decimal_convention, display_name, symbols

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("code", "number", "decimal", "convention"),
    [
        ("en", "12,500", "12.5", "dot"),
        ("fi", f"12{NBSP}500", "12,5", "comma"),
        ("hu", f"12{NBSP}500", "12,5", "comma"),
        ("el", "12.500", "12,5", "comma"),
        ("ro", "12.500", "12,5", "comma"),
    ],
)
def test_numbers_read_the_locale_way(code: str, number: str, decimal: str, convention: str) -> None:
    assert format_number(12500, locale=code) == number
    assert format_number(12.5, locale=code) == decimal
    assert decimal_convention(code) == convention
    percent = Metric("m", "Bounce rate", unit="%", format="percent")
    assert format_value(percent, 0.125, code) == f"{decimal}{NS}%"


def test_currency_and_millions_follow_the_locale() -> None:
    assert format_value(Metric("m", "CLV", unit="€", format="currency"), 12.5, "fi") == "€12,50"
    assert format_value(Metric("m", "Revenue", unit="HUF", format="currency"), 123456, "hu") == (
        f"123{NBSP}456{NS}HUF"
    )
    assert format_number(1_234_567, locale="el") == f"1,23{NS}M"


def test_no_locale_keeps_the_plain_english_form_and_unknown_codes_fall_back() -> None:
    assert format_number(12500) == "12,500"
    assert symbols("xx-nonsense") == (".", ",")
    assert display_name("fi") == f"suomi (1{NBSP}234,5)"


@pytest.mark.parametrize("code", sorted(number_locale.KNOWN))
def test_the_written_out_locales_say_what_babel_says(code: str) -> None:
    """KNOWN spares the start-up Babel's locale data; it must stay exactly CLDR's answer."""
    from babel import Locale
    from babel.numbers import get_decimal_symbol, get_group_symbol

    locale = Locale.parse(code)
    assert number_locale.KNOWN[code] == (
        locale.get_display_name(locale),
        get_decimal_symbol(code),
        get_group_symbol(code),
    )
    assert set(number_locale.LOCALES) <= set(number_locale.KNOWN)
