"""New maps in the user's language: default titles, lane kinds, the sample and every template."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cjm_desktop import i18n_catalog
from cjm_desktop.document import JourneyDocument, edits
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.model import Journey, LaneKind
from cjm_desktop.paths import resources_dir, sample_map_path
from cjm_desktop.ui.template_dialog import load_manifest, templates_dir

LOCALES = i18n_catalog.LANGUAGES
TEMPLATE_FILES = sorted(p.name for p in templates_dir().glob("*.cjm"))


def texts(journey: Journey) -> list[str]:
    """The words a person reads on a map: titles, stage names, lane titles, card texts."""
    return [
        journey.title,
        *(s.name for s in journey.stages),
        *(lane.title for lane in journey.lanes),
        *(c.text for c in journey.cards if c.text),
    ]


def shape(journey: Journey) -> tuple:
    """What must not change in translation: ids, kinds, cells, personas, routes."""
    return (
        [s.id for s in journey.stages],
        [(lane.id, lane.kind) for lane in journey.lanes],
        [(c.id, c.lane_id, c.stage_id, c.channel) for c in journey.cards],
        [p.id for p in journey.personas],
        len(journey.routes),
        [(e.persona_id, e.stage_id, e.score) for e in journey.emotions],
    )


@pytest.mark.parametrize("code", LOCALES)
@pytest.mark.parametrize("name", [*TEMPLATE_FILES, "sample"])
def test_each_template_has_a_translation_of_the_same_map(code: str, name: str) -> None:
    if name == "sample":
        english, local = load_map(sample_map_path("en")), load_map(sample_map_path(code))
        assert sample_map_path(code) == resources_dir() / "samples" / code / "ecommerce.cjm"
    else:
        english, local = load_map(templates_dir() / name), load_map(templates_dir() / code / name)
    assert shape(local) == shape(english)
    same = [t for t, e in zip(texts(local), texts(english), strict=True) if t == e]
    # A few words are the same in both (brand-like terms such as "Web"); the map itself is translated.
    assert len(same) <= max(2, len(texts(english)) // 10), same
    assert local.title != english.title


@pytest.mark.parametrize(
    ("code", "untitled", "stage", "pain"),
    [
        ("fi", "Nimetön asiakaspolku", "Vaihe 1", "Kipupisteet"),
        ("hu", "Névtelen ügyfélút", "1. szakasz", "Fájdalompontok"),
        ("el", "Διαδρομή πελάτη χωρίς τίτλο", "Στάδιο 1", "Σημεία τριβής"),
        ("ro", "Călătorie fără titlu", "Etapa 1", "Puncte de durere"),
    ],
)
def test_a_new_map_speaks_the_language(
    code: str, untitled: str, stage: str, pain: str, speak: Callable[[str], list[str]]
) -> None:
    speak(code)
    doc = JourneyDocument()
    assert doc.journey.title == untitled
    assert edits.add_stage(doc).name == stage
    assert edits.add_lane(doc, LaneKind.PAIN_POINTS).title == pain
    manifest = load_manifest()
    assert all(info.path.parent.name == code for info in manifest)
    assert (
        load_map(sample_map_path()).title
        == load_map(resources_dir() / "samples" / code / "ecommerce.cjm").title
    )


@pytest.mark.parametrize("code", ["fi", "el", "ro", "hu"])
def test_a_localized_sample_writes_its_numbers_the_languages_way(code: str) -> None:
    """On a machine whose system locale is English, the Greek sample showed "31,400" and "3.10". The
    locale is one the inspector offers, so its Numbers list shows it (not "System")."""
    from cjm_desktop.model.number_locale import LOCALES, symbols
    from cjm_desktop.ui.inspector import number_locale_choices

    journey = load_map(resources_dir() / "samples" / code / "ecommerce.cjm")
    assert journey.number_locale == code and code in LOCALES
    assert code in [value for value, _label in number_locale_choices()]
    assert symbols(journey.number_locale)[0] == ","
