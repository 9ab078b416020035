"""The built wheel works outside the checkout: resources travel as package data, commands run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.slow

# What the build needs from the checkout; copied to a scratch folder so stale build/ output in the
# checkout can never leak into the wheel, and the checkout is never written.
BUILD_INPUTS = ("cjm_desktop", "resources", "setup.py", "pyproject.toml", "LICENSE", "README.md")


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=300, cwd=cwd, env=env
    )
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(repo_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's wheel, built from a clean copy of the sources without network access."""
    src = tmp_path_factory.mktemp("src")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in BUILD_INPUTS:
        source = repo_root / name
        if source.is_dir():
            shutil.copytree(source, src / name, ignore=ignore)
        else:
            shutil.copy2(source, src / name)
    out = tmp_path_factory.mktemp("wheelhouse")
    _run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
        "--disable-pip-version-check", "-q", "-w", out, src, cwd=src,
    )  # fmt: skip
    (built,) = out.glob("cjm_desktop-*.whl")
    return built


def test_wheel_carries_resources_and_licences(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "cjm_desktop/resources/samples/ecommerce.cjm",
        "cjm_desktop/resources/templates/templates.json",
        "cjm_desktop/resources/templates/blank.cjm",
        "cjm_desktop/resources/schema/cjm.schema.json",
        "cjm_desktop/resources/legal/THIRD-PARTY-NOTICES.md",
        "cjm_desktop/resources/help/user-guide.md",
        "cjm_desktop/resources/help/fi/user-guide.md",  # the guides in the users' languages
        "cjm_desktop/resources/help/hu/user-guide.md",
        "cjm_desktop/resources/help/spreadsheet-import.md",  # the page the guides link, in each language
        *(f"cjm_desktop/resources/help/{code}/spreadsheet-import.md" for code in ("fi", "el", "ro", "hu")),
        "cjm_desktop/resources/icons/cjm-desktop.svg",
        "cjm_desktop/resources/icons/cjm-desktop-256.png",
    ):
        assert required in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") or n.endswith(".dist-info/LICENSE") for n in names)
    assert not any("__pycache__" in n for n in names)


def test_installed_wheel_runs_outside_the_checkout(wheel: Path, tmp_path: Path, repo_root: Path) -> None:
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    _run(
        sys.executable, "-m", "pip", "--python", python, "install", "--no-deps",
        "--disable-pip-version-check", "-q", wheel, cwd=tmp_path,
    )  # fmt: skip
    # The dependencies (PySide6 alone is ~150 MB) come from the test environment's site-packages
    # through a .pth line, instead of a download in every run. Directories named in a .pth file are
    # only appended to sys.path: their own .pth files (the checkout's editable-install hook among
    # them) are not processed, so cjm_desktop can only come from the installed wheel.
    purelib = "import sysconfig; print(sysconfig.get_path('purelib'))"
    site = Path(_run(python, "-c", purelib, cwd=tmp_path).stdout.strip())
    (site / "test-deps.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    work = tmp_path / "work"
    work.mkdir()

    where = _run(python, "-c", "import cjm_desktop.paths as p; print(p.resources_dir())", cwd=work, env=env)
    resources = Path(where.stdout.strip())
    assert resources.is_relative_to(venv), resources
    assert not resources.is_relative_to(repo_root)

    cjm = venv / "bin" / "cjm"
    _run(cjm, "new", "--sample", "journey.cjm", cwd=work, env=env)
    _run(cjm, "export", "journey.cjm", "-o", "journey.pdf", cwd=work, env=env)
    text = "".join(page.extract_text() for page in PdfReader(work / "journey.pdf").pages)
    assert "Awareness" in text or "Checkout" in text
    result = _run(cjm, "validate", "journey.cjm", cwd=work, env=env)
    assert ": ok (" in result.stdout
    assert (venv / "bin" / "cjm-desktop").exists()

    # Help: each guide's link to the import page opens that language's page from the installed package.
    followed = _run(python, "-c", FOLLOW_GUIDE_LINKS, cwd=work, env=env).stdout.split()
    assert len(followed) == 4
    for code, shown in zip(("fi", "el", "ro", "hu"), followed, strict=True):
        assert Path(shown) == resources / "help" / code / "spreadsheet-import.md"


# Opens each guide as Help does, follows its link to the import page, prints the page it shows.
FOLLOW_GUIDE_LINKS = """
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication
app = QApplication([])
from cjm_desktop.paths import user_guide_path
from cjm_desktop.ui.help_menu import HelpBrowser
browser = HelpBrowser()
for code in ("fi", "el", "ro", "hu"):
    browser.setSource(QUrl.fromLocalFile(str(user_guide_path(code))))
    browser.setSource(browser.source().resolved(QUrl("spreadsheet-import.md#metrics-on-touchpoints-and-personas")))
    assert len(browser.toPlainText()) > 3000, browser.toPlainText()
    print(browser.source().toLocalFile())
"""
