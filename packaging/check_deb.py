"""Checks a built .deb with dpkg-deb: its control fields and that it ships what a desktop needs.

Usage: python packaging/check_deb.py dist/cjm-desktop_VERSION_ARCH.deb
Run by CI (.ci/run) after `./dev package`. Exit status 1 names every missing entry: the desktop file,
the MIME type, the AppStream metainfo, each hicolor icon, the commands on the PATH and the bundle.
Plain standard library, so it runs before (and without) the project's virtual environment.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

APPSTREAM_ID = "io.github.cjm_desktop.CjmDesktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # packaging/build_icons.py renders these
CONTROL_FIELDS = ("Package", "Version", "Architecture", "Maintainer", "Depends", "Description")


def required_paths() -> list[str]:
    """Every path the package must hold, as `dpkg-deb --contents` prints them (./usr/...)."""
    paths = [
        "./usr/share/applications/cjm-desktop.desktop",
        "./usr/share/mime/packages/cjm-desktop.xml",
        f"./usr/share/metainfo/{APPSTREAM_ID}.metainfo.xml",
        "./usr/share/icons/hicolor/scalable/apps/cjm-desktop.svg",
        "./usr/share/doc/cjm-desktop/copyright",
        "./usr/bin/cjm-desktop",
        "./usr/bin/cjm",
        "./opt/cjm-desktop/cjm-desktop",
        "./opt/cjm-desktop/cjm",
    ]
    for size in ICON_SIZES:
        paths.append(f"./usr/share/icons/hicolor/{size}x{size}/apps/cjm-desktop.png")
        paths.append(f"./usr/share/icons/hicolor/{size}x{size}/mimetypes/application-x-cjm-journey.png")
    return paths


def listed_paths(contents: str) -> set[str]:
    """The paths of a `dpkg-deb --contents` listing (tar -tv lines; a symlink's target left off)."""
    paths = set()
    for line in contents.splitlines():
        fields = line.split(maxsplit=5)
        if len(fields) == 6:
            paths.add(fields[5].split(" -> ", 1)[0].rstrip("/"))
    return paths


def control_fields(info: str) -> dict[str, str]:
    """The control fields `dpkg-deb --info` prints (indented `Name: value` lines)."""
    fields = {}
    for line in info.splitlines():
        name, sep, value = line.strip().partition(": ")
        if sep and name[:1].isupper() and " " not in name:
            fields.setdefault(name, value)
    return fields


def problems(info: str, contents: str) -> list[str]:
    """What is wrong with a package, given dpkg-deb's --info and --contents output; [] when nothing."""
    found: list[str] = []
    fields = control_fields(info)
    found += [f"control field {name} missing" for name in CONTROL_FIELDS if not fields.get(name)]
    if fields.get("Package") not in (None, "cjm-desktop"):
        found.append(f"package is named {fields['Package']!r}, not 'cjm-desktop'")
    paths = listed_paths(contents)
    found += [f"missing {path}" for path in required_paths() if path not in paths]
    return found


def main(argv: list[str]) -> int:
    """Check the .deb named on the command line."""
    if len(argv) != 1 or not Path(argv[0]).is_file():
        print("usage: check_deb.py PACKAGE.deb (an existing file)", file=sys.stderr)
        return 2
    deb = argv[0]

    def dpkg_deb(option: str) -> str:
        return subprocess.run(["dpkg-deb", option, deb], check=True, capture_output=True, text=True).stdout

    found = problems(dpkg_deb("--info"), dpkg_deb("--contents"))
    for problem in found:
        print(f"check_deb: {deb}: {problem}", file=sys.stderr)
    if not found:
        print(f"check_deb: {deb}: control fields, desktop file, MIME type, metainfo and icons present")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
