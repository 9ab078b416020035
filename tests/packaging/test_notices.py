"""The third-party notices name every component the app installs: its dependencies and theirs."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

from cjm_desktop.paths import notices_path


def _name(text: str) -> str:
    return re.sub(r"[-_.]+", "-", text).lower()


def installed_components(pyproject: Path) -> set[str]:
    """The runtime dependencies of pyproject.toml and everything they require, as installed here."""
    todo = [Requirement(text) for text in tomllib.loads(pyproject.read_text())["project"]["dependencies"]]
    found: set[str] = set()
    while todo:
        requirement = todo.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        name = _name(requirement.name)
        if name in found:
            continue
        found.add(name)
        todo += [Requirement(text) for text in metadata.distribution(requirement.name).requires or []]
    return found


def test_every_installed_component_is_in_the_notices(repo_root: Path) -> None:
    components = installed_components(repo_root / "pyproject.toml")
    assert {"pyside6-essentials", "shiboken6", "python-pptx", "lxml", "pyphen"} <= components
    notices = _name(notices_path().read_text(encoding="utf-8"))
    assert sorted(c for c in components if c not in notices) == []
