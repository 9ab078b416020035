"""The document layer: model + undo stack + signals (QtCore/QtGui only, no widgets)."""

from cjm_desktop.document.changes import Collection
from cjm_desktop.document.document import JourneyDocument

__all__ = ["Collection", "JourneyDocument"]
