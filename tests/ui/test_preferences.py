"""Preferences: stored in QSettings under their keys, applied live (theme, autosave), used by export."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog

from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.paths import sample_map_path
from cjm_desktop.ui import recovery_actions
from cjm_desktop.ui.export_dialog import ExportDialog
from cjm_desktop.ui.preferences import LANGUAGE_KEY, Preferences, PreferencesDialog, apply_preferences
from cjm_desktop.ui.theme import apply_theme


def test_defaults_and_invalid_values_fall_back(qapp) -> None:
    assert Preferences.load() == Preferences()
    s = QSettings()
    s.setValue("ui/theme", "purple")
    s.setValue("autosave/delay_s", "soon")
    s.setValue("export/dpi", 99999)
    prefs = Preferences.load()
    assert prefs.theme == "system" and prefs.autosave_s == 2 and prefs.dpi == 1200


def test_dialog_round_trips_and_saves_under_the_keys(qtbot, monkeypatch) -> None:
    chosen = Preferences(
        language="en", theme="dark", autosave_s=30, export_format="pdf", page_size="A1", dpi=150
    )
    dialog = PreferencesDialog(chosen)
    qtbot.addWidget(dialog)
    assert dialog.preferences() == chosen
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    edited = dialog.preferences()
    edited.save()
    assert QSettings().value(LANGUAGE_KEY) == "en"
    assert Preferences.load() == edited


def test_preferences_menu_applies_theme_and_autosave_live(qtbot, make_window, monkeypatch) -> None:
    window = make_window(load_map(sample_map_path()))
    monkeypatch.setattr(recovery_actions, "AUTOSAVE_DELAY_MS", recovery_actions.AUTOSAVE_DELAY_MS)

    def choose_dark(dialog: PreferencesDialog) -> int:
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.autosave.setValue(45)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose_dark)
    app = QApplication.instance()
    try:
        window.preferences_action.trigger()
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 60
        assert recovery_actions.keeper_of(window).timer.interval() == 45_000
        assert Preferences.load().theme == "dark"
    finally:
        apply_theme(app, "system")


def test_export_dialog_starts_from_the_defaults(qtbot, make_window) -> None:
    window = make_window(load_map(sample_map_path()))
    Preferences(export_format="pdf", page_size="A1", dpi=150).save()
    dialog = ExportDialog(window.scene, parent=window)
    qtbot.addWidget(dialog)
    options = dialog.options()
    assert (options.format, options.page_size) == ("pdf", "A1")
    assert dialog.dpi_spin.value() == 150


def test_apply_preferences_sets_the_delay_for_new_windows(qapp, monkeypatch) -> None:
    monkeypatch.setattr(recovery_actions, "AUTOSAVE_DELAY_MS", recovery_actions.AUTOSAVE_DELAY_MS)
    apply_preferences(QApplication.instance(), Preferences(autosave_s=7))
    assert recovery_actions.AUTOSAVE_DELAY_MS == 7000
    apply_theme(QApplication.instance(), "system")
