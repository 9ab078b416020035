"""The desktop entry, MIME type and AppStream metainfo the .deb ships are valid and agree."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

from cjm_desktop import __version__

APPSTREAM_ID = "io.github.cjm_desktop.CjmDesktop"


@pytest.fixture(scope="module")
def packaging(repo_root: Path) -> Path:
    return repo_root / "packaging"


def _desktop_entry(packaging: Path) -> dict[str, str]:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(packaging / "cjm-desktop.desktop", encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_entry_mime_and_metainfo_agree(packaging: Path) -> None:
    entry = _desktop_entry(packaging)
    mime = ET.parse(packaging / "cjm-desktop-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime_type = mime.find("m:mime-type", ns)
    assert mime_type.find("m:glob", ns).get("pattern") == "*.cjm"
    assert entry["MimeType"].rstrip(";") == mime_type.get("type")
    assert entry["Icon"] == "cjm-desktop"
    meta = ET.parse(packaging / f"{APPSTREAM_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == APPSTREAM_ID
    assert meta.findtext("launchable") == "cjm-desktop.desktop"
    assert meta.find("releases/release").get("version") == __version__


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validates(packaging: Path) -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(packaging / "cjm-desktop.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates(packaging: Path) -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(packaging / f"{APPSTREAM_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
