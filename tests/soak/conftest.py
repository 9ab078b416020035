"""The soak tests are marked slow: ``-m "not slow"`` leaves them out of a quick local run."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: minutes of random input through the real window (tests/soak)")
