"""Which language the editor speaks: --lang, the saved setting, the system locale; loading the catalogues."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings

from cjm_desktop import i18n, language
from cjm_desktop.i18n import tr
from tests.i18n.conftest import back_to_english


@pytest.fixture(autouse=True)
def _english_after() -> object:
    """Every test leaves the process speaking English, as the rest of the suite expects."""
    yield
    back_to_english()


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "fi_FI.UTF-8"}, "fi"),
        ({"LC_ALL": "hu_HU.UTF-8", "LANG": "fi_FI.UTF-8"}, "hu"),
        ({"LC_MESSAGES": "el_GR.UTF-8", "LANG": "ro_RO.UTF-8"}, "el"),
        ({"LANG": "ro_RO"}, "ro"),
        ({"LC_ALL": "C", "LANG": "fi_FI.UTF-8"}, "en"),  # the first one set decides, as POSIX says
        ({"LANG": "de_DE.UTF-8"}, "en"),  # a language we do not have
        ({"LC_ALL": "", "LANG": "el_GR@euro"}, "el"),  # empty means unset
    ],
)
def test_system_language_follows_the_posix_variables(environ: dict[str, str], expected: str) -> None:
    assert language.system_language(environ) == expected


def test_command_line_beats_setting_beats_system(qapp: object) -> None:
    env = {"LANG": "fi_FI.UTF-8"}
    assert language.choose_language(None, env) == "fi"
    QSettings().setValue(language.SETTING, "hu")
    assert language.choose_language(None, env) == "hu"
    assert language.choose_language("el", env) == "el"


def test_take_lang_option_removes_it_and_refuses_unknown_codes() -> None:
    assert language.take_lang_option(["export", "--lang", "ro", "a.cjm", "-o", "a.png"]) == [
        "export",
        "a.cjm",
        "-o",
        "a.png",
    ]
    assert language.requested == "ro"
    assert language.take_lang_option(["export", "--lang=hu", "a.cjm"]) == ["export", "a.cjm"]
    assert language.requested == "hu"
    with pytest.raises(ValueError, match="xx"):
        language.take_lang_option(["export", "--lang", "xx"])


@pytest.mark.parametrize("code", ["fi", "el", "ro", "hu"])
def test_install_language_loads_our_catalogue_and_qts_where_shipped(qapp: object, code: str) -> None:
    loaded = language.install_language(code)
    assert f"cjm_{code}" in loaded
    # PySide6-Essentials ships qtbase catalogues for Finnish and Hungarian, not for Greek or Romanian.
    if (language.qt_catalogue_dir() / f"qtbase_{code}.qm").exists():
        assert f"qtbase_{code}" in loaded
    assert tr("MainWindow", "&File") != "&File"
    assert QLocale().language() == QLocale(code).language()


def test_english_installs_nothing_and_tr_returns_the_source(qapp: object) -> None:
    language.install_language("fi")
    assert language.install_language("en") == []
    assert tr("MainWindow", "&File") == "&File"
    assert i18n.tr("lanes", "%n personas", None, 3) == "3 personas"
