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


def sample_map_path() -> Path:
    """The bundled five-stage e-commerce sample map."""
    return resources_dir() / "samples" / "ecommerce.cjm"
