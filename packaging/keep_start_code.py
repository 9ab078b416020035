"""Keep the code an editor start compiles inside a built bundle, so its first start is as quick as a checkout's.

A checkout's start keeps what it compiles on the way to the first paint (dataclasses' methods,
PySide6's embedded support modules and their patterns: dataclass_code.py, shiboken_code.py) beside
its bytecode. A bundle has no ``__pycache__`` and, installed under /opt, no folder it may write: its
start reads them from ``_internal/kept-code/`` (dataclass_code.kept_path), which this script fills
with the build's own Python, the interpreter the bundle carries. It makes the window a start makes,
offscreen, in a throwaway home (no real settings are read or written). A bundle takes the dataclasses'
part: PyInstaller's PySide6 runtime hook imports QtCore before the app's code runs, so shiboken's
support modules are compiled before shiboken_code can answer for them (their files are kept anyway,
and taken should that hook change).

    python packaging/keep_start_code.py dist/cjm-desktop/_internal    (build_bundle.sh runs it)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's cjm_desktop


def main(internal: Path) -> int:
    """Start the editor's window on the sample map with the kept code's files in INTERNAL/kept-code."""
    if sys.dont_write_bytecode:
        sys.exit("keep_start_code: bytecode writing is off (PYTHONDONTWRITEBYTECODE): nothing would be kept")
    folder = internal / "kept-code"
    tag = sys.implementation.cache_tag
    from cjm_desktop import dataclass_code, qt_enums, shiboken_code

    # The same steps, in the same order, as app._start_gui up to the window's first paint.
    qt_enums.install()
    with shiboken_code.kept(folder / f"shiboken-code.{tag}.marshal"):
        from PySide6.QtCore import QTimer  # noqa: F401 - imported as the start imports it
        from PySide6.QtWidgets import QApplication
    dataclass_code.install(folder / f"dataclass-code.{tag}.marshal")
    from cjm_desktop import language
    from cjm_desktop.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    language.install_language("en")
    window = MainWindow()
    from cjm_desktop.ui.start_page import show_start_page

    show_start_page(window)  # an installed editor's first screen
    app.processEvents()
    window.new_from_sample()  # and a map, as the cold-start benchmark opens
    window.show()
    app.processEvents()
    dataclass_code.save()
    kept = sorted(p.name for p in folder.glob("*.marshal"))
    if not any(name.startswith("dataclass-code.") for name in kept) or not any(
        name.startswith("shiboken-code.") for name in kept
    ):
        sys.exit(f"keep_start_code: expected kept code in {folder}, found {kept}")
    print(f"keep_start_code: {', '.join(kept)} in {folder}", file=sys.stderr)
    window.close()
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2 or not Path(sys.argv[1]).is_dir():
        sys.exit("usage: keep_start_code.py BUNDLE/_internal")
    with tempfile.TemporaryDirectory(prefix="cjm-keep-") as home:
        # Before Qt loads: the window reads settings and recent files; none of the builder's.
        os.environ.update(
            HOME=home,
            XDG_CONFIG_HOME=f"{home}/.config",
            XDG_DATA_HOME=f"{home}/.local/share",
            XDG_CACHE_HOME=f"{home}/.cache",
            XDG_RUNTIME_DIR=home,
            QT_QPA_PLATFORM="offscreen",
        )
        status = main(Path(sys.argv[1]).resolve())
    sys.exit(status)
