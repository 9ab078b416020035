"""Images embedded in a map (persona photos, storyboard frames): read safely, downscale, encode.

Only QtGui's image codecs are used here, never widgets. Every image is checked before it is
decoded: its declared pixel size comes from the header alone, so a decompression bomb (a tiny file
declaring billions of pixels) is refused without allocating anything, and Qt's own allocation
limit is a second fence for formats whose header says nothing.
"""

from __future__ import annotations

import base64
import binascii
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from cjm_desktop.i18n import tr

PERSONA_PHOTO_SIDE = 256  # px: enough for a sharp avatar at 2x zoom, a few dozen kB in the file
FRAME_SIDE = 800  # px: storyboard frames are shown larger
MAX_PIXELS = 64_000_000  # declared pixels we are willing to decode (a 64 MP camera photo)
MAX_SIDE_PX = 30_000  # a single side larger than this is never a real photo
MAX_FILE_BYTES = 64 * 1024 * 1024
ALLOCATION_LIMIT_MB = 256  # Qt's own decode fence (64 MP x 4 bytes)
ACCEPTED_FORMATS = {"png": "PNG", "jpeg": "JPEG", "jpg": "JPEG", "webp": "WebP", "bmp": "BMP"}
JPEG_QUALITY = 86


class ImageError(Exception):
    """An image could not be used; ``str()`` names the file and the problem, fit for the user."""

    def __init__(self, path_or_name: str | Path, problem: str) -> None:
        self.name = Path(path_or_name).name if str(path_or_name) else "image"
        self.problem = problem
        super().__init__(tr("Image", "“%1”: %2").replace("%1", self.name).replace("%2", problem))


@dataclass(frozen=True)
class EmbeddedImage:
    """An image ready to store in a map: base64 bytes, their MIME type and the pixel size."""

    data_b64: str
    mime: str
    width: int
    height: int


def read_image_file(path: str | Path, max_side: int = PERSONA_PHOTO_SIDE) -> EmbeddedImage:
    """Read a PNG/JPEG/WebP/BMP file, downscale it to ``max_side`` and encode it for embedding."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImageError(
                path,
                tr("Image", "the file is too large for a picture in a map (%d MB).")
                % (size // (1024 * 1024)),
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImageError(path, tr("Image", "the file does not exist.")) from None
    except IsADirectoryError:
        raise ImageError(path, tr("Image", "that is a folder, not an image.")) from None
    except OSError as error:
        raise ImageError(
            path, tr("Image", "the file could not be read (%s).") % (error.strerror or error)
        ) from None
    return read_image_bytes(data, path.name, max_side)


def read_image_bytes(data: bytes, name: str, max_side: int = PERSONA_PHOTO_SIDE) -> EmbeddedImage:
    """Like ``read_image_file`` for bytes already in memory (a drop, the clipboard); ``name`` is for messages."""
    if not data:
        raise ImageError(name, tr("Image", "the file is empty."))
    if len(data) > MAX_FILE_BYTES:
        raise ImageError(
            name,
            tr("Image", "the file is too large for a picture in a map (%d MB).")
            % (len(data) // (1024 * 1024)),
        )
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # phone photos carry their rotation in EXIF
    reader.setDecideFormatFromContent(True)
    fmt = bytes(reader.format().data()).decode("ascii", "replace").lower()
    if not fmt:
        raise ImageError(
            name,
            tr(
                "Image", "it is not an image this editor can read (PNG, JPEG, WebP or BMP), or it is damaged."
            ),
        )
    if fmt not in ACCEPTED_FORMATS:
        raise ImageError(
            name, tr("Image", "%s images are not supported; use PNG, JPEG, WebP or BMP.") % fmt.upper()
        )
    declared = reader.size()  # from the header only: nothing is decoded yet
    if declared.isValid():
        _check_pixel_size(name, declared.width(), declared.height())
        target = _fit(declared.width(), declared.height(), max_side)
        if fmt in ("jpeg", "jpg") and target != (declared.width(), declared.height()):
            reader.setScaledSize(QSize(*target))  # libjpeg decodes straight to the smaller size
    image = _read_with_limit(reader)
    if image.isNull():
        problem = reader.errorString() or "unknown error"
        if "allocation" in problem.lower() or "limit" in problem.lower():
            raise ImageError(name, tr("Image", "the image is too large to open safely."))
        raise ImageError(name, tr("Image", "the image is damaged and could not be read (%s).") % problem)
    return embed_qimage(image, name, max_side)


def embed_qimage(
    image: QImage, name: str = "pasted image", max_side: int = PERSONA_PHOTO_SIDE
) -> EmbeddedImage:
    """Downscale and encode an image already decoded (pasted from the clipboard, generated)."""
    if image.isNull() or image.width() <= 0 or image.height() <= 0:
        raise ImageError(name, tr("Image", "the image is empty."))
    _check_pixel_size(name, image.width(), image.height())
    w, h = _fit(image.width(), image.height(), max_side)
    if (w, h) != (image.width(), image.height()):
        image = image.scaled(
            w, h, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    has_alpha = image.hasAlphaChannel() and not _fully_opaque(image)
    if has_alpha:
        fmt, mime = "PNG", "image/png"
        image = image.convertToFormat(QImage.Format.Format_ARGB32)
    else:
        fmt, mime = "JPEG", "image/jpeg"
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, fmt, JPEG_QUALITY if fmt == "JPEG" else -1):
        raise ImageError(name, "the image could not be encoded.")
    buffer.close()
    return EmbeddedImage(
        base64.b64encode(bytes(out.data())).decode("ascii"), mime, image.width(), image.height()
    )


def decode_embedded(data_b64: str) -> QImage:
    """The image stored in a map (a null QImage when the data is damaged); cached for painting."""
    if not data_b64:
        return QImage()
    cached = _decoded.get(data_b64)
    if cached is not None:
        _decoded.move_to_end(data_b64)
        return cached
    try:
        raw = base64.b64decode(data_b64, validate=False)
    except (binascii.Error, ValueError):
        raw = b""
    image = QImage()
    if raw:
        buffer = QBuffer()
        buffer.setData(QByteArray(raw))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        declared = reader.size()
        fmt = bytes(reader.format().data()).decode("ascii", "replace").lower()
        # A hand-edited file could carry a bomb too: the same fences apply as on import.
        pixels_ok = not declared.isValid() or declared.width() * declared.height() <= MAX_PIXELS
        if fmt in ACCEPTED_FORMATS and pixels_ok:
            image = _read_with_limit(reader)
    _decoded[data_b64] = image
    while len(_decoded) > _DECODED_LIMIT:
        _decoded.popitem(last=False)
    return image


_DECODED_LIMIT = 64
_decoded: OrderedDict[str, QImage] = OrderedDict()


def _read_with_limit(reader: QImageReader) -> QImage:
    # The allocation limit is process-wide; hold it at our fence only while we decode.
    previous = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    try:
        return reader.read()
    finally:
        QImageReader.setAllocationLimit(previous)


def _check_pixel_size(name: str, width: int, height: int) -> None:
    if width <= 0 or height <= 0:
        raise ImageError(name, tr("Image", "the image has no pixels (it is damaged)."))
    if width > MAX_SIDE_PX or height > MAX_SIDE_PX or width * height > MAX_PIXELS:
        raise ImageError(
            name,
            tr(
                "Image",
                "the image is too large to open safely (%s × %s pixels; the limit is %d megapixels). "
                "It may be damaged or crafted to exhaust memory.",
            )
            % (f"{width:,}", f"{height:,}", MAX_PIXELS // 1_000_000),
        )


def _fit(width: int, height: int, max_side: int) -> tuple[int, int]:
    longest = max(width, height)
    if longest <= max_side:
        return width, height
    scale = max_side / longest
    return max(1, round(width * scale)), max(1, round(height * scale))


def _fully_opaque(image: QImage) -> bool:
    # Screenshots pasted from the clipboard often come as ARGB with every pixel opaque: those are
    # photos, and JPEG stores them in a fraction of the bytes.
    if image.width() * image.height() > 4_000_000:
        return False
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    alpha = argb.convertToFormat(QImage.Format.Format_Alpha8)
    data, stride, width = bytes(alpha.constBits()), alpha.bytesPerLine(), alpha.width()
    # Scan lines are padded to 4 bytes; only the pixels count.
    return all(data[y * stride : y * stride + width].count(255) == width for y in range(alpha.height()))
