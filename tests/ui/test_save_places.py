"""Save As and export dialogs first point beside the map, unless that folder is the app's own
resources or not writable: then the user's home, under the map's name."""

from __future__ import annotations

import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from cjm_desktop.paths import sample_map_path
from cjm_desktop.ui import recovery_actions, save_places
from cjm_desktop.ui.export_dialog import ExportDialog
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.save_places import suggested_path


def test_beside_a_map_in_a_writable_folder(tmp_path: Path) -> None:
    assert suggested_path(tmp_path / "trip.cjm", "Trip", ".pdf") == tmp_path / "trip.pdf"


def test_home_for_a_read_only_folder_even_for_root(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
    try:
        assert suggested_path(shared / "trip.cjm", "Trip", ".png") == Path.home() / "trip.png"
    finally:
        shared.chmod(0o755)


def test_home_for_the_apps_own_resources_and_for_a_map_never_saved() -> None:
    sample = sample_map_path()
    assert suggested_path(sample, "x", ".svg") == Path.home() / "ecommerce.svg"
    assert suggested_path(None, "Onboarding", ".cjm") == Path.home() / "Onboarding.cjm"


@pytest.fixture
def window_on_bundled_copy(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    """A window on a map inside (a stand-in for) the app's resources folder."""
    monkeypatch.setattr(recovery_actions, "recovery_folder", lambda: tmp_path / "recovery")
    resources = tmp_path / "resources"
    (resources / "samples").mkdir(parents=True)
    path = resources / "samples" / "ecommerce.cjm"
    shutil.copy(sample_map_path(), path)
    monkeypatch.setattr(save_places, "resources_dir", lambda: resources)
    window = MainWindow()
    assert window.open_path(path)
    yield window
    window.doc.undo_stack.setClean()
    window.close()


def _offered(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    offered: list[str] = []

    def answer(_parent, _caption, start, *_rest, **_kw):
        offered.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return offered


def test_export_and_save_as_of_a_bundled_map_offer_home(
    qtbot, window_on_bundled_copy: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_on_bundled_copy
    offered = _offered(monkeypatch)
    dialog = ExportDialog(window.scene, parent=window)
    qtbot.addWidget(dialog)
    dialog.choose_file_and_export()
    assert not window.save_as()
    fmt = dialog.options().format
    assert offered == [str(Path.home() / f"ecommerce.{fmt}"), str(Path.home() / "ecommerce.cjm")]


def test_export_of_a_map_in_the_users_folder_offers_its_folder(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recovery_actions, "recovery_folder", lambda: tmp_path / "recovery")
    path = tmp_path / "maps" / "trip.cjm"
    path.parent.mkdir()
    shutil.copy(sample_map_path(), path)
    window = MainWindow()
    assert window.open_path(path)
    offered = _offered(monkeypatch)
    dialog = ExportDialog(window.scene, parent=window)
    qtbot.addWidget(dialog)
    dialog.choose_file_and_export()
    window.close()
    assert offered == [str(path.with_suffix(f".{dialog.options().format}"))]
