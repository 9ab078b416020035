"""Where a header word may be hyphenated, by the rules of the language it is written in. No Qt.

Hungarian, Greek and English breaks come from the hunspell/LibreOffice hyphenation patterns that
pyphen ships (they know Hungarian digraphs and compounds, "te-vé-keny-sé-gei", "kap-cso-lat-fel-vé-tel",
and which Greek clusters open a syllable, "Συ-ναι-σθή-μα-τα"). pyphen has no Finnish patterns, and its
Romanian ones are GPL-only and wrong on our own lane name ("Oport-u-ni-tăți"), so those two languages use
their regular syllable rules written out below: Finnish starts a syllable at the last consonant before a
vowel ("pis-teet"); Romanian counts ch/gh as one consonant and keeps a stop + l/r together ("ure-chea",
"abs-tract", "con-ști-ent"). A map carries no language of its own: its words are the user's, in the
language the user runs the editor in (templates fill new maps in it too), so that language decides,
except for Greek script, which only Greek hyphenation fits.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import lru_cache

MIN_HEAD = 2  # letters before a break, at least (pyphen's and typesetters' default)
MIN_TAIL = 3  # letters a hyphenated word carries to its last line, at least
_VOWELS = set("aeiouyæøαεηιουω")  # base letters once accents are split off (ä -> a, ώ -> ω)
# pyphen dictionaries of the editor's languages (the bundle ships only these).
PATTERNS = {"hu": "hu_HU", "el": "el_GR", "en": "en_US"}
# Romanian (DOOM): ch/gh spell one consonant; of two consonants the second opens the syllable, both when a
# stop or f/v precedes l/r (a-cru, o-bli-ga); of three, all but the first (con-ști-ent),
# except these triples, which break before their last (punc-te, somp-tu-os); of four, the last two (abs-tract).
_RO_DIGRAPHS = ("ch", "gh")
_RO_OBSTRUENTS = set("bcdfghptv")
_RO_LIQUIDS = set("lr")
_RO_TRIPLES = {"lpt", "mpt", "mpț", "ncș", "ncț", "nct", "ndv", "rct", "rtf", "stm"}


def _base(char: str) -> str:
    """The letter without its accents, lower case (ă -> a, ș -> s, ώ -> ω)."""
    return unicodedata.normalize("NFD", char.lower())[:1]


def _is_vowel(char: str) -> bool:
    return _base(char) in _VOWELS


def _is_greek(word: str) -> bool:
    return any("GREEK" in unicodedata.name(c, "") for c in word if c.isalpha())


def word_language(word: str, ui_language: str) -> str:
    """The language whose rules break WORD: Greek for Greek script, else the editor's language."""
    return "el" if _is_greek(word) else ui_language


@lru_cache(maxsize=8)
def _dictionary(code: str):  # -> pyphen.Pyphen; imported on first use: most maps never hyphenate
    import pyphen

    return pyphen.Pyphen(lang=code, left=MIN_HEAD, right=MIN_TAIL)


def preload(language: str) -> threading.Thread | None:
    """Read LANGUAGE's patterns on a background thread; None when it has none (Finnish, Romanian).

    Reading pyphen's Hungarian patterns takes ~0.7 s of CPU (English ~0.1 s): done on first use, the
    first over-long Hungarian header word (typed, pasted, imported) would freeze the window that long.
    The thread holds the GIL in turns with the window, which stays responsive meanwhile.
    """
    code = PATTERNS.get(language)
    if code is None:
        return None
    thread = threading.Thread(target=_dictionary, args=(code,), name="hyphenation-patterns", daemon=True)
    thread.start()
    return thread


def _romanian_start(word: str, s: int, v: int) -> int:
    """Where the syllable starts in the consonants word[s:v] between two vowels, by the Romanian rule."""
    units: list[int] = []  # where each consonant (ch/gh as one) of the run starts
    i = s
    while i < v:
        units.append(i)
        i += 2 if i + 1 < v and _base(word[i]) + _base(word[i + 1]) in _RO_DIGRAPHS else 1
    if len(units) == 1:
        return units[0]
    if len(units) == 2:
        first, second = _base(word[units[0]]), _base(word[units[1]])
        return units[0] if first in _RO_OBSTRUENTS and second in _RO_LIQUIDS and v - s == 2 else units[1]
    if len(units) >= 4:
        return units[2]  # abs-tract, ang-strom
    triple = "".join(c.lower() for c in word[v - 3 : v]).replace("ş", "ș").replace("ţ", "ț")
    return units[-1] if triple in _RO_TRIPLES else units[1]


def _syllable_starts(word: str, romanian: bool) -> list[int]:
    """Where a syllable starts at a consonant between two vowels: before the last one (Finnish), or by
    the Romanian rule."""
    starts = []
    for v in range(1, len(word)):
        if not (_is_vowel(word[v]) and word[v - 1].isalpha() and not _is_vowel(word[v - 1])):
            continue
        s = v - 1
        while s > 0 and word[s - 1].isalpha() and not _is_vowel(word[s - 1]):
            s -= 1
        if s == 0 or not word[s - 1].isalpha():
            continue  # the word's (or a part's) opening consonants: no vowel before them to end a syllable
        starts.append(_romanian_start(word, s, v) if romanian else v - 1)
    return starts


@lru_cache(maxsize=4096)
def break_points(word: str, language: str) -> tuple[int, ...]:
    """Indices where WORD may be hyphenated in LANGUAGE, keeping MIN_HEAD letters before and MIN_TAIL after."""
    if language in PATTERNS:
        # Only plain breaks: a Hungarian long digraph respelled at the break (asszony -> asz-szony) is left
        # whole rather than drawn with letters the user never typed.
        points = [p for p in _dictionary(PATTERNS[language]).positions(word) if not getattr(p, "data", None)]
    else:
        points = _syllable_starts(word, romanian=language == "ro")
    return tuple(sorted(int(p) for p in points if MIN_HEAD <= p <= len(word) - MIN_TAIL))
