"""The editor asks Qt to paint without its GUI thread pool, unless the user already set the variable."""

from __future__ import annotations

import os

import pytest

from cjm_desktop import raster_threads


def test_painting_serially_sets_qts_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(raster_threads.VARIABLE, raising=False)
    raster_threads.paint_serially()
    assert os.environ[raster_threads.VARIABLE] == "1"


def test_a_value_the_user_set_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(raster_threads.VARIABLE, "yes")
    raster_threads.paint_serially()
    assert os.environ[raster_threads.VARIABLE] == "yes"
