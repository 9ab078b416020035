"""packaging/check_deb.py: CI's check that the .deb ships its desktop file, icons and metainfo."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

INFO = """ new Debian package, version 2.0.
 Package: cjm-desktop
 Version: 0.1.0
 Architecture: amd64
 Maintainer: The cjm-desktop authors <cjm-desktop@users.noreply.github.com>
 Depends: libc6, libegl1,
  libglib2.0-0
 Description: offline editor for customer journey maps
"""


@pytest.fixture(scope="module")
def check_deb(repo_root: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_deb", repo_root / "packaging" / "check_deb.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def listing(paths: list[str]) -> str:
    """A `dpkg-deb --contents` listing of these paths (symlinks for /usr/bin, as the .deb has them)."""
    lines = []
    for path in paths:
        target = " -> /opt/cjm-desktop/cjm" if path.startswith("./usr/bin/") else ""
        lines.append(f"-rw-r--r-- root/root       463 2026-11-27 13:02 {path}{target}")
    return "\n".join(lines)


def test_a_complete_package_passes_and_each_missing_part_is_named(check_deb: ModuleType) -> None:
    required = check_deb.required_paths()
    assert check_deb.problems(INFO, listing(required)) == []
    for gone in (
        "./usr/share/applications/cjm-desktop.desktop",
        "./usr/share/metainfo/io.github.cjm_desktop.CjmDesktop.metainfo.xml",
        "./usr/share/icons/hicolor/48x48/apps/cjm-desktop.png",
    ):
        assert check_deb.problems(INFO, listing([p for p in required if p != gone])) == [f"missing {gone}"]
    no_depends = INFO.replace(" Depends: libc6, libegl1,\n  libglib2.0-0\n", "")
    assert check_deb.problems(no_depends, listing(required)) == ["control field Depends missing"]


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is Debian's")
def test_reads_a_real_deb_built_by_dpkg_deb(check_deb: ModuleType, tmp_path: Path, capsys) -> None:
    stage = tmp_path / "stage"
    (stage / "DEBIAN").mkdir(parents=True)
    (stage / "DEBIAN" / "control").write_text(INFO.split("\n", 1)[1].replace("\n ", "\n").lstrip())
    metainfo = "./usr/share/metainfo/io.github.cjm_desktop.CjmDesktop.metainfo.xml"
    for path in check_deb.required_paths():
        if path != metainfo:
            (stage / path).parent.mkdir(parents=True, exist_ok=True)
            (stage / path).write_text("x")
    deb = tmp_path / "cjm-desktop_0.1.0_amd64.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(stage), str(deb)],
        check=True,
        capture_output=True,
    )
    assert check_deb.main([str(deb)]) == 1
    assert f"missing {metainfo}" in capsys.readouterr().err
