"""Dataclasses made with the kept code are the dataclasses ``exec`` would have made."""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from pathlib import Path

import pytest

from cjm_desktop import dataclass_code

SOURCE = """
from dataclasses import dataclass, field

@dataclass
class Card:
    id: str
    text: str = ""
    tags: list[str] = field(default_factory=list)
    score: float | None = None

@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0

@dataclass(kw_only=True)
class Options:
    scale: float = 1.0
    names: dict[str, str] = field(default_factory=dict)
"""


def make_classes(future: bool = True) -> dict[str, type]:
    """Three fresh dataclasses (defaults, factories, frozen, order, keyword-only), made through dataclasses.

    FUTURE: with string annotations, as every module of ours writes them; else with the types themselves.
    """
    namespace: dict[str, object] = {"__name__": __name__}
    source = ("from __future__ import annotations\n" if future else "") + SOURCE
    exec(compile(source, "<made>", "exec", dont_inherit=True), namespace)
    return {name: namespace[name] for name in ("Card", "Point", "Options")}  # type: ignore[misc]


def methods(cls: type) -> dict[str, object]:
    """The functions dataclasses wrote onto the class, by name."""
    names = ("__init__", "__repr__", "__eq__", "__lt__", "__hash__", "__setattr__", "__delattr__")
    found = {name: cls.__dict__[name] for name in names if name in cls.__dict__}
    return {name: getattr(fn, "__wrapped__", fn) for name, fn in found.items() if callable(fn)}


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The kept code in a file of its own, uninstalled again afterwards; bytecode writing on, as installed."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)  # the test run may switch it off
    path = tmp_path / "pycache" / "dataclass-code.marshal"
    yield path
    dataclass_code.uninstall()


@pytest.mark.parametrize("future", [True, False])
def test_classes_made_from_kept_code_equal_the_compiled_ones(kept: Path, future: bool) -> None:
    plain = make_classes(future)
    assert dataclass_code.install(kept)
    assert not dataclass_code.install(kept)  # once
    first = make_classes(future)
    assert dataclass_code.save() and kept.is_file()
    dataclass_code.uninstall()
    assert dataclass_code.install(kept)  # a later start: reads the file
    again = make_classes(future)
    assert not dataclass_code.save()  # nothing had to be compiled this time
    for name, cls in plain.items():
        for made in (first[name], again[name]):
            ours, theirs = methods(made), methods(cls)
            assert ours.keys() == theirs.keys()
            for method, fn in ours.items():
                code, expected = fn.__code__, theirs[method].__code__
                assert code == expected, (name, method)
                assert code.co_filename == expected.co_filename
                assert fn.__annotations__ == theirs[method].__annotations__, (name, method)
            assert made.__doc__ == cls.__doc__
    card = again["Card"]("c1", tags=["a"])
    assert repr(card) == "Card(id='c1', text='', tags=['a'], score=None)"
    assert card == again["Card"]("c1", "", ["a"]) and card != again["Card"]("c2")
    assert again["Card"]("c3").tags is not again["Card"]("c4").tags  # a new list per card
    point = again["Point"](1, 2)
    assert point < again["Point"](1, 3) and hash(point) == hash(again["Point"](1, 2))
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 5  # type: ignore[misc]
    with pytest.raises(TypeError):
        again["Options"](2.0)  # keyword-only


@pytest.mark.parametrize(
    "content",
    [b"", b"not a marshal file", b"\x00\x00\x00\x00" + b"x" * 20, importlib.util.MAGIC_NUMBER + b"\xff"],
)
def test_a_damaged_or_foreign_file_is_ignored(kept: Path, content: bytes) -> None:
    kept.parent.mkdir(parents=True)
    kept.write_bytes(content)
    dataclass_code.install(kept)
    card = make_classes()["Card"]("c1")
    assert card.text == ""
    assert dataclass_code.save()  # compiled afresh, and the file replaced with good code
    dataclass_code.uninstall()
    dataclass_code.install(kept)
    make_classes()
    assert not dataclass_code.save()


def test_nothing_is_written_when_bytecode_writing_is_off(kept: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    dataclass_code.install(kept)
    make_classes()
    assert not dataclass_code.save()
    assert not kept.exists()


def test_the_kept_code_lives_beside_the_bytecode() -> None:
    path = dataclass_code.default_path()
    assert path.parent == Path(importlib.util.cache_from_source(dataclass_code.__file__)).parent
    assert sys.implementation.cache_tag in path.name


def test_an_overfull_file_keeps_only_what_the_last_run_used(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dataclass_code, "_MAX_ENTRIES", 1)
    dataclass_code.install(kept)
    make_classes()
    assert dataclass_code.save()
    dataclass_code.uninstall()
    dataclass_code.install(kept)  # a run with other dataclasses (say, after the sources changed)
    namespace: dict[str, object] = {"__name__": __name__}
    exec(
        compile("from dataclasses import dataclass\n@dataclass\nclass Other:\n    a: int\n", "<o>", "exec"),
        namespace,
    )
    assert dataclass_code.save()
    dataclass_code.uninstall()
    dataclass_code.install(kept)
    make_classes()
    assert dataclass_code.save()  # the first run's code had been dropped: compiled again


def test_code_without_globals_runs_in_dataclasses_namespace_as_its_own_exec_would(kept: Path) -> None:
    dataclass_code.install(kept)
    namespace: dict[str, object] = {}
    dataclasses.exec("where = __name__", None, namespace)  # type: ignore[attr-defined]
    assert namespace["where"] == "dataclasses"


def test_a_bundle_reads_the_code_its_build_kept(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A frozen build has no __pycache__: its kept code lives in the bundle's own folder."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    tag = sys.implementation.cache_tag
    assert dataclass_code.default_path() == tmp_path / "kept-code" / f"dataclass-code.{tag}.marshal"


def test_the_code_a_bundle_build_keeps_is_taken_by_a_bundle_start(tmp_path: Path) -> None:
    """packaging/keep_start_code.py fills a bundle's kept-code folder; a (pretended) frozen start of
    the same window then compiles from it: dataclasses, PySide's support modules and their patterns."""
    import os
    import subprocess

    root = Path(__file__).resolve().parents[1]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run(
        [sys.executable, str(root / "packaging" / "keep_start_code.py"), str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    start = (
        "import sys\n"
        f"sys.frozen, sys._MEIPASS = True, {str(tmp_path)!r}\n"
        "from cjm_desktop import dataclass_code, qt_enums, shiboken_code\n"
        "qt_enums.install()\n"
        "with shiboken_code.kept():\n"
        "    from PySide6.QtWidgets import QApplication\n"
        "dataclass_code.install()\n"
        "del sys.frozen, sys._MEIPASS  # where the kept code is was decided; the rest runs from here\n"
        "from cjm_desktop.ui.main_window import MainWindow\n"
        "app = QApplication([])\n"
        "window = MainWindow()\n"
        "window.new_from_sample()\n"
        "print(dataclass_code.hits, shiboken_code.hits, shiboken_code.regex_hits, dataclass_code._new)\n"
    )
    home = tmp_path / "home"
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local"))
    env["QT_QPA_PLATFORM"] = "offscreen"
    ran = subprocess.run(
        [sys.executable, "-c", start], env=env, cwd=root, capture_output=True, text=True, timeout=60
    )
    assert ran.returncode == 0, ran.stderr
    dataclass_hits, pyside_hits, pattern_hits, compiled_anew = ran.stdout.split()
    assert int(dataclass_hits) > 100 and int(pyside_hits) >= 10 and int(pattern_hits) >= 1
    assert compiled_anew == "False"  # nothing of that start was missing
