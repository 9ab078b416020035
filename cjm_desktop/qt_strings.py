"""Qt's own texts that people see in this editor, marked for our catalogues.

PySide6 ships Qt's ``qtbase`` catalogue for Finnish and Hungarian but not for Greek or Romanian, so
without these the buttons of every dialog ("OK", "Cancel"), the wizard's "< Back" / "Next >" and the
text fields' context menus would stay English there. Qt looks these up itself, in the contexts
below, through every installed translator; our catalogue answers for them. The Finnish and
Hungarian entries repeat Qt's own wording so both catalogues agree. Nothing here is called.

Qt's own file dialog (used where the desktop offers no native one, as under a plain window manager)
is here too: Qt 6.11 gave "Look in:" and "Files of type:" accelerators, and the Finnish and Hungarian
catalogues PySide6 ships still know only the old texts, so those two labels read English there.
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
    # Qt's own file dialog: Export, Save as, Open, Import metrics (where no native dialog is used)
    tr_noop("QFileDialog", "&Look in:"),
    tr_noop("QFileDialog", "File &name:"),
    tr_noop("QFileDialog", "Files of &type:"),
    tr_noop("QFileDialog", "Back"),
    tr_noop("QFileDialog", "Forward"),
    tr_noop("QFileDialog", "Parent Directory"),
    tr_noop("QFileDialog", "Create New Folder"),
    tr_noop("QFileDialog", "List View"),
    tr_noop("QFileDialog", "Detail View"),
    tr_noop("QFileDialog", "&Save"),
    tr_noop("QFileDialog", "&Open"),
    tr_noop("QFileDialog", "&Choose"),
    tr_noop("QFileDialog", "Save As"),
    tr_noop("QFileDialog", "Open"),
    tr_noop("QFileDialog", "All Files (*)"),
    tr_noop("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    tr_noop("QFileDialog", "New Folder"),
    tr_noop("QFileDialog", "&New Folder"),
    tr_noop("QFileDialog", "&Rename"),
    tr_noop("QFileDialog", "&Delete"),
    tr_noop("QFileDialog", "Show &hidden files"),
    tr_noop("QFileDialog", "Recent Places"),
    tr_noop("QFileDialog", "Directory:"),
    tr_noop("QFileDialog", "Are you sure you want to delete '%1'?"),
    tr_noop("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."),
    tr_noop("QFileSystemModel", "Name"),
    tr_noop("QFileSystemModel", "Size"),
    tr_noop("QFileSystemModel", "Type"),
    tr_noop("QFileSystemModel", "Date Modified"),
    tr_noop("QFileSystemModel", "Computer"),
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
