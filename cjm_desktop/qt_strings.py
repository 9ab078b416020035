"""Qt's own texts that people see in this editor, marked for our catalogues.

PySide6 ships Qt's ``qtbase`` catalogue for Finnish and Hungarian but not for Greek or Romanian, so
without these the buttons of every dialog ("OK", "Cancel"), the wizard's "< Back" / "Next >" and the
text fields' context menus would stay English there. Qt looks these up itself, in the contexts
below, through every installed translator; our catalogue answers for them. The Finnish and
Hungarian entries repeat Qt's own wording so both catalogues agree. Nothing here is called.
"""

from __future__ import annotations

from cjm_desktop.i18n import tr_noop

QT_TEXTS = (
    # QDialogButtonBox and QMessageBox standard buttons
    tr_noop("QPlatformTheme", "OK"),
    tr_noop("QPlatformTheme", "Save"),
    tr_noop("QPlatformTheme", "Save All"),
    tr_noop("QPlatformTheme", "Open"),
    tr_noop("QPlatformTheme", "&Yes"),
    tr_noop("QPlatformTheme", "Yes to &All"),
    tr_noop("QPlatformTheme", "&No"),
    tr_noop("QPlatformTheme", "N&o to All"),
    tr_noop("QPlatformTheme", "Abort"),
    tr_noop("QPlatformTheme", "Retry"),
    tr_noop("QPlatformTheme", "Ignore"),
    tr_noop("QPlatformTheme", "Close"),
    tr_noop("QPlatformTheme", "Cancel"),
    tr_noop("QPlatformTheme", "Discard"),
    tr_noop("QPlatformTheme", "Help"),
    tr_noop("QPlatformTheme", "Apply"),
    tr_noop("QPlatformTheme", "Reset"),
    tr_noop("QPlatformTheme", "Restore Defaults"),
    tr_noop("QMessageBox", "Show Details..."),
    tr_noop("QMessageBox", "Hide Details..."),
    # The import wizard's buttons
    tr_noop("QWizard", "< &Back"),
    tr_noop("QWizard", "&Next >"),
    tr_noop("QWizard", "&Finish"),
    tr_noop("QWizard", "Cancel"),
    tr_noop("QWizard", "&Help"),
    tr_noop("QWizard", "Commit"),
    # The History dock before the first edit
    tr_noop("QUndoModel", "<empty>"),
    # Context menus of one-line and multi-line text fields
    tr_noop("QLineEdit", "&Undo"),
    tr_noop("QLineEdit", "&Redo"),
    tr_noop("QLineEdit", "Cu&t"),
    tr_noop("QLineEdit", "&Copy"),
    tr_noop("QLineEdit", "&Paste"),
    tr_noop("QLineEdit", "Delete"),
    tr_noop("QLineEdit", "Select All"),
    tr_noop("QWidgetTextControl", "&Undo"),
    tr_noop("QWidgetTextControl", "&Redo"),
    tr_noop("QWidgetTextControl", "Cu&t"),
    tr_noop("QWidgetTextControl", "&Copy"),
    tr_noop("QWidgetTextControl", "&Paste"),
    tr_noop("QWidgetTextControl", "Delete"),
    tr_noop("QWidgetTextControl", "Select All"),
)
