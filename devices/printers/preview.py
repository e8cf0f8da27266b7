"""Document -> preview picture, dot for dot with the printer's paper width.

Raster pictures are pasted as they are sent. The printer's own font (the big number, TCVN-3 lines)
cannot be known exactly: it is drawn with the bundled font in the same cells, which is what a
supervisor needs to judge the layout."""

from __future__ import annotations

import qrcode
from PIL import Image, ImageDraw

from devices.printers.document import Align, BigText, Document, NativeQr, Picture, Text
from devices.printers.escpos_setup import FONT_A
from devices.printers.raster_text import INK, PAPER, THRESHOLD, font

MARGIN = 16  # blank dots above and below, so the preview looks like a torn-off slip


def document_png(document: Document) -> Image.Image:
    width = document.model.dots
    page = Image.new("1", (width, document.height + 2 * MARGIN), PAPER)
    y = MARGIN
    for item in document.items:
        if isinstance(item, Picture):
            page.paste(item.image, (_x(item.align, item.image.width, width), y))
        elif isinstance(item, BigText):
            _cells(page, item.text, item.scale, True, item.align, y, invert=False)
        elif isinstance(item, Text):
            _cells(page, item.text, item.scale, item.bold, item.align, y, invert=item.invert)
        elif isinstance(item, NativeQr):
            qr = qr_picture(item.payload, item.module, border=0)
            page.paste(qr, (_x(item.align, qr.width, width), y))
        y += item.height
    return page


def qr_picture(payload: str, module: int, border: int = 2) -> Image.Image:
    code = qrcode.QRCode(box_size=module, border=border, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()  # includes the border
    size = len(matrix) * module
    picture = Image.new("1", (size, size), PAPER)
    draw = ImageDraw.Draw(picture)
    for row, cells in enumerate(matrix):
        for col, dark in enumerate(cells):
            if dark:
                box = (col * module, row * module, (col + 1) * module - 1, (row + 1) * module - 1)
                draw.rectangle(box, fill=INK)
    return picture


def _x(align: Align, item_width: int, width: int) -> int:
    if align == "center":
        return (width - item_width) // 2
    return width - item_width if align == "right" else 0


def _cells(page: Image.Image, text: str, scale: int, bold: bool, align: Align, y: int, *, invert: bool) -> None:
    """Text in the printer's fixed cells (12 x 24 dots per character, times `scale`)."""
    cell_w, cell_h = FONT_A[0] * scale, FONT_A[1] * scale
    face = font(int(cell_h * 0.8), bold)
    left = _x(align, cell_w * len(text), page.width)
    strip = Image.new("L", (cell_w * len(text), cell_h), 0 if invert else 255)
    draw = ImageDraw.Draw(strip)
    for index, char in enumerate(text):
        # Squeeze a wide glyph into its cell the way a fixed-pitch printer font is drawn.
        glyph_w = max(1.0, face.getlength(char))
        box = Image.new("L", (max(1, int(glyph_w)) + 2, cell_h), 0 if invert else 255)
        ImageDraw.Draw(box).text((1, int(cell_h * 0.82)), char, font=face, fill=255 if invert else 0, anchor="ls")
        fitted = box.resize((min(box.width, cell_w), cell_h)) if box.width > cell_w else box
        draw_x = index * cell_w + (cell_w - fitted.width) // 2
        strip.paste(fitted, (draw_x, 0))
    del draw
    page.paste(strip.point(lambda v: 255 if v > THRESHOLD else 0).convert("1"), (left, y))
