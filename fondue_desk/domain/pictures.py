"""Pictures the desk accepts: the office's emblem, the signatory's scanned signature and photos
of complaints. The limits live here only, and a picture is measured from its header before a
single pixel is decoded.

Why the header: a PNG of 13,000 × 13,000 pixels compresses to 160 KB, so a limit on bytes
alone lets it through, and decoding it costs about 500 MB. `Image.open` only reads the header
(format and size); `load()` is what decodes, and nothing here calls it before the size passed.
JPEGs are decoded at a reduced scale when only a smaller copy is wanted (`Image.draft`), so a
phone's 48-megapixel photo costs a quarter of its full size or less.
"""
from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from .errors import RuleViolation

EMBLEM, SIGNATURE, PHOTO = "emblem", "signature", "photo"
FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "GIF": "image/gif",
           "BMP": "image/bmp", "TIFF": "image/tiff"}


@dataclass(frozen=True)
class PictureLimits:
    max_bytes: int
    max_pixels: int      # width × height
    max_side: int        # the longer side, in pixels
    stored_side: int     # what is kept: longer side at most this (0: the photo's own rule)


# An emblem prints 3 cm high (about 350 px at 300 dpi) and a signature about 4 cm wide, so
# 1,600 px is already generous; a scan of an A4 page at 600 dpi (about 35 MP) is the largest
# sensible source. Photos: every phone camera up to 48-50 MP (8,160 × 6,120) passes.
LIMITS: dict[str, PictureLimits] = {
    EMBLEM: PictureLimits(2 * 1024 * 1024, 36_000_000, 8_000, 1_600),
    SIGNATURE: PictureLimits(2 * 1024 * 1024, 36_000_000, 8_000, 1_600),
    PHOTO: PictureLimits(15 * 1024 * 1024, 50_000_000, 12_000, 0),
}
DISPLAY_SIDE = 2048      # a photo's display copy: sharp on a full-HD screen and on A4 paper
DISPLAY_QUALITY = 85
THUMBNAIL_SIDE = 240

_NOT_A_PICTURE = (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError,
                  Image.DecompressionBombError, Image.DecompressionBombWarning)


@dataclass(frozen=True)
class PictureHeader:
    format: str          # Pillow's name: "PNG", "JPEG", ...
    media_type: str
    width: int
    height: int


@dataclass(frozen=True)
class PhotoFiles:
    """A photo as the desk keeps it: `display` is the downscaled, upright JPEG, or None when
    the photo is already small and upright (then the file itself is the display copy)."""

    header: PictureHeader
    display: bytes | None
    thumbnail_png: bytes


def limit_mb(purpose: str) -> int:
    return LIMITS[purpose].max_bytes // (1024 * 1024)


def check_picture(data: bytes, purpose: str) -> PictureHeader:
    """The header of a picture within `purpose`'s limits; nothing is decoded.

    RuleViolation: "file.empty", "file.too_large" {max_mb}, "file.not_an_image",
    "picture.too_many_pixels" {width, height, limit_mp}, "picture.side_too_long"
    {width, height, limit}, "picture.far_too_many_pixels" {limit_mp} (so big that Pillow
    itself refuses to open it, before its size can be read).
    """
    limits = LIMITS[purpose]
    if not data:
        raise RuleViolation("file.empty")
    if len(data) > limits.max_bytes:
        raise RuleViolation("file.too_large", max_mb=limit_mb(purpose))
    try:
        with Image.open(io.BytesIO(data)) as image:
            header = PictureHeader(image.format or "", FORMATS.get(image.format or "", ""),
                                   *image.size)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise RuleViolation("picture.far_too_many_pixels",
                            limit_mp=limits.max_pixels // 1_000_000) from None
    except _NOT_A_PICTURE:
        raise RuleViolation("file.not_an_image") from None
    if not header.media_type or header.width < 1 or header.height < 1:
        raise RuleViolation("file.not_an_image")
    if header.width * header.height > limits.max_pixels:
        raise RuleViolation("picture.too_many_pixels", width=header.width,
                            height=header.height, limit_mp=limits.max_pixels // 1_000_000)
    if max(header.width, header.height) > limits.max_side:
        raise RuleViolation("picture.side_too_long", width=header.width, height=header.height,
                            limit=limits.max_side)
    try:
        with Image.open(io.BytesIO(data)) as probe:
            probe.verify()  # reads the chunks and their checksums: a truncated PNG fails here
    except _NOT_A_PICTURE:
        raise RuleViolation("file.not_an_image") from None
    return header


def stored_png(data: bytes, purpose: str) -> bytes:
    """An emblem or signature as stored: checked, upright, at most `stored_side` pixels on
    its longer side, PNG with its transparency. Stored pictures pass again unchanged in size,
    so a configuration file exported and imported keeps them."""
    check_picture(data, purpose)
    side = LIMITS[purpose].stored_side
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.draft("RGB", (side, side))  # JPEG only: decode at 1/2, 1/4 or 1/8 scale
            picture = ImageOps.exif_transpose(image).convert("RGBA")
    except _NOT_A_PICTURE:
        raise RuleViolation("file.not_an_image") from None
    picture.thumbnail((side, side))
    out = io.BytesIO()
    picture.save(out, "PNG", optimize=True)
    return out.getvalue()


def photo_files(data: bytes) -> PhotoFiles:
    """Check a photo and make its display copy and thumbnail, decoding it once.

    The display copy is made when the photo is larger than DISPLAY_SIDE or carries an EXIF
    rotation (the stored picture must stand upright in every viewer and on paper); a photo
    already small and upright is kept as it is, since re-encoding would only lose quality.
    """
    header = check_picture(data, PHOTO)
    try:
        with Image.open(io.BytesIO(data)) as image:
            rotated = image.getexif().get(0x0112, 1) not in (0, 1)  # 0x0112: Orientation
            smaller = max(header.width, header.height) > DISPLAY_SIDE
            image.draft("RGB", (DISPLAY_SIDE, DISPLAY_SIDE))
            picture = _flattened(ImageOps.exif_transpose(image))
    except _NOT_A_PICTURE:
        raise RuleViolation("file.not_an_image") from None
    display = None
    if smaller or rotated:
        picture.thumbnail((DISPLAY_SIDE, DISPLAY_SIDE), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        picture.save(out, "JPEG", quality=DISPLAY_QUALITY, optimize=True)
        display = out.getvalue()
    picture.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
    out = io.BytesIO()
    picture.save(out, "PNG", optimize=True)
    return PhotoFiles(header, display, out.getvalue())


def _flattened(image: Image.Image) -> Image.Image:
    """RGB on white: a JPEG has no transparency, and a transparent scan must not turn black."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P"
                                              and "transparency" in image.info):
        rgba = image.convert("RGBA")
        canvas = Image.new("RGB", rgba.size, (255, 255, 255))
        canvas.paste(rgba, mask=rgba.getchannel("A"))
        return canvas
    return image.convert("RGB")
