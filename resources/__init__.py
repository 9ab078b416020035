"""Data files of cjm-desktop (samples, templates, schema, icons), installed as cjm_desktop.resources.

This folder is mapped into the package by setup.py (package_dir), so a wheel carries it as
``cjm_desktop/resources``. Code never reads it by path: see cjm_desktop.paths.
"""
