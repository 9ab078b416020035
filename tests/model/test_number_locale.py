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
    assert str(locale) == code  # so resolve() may answer a written-out code without asking Babel
    assert number_locale.KNOWN[code] == (
        locale.get_display_name(locale),
        get_decimal_symbol(code),
        get_group_symbol(code),
    )
    assert set(number_locale.LOCALES) <= set(number_locale.KNOWN)


@pytest.mark.parametrize(
    "environment",
    [
        {},
        {"LANG": "C.UTF-8"},
        {"LANG": "fi_FI.UTF-8"},
        {"LANG": "hu_HU.utf8"},
        {"LC_ALL": "el_GR.UTF-8", "LANG": "en_US.UTF-8"},
        {"LC_NUMERIC": "ro_RO.UTF-8", "LANG": "en_GB.UTF-8"},
        {"LANGUAGE": "de_DE:en", "LC_CTYPE": "fr_FR.UTF-8"},
        {"LC_CTYPE": "pl_PL.UTF-8"},
        {"LANG": "fi"},  # Babel's alias: fi_FI
        {"LANG": "de_DE@euro"},
        {"LANG": "pt_BR.UTF-8"},  # not written out: Babel answers
        {"LANG": "POSIX"},
    ],
)
def test_the_system_locale_is_babels_answer_without_babel_where_written_out(monkeypatch, environment) -> None:
    """resolve('') skips Babel only for plain, written-out locales, and then answers as Babel would."""
    from babel import Locale, default_locale

    for name in set(number_locale.SYSTEM_VARIABLES):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    found = default_locale(("LC_ALL", "LC_NUMERIC", "LANG")) or "en"
    parsed = str(Locale.parse(found))
    expected = "en" if parsed.endswith("POSIX") else parsed
    number_locale.resolve.cache_clear()
    try:
        assert number_locale.resolve("") == expected
        quick = number_locale._known_system_locale()
        assert quick in (None, expected)
    finally:
        number_locale.resolve.cache_clear()
