"""A small ESC/POS interpreter for tests, written from the command reference, not from our writer:
it turns bytes back into what a printer would put on paper (pictures, text lines with their size,
feeds, a cut), so tests assert on the decoded structure instead of on a snapshot of our output.

Unknown command bytes raise: an unexpected command in a ticket is a test failure."""

from __future__ import annotations

from dataclasses import dataclass, field

import qrcode
from PIL import Image

ESC, GS, DLE, LF = 0x1B, 0x1D, 0x10, 0x0A
DEFAULT_LINE = 30  # ESC 2: the printer's default line spacing in dots (1/6 inch on 180-dpi units)


@dataclass
class Raster:
    y: int
    x: int
    image: Image.Image  # mode "1", black = ink
    align: int
    raw: bytes  # the whole GS v 0 command


@dataclass
class Line:
    y: int
    data: bytes
    text: str
    width_scale: int
    height_scale: int
    bold: bool
    invert: bool
    align: int
    height: int


@dataclass
class Qr:
    y: int
    payload: str
    module: int
    ec: int


@dataclass
class Paper:
    """Everything printed, top to bottom, with the y (dots) where it starts."""

    dots: int
    rasters: list[Raster] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    qrs: list[Qr] = field(default_factory=list)
    height: int = 0  # dots fed before the cut
    cuts: int = 0
    inits: int = 0
    code_pages: list[int] = field(default_factory=list)

    @property
    def texts(self) -> list[str]:
        return [line.text for line in self.lines]


class _State:
    def __init__(self) -> None:
        self.align = 0
        self.bold = False
        self.invert = False
        self.width_scale = 1
        self.height_scale = 1
        self.spacing = DEFAULT_LINE
        self.page = 0
        self.chars: list[str] = []  # the pending line, decoded with the page active for each byte


def read(data: bytes, dots: int, decode_page: dict[int, dict[int, str]] | None = None) -> Paper:
    """Interpret `data`; `decode_page` maps code page number -> {byte: character} for bytes >= 0x80."""
    paper = Paper(dots)
    state = _State()
    y = 0
    pending = bytearray()
    i = 0
    qr_module, qr_ec, qr_data = 3, 0, b""
    cut_seen = False
    while i < len(data):
        b = data[i]
        if b == LF:
            y = _flush(paper, state, pending, y, force=True)
            i += 1
        elif b == ESC:
            command = data[i + 1]
            if command == ord("@"):
                paper.inits += 1
                state = _State()
                i += 2
            elif command == ord("3"):
                state.spacing = data[i + 2]
                i += 3
            elif command == ord("2"):
                state.spacing = DEFAULT_LINE
                i += 2
            elif command == ord("a"):
                state.align = data[i + 2] % 48
                i += 3
            elif command == ord("E"):
                state.bold = bool(data[i + 2] & 1)
                i += 3
            elif command == ord("!"):
                mode = data[i + 2]
                state.width_scale = 2 if mode & 0x20 else 1
                state.height_scale = 2 if mode & 0x10 else 1
                state.bold = bool(mode & 0x08)
                i += 3
            elif command == ord("t"):
                state.page = data[i + 2]
                paper.code_pages.append(state.page)
                i += 3
            elif command == ord("J"):
                y = _flush(paper, state, pending, y, force=False)
                y += data[i + 2]
                i += 3
            elif command == ord("d"):
                y = _flush(paper, state, pending, y, force=False)
                if not cut_seen:
                    paper.height = y  # the feed before the cut is not part of the ticket
                y += data[i + 2] * state.spacing
                i += 3
            else:
                raise AssertionError(f"unexpected ESC {chr(command)!r} at byte {i}")
        elif b == GS:
            command = data[i + 1]
            if command == ord("!"):
                size = data[i + 2]
                state.width_scale, state.height_scale = (size >> 4) + 1, (size & 0x0F) + 1
                i += 3
            elif command == ord("B"):
                state.invert = bool(data[i + 2] & 1)
                i += 3
            elif command == ord("v") and data[i + 2] == 0x30:
                width_bytes = data[i + 4] | data[i + 5] << 8
                height = data[i + 6] | data[i + 7] << 8
                end = i + 8 + width_bytes * height
                image = _bits_to_image(data[i + 8 : end], width_bytes, height)
                x = _x(state.align, width_bytes * 8, dots)
                paper.rasters.append(Raster(y, x, image, state.align, data[i:end]))
                y += height
                i = end
            elif command == ord("V"):
                paper.cuts += 1
                cut_seen = True
                if not paper.height:
                    paper.height = y
                i += 3
            elif command == ord("(") and data[i + 2] == ord("k"):
                length = data[i + 3] | data[i + 4] << 8
                body = data[i + 5 : i + 5 + length]
                fn = body[1]
                if fn == 67:
                    qr_module = body[2]
                elif fn == 69:
                    qr_ec = body[2] - 48
                elif fn == 80:
                    qr_data = bytes(body[3:])
                elif fn == 81:
                    payload = qr_data.decode("ascii")
                    paper.qrs.append(Qr(y, payload, qr_module, qr_ec))
                    y += qr_module * _qr_modules(payload, qr_ec)
                i += 5 + length
            else:
                raise AssertionError(f"unexpected GS {chr(command)!r} at byte {i}")
        elif b == DLE:
            raise AssertionError(f"a status query inside a print job at byte {i}")
        elif b < 0x20:
            raise AssertionError(f"unexpected control byte 0x{b:02x} at byte {i}")
        else:
            pending.append(b)
            state.chars.append(_char(b, state.page, decode_page))
            i += 1
    if not paper.height:
        paper.height = y
    return paper


def _flush(paper: Paper, state: _State, pending: bytearray, y: int, *, force: bool) -> int:
    if not pending and not force:
        return y
    data = bytes(pending)
    text = "".join(state.chars)
    state.chars.clear()
    height = max(state.spacing, 24 * state.height_scale)
    paper.lines.append(
        Line(y, data, text, state.width_scale, state.height_scale, state.bold, state.invert, state.align, height)
    )
    pending.clear()
    return y + height


def _char(b: int, page: int, decode_page: dict[int, dict[int, str]] | None) -> str:
    if b < 0x80:
        return chr(b)
    if decode_page is None:
        return "\ufffd"
    return decode_page.get(page, {}).get(b, "\ufffd")


def _qr_modules(payload: str, ec: int) -> int:
    """Modules across the smallest QR symbol for `payload` (what the printer picks, no quiet zone)."""
    levels = [qrcode.constants.ERROR_CORRECT_L, qrcode.constants.ERROR_CORRECT_M]
    levels += [qrcode.constants.ERROR_CORRECT_Q, qrcode.constants.ERROR_CORRECT_H]
    code = qrcode.QRCode(error_correction=levels[ec], border=0)
    code.add_data(payload)
    code.make(fit=True)
    return int(code.modules_count)


def _bits_to_image(bits: bytes, width_bytes: int, height: int) -> Image.Image:
    """GS v 0 data: 1 = a black dot, most significant bit leftmost."""
    ink = Image.frombytes("1", (width_bytes * 8, height), bits)
    return ink.point(lambda v: 0 if v else 255).convert("1")


def _x(align: int, width: int, dots: int) -> int:
    if align == 1:
        return (dots - width) // 2
    return dots - width if align == 2 else 0
