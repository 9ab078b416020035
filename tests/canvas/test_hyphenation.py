"""Header words hyphenated by their language's rules: Finnish, Hungarian, Greek and Romanian."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF

from cjm_desktop.canvas.header_text import lay_out_header
from cjm_desktop.canvas.hyphenation import break_points, word_language
from cjm_desktop.canvas.style import font


def syllables(word: str, language: str) -> str:
    """The word with a hyphen at every break its language allows."""
    points = break_points(word, word_language(word, language))
    return "-".join(word[a:b] for a, b in zip((0, *points), (*points, len(word)), strict=True))


@pytest.mark.parametrize(
    ("language", "word", "expected"),
    [
        # Hungarian: digraphs (ny, gy, sz, cs, ly) are one consonant, y in them no vowel; compounds part whole.
        ("hu", "tevékenységei", "te-vé-keny-sé-gei"),
        ("hu", "Ügyfélszolgálat", "Ügy-fél-szol-gá-lat"),
        ("hu", "kapcsolatfelvétel", "kap-cso-lat-fel-vé-tel"),
        ("hu", "elégedettség", "elé-ge-dett-ség"),
        ("hu", "lánggyújtás", "láng-gyúj-tás"),
        # Greek: a cluster that can open a Greek word opens the syllable (σθ, στ); script decides, not the UI.
        ("el", "Συναισθήματα", "Συ-ναι-σθή-ματα"),  # no two-letter tail on a line of its own
        ("fi", "Ευαισθητοποίηση", "Ευαι-σθη-το-ποί-ηση"),
        ("el", "διαδρομή", "δια-δρομή"),
        # Romanian: ch/gh are one consonant, a stop + l/r opens the syllable together.
        ("ro", "urechea", "ure-chea"),
        ("ro", "Oportunități", "Opor-tu-ni-tăți"),
        ("ro", "abstract", "abs-tract"),
        ("ro", "ochelari", "oche-lari"),
        ("ro", "Punctele", "Punc-tele"),
        ("ro", "Achiziție", "Achi-zi-ție"),
        ("ro", "înregistrare", "în-re-gis-trare"),
        ("ro", "Conștientizare", "Con-știen-ti-zare"),
        # Finnish: before the consonant that starts a syllable; y, ä, ö are vowels.
        ("fi", "Kosketuspisteet", "Kos-ke-tus-pis-teet"),
        ("fi", "Asiakastyytyväisyys", "Asia-kas-tyy-ty-väi-syys"),
        ("fi", "strategia", "stra-te-gia"),
    ],
)
def test_break_points_follow_the_language(qapp, language: str, word: str, expected: str) -> None:
    assert syllables(word, language) == expected


def test_a_hungarian_digraph_is_never_split_in_a_header(qapp) -> None:
    """The reported break "tevéke-nységei": now between syllables, the ny whole."""
    width = QFontMetricsF(font(10)).horizontalAdvance("tevékeny-") + 0.5
    broken = lay_out_header("tevékenységei", 10, width, False, shrink=1.0, language="hu")
    assert broken.lines == ("tevékeny-", "ségei")


def test_a_greek_cluster_opens_the_next_line(qapp) -> None:
    metrics = QFontMetricsF(font(10))
    width = max(metrics.horizontalAdvance("Συναισθ-"), metrics.horizontalAdvance("σθήματα")) + 0.5
    assert metrics.horizontalAdvance("Συναισθή-") > width
    broken = lay_out_header("Συναισθήματα", 10, width, False, shrink=1.0, language="el")
    assert broken.lines == ("Συναι-", "σθήματα")


def test_a_romanian_digraph_moves_whole(qapp) -> None:
    width = QFontMetricsF(font(10)).horizontalAdvance("Urec-") + 0.5
    broken = lay_out_header("Urechea", 10, width, False, shrink=1.0, language="ro")
    assert broken.lines == ("Ure-", "chea")


def test_a_word_without_a_break_that_fits_is_cut_at_the_width(qapp) -> None:
    width = QFontMetricsF(font(10)).horizontalAdvance("Xxxxx-") + 0.5
    broken = lay_out_header("Xxxxxxxxxxxx", 10, width, False, shrink=1.0, language="fi")
    assert len(broken.lines) > 1 and "".join(x.removesuffix("-") for x in broken.lines) == "Xxxxxxxxxxxx"
    assert all(QFontMetricsF(font(10)).horizontalAdvance(x) <= width for x in broken.lines)


def test_patterns_are_read_ahead_on_a_thread_for_languages_that_have_them() -> None:
    from cjm_desktop.canvas import hyphenation

    assert hyphenation.preload("fi") is None and hyphenation.preload("ro") is None
    hyphenation._dictionary.cache_clear()
    thread = hyphenation.preload("el")
    assert thread is not None and thread.daemon
    thread.join(timeout=60)
    assert hyphenation._dictionary.cache_info().currsize == 1
    before = hyphenation._dictionary.cache_info().hits
    break_points.cache_clear()  # words broken by earlier tests are remembered
    assert break_points("Συναισθήματα", "el")
    assert hyphenation._dictionary.cache_info().hits > before  # used, not read again
