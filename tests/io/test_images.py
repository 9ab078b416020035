"""Embedded images: downscaled, encoded, and bad input refused with a clear message before decoding."""

from __future__ import annotations

import base64
import os
import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QImageReader

from cjm_desktop.canvas.image_codec import (
    FRAME_SIDE,
    PERSONA_PHOTO_SIDE,
    EmbeddedImage,
    ImageError,
    decode_embedded,
    embed_qimage,
    read_image_bytes,
    read_image_file,
)


@pytest.fixture(autouse=True)
def _gui(qapp) -> None:
    """Image codecs need a QGuiApplication."""


def encoded(image: QImage, fmt: str, quality: int = -1) -> bytes:
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt, quality)
    return bytes(out.data())


def photo(width: int, height: int, alpha: int = 255) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(40, 120, 200, alpha))
    for x in range(0, width, 7):  # some detail so the codecs have something to do
        image.setPixelColor(x, height // 2, QColor(250, 200, 0, alpha))
    return image


def png_declaring(width: int, height: int) -> bytes:
    """A tiny, well-formed PNG whose header declares a huge image (a decompression bomb)."""

    def chunk(tag: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024, 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def decoded(embedded: EmbeddedImage) -> QImage:
    image = QImage.fromData(base64.b64decode(embedded.data_b64))
    assert not image.isNull()
    return image


def test_large_photo_is_downscaled_to_jpeg(tmp_path: Path) -> None:
    path = tmp_path / "portrait.jpg"
    path.write_bytes(encoded(photo(1200, 900), "JPEG", 90))
    result = read_image_file(path)
    assert result.mime == "image/jpeg"
    assert (result.width, result.height) == (PERSONA_PHOTO_SIDE, 192)
    image = decoded(result)
    assert (image.width(), image.height()) == (256, 192)
    assert image.pixelColor(5, 5).blue() > 150  # the colours survive


def test_frames_use_their_own_size_and_small_images_are_not_upscaled(tmp_path: Path) -> None:
    big = read_image_bytes(encoded(photo(2000, 1000), "PNG"), "frame.png", max_side=FRAME_SIDE)
    assert (big.width, big.height) == (800, 400)
    small = read_image_bytes(encoded(photo(40, 30), "PNG"), "icon.png")
    assert (small.width, small.height) == (40, 30)


def test_transparency_is_kept_as_png() -> None:
    result = read_image_bytes(encoded(photo(300, 300, alpha=90), "PNG"), "logo.png")
    assert result.mime == "image/png"
    assert decoded(result).pixelColor(1, 1).alpha() == 90


def test_opaque_argb_from_clipboard_becomes_jpeg() -> None:
    result = embed_qimage(photo(600, 400), "pasted image")
    assert result.mime == "image/jpeg"
    assert max(result.width, result.height) == PERSONA_PHOTO_SIDE


def test_bmp_is_accepted() -> None:
    result = read_image_bytes(encoded(photo(64, 32), "BMP"), "old.bmp")
    assert (result.width, result.height) == (64, 32)


def test_webp_is_accepted_when_qt_has_the_plugin() -> None:
    if b"webp" not in [bytes(f.data()) for f in QImageReader.supportedImageFormats()]:
        pytest.skip("this Qt build has no WebP plugin")
    result = read_image_bytes(encoded(photo(500, 250), "WEBP", 80), "photo.webp")
    assert (result.width, result.height) == (256, 128)


@pytest.mark.parametrize("size", [(100_000, 100_000), (20_000, 20_000)])
def test_decompression_bomb_is_refused_before_decoding(size: tuple[int, int]) -> None:
    data = png_declaring(*size)
    assert len(data) < 200
    with pytest.raises(ImageError) as info:
        read_image_bytes(data, "bomb.png")
    message = str(info.value)
    assert "bomb.png" in message and "too large" in message
    assert f"{size[0]:,}" in message


# libjpeg reports the damage through qWarning before we turn it into an ImageError: expected here.
@pytest.mark.qt_log_ignore("Invalid JPEG file structure", "Premature end of JPEG file", "Corrupt JPEG data")
def test_truncated_jpeg_is_refused(tmp_path: Path) -> None:
    data = encoded(photo(800, 600), "JPEG", 90)
    path = tmp_path / "cut.jpg"
    path.write_bytes(data[:200])
    with pytest.raises(ImageError) as info:
        read_image_file(path)
    assert "cut.jpg" in str(info.value)
    assert "damaged" in str(info.value)


def test_random_bytes_named_png_are_refused() -> None:
    with pytest.raises(ImageError, match="not an image this editor can read"):
        read_image_bytes(os.urandom(4096), "photo.png")


def test_svg_is_refused_even_though_qt_reads_it() -> None:
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'
    )
    with pytest.raises(ImageError, match="SVG images are not supported"):
        read_image_bytes(svg, "drawing.svg")


def test_missing_and_empty_files_name_the_problem(tmp_path: Path) -> None:
    with pytest.raises(ImageError, match="does not exist"):
        read_image_file(tmp_path / "nope.png")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(ImageError, match="empty"):
        read_image_file(empty)
    with pytest.raises(ImageError, match="folder"):
        read_image_file(tmp_path)


def test_decode_embedded_round_trip_and_damage() -> None:
    result = embed_qimage(photo(100, 50))
    image = decode_embedded(result.data_b64)
    assert (image.width(), image.height()) == (100, 50)
    assert decode_embedded("not base64 at all!!").isNull()
    assert decode_embedded("").isNull()
    bomb = base64.b64encode(png_declaring(100_000, 100_000)).decode()
    assert decode_embedded(bomb).isNull()  # a hand-edited file cannot smuggle a bomb in either


def test_allocation_limit_is_restored() -> None:
    before = QImageReader.allocationLimit()
    read_image_bytes(encoded(photo(10, 10), "PNG"), "x.png")
    assert QImageReader.allocationLimit() == before
