"""Smoke test that the package is importable from the test environment."""

import cjm_desktop


def test_package_imports_and_has_version() -> None:
    assert isinstance(cjm_desktop.__version__, str)
    assert cjm_desktop.__version__.strip()
