"""Widgets: main window, docks, inspector, dialogs, presentation mode."""
