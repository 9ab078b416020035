"""cjm-desktop: an offline desktop editor for customer journey maps."""

__version__ = "0.1.0"
APP_NAME = "cjm-desktop"
ORG_NAME = "cjm-desktop"
