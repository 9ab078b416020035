"""PySide6's Python enums made by the standard library's quick path instead of the general one.

PySide6 makes every Qt enum a Python ``enum`` class when its Qt class is first used, through the
functional API (``IntEnum("Shape", [(name, value), ...])``): the editor's start makes some 235 of them
with 3,300 members, ~85 ms of CPU (the ``Qt`` namespace alone makes 93). The general path runs each
member through the descriptor machinery written for class statements. Python 3.11's ``enum`` module
has a quick path for its own enums, ``_simple_enum`` (``re.RegexFlag``, ``http.HTTPStatus`` are made
by it), and a check that such an enum equals the one the general path makes, ``_test_simple_enum``;
it makes the same classes in ~60 % of the time.

``install()`` routes the calls shaped like PySide's (a list of (name, int) pairs, ``boundary=KEEP``,
no module, qualname, type or start) through it; any other call takes the general path unchanged.
Only on Python 3.11, whose ``_simple_enum`` tests/test_qt_enums.py compares with the general path on
every enum the editor makes (``_test_simple_enum`` and the members, values, aliases and order).
"""

from __future__ import annotations

import builtins
import enum
import operator
import sys
from typing import Any

_KINDS = (enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag)  # what PySide makes Qt's enums from
_general = enum.EnumType._create_  # type: ignore[attr-defined]
_PRIVATE = operator.methodcaller("startswith", "_")  # _sunder_, __dunder__ and private names


def install() -> bool:
    """Make PySide's enums by the quick path from now on; False when installed or not on Python 3.11."""
    if sys.version_info[:2] != (3, 11) or not hasattr(enum, "_simple_enum"):
        return False
    if enum.EnumType._create_ is _create_:  # type: ignore[attr-defined]
        return False
    enum.EnumType._create_ = _create_  # type: ignore[attr-defined]
    return True


def uninstall() -> None:
    """The general path for every enum again (tests)."""
    enum.EnumType._create_ = _general  # type: ignore[attr-defined]


def _create_(
    cls: Any,
    class_name: str,
    names: Any,
    *,
    module: str | None = None,
    qualname: str | None = None,
    type: Any = None,  # noqa: A002 - the general path's keyword
    start: int = 1,
    boundary: Any = None,
) -> Any:
    """``EnumType._create_``: PySide's calls by ``_simple_enum``, any other by the general path."""
    if module is None:  # the general path's frame hack: the module calling EnumType.__call__
        try:
            module = sys._getframe(2).f_globals["__name__"]
        except (AttributeError, ValueError, KeyError):
            module = None
    pyside_shaped = (
        cls in _KINDS
        and module is not None
        and qualname is None
        and type is None
        and start == 1
        and boundary is enum.KEEP
        and builtins.type(names) is list
        and _pairs_of_names_and_ints(names)
    )
    if not pyside_shaped:
        return _general(
            cls,
            class_name,
            names,
            module=module,
            qualname=qualname,
            type=type,
            start=start,
            boundary=boundary,
        )
    body: dict[str, Any] = dict(names)
    body["__module__"] = module
    made = enum._simple_enum(cls, boundary=boundary)(builtins.type(class_name, (), body))  # type: ignore[attr-defined]
    made.__doc__ = None  # the general path leaves a made enum without a docstring
    return made


def _pairs_of_names_and_ints(names: list[Any]) -> bool:
    """Whether NAMES are (name, int) pairs with distinct member names (no _sunder_ or __dunder__ ones)."""
    # Maps and sets over the list: a start checks 3,300 pairs, and a Python loop over them costs ms.
    if not set(map(builtins.type, names)) <= {tuple} or not set(map(len, names)) <= {2}:
        return False
    members = dict(names)
    return (
        len(members) == len(names)  # the general path raises on a repeated name
        and set(map(builtins.type, members)) <= {str}
        and set(map(builtins.type, members.values())) <= {int}
        and "" not in members
        and not any(map(_PRIVATE, members))
    )
