"""argparse's own words (the "usage:" line, its headings, the -h help, some errors) in the user's language.

argparse looks each of its texts up through ``gettext.gettext``, bound to its module-level name ``_`` and
called when a parser is built or prints; ``install`` points that name at ``tr`` for the texts listed here
(their exact English, as Python 3.11-3.13 write them) and leaves any other text as it is. In English ``tr``
returns the text itself, so installing is harmless there.
"""

from __future__ import annotations

import argparse

from cjm_desktop.i18n import tr, tr_noop

# "unrecognized arguments" and "the following arguments are required" stay out: cli.commands words them
# itself (with %1 placeholders) when it reports a usage error.
WORDS = frozenset(
    (
        tr_noop("argparse", "usage: "),
        tr_noop("argparse", "positional arguments"),
        tr_noop("argparse", "options"),
        tr_noop("argparse", "show this help message and exit"),
        tr_noop("argparse", "show program's version number and exit"),
        tr_noop("argparse", "argument %(argument_name)s: %(message)s"),
        tr_noop("argparse", "expected one argument"),
        tr_noop("argparse", "expected at least one argument"),
        tr_noop("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        tr_noop("argparse", "invalid %(type)s value: %(value)r"),
        tr_noop("argparse", "not allowed with argument %s"),
        tr_noop("argparse", "one of the arguments %s is required"),
        tr_noop("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    )
)


def translate(text: str) -> str:
    """argparse's ``text`` in the user's language when it is one of ``WORDS``, else unchanged."""
    return tr("argparse", text) if text in WORDS else text


def install() -> None:
    """Make argparse say its words through ``tr`` (before the parsers are built: headings are set then)."""
    setattr(argparse, "_", translate)  # noqa: B010 - argparse reads its module global `_` at each use
