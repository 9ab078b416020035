"""A map's number locale: which decimal mark and grouping its numbers use. Pure Python, no Qt.

The symbols come from CLDR through Babel (fi and hu group by a no-break space, el and ro by a
point, en by a comma). The empty code means "the system's locale"; only a locale set on the map
itself settles an ambiguous spreadsheet column (``12.500``) when importing.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

# Offered in the map's inspector: the editor's users' locales first, then other common ones.
LOCALES: tuple[str, ...] = ("en", "fi", "hu", "el", "ro", "de", "fr", "sv", "it", "es", "pl", "en_CH")

# CLDR's answers for the offered locales (own name, decimal mark, grouping), written out because the
# inspector shows them all at start-up and loading twelve Babel locales takes about 0.4 s there.
# tests/model/test_number_locale.py checks every entry against Babel, so a Babel update cannot leave
# them stale; any other locale is looked up in Babel as before.
KNOWN: dict[str, tuple[str, str, str]] = {
    "en": ("English", ".", ","),
    "fi": ("suomi", ",", "\xa0"),
    "hu": ("magyar", ",", "\xa0"),
    "el": ("Ελληνικά", ",", "."),
    "ro": ("română", ",", "."),
    "de": ("Deutsch", ",", "."),
    "fr": ("français", ",", "\u202f"),
    "sv": ("svenska", ",", "\xa0"),
    "it": ("italiano", ",", "."),
    "es": ("español", ",", "."),
    "pl": ("polski", ",", "\xa0"),
    "en_CH": ("English (Switzerland)", ".", "'"),
    # The system's locale, as the users' machines usually name it (LANG=fi_FI.UTF-8): the canvas and
    # the inspector ask for it at every start, and Babel itself (~10 ms to import) is then not needed.
    "en_US": ("English (United States)", ".", ","),
    "en_GB": ("English (United Kingdom)", ".", ","),
    "fi_FI": ("suomi (Suomi)", ",", "\xa0"),
    "hu_HU": ("magyar (Magyarország)", ",", "\xa0"),
    "el_GR": ("Ελληνικά (Ελλάδα)", ",", "."),
    "ro_RO": ("română (România)", ",", "."),
    "de_DE": ("Deutsch (Deutschland)", ",", "."),
    "fr_FR": ("français (France)", ",", "\u202f"),
    "sv_SE": ("svenska (Sverige)", ",", "\xa0"),
    "it_IT": ("italiano (Italia)", ",", "."),
    "es_ES": ("español (España)", ",", "."),
    "pl_PL": ("polski (Polska)", ",", "\xa0"),
}

# Where babel.default_locale(("LC_ALL", "LC_NUMERIC", "LANG")) looks for the system's locale, in order.
SYSTEM_VARIABLES = ("LC_ALL", "LC_NUMERIC", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LANG")
_LANGUAGE_TERRITORY = re.compile(r"([a-z]{2,3}_[A-Z]{2})(\.[\w-]+)?")  # fi_FI, fi_FI.UTF-8


def _known_system_locale() -> str | None:
    """Babel's answer for the system's locale where it is plain and written out above; None: ask Babel."""
    for name in SYSTEM_VARIABLES:
        value = os.environ.get(name)
        if not value:
            continue
        if name == "LANGUAGE" and ":" in value:
            value = value.split(":")[0]
        if value.split(".")[0] in ("C", "POSIX"):
            return "en"  # what resolve() makes of Babel's en_US_POSIX
        match = _LANGUAGE_TERRITORY.fullmatch(value)
        return match.group(1) if match is not None and match.group(1) in KNOWN else None
    return "en"  # nothing set: Babel finds no locale, resolve() falls back to English


@lru_cache(maxsize=64)
def resolve(code: str) -> str:
    """The locale a code stands for: '' is the system's (LC_NUMERIC, LANG), 'en' when unknown."""
    if not code:
        known = _known_system_locale()
        if known is not None:
            return known
        from babel import default_locale

        code = default_locale(("LC_ALL", "LC_NUMERIC", "LANG")) or "en"
    elif code in KNOWN:
        return code  # Babel parses each of them to itself (tests/model/test_number_locale.py)
    from babel import Locale, UnknownLocaleError

    try:
        parsed = str(Locale.parse(code))
    except (ValueError, UnknownLocaleError):
        return "en"
    return "en" if parsed.endswith("POSIX") else parsed  # the C locale: plain English numbers


@lru_cache(maxsize=64)
def symbols(code: str) -> tuple[str, str]:
    """(decimal mark, grouping character) of a locale code ('' = the system's)."""
    locale = resolve(code)
    if locale in KNOWN:
        return KNOWN[locale][1], KNOWN[locale][2]
    from babel.numbers import get_decimal_symbol, get_group_symbol

    return get_decimal_symbol(locale), get_group_symbol(locale)


def decimal_convention(code: str) -> str:
    """'comma' or 'dot': how a locale writes decimals, as the spreadsheet importer names them."""
    return "comma" if symbols(code)[0] == "," else "dot"


def display_name(code: str) -> str:
    """A locale's own name with an example number, for the inspector: 'suomi (1 234,5)'."""
    resolved = resolve(code)
    if resolved in KNOWN:
        name = KNOWN[resolved][0]
    else:
        from babel import Locale

        locale = Locale.parse(resolved)
        name = str(locale.get_display_name(locale))  # as the f-string wrote it before
    decimal, group = symbols(code)
    return f"{name} (1{group}234{decimal}5)"


def localize(text: str, code: str | None) -> str:
    """A number written the English way ('12,345.5') in a locale's symbols; None leaves it as is."""
    if code is None:
        return text
    decimal, group = symbols(code)
    if (decimal, group) == (".", ","):
        return text
    return text.translate({ord(","): group, ord("."): decimal})
