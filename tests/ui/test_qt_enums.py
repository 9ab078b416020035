"""Qt's enums made by the quick path are the enums the general path makes."""

from __future__ import annotations

import enum
import pickle
import sys
from collections.abc import Iterator

import pytest

from cjm_desktop import qt_enums
from cjm_desktop.io.mapfile.cjm_file import load_map
from cjm_desktop.paths import sample_map_path

pytestmark = pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the quick path is for Python 3.11")


@pytest.fixture(autouse=True)
def general_path() -> Iterator[None]:
    """Each test starts on the general path; the suite's quick path (tests/conftest.py) comes back after."""
    installed = enum.EnumType._create_ is qt_enums._create_  # type: ignore[attr-defined]
    qt_enums.uninstall()
    yield
    if installed:
        qt_enums.install()


def made_enums() -> list[enum.EnumType]:
    """Every enum of the Qt classes loaded in this process (a window has been built by then)."""
    found: dict[int, enum.EnumType] = {}

    def walk(owner: object, depth: int) -> None:
        for value in list(vars(owner).values()):
            if isinstance(value, enum.EnumType):
                found[id(value)] = value
            elif isinstance(value, type) and depth < 2 and value.__module__.startswith("PySide6"):
                walk(value, depth + 1)

    for name, module in list(sys.modules.items()):
        if name.startswith("PySide6.Qt"):
            walk(module, 0)
    return list(found.values())


def kind(made: enum.EnumType) -> type:
    """The enum class PySide made it from."""
    return next(k for k in (enum.IntFlag, enum.IntEnum, enum.Flag, enum.Enum) if issubclass(made, k))


def both_ways(made: enum.EnumType) -> tuple[enum.EnumType, enum.EnumType]:
    """The enum made again from the same (name, value) pairs, by the general path and by the quick one."""
    pairs = [(name, member.value) for name, member in made.__members__.items()]
    base = kind(made)
    qt_enums.uninstall()
    general = base(made.__name__, pairs, boundary=enum.KEEP)
    assert qt_enums.install()
    try:
        quick = base(made.__name__, pairs, boundary=enum.KEEP)
    finally:
        qt_enums.uninstall()
    return general, quick


def test_every_qt_enum_of_the_window_is_made_the_same(qtbot, make_window) -> None:
    make_window(load_map(sample_map_path())).view.viewport().repaint()  # built and painted
    enums = made_enums()
    assert len(enums) > 150 and sum(len(e.__members__) for e in enums) > 2000
    for made in enums:
        general, quick = both_ways(made)
        assert type(quick) is type(general) and quick.__bases__ == general.__bases__, made
        enum._test_simple_enum(general, quick)  # type: ignore[attr-defined]  # raises on a difference
        # What that check leaves out: the member maps, the docstring, the module, order and aliases.
        assert quick.__doc__ == general.__doc__ and quick.__module__ == general.__module__
        assert {n: (m.name, m.value) for n, m in quick.__members__.items()} == {
            n: (m.name, m.value) for n, m in general.__members__.items()
        }, made
        assert {v: m.name for v, m in quick._value2member_map_.items()} == {
            v: m.name for v, m in general._value2member_map_.items()
        }, made
        assert [(m.name, m.value) for m in quick] == [(m.name, m.value) for m in general], made
        for name in general.__members__:
            a, b = general[name], quick[name]
            assert (repr(a), str(a), format(a), a.value) == (repr(b), str(b), format(b), b.value)
        if issubclass(general, enum.Flag) and len(general) > 1:
            first, second = list(general)[:2]
            one, two = quick[first.name], quick[second.name]
            assert repr(first | second) == repr(one | two) and repr(~first) == repr(~one)
            assert repr(general(first.value | second.value)) == repr(quick(one.value | two.value))


def test_other_calls_take_the_general_path() -> None:
    assert qt_enums.install()
    assert not qt_enums.install()  # once
    try:
        counted = enum.Enum("Counted", "A B C")  # names only: values are counted from start
        assert [(m.name, m.value) for m in counted] == [("A", 1), ("B", 2), ("C", 3)]
        with pytest.raises(TypeError):
            enum.Enum("Twice", [("A", 1), ("A", 2)], boundary=enum.KEEP)  # as the general path says
        named = enum.IntEnum("Named", [("A", 1)], module=__name__, qualname="Named")
        assert named.__qualname__ == "Named"
        shaped = enum.IntEnum("Shaped", [("A", 1), ("B", 1)], boundary=enum.KEEP)  # PySide's shape
        assert shaped.B is shaped.A and shaped.__module__ == __name__
    finally:
        qt_enums.uninstall()
    assert enum.EnumType._create_ is qt_enums._general  # type: ignore[attr-defined]


def test_quick_enums_pickle_like_general_ones() -> None:
    assert qt_enums.install()
    try:
        quick = enum.IntFlag("QuickFlag", [("A", 1), ("B", 2)], boundary=enum.KEEP)
    finally:
        qt_enums.uninstall()
    globals()["QuickFlag"] = quick  # where pickle looks for it, as for a module's own enum
    try:
        assert pickle.loads(pickle.dumps(quick.A | quick.B)) == quick.A | quick.B
    finally:
        del globals()["QuickFlag"]
