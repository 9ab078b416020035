"""cjm-desktop: run ``python main.py [MAP.cjm]``, or ``python main.py --help`` for sub-commands."""

from cjm_desktop.app import main

if __name__ == "__main__":
    raise SystemExit(main())
