"""The one place that resolves bundled resource paths (icons, samples, templates, schema). No Qt.

Resources are package data of ``cjm_desktop.resources`` (the repository's top-level resources/
folder, mapped into the package by setup.py) and are found through importlib.resources, which works
the same in an editable checkout and an installed wheel. A PyInstaller bundle carries them in its
``_internal/resources`` folder.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

_CHECKOUT_RESOURCES = Path(__file__).resolve().parent.parent / "resources"


@functools.cache
def resources_dir() -> Path:
    """The resources folder (icons, sample maps, templates, schema, notices)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    if (_CHECKOUT_RESOURCES.parent / "pyproject.toml").is_file() and _CHECKOUT_RESOURCES.is_dir():
        # A checkout (editable install or bare): the folder importlib.resources maps to, found without
        # its namespace readers, which cost the editor's start a few milliseconds.
        return _CHECKOUT_RESOURCES
    # Imported here: a checkout never needs importlib.resources, and it costs the start ~4 ms.
    from importlib import resources

    try:
        root = resources.files("cjm_desktop.resources")
    except ModuleNotFoundError:
        # A bare checkout on sys.path with nothing installed (e.g. PYTHONPATH=. python main.py).
        return _CHECKOUT_RESOURCES
    # Installed (wheel or editable) from the file system, so this is a real folder; we hand out
    # paths because Qt (QIcon, QPdfWriter fonts, ...) only takes file names.
    return Path(str(root))


def resource_path(*parts: str) -> Path:
    """A file or folder inside the resources, e.g. ``resource_path("icons", "app.svg")``."""
    return resources_dir().joinpath(*parts)


def templates_dir() -> Path:
    """The folder of bundled map templates and their templates.json manifest."""
    return resource_path("templates")


def icons_dir() -> Path:
    """The folder of the application icon (SVG source and PNG sizes)."""
    return resource_path("icons")


def notices_path() -> Path:
    """The third-party notices shown in the About box."""
    return resource_path("legal", "THIRD-PARTY-NOTICES.md")


def user_guide_path(language: str | None = None) -> Path:
    """Help ▸ User guide in ``language`` (default: the UI's), or the English guide where it has none."""
    return help_page_path("user-guide.md", language)


def help_page_path(name: str, language: str | None = None) -> Path:
    """A help page (``user-guide.md``, ``spreadsheet-import.md``) in ``language`` (default: the UI's),
    or the English one (resources/help/NAME) where that language has none."""
    from cjm_desktop import i18n

    folder = resources_dir() / "help"
    localized = folder / (language or i18n.language()) / name
    return localized if localized.is_file() else folder / name


def sample_map_path(language: str | None = None) -> Path:
    """The bundled five-stage e-commerce sample map, in ``language`` (default: the UI's) where it exists."""
    from cjm_desktop import i18n

    folder = resources_dir() / "samples"
    localized = folder / (language or i18n.language()) / "ecommerce.cjm"
    return localized if localized.is_file() else folder / "ecommerce.cjm"
