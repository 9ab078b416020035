"""The user interface language: which one (command line, Preferences, system), and loading its translations.

The choice, strongest first: ``--lang CODE``, the ``ui/language`` setting (Preferences writes it; it takes
effect at the next start), the system locale (LC_ALL, LC_MESSAGES, LANG, as POSIX orders them), English.
Loading installs our catalogue (resources/translations/cjm_CODE.qm) and Qt's own ``qtbase`` catalogue, so
standard dialogs and message-box buttons speak the same language. QtCore only: the headless exports use it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from cjm_desktop import i18n
from cjm_desktop.model import metric_format
from cjm_desktop.paths import resources_dir

# Each language named in itself, as a language menu shows it.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fi": "Suomi",
    "el": "Ελληνικά",
    "ro": "Română",
    "hu": "Magyar",
}
SETTING = "ui/language"
DEFAULT = "en"
# The --lang of this run (the GUI and every headless sub-command take it); None: not given.
requested: str | None = None
# Kept alive for the whole run: QCoreApplication does not own installed translators.
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """Where our .ts and .qm files live."""
    return resources_dir() / "translations"


def normalize(code: str | None) -> str | None:
    """The supported language of a code such as 'fi', 'hu_HU.UTF-8' or 'el-GR'; None if unsupported."""
    if not code:
        return None
    base = code.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else None


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of the system locale: the first set of LC_ALL, LC_MESSAGES, LANG; else Qt's guess."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            # The first one set decides, even when it is C/POSIX or a language we lack (POSIX order).
            return normalize(value) or DEFAULT
    # Windows and macOS set none of them: ask the platform.
    return normalize(QLocale.system().name()) or DEFAULT


def saved_language() -> str | None:
    """The language chosen in Preferences, if any."""
    value = QSettings().value(SETTING, "")
    return normalize(str(value)) if value else None


def choose_language(cli: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The language to use: the command line's, else the saved setting, else the system's."""
    return normalize(cli) or saved_language() or system_language(environ)


def qt_catalogue_dir() -> Path:
    """Where PySide6 keeps Qt's own .qm files (qtbase_fi.qm, ...)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_language(language: str) -> list[str]:
    """Load the translations of ``language`` into the running application; the catalogues loaded.

    Also makes ``tr`` go through Qt and sets the default QLocale, so numbers and dates shown with
    ``QLocale()`` follow the language (the system's own locale when it speaks that language).
    """
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = normalize(language) or DEFAULT
    # English needs no Qt catalogue: the source texts, with plural forms from cjm_en.ts (see i18n).
    i18n.install(i18n.english if language == DEFAULT else QCoreApplication.translate)
    i18n.set_language(language)
    system = QLocale.system()
    same = normalize(system.name()) == language
    QLocale.setDefault(system if same or language == DEFAULT else QLocale(language))
    # Metric values on the map and in exports: the locale's separators (a map setting may override).
    metric_format.set_number_symbols(QLocale().decimalPoint(), QLocale().groupSeparator())
    loaded: list[str] = []
    if language == DEFAULT:
        return loaded
    for name, folder in (("qtbase", qt_catalogue_dir()), ("cjm", translations_dir())):
        translator = QTranslator(app)
        # Qt ships qtbase for fi and hu but not (yet) for el and ro: then Qt's dialogs stay English.
        if translator.load(f"{name}_{language}", str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(f"{name}_{language}")
    return loaded


def take_lang_option(argv: list[str]) -> list[str]:
    """Remove ``--lang CODE`` / ``--lang=CODE`` from ``argv`` (remembered in ``requested``); the rest.

    Raises ValueError naming the code when it is not one of LANGUAGES.
    """
    global requested
    rest: list[str] = []
    items = iter(argv)
    for item in items:
        if item == "--lang" or item.startswith("--lang="):
            code = item.partition("=")[2] if "=" in item else next(items, "")
            if code not in LANGUAGES:
                raise ValueError(f"--lang {code}: unknown language; choose one of {', '.join(LANGUAGES)}")
            requested = code
        else:
            rest.append(item)
    return rest
