#!/usr/bin/env bash
# Smoke-tests a built bundle the way a user runs it, with no checkout on any path:
# `cjm --version`, `cjm new --sample` + `cjm export` to PDF + `cjm validate`, `cjm import-metrics
# --dry-run` of a CSV and of an .xls (cell formats through xlrd), and the editor window
# opening offscreen (CJM_SMOKE_TEST=1 makes it report its window and quit).
# Usage: packaging/smoke_test_bundle.sh [BUNDLE_DIR]   (default: dist/cjm-desktop)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUNDLE="$(cd "${1:-$ROOT/dist/cjm-desktop}" && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# A private home (settings, recovery folder) and a folder far from the checkout; no PYTHONPATH.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
export XDG_CACHE_HOME="$WORK/home/.cache" QT_QPA_PLATFORM=offscreen
unset PYTHONPATH PYTHONHOME
mkdir -p "$HOME"
cd "$WORK"

step() { printf 'smoke: %s\n' "$*" >&2; }
fail() { printf 'SMOKE TEST FAILED: %s\n' "$*" >&2; exit 1; }

step "cjm --version"
version="$("$BUNDLE/cjm" --version)" || fail "cjm --version exited non-zero"
[[ $version == cjm-desktop\ * ]] || fail "unexpected version output: $version"
step "$version"

step "cjm new --sample / export to PDF / validate"
"$BUNDLE/cjm" new --sample sample.cjm >/dev/null || fail "cjm new --sample"
"$BUNDLE/cjm" export sample.cjm -o sample.pdf >/dev/null || fail "cjm export to PDF"
[[ $(head -c 5 sample.pdf) == %PDF- ]] || fail "sample.pdf is not a PDF"
size=$(stat -c %s sample.pdf)
((size > 10000)) || fail "sample.pdf is suspiciously small ($size bytes)"
"$BUNDLE/cjm" validate sample.cjm || fail "cjm validate"
step "sample.pdf: $size bytes"

step "cjm import-metrics (the guarded reader runs as the bundle's own child process)"
printf 'Stage;Sessions;Conversion\nAwareness;"12 500";1,5 %%\nConsideration;"8 200";2,5 %%\n' >metrics.csv
out="$("$BUNDLE/cjm" import-metrics sample.cjm metrics.csv --dry-run 2>&1)" \
    || fail "cjm import-metrics --dry-run: $out"
[[ $out == *"dry run"* ]] || fail "no import summary: $out"
step "import summary printed"

step "cjm import-metrics of a legacy .xls (its cell formats come from xlrd, which the bundle must carry)"
cp "$ROOT/tests/data/locales/fi-typed.xls" typed.xls
out="$("$BUNDLE/cjm" import-metrics sample.cjm typed.xls --dry-run --skip-unmatched 2>&1)" \
    || fail "cjm import-metrics of an .xls: $out"
[[ $out == *"Konversio: percent"* ]] || fail "the .xls percent format was not read: $out"
step ".xls formats read"

step "cjm export --lang hu of a map whose stage name must be hyphenated (pyphen's Hungarian patterns, which the bundle must carry)"
sed 's/"name": "Awareness"/"name": "Megszentségteleníthetetlenségeskedéseitekért"/' sample.cjm >hyphen.cjm
grep -q Megszentségteleníthetetlenségeskedéseitekért hyphen.cjm || fail "the sample has no Awareness stage to rename"
"$BUNDLE/cjm" --lang hu export hyphen.cjm -o hyphen.png >/dev/null 2>"$WORK/hyphen.err" \
    || { cat "$WORK/hyphen.err" >&2; fail "cjm export with a Hungarian word to hyphenate"; }
step "hyphenated in Hungarian"

step "editor window (offscreen)"
out="$(CJM_SMOKE_TEST=1 timeout 120 "$BUNDLE/cjm-desktop" sample.cjm 2>"$WORK/gui.err")" \
    || { cat "$WORK/gui.err" >&2; fail "the editor did not start"; }
[[ $out == *"smoke: window shown"*"with icon"* ]] || { cat "$WORK/gui.err" >&2; fail "no window: $out"; }
icons="$(sed -n 's/.* \([0-9]*\) action icons.*/\1/p' <<<"$out")"
((${icons:-0} >= 20)) || fail "only ${icons:-0} toolbar/menu icons drawn (qtawesome fonts missing?): $out"
step "$(sed -n 's/^smoke: window shown/window shown/p' <<<"$out")"
# The code the build kept for a start (packaging/keep_start_code.py) is found and taken. (Only the
# dataclasses' part: PyInstaller's own PySide6 runtime hook imports QtCore before the app's code
# runs, so shiboken's support modules are compiled before shiboken_code could answer for them.)
dataclass_hits="$(sed -n 's/^smoke: kept start code used: \([0-9]*\) dataclass methods.*/\1/p' <<<"$out")"
((${dataclass_hits:-0} > 0)) || fail "the start compiled the dataclass code its build kept: $out"
step "$(sed -n 's/^smoke: kept/kept/p' <<<"$out")"
step "all passed"
