"""Start-up: argument parsing, then either the GUI or a headless sub-command."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Collection
from pathlib import Path

from cjm_desktop import APP_NAME, ORG_NAME, __version__
from cjm_desktop.cli import IMPORT_CHILD
from cjm_desktop.i18n import arg, tr

TYPE_CHECKING = False  # typing loads after import-metrics has forked its reader (mypy reads True)
if TYPE_CHECKING:
    from typing import NoReturn


def gui_parser() -> argparse.ArgumentParser:
    """Arguments of the editor itself."""
    from cjm_desktop.cli.commands import SUBCOMMANDS
    from cjm_desktop.i18n import LANGUAGES as TRANSLATED

    parser = argparse.ArgumentParser(
        prog="cjm-desktop",
        description=tr(
            "cli", "An offline editor for customer journey maps. With no file, shows the start page."
        ),
        epilog=arg(
            tr("cli", "Headless commands (run 'cjm-desktop COMMAND --help'): %1"), ", ".join(SUBCOMMANDS)
        ),
    )
    parser.add_argument("files", nargs="*", type=Path, metavar="MAP.cjm", help=tr("cli", "maps to open"))
    parser.add_argument(
        "--lang",
        choices=("en", *TRANSLATED),
        help=tr(
            "cli", "language of the user interface (default: the Preferences setting, else the system's)"
        ),
    )
    parser.add_argument(
        "--blank", action="store_true", help=tr("cli", "start with an empty map instead of the start page")
    )
    parser.add_argument(
        "--theme",
        choices=("system", "light", "dark"),
        help=tr("cli", "theme for this run (default: the Preferences setting); the map follows it on screen"),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"cjm-desktop {__version__}",
        help=tr("argparse", "show program's version number and exit"),  # Python 3.11 leaves it English
    )
    return parser


def _lang_option(argv: list[str]) -> str | None:
    """The value of a known ``--lang`` in ``argv`` (None when absent or not a language we have)."""
    from cjm_desktop.i18n import LANGUAGES as TRANSLATED

    lang = next((a.partition("=")[2] for a in argv if a.startswith("--lang=")), None)
    if "--lang" in argv[:-1]:
        lang = argv[argv.index("--lang") + 1]
    return lang if lang in ("en", *TRANSLATED) else None


def _command_first(argv: list[str], commands: Collection[str]) -> list[str]:
    """``argv``, a leading ``--lang CODE`` moved behind the sub-command after it (``--lang fi export``)."""
    skip = 1 if argv[:1] and argv[0].startswith("--lang=") else 2 if argv[:1] == ["--lang"] else 0
    if skip and len(argv) > skip and argv[skip] in commands:
        return [*argv[skip:], *argv[:skip]]
    return argv


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``main.py`` and the ``cjm-desktop`` script."""
    own_process = argv is None
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--cjm-sheet-reader"]:  # io.sheet_child.FROZEN_FLAG: a bundle's guarded reader
        if argv[1:] == [IMPORT_CHILD]:  # the reader that imports (guarded_read.ReaderJob)
            from cjm_desktop.cli import import_child

            import_child.run()
        from cjm_desktop.io.sheets import sheet_child

        sheet_child.run()
    if own_process and "import-metrics" in argv[:3]:  # (after a leading --lang CODE too)
        # Its reader process (which imports, too) starts now and loads while this one loads the command.
        from cjm_desktop.io.sheets.reader_start import prestart

        prestart(IMPORT_CHILD)
    from cjm_desktop.cli.commands import SUBCOMMANDS, reject_unknown, run_command

    argv = _command_first(argv, SUBCOMMANDS)
    if argv and argv[0] in SUBCOMMANDS:
        if not any(a == "--lang" or a.startswith("--lang=") for a in argv):
            code = run_command(argv)  # the system locale decides the language of its messages
        else:
            # Headless commands take --lang too: drawn texts (chips, hints) follow it in exports.
            from cjm_desktop import language

            try:
                rest = language.take_lang_option(argv)
            except ValueError as error:
                print(f"cjm-desktop: {error}", file=sys.stderr)
                return 2
            code = run_command(rest, language.requested)
        if own_process and not SUBCOMMANDS[argv[0]].draws:
            _exit_now(code)
        return code
    if argv and not argv[0].startswith("-") and not Path(argv[0]).exists():
        # A mistyped sub-command is no file to open: say so, rather than open (or wait for) a window.
        return reject_unknown(argv[0], _lang_option(argv))
    if "-h" in argv or "--help" in argv:  # the help is printed while parsing: speak the language first
        from cjm_desktop.cli import argparse_words
        from cjm_desktop.cli.speak import speak

        speak(_lang_option(argv), draws=False)
        argparse_words.install()
    args = gui_parser().parse_args(argv)
    from cjm_desktop import language

    language.requested = args.lang
    return run_gui(args.files, blank=args.blank, theme=args.theme)


def _exit_now(code: int) -> NoReturn:
    """End a headless command's own process without the interpreter's teardown.

    The command is done: its files are written and closed, and what it printed is flushed here.
    The teardown would free every object one by one and collect once more (~15 ms of the
    ``import-metrics`` target's budget). atexit handlers still run. Not for commands that draw: Qt's
    objects are left to its own shutdown.
    """
    import atexit
    import os

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: what Python's own exit reports with 120
            code = code or 120
    os._exit(code)


def run_gui(files: list[Path], blank: bool = False, theme: str | None = None) -> int:
    """Open the editor window(s) and run the event loop (THEME overrides the saved one for this run)."""
    # Imports and window building make some 60,000 tracked objects and no garbage cycles worth a
    # collection: the cyclic collector waits for the event loop (about a tenth of the start's CPU).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _start_gui(files, blank, theme, collecting)
    finally:
        if collecting:
            gc.enable()


def _start_gui(files: list[Path], blank: bool, theme: str | None, collecting: bool) -> int:
    from cjm_desktop import qt_enums, shiboken_code

    qt_enums.install()  # Qt's ~235 enums of a start by the enum module's quick path (see the module)
    with shiboken_code.kept():  # PySide6's embedded support modules: compiled once, not on every start
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

    from cjm_desktop import dataclass_code, qt_import_check

    qt_import_check.quicken()  # before the editor's ~200 modules are imported (see the module)
    from cjm_desktop import raster_threads

    raster_threads.paint_serially()  # before the first paint (see the module)
    dataclass_code.install()  # their ~40 dataclasses' methods: compiled once, not on every start
    from cjm_desktop import language
    from cjm_desktop.ui.main_window import MainWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    # After the names: the saved language lives in this application's settings.
    language.install_language(language.choose_language(language.requested))
    app.setApplicationDisplayName("cjm-desktop")
    app.setDesktopFileName("cjm-desktop")  # matches packaging/cjm-desktop.desktop (Wayland window icons)
    from cjm_desktop.ui.app_icon import app_icon

    app.setWindowIcon(app_icon())
    from cjm_desktop.ui.preferences import apply_saved_preferences

    apply_saved_preferences(app)
    if theme:
        from cjm_desktop.ui.theme import apply_theme

        apply_theme(app, theme)
    window = MainWindow()
    from cjm_desktop.ui.recovery_dialog import offer_recovery

    # Work a crashed run left behind comes first; the start page shows only when nothing else opens.
    restored = offer_recovery(window)
    opened = any([window.open_path(path) for path in files]) or restored
    if not opened:
        if blank or files:
            window.show_fitted()
        else:
            from cjm_desktop.ui.start_page import show_start_page

            show_start_page(window)
    from cjm_desktop.ui.smoke_check import install_smoke_check

    install_smoke_check(app)
    if collecting:
        QTimer.singleShot(0, gc.enable)  # the first turn of the event loop, with the window shown
    QTimer.singleShot(0, dataclass_code.save)  # only writes when this start compiled new ones
    from cjm_desktop import i18n
    from cjm_desktop.canvas import hyphenation

    # Once the window is up and settled: the first over-long header word then breaks without a pause.
    QTimer.singleShot(1000, lambda: hyphenation.preload(i18n.language()))
    result = app.exec()
    dataclass_code.save()  # and the ones of windows and dialogs opened since
    return result
