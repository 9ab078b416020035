"""Where bundled resources live, in a checkout and in a PyInstaller bundle. No Qt."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The resources/ folder (icons, sample maps, templates, schema)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def sample_map_path(language: str | None = None) -> Path:
    """The bundled five-stage e-commerce sample map, in ``language`` (default: the UI's) where it exists."""
    from cjm_desktop import i18n

    folder = resources_dir() / "samples"
    localized = folder / (language or i18n.language()) / "ecommerce.cjm"
    return localized if localized.is_file() else folder / "ecommerce.cjm"
