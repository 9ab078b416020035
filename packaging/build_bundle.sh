#!/usr/bin/env bash
# Builds the PyInstaller one-folder bundle into dist/cjm-desktop/ (called by `./dev bundle`).
# Usage: packaging/build_bundle.sh VENV
# PyInstaller is installed into VENV on first use: it is a build tool, not a test dependency.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV=${1:?usage: build_bundle.sh VENV}

if ! "$VENV/bin/python" -c 'import PyInstaller' >/dev/null 2>&1; then
    echo "bundle: installing PyInstaller into $VENV" >&2
    PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 "$VENV/bin/python" -m pip install -qq "pyinstaller>=6,<7"
fi
cd "$ROOT"
# --log-level WARN: PyInstaller's INFO lines run to thousands; warnings and errors still show.
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/cjm-desktop.spec
# The code a start compiles, kept inside the bundle (an installed one cannot keep it itself).
env -u PYTHONDONTWRITEBYTECODE "$VENV/bin/python" "$ROOT/packaging/keep_start_code.py" "$ROOT/dist/cjm-desktop/_internal"
echo "bundle: $ROOT/dist/cjm-desktop ($(du -sh "$ROOT/dist/cjm-desktop" | cut -f1))" >&2
