"""The table of sub-commands, and running one: errors are printed, never raised as tracebacks.

Adding a sub-command: write ``cjm_desktop/cli/NAME.py`` with ``build_parser()`` and ``run(args)``,
then add one entry to ``SUBCOMMANDS`` below (its loader imports the module only when it runs).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable

from cjm_desktop.cli import argparse_words
from cjm_desktop.cli.speak import speak
from cjm_desktop.i18n import arg, tr, tr_noop
from cjm_desktop.io.mapfile.errors import MapFileError

# typing and dataclasses (~15 ms with inspect) load after import-metrics has told its reader where
# to read (io/sheets/reader_start.py): this module is on that path. mypy reads this as True.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NoReturn

ParserFactory = Callable[[], argparse.ArgumentParser]
Runner = Callable[[argparse.Namespace], int]


class SubCommand:
    """One sub-command: its one-line summary (English, shown through ``tr``) and its loader."""

    __slots__ = ("summary", "load", "draws")

    def __init__(
        self, summary: str, load: Callable[[], tuple[ParserFactory, Runner]], draws: bool = False
    ) -> None:
        self.summary = summary
        self.load = load
        self.draws = draws  # renders through QGraphicsScene, so its messages need a QApplication


# Loaders: explicit imports (seen by lint-imports and mypy), run only for the command used, so a
# command never pays for the libraries of another (Qt for export, numpy for import-metrics).
def _export() -> tuple[ParserFactory, Runner]:
    from cjm_desktop.export.cli import build_parser, run_export

    return build_parser, run_export


def _import_metrics() -> tuple[ParserFactory, Runner]:
    from cjm_desktop.cli.import_metrics import build_parser, run

    return build_parser, run


def _validate() -> tuple[ParserFactory, Runner]:
    from cjm_desktop.cli.validate import build_parser, run

    return build_parser, run


def _new() -> tuple[ParserFactory, Runner]:
    from cjm_desktop.cli.new import build_parser, run

    return build_parser, run


def _diff() -> tuple[ParserFactory, Runner]:
    from cjm_desktop.versions.diff_cli import build_parser, run

    return build_parser, run


def _merge() -> tuple[ParserFactory, Runner]:
    from cjm_desktop.versions.merge_cli import build_parser, run

    return build_parser, run


SUBCOMMANDS: dict[str, SubCommand] = {
    "export": SubCommand(tr_noop("cli", "export maps as PNG, PDF or SVG"), _export, draws=True),
    "import-metrics": SubCommand(
        tr_noop("cli", "import metrics per stage from a spreadsheet"), _import_metrics
    ),
    "validate": SubCommand(tr_noop("cli", "check that maps open"), _validate),
    "new": SubCommand(tr_noop("cli", "create a new map file"), _new),
    "diff": SubCommand(tr_noop("cli", "list what changed between two maps (git's diff driver)"), _diff),
    "merge": SubCommand(
        tr_noop("cli", "three-way merge of two edited copies of a map (git's merge driver)"), _merge
    ),
}


def run_command(argv: list[str], lang: str | None = None) -> int:
    """Run the sub-command ``argv[0]`` with the rest as its arguments; returns the exit status.

    ``lang``: the run's --lang; without it the system locale decides the language of the messages.
    """
    name, rest = argv[0], argv[1:]
    speak(lang, SUBCOMMANDS[name].draws)
    argparse_words.install()  # before the parser is built: argparse words its headings then
    build_parser, runner = SUBCOMMANDS[name].load()
    args = localize_usage_errors(build_parser()).parse_args(rest)
    try:
        return runner(args)
    except MapFileError as error:
        print(f"{error.path}: {error.problem}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(tr("cli", "cancelled"), file=sys.stderr)
        return 130


# argparse words these two usage errors in English (cli.argparse_words leaves them so): matched whole
# and said again in the user's language, the names given as %1.
_USAGE_ERRORS = (
    (re.compile(r"unrecognized arguments: (.*)", re.S), tr_noop("cli", "unrecognized arguments: %1")),
    (
        re.compile(r"the following arguments are required: (.*)", re.S),
        tr_noop("cli", "the following arguments are required: %1"),
    ),
)


def localize_usage_errors(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """``parser``, its usage errors (an unknown option, a missing argument) in the user's language."""

    def error(message: str) -> NoReturn:
        for pattern, text in _USAGE_ERRORS:
            match = pattern.fullmatch(message)
            if match:
                message = arg(tr("cli", text), *match.groups())
                break
        parser.print_usage(sys.stderr)
        parser.exit(2, arg(tr("cli", "%1: error: %2"), parser.prog, message) + "\n")

    setattr(parser, "error", error)  # noqa: B010 - the parsers are built by each sub-command
    return parser


def unknown_command_message(word: str) -> str:
    """What to tell someone whose first argument is neither a sub-command nor an existing file."""
    listing = "\n".join(f"  {name:<16} {tr('cli', command.summary)}" for name, command in SUBCOMMANDS.items())
    message = tr("cli", "cjm-desktop: '%s' is neither a sub-command nor an existing file.") % word
    import difflib

    close = difflib.get_close_matches(word, list(SUBCOMMANDS), n=1, cutoff=0.6)
    if close:
        message += "\n" + tr("cli", "Did you mean '%s'?") % close[0]
    return (
        message
        + "\n\n"
        + tr("cli", "Sub-commands (run 'cjm-desktop COMMAND --help' for their options):")
        + "\n"
        + listing
    )


def reject_unknown(word: str, lang: str | None = None) -> int:
    """Print why ``word`` cannot be run or opened; exit status 2, as for any usage error."""
    speak(lang, draws=False)
    print(unknown_command_message(word), file=sys.stderr)
    return 2
