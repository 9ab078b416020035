"""Headless commands speak the user's language: --lang, else the system locale (LC_ALL, LC_MESSAGES, LANG).

The messages of io/ and export/ go through ``i18n.tr``, which is Qt-free; the translations themselves
are Qt's .qm files, so a command that prints in another language loads QtCore (and only then: an
English run of import-metrics or validate never imports Qt).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from cjm_desktop.i18n import LANGUAGES as TRANSLATED


def wanted_language(requested: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The language code of this run: ``--lang``, else the first set of LC_ALL/LC_MESSAGES/LANG, else en."""
    if requested:
        return requested
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:  # the first one set decides (POSIX order), even C or a language we lack
            base = value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
            return base if base in TRANSLATED else "en"
    return "en"


def speak(requested: str | None, draws: bool) -> None:
    """Install the translations of this run's language; ``draws``: the command needs a QApplication."""
    code = wanted_language(requested)
    if code == "en" and not requested:
        return
    if draws:
        # Exports render through QGraphicsScene: their QApplication installs the language itself.
        from cjm_desktop.export.cli import ensure_app

        ensure_app()
        return
    from PySide6.QtCore import QCoreApplication

    from cjm_desktop import APP_NAME, ORG_NAME, language

    if QCoreApplication.instance() is None:
        app = QCoreApplication([sys.argv[0] if sys.argv else "cjm-desktop"])
        app.setOrganizationName(ORG_NAME)
        app.setApplicationName(APP_NAME)
    elif not requested:
        return  # run inside an application (a test, the editor): it has chosen its language already
    language.install_language(code)
