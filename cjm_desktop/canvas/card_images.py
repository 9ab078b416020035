"""Card pictures decoded once and kept (derived state): painting never decodes the same data twice."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtGui import QImage

from cjm_desktop.canvas.image_codec import (
    decode_embedded,  # the one place pictures are decoded, with its size fences
)
from cjm_desktop.model import Card

_IMAGE_LIMIT = 256
_images: OrderedDict[tuple[int, int], QImage] = OrderedDict()


def card_image(card: Card) -> QImage:
    """The card's picture decoded once (derived state, keyed by a hash of the data); null if none or damaged."""
    if not card.image:
        return QImage()
    key = (len(card.image), hash(card.image))  # str hashes are cached: cheap on every paint
    image = _images.get(key)
    if image is None:
        image = decode_embedded(card.image)
        _images[key] = image
        while len(_images) > _IMAGE_LIMIT:
            _images.popitem(last=False)
    else:
        _images.move_to_end(key)
    return image
