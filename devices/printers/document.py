"""A printed page as a list of items; the ESC/POS bytes and the preview PNG both come from it, so the
preview shows what the printer prints.

Vertical units are printer dots (1/203 inch on the common 203-dpi heads)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from PIL import Image

from devices.printers.escpos_setup import FONT_A, PrinterModel
from devices.printers.raster_text import byte_aligned

Align = Literal["left", "center", "right"]
TEXT_LINE = 30  # dots per line of the printer's own font (ESC 3 30; the usual 1/6 inch default)
CUT_FEED_LINES = 6  # python-escpos feeds 6 lines before the cutter


@dataclass(frozen=True)
class Picture:
    """A 1-bit picture (mode "1", black = ink), printed as a raster bit image (GS v 0)."""

    image: Image.Image
    align: Align = "center"
    text: str = ""  # what the picture says: for logs, tests and screen readers

    def __post_init__(self) -> None:
        # The printer receives whole bytes per row and centres that width: so must the preview.
        if self.image.mode != "1" or self.image.width % 8:
            raise ValueError(f"a picture must be mode 1 and a multiple of 8 dots wide, not {self.image.size}")

    @property
    def height(self) -> int:
        return int(self.image.height)


@dataclass(frozen=True)
class BigText:
    """ASCII in the printer's own font, `scale` times wider and taller (GS !): the ticket number."""

    text: str
    scale: int
    align: Align = "center"

    @property
    def height(self) -> int:
        return FONT_A[1] * self.scale


@dataclass(frozen=True)
class Text:
    """One line in the printer's font: `data` is already encoded (TCVN-3), `text` is for the preview."""

    text: str
    data: bytes
    bold: bool = False
    scale: int = 1
    invert: bool = False
    align: Align = "center"

    @property
    def height(self) -> int:
        return max(TEXT_LINE, FONT_A[1] * self.scale)


@dataclass(frozen=True)
class Gap:
    dots: int

    @property
    def height(self) -> int:
        return self.dots


@dataclass(frozen=True)
class NativeQr:
    """A QR code the printer draws itself (GS ( k); only for profiles that say they can."""

    payload: str
    module: int  # dots per module
    modules: int  # modules across, quiet zone excluded (for the preview)
    align: Align = "center"

    @property
    def height(self) -> int:
        return self.module * self.modules


Item = Picture | BigText | Text | Gap | NativeQr


def picture_items(image: Image.Image, align: Align = "center", text: str = "") -> list[Item]:
    """A picture with its blank top and bottom rows sent as paper feeds (3 bytes, not a row each)."""
    inverted = image.convert("L").point(lambda v: 255 - v)
    box = inverted.getbbox()
    if box is None:
        return [Gap(image.height)]
    top, bottom = box[1], box[3]
    core = byte_aligned(image.crop((0, top, image.width, bottom)), align)
    return [Gap(top), Picture(core, align, text), Gap(image.height - bottom)]


@dataclass
class Document:
    model: PrinterModel
    items: list[Item] = field(default_factory=list)
    cut: bool = True

    def add(self, *items: Item) -> Document:
        for item in items:
            last = self.items[-1] if self.items else None
            if isinstance(item, Gap) and isinstance(last, Gap):  # one feed command instead of two
                self.items[-1] = Gap(last.dots + item.dots)
            elif not (isinstance(item, Gap) and item.dots <= 0):
                self.items.append(item)
        return self

    @property
    def height(self) -> int:
        return sum(item.height for item in self.items)
