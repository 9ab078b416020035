#!/usr/bin/env bash
# Wraps the bundle (dist/cjm-desktop/, from build_bundle.sh) into dist/cjm-desktop_VERSION_ARCH.deb
# with the desktop entry, MIME type, hicolor icons and AppStream metainfo (called by `./dev package`).
# Usage: packaging/build_deb.sh
# Layout: /opt/cjm-desktop/ (the bundle), /usr/bin/{cjm-desktop,cjm} (symlinks), /usr/share/...
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUNDLE="$ROOT/dist/cjm-desktop"
ICONS="$ROOT/resources/icons"
APPSTREAM_ID=io.github.cjm_desktop.CjmDesktop
[[ -x $BUNDLE/cjm-desktop ]] || { echo "package: no bundle at $BUNDLE (run ./dev bundle)" >&2; exit 1; }

VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/cjm_desktop/__init__.py")"
ARCH="$(dpkg --print-architecture)"
STAGE="$ROOT/build/deb/cjm-desktop_${VERSION}_${ARCH}"
OUT="$ROOT/dist/cjm-desktop_${VERSION}_${ARCH}.deb"

# Check the metadata first: a broken desktop entry or metainfo is cheaper to find before packing.
desktop-file-validate "$ROOT/packaging/cjm-desktop.desktop"
appstreamcli validate --no-net "$ROOT/packaging/$APPSTREAM_ID.metainfo.xml"

rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/mime/packages" "$STAGE/usr/share/metainfo" "$STAGE/usr/share/doc/cjm-desktop"
cp -a "$BUNDLE" "$STAGE/opt/cjm-desktop"
ln -s /opt/cjm-desktop/cjm-desktop "$STAGE/usr/bin/cjm-desktop"
ln -s /opt/cjm-desktop/cjm "$STAGE/usr/bin/cjm"
install -m 644 "$ROOT/packaging/cjm-desktop.desktop" "$STAGE/usr/share/applications/cjm-desktop.desktop"
install -m 644 "$ROOT/packaging/cjm-desktop-mime.xml" "$STAGE/usr/share/mime/packages/cjm-desktop.xml"
install -m 644 "$ROOT/packaging/$APPSTREAM_ID.metainfo.xml" "$STAGE/usr/share/metainfo/$APPSTREAM_ID.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
    for context in apps:cjm-desktop mimetypes:application-x-cjm-journey; do
        dir="$STAGE/usr/share/icons/hicolor/${size}x${size}/${context%%:*}"
        mkdir -p "$dir"
        install -m 644 "$ICONS/cjm-desktop-$size.png" "$dir/${context#*:}.png"
    done
done
mkdir -p "$STAGE/usr/share/icons/hicolor/scalable/apps"
install -m 644 "$ICONS/cjm-desktop.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/cjm-desktop.svg"
install -m 644 "$ROOT/LICENSE" "$STAGE/usr/share/doc/cjm-desktop/copyright"
install -m 644 "$ROOT/resources/legal/THIRD-PARTY-NOTICES.md" "$STAGE/usr/share/doc/cjm-desktop/"

# Depends: the system libraries Qt's xcb platform plugin loads (the bundle carries Qt itself).
cat >"$STAGE/DEBIAN/control" <<CONTROL
Package: cjm-desktop
Version: $VERSION
Architecture: $ARCH
Maintainer: The cjm-desktop authors <cjm-desktop@users.noreply.github.com>
Installed-Size: $(du -sk "$STAGE" | cut -f1)
Depends: libc6, libegl1, libgl1, libfontconfig1, libxkbcommon0, libxkbcommon-x11-0, libdbus-1-3,
 libglib2.0-0, libx11-xcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0,
 libxcb-render-util0, libxcb-randr0, libxcb-shape0, libxcb-xfixes0, libxcb-sync1
Section: editors
Priority: optional
Homepage: https://github.com/cjm-desktop/cjm-desktop
Description: offline editor for customer journey maps
 Stages from left to right, lanes from top to bottom, cards in the cells, personas with
 their experience curves, and metrics from spreadsheets over every stage. Exports PNG,
 vector PDF and SVG. No account, no network.
CONTROL
# Refresh the desktop's MIME, menu and icon caches when the tools are there (they usually are).
cat >"$STAGE/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
command -v update-mime-database >/dev/null && update-mime-database /usr/share/mime || true
command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
exit 0
POSTINST
cp "$STAGE/DEBIAN/postinst" "$STAGE/DEBIAN/postrm"
chmod 755 "$STAGE/DEBIAN/postinst" "$STAGE/DEBIAN/postrm"

# gzip: xz would take minutes on a small machine for a ~10 % smaller file.
dpkg-deb --root-owner-group -Zgzip --build "$STAGE" "$OUT" >/dev/null
rm -rf "$STAGE"
echo "package: $OUT ($(du -h "$OUT" | cut -f1))" >&2
