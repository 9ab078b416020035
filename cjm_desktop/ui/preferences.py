"""Preferences (QSettings): language, theme, autosave interval, export defaults; and their dialog."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.export.options import PAGE_SIZES
from cjm_desktop.i18n import tr
from cjm_desktop.paths import resource_path
from cjm_desktop.ui.theme import THEMES, apply_theme

if TYPE_CHECKING:
    from cjm_desktop.ui.main_window import MainWindow

LANGUAGE_KEY = "ui/language"  # "" = the system's language; read by the translation set-up
THEME_KEY = "ui/theme"
AUTOSAVE_KEY = "autosave/delay_s"
EXPORT_FORMAT_KEY = "export/format"
EXPORT_PAGE_KEY = "export/page_size"
EXPORT_DPI_KEY = "export/dpi"
EXPORT_FORMATS = ("png", "pdf", "svg")
AUTOSAVE_RANGE = (1, 600)  # seconds after edits pause
DPI_RANGE = (72, 1200)


@dataclass
class Preferences:
    """The user's preferences, with the defaults a first run uses."""

    language: str = ""
    theme: str = "system"
    autosave_s: int = 2
    export_format: str = "png"
    page_size: str = "A3"
    dpi: int = 300

    @classmethod
    def load(cls) -> Preferences:
        """Read from QSettings; anything missing or invalid falls back to its default."""
        s, d = QSettings(), cls()

        def number(key: str, default: int, lo: int, hi: int) -> int:
            try:
                return max(lo, min(hi, int(str(s.value(key, default)))))
            except (TypeError, ValueError):
                return default

        theme = str(s.value(THEME_KEY, d.theme))
        fmt = str(s.value(EXPORT_FORMAT_KEY, d.export_format))
        page = str(s.value(EXPORT_PAGE_KEY, d.page_size))
        return cls(
            language=str(s.value(LANGUAGE_KEY, d.language) or ""),
            theme=theme if theme in THEMES else d.theme,
            autosave_s=number(AUTOSAVE_KEY, d.autosave_s, *AUTOSAVE_RANGE),
            export_format=fmt if fmt in EXPORT_FORMATS else d.export_format,
            page_size=page if page in PAGE_SIZES else d.page_size,
            dpi=number(EXPORT_DPI_KEY, d.dpi, *DPI_RANGE),
        )

    def save(self) -> None:
        """Write every preference to QSettings."""
        s = QSettings()
        s.setValue(LANGUAGE_KEY, self.language)
        s.setValue(THEME_KEY, self.theme)
        s.setValue(AUTOSAVE_KEY, self.autosave_s)
        s.setValue(EXPORT_FORMAT_KEY, self.export_format)
        s.setValue(EXPORT_PAGE_KEY, self.page_size)
        s.setValue(EXPORT_DPI_KEY, self.dpi)
        s.sync()


def available_languages() -> list[str]:
    """Language codes with a bundled translation (resources/translations/*.qm), English first."""
    folder = resource_path("translations")
    codes = {p.stem.split("_", 1)[-1] for p in folder.glob("*.qm")} if folder.is_dir() else set()
    return ["en", *sorted(codes - {"en"})]


def apply_preferences(app: QApplication, prefs: Preferences) -> None:
    """Make the preferences take effect now: theme, and the autosave delay of every window."""
    from cjm_desktop.ui import recovery_actions
    from cjm_desktop.ui.main_window import open_windows

    apply_theme(app, prefs.theme)
    recovery_actions.AUTOSAVE_DELAY_MS = prefs.autosave_s * 1000
    for window in open_windows():
        keeper = recovery_actions.keeper_of(window)
        if keeper is not None:
            keeper.timer.setInterval(recovery_actions.AUTOSAVE_DELAY_MS)


def apply_saved_preferences(app: QApplication) -> None:
    """At start-up: apply the stored theme and autosave delay."""
    apply_preferences(app, Preferences.load())


class PreferencesDialog(QDialog):
    """Edits the preferences; ``preferences()`` reads the form back."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        # Here, not at the module's top: the module loads at every start (apply_saved_preferences),
        # and these classes' types cost PySide time to build.
        from PySide6.QtWidgets import QDialogButtonBox, QSpinBox

        super().__init__(parent)
        self.setWindowTitle(tr("Preferences", "Preferences"))
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem(tr("Preferences", "System default"), "")
        for code in available_languages():
            locale = QLocale(code)
            self.language.addItem(locale.nativeLanguageName().capitalize() or code, code)
        self._select(self.language, prefs.language)
        form.addRow(tr("Preferences", "&Language:"), self.language)
        self.language_note = QLabel(
            tr("Preferences", "A new language applies the next time the editor starts.")
        )
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)
        self.theme = QComboBox()
        for key, label in (
            ("system", tr("Preferences", "Same as the system")),
            ("light", tr("Preferences", "Light")),
            ("dark", tr("Preferences", "Dark")),
        ):
            self.theme.addItem(label, key)
        self._select(self.theme, prefs.theme)
        form.addRow(tr("Preferences", "&Theme:"), self.theme)
        self.autosave = QSpinBox()
        self.autosave.setRange(*AUTOSAVE_RANGE)
        self.autosave.setSuffix(tr("Preferences", " s"))
        self.autosave.setValue(prefs.autosave_s)
        self.autosave.setToolTip(
            tr("Preferences", "How long after your last edit a recovery copy is written")
        )
        form.addRow(tr("Preferences", "&Autosave after:"), self.autosave)
        self.export_format = QComboBox()
        for key in EXPORT_FORMATS:
            self.export_format.addItem(key.upper(), key)
        self._select(self.export_format, prefs.export_format)
        form.addRow(tr("Preferences", "Default export &format:"), self.export_format)
        self.page_size = QComboBox()
        for key in PAGE_SIZES:
            self.page_size.addItem(key, key)
        self._select(self.page_size, prefs.page_size)
        form.addRow(tr("Preferences", "Default PDF &page size:"), self.page_size)
        self.dpi = QSpinBox()
        self.dpi.setRange(*DPI_RANGE)
        self.dpi.setSingleStep(50)
        self.dpi.setSuffix(tr("Preferences", " DPI"))
        self.dpi.setValue(prefs.dpi)
        form.addRow(tr("Preferences", "Default image &resolution:"), self.dpi)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok_cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _select(box: QComboBox, value: str) -> None:
        index = box.findData(value)
        box.setCurrentIndex(max(0, index))

    def preferences(self) -> Preferences:
        """What the form shows."""
        return Preferences(
            language=self.language.currentData(),
            theme=self.theme.currentData(),
            autosave_s=self.autosave.value(),
            export_format=self.export_format.currentData(),
            page_size=self.page_size.currentData(),
            dpi=self.dpi.value(),
        )


def edit_preferences(parent: QWidget | None = None) -> bool:
    """Show the dialog; on OK save and apply. True when the preferences changed."""
    dialog = PreferencesDialog(Preferences.load(), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    prefs = dialog.preferences()
    prefs.save()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_preferences(app, prefs)
    return True


def add_preferences_action(window: MainWindow) -> QAction:
    """Edit ▸ Preferences… (Ctrl+, where the platform has no own shortcut)."""
    action = QAction(tr("Preferences", "Preference&s…"), window)
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    native = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    action.setShortcuts(native or [QKeySequence("Ctrl+,")])
    action.triggered.connect(lambda _checked=False: edit_preferences(window))
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(action)
    return action
