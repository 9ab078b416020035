"""Headless sub-commands (``cjm-desktop COMMAND ...``): the table of them is in ``commands.py``.

Each sub-command is a module with ``build_parser()`` and ``run(args) -> int``; it needs no display and
exits non-zero with a clear message on failure. A module imports at its top only what parsing its
arguments needs, so ``--help`` and small commands start fast.
"""

# The module of import-metrics' reader process (cli/import_child.py), named without importing it: the
# command starts that process first thing (app.main), before anything else loads.
IMPORT_CHILD = "cjm_desktop.cli.import_child"
