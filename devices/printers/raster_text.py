"""Vietnamese lines drawn with the bundled DejaVu font into 1-bit pictures at the printer's dots.

Each picture is cropped to its ink (fewer bytes down a 9600-baud line) and padded to a whole number
of bytes across, so printer and preview centre it the same way. Every line of one font size has
the same height, so stacked tone marks (Ố, Ẫ) are never clipped and lines do not jump."""

from __future__ import annotations

import functools

from PIL import Image, ImageDraw, ImageFont

from kiosk_desktop.fonts import font_path

INK, PAPER = 0, 1  # mode "1": 0 is black
_TALLEST = "ỖẪẶỸẤỆ"  # capitals with stacked marks reach highest
_DEEPEST = "gjpqyỵỹ"
THRESHOLD = 110  # of 255: a little under half keeps thin strokes of the antialiased font


@functools.cache
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(bold)), size)


@functools.cache
def _band(size: int, bold: bool) -> tuple[int, int]:
    """Top and bottom of every line of this font, relative to the baseline."""
    face = font(size, bold)
    top = face.getbbox(_TALLEST, anchor="ls")[1]
    bottom = face.getbbox(_DEEPEST, anchor="ls")[3]
    return int(top), int(bottom)


def text_width(text: str, size: int, bold: bool = False) -> float:
    return font(size, bold).getlength(text)


def wrap(text: str, size: int, bold: bool, width: int) -> list[str]:
    """Word wrap to `width` dots with lines of even length (no lone last word): the narrowest
    width that still needs as few lines as the full width does."""
    lines = _greedy(text, size, bold, width)
    low, high = width // max(1, len(lines)), width
    while low < high:
        middle = (low + high) // 2
        if len(_greedy(text, size, bold, middle)) <= len(lines):
            high = middle
        else:
            low = middle + 1
    return _greedy(text, size, bold, high)


def _greedy(text: str, size: int, bold: bool, width: int) -> list[str]:
    """Greedy word wrap; a word longer than a line is cut between letters."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, size, bold) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while text_width(current, size, bold) > width and len(current) > 1:
            cut = len(current) - 1
            while cut > 1 and text_width(current[:cut], size, bold) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    return lines


def line_picture(text: str, size: int, bold: bool = False, *, invert: bool = False, pad: int = 0) -> Image.Image:
    """One line as a mode-"1" picture, cropped to the ink (plus `pad` dots of margin around it)."""
    face = font(size, bold)
    top, bottom = _band(size, bold)
    left, _, right, _ = (int(v) for v in face.getbbox(text, anchor="ls"))
    width = max(1, right - left) + 2 * pad
    height = bottom - top + 2 * pad
    grey = Image.new("L", (width, height), 0 if invert else 255)
    ImageDraw.Draw(grey).text((pad - left, pad - top), text, font=face, fill=255 if invert else 0, anchor="ls")
    return byte_aligned(grey.point(lambda v: 255 if v > THRESHOLD else 0).convert("1"))


def byte_aligned(picture: Image.Image, align: str = "center") -> Image.Image:
    """Pad to a multiple of 8 dots across (printers take whole bytes per row), on the side away
    from the alignment (both sides when centred)."""
    width, height = picture.size
    padded = -(-width // 8) * 8
    if padded == width:
        return picture
    canvas = Image.new("1", (padded, height), PAPER)
    left = {"center": (padded - width) // 2, "right": padded - width}.get(align, 0)
    canvas.paste(picture, (left, 0))
    return canvas


def rule(width: int, thickness: int = 2) -> Image.Image:
    """A horizontal line, as a separator."""
    return byte_aligned(Image.new("1", (width, thickness), INK))


def row_picture(cells: list[tuple[str, int, str]], size: int, bold: bool = False) -> Image.Image:
    """A table row: each cell is (text, x, "left" | "right"), x being the left or right edge in
    dots. Left-aligned on the paper, cropped after the last ink (columns line up row to row)."""
    face = font(size, bold)
    top, bottom = _band(size, bold)
    right_edge = max(x if align == "right" else x + int(text_width(text, size, bold)) for text, x, align in cells)
    grey = Image.new("L", (max(8, right_edge + 1), bottom - top), 255)
    draw = ImageDraw.Draw(grey)
    for text, x, align in cells:
        draw.text((x, -top), text, font=face, fill=0, anchor="rs" if align == "right" else "ls")
    picture = grey.point(lambda v: 255 if v > THRESHOLD else 0).convert("1")
    padded = -(-picture.width // 8) * 8
    canvas = Image.new("1", (padded, picture.height), PAPER)
    canvas.paste(picture, (0, 0))
    return canvas


def fit(text: str, size: int, bold: bool, width: int) -> str:
    """`text` cut with '…' so it fits in `width` dots (a long service name in a table)."""
    if text_width(text, size, bold) <= width:
        return text
    while text and text_width(text + "…", size, bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"
