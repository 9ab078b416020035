"""Run a test in another user-interface language and come back to English afterwards."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from cjm_desktop import i18n, i18n_catalog, language
from cjm_desktop.model import metric_format

LANGS = ("en", *i18n_catalog.LANGUAGES)


def back_to_english() -> None:
    """Remove our translators and the default locale, as every other test expects."""
    language.requested = None
    for translator in language._installed:
        QCoreApplication.removeTranslator(translator)
    language._installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    i18n.install(i18n.english)
    i18n.set_language("en")
    metric_format.set_number_symbols()


@pytest.fixture
def speak(qapp: object) -> Iterator[Callable[[str], None]]:
    """``speak("fi")`` switches the running test to Finnish; English again after the test."""
    yield language.install_language
    back_to_english()


from tests.ui.conftest import make_window  # noqa: E402,F401 - the window factory, shared
