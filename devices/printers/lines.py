"""Lines of Vietnamese text in either render mode: pictures (raster) or TCVN-3 text in the printer's
font A (12 x 24 dots). Layouts (ticket, self-test, daily slip) describe blocks; these make the items."""

from __future__ import annotations

from devices.printers import tcvn3
from devices.printers.document import Item, NativeQr, Picture, Text, picture_items
from devices.printers.escpos_setup import PrinterModel
from devices.printers.preview import qr_picture
from devices.printers.raster_text import line_picture, rule, wrap
from kiosk_desktop.errors import ConfigError

QR_MODULE = 3  # dots per module: ~9 mm for a short payload, read by any phone or desk scanner
SIDE_MARGIN = 12  # dots left blank at each edge: heads do not print reliably to the very edge
MODES = ("raster", "tcvn3")


def lines_for(model: PrinterModel, mode: str) -> RasterLines | TextLines:
    if mode == "raster":
        return RasterLines(model)
    if mode == "tcvn3":
        return TextLines(model)
    raise ConfigError(f"Chế độ in «{mode}» không có: chọn raster hoặc tcvn3.")


class RasterLines:
    def __init__(self, model: PrinterModel) -> None:
        self.model = model

    def block(
        self, text: str, size: int, *, bold: bool, big: bool = False, invert: bool = False, max_lines: int = 0
    ) -> list[Item]:
        """`max_lines`: a long text is set a little smaller if that makes it fit in that many lines
        (every line costs ~1.5 KB on 80 mm paper); if not, it keeps its size and wraps."""
        pad = 3 if invert else 0
        width = self.model.dots - 2 * (pad + SIDE_MARGIN)
        lines = wrap(text, size, bold, width)
        if max_lines and len(lines) > max_lines:
            size, lines = _fit(text, size, bold, width, max_lines, lines)
        items: list[Item] = []
        for line in lines:
            items += picture_items(line_picture(line, size, bold, invert=invert, pad=pad), text=line)
        return items

    def rule(self) -> list[Item]:
        return [Picture(rule(self.model.dots * 2 // 3), text="—")]

    def qr(self, payload: str) -> list[Item]:
        return picture_items(qr_picture(payload, QR_MODULE), text=f"[QR {payload}]")


def _fit(text: str, size: int, bold: bool, width: int, max_lines: int, lines: list[str]) -> tuple[int, list[str]]:
    """The largest size down to 85% at which `text` fits in `max_lines`; else `size` as it was.
    (Smaller would make a name shrink below the body text, which reads worse than one more line.)"""
    for smaller in range(size - 1, int(size * 0.85) - 1, -1):
        fitted = wrap(text, smaller, bold, width)
        if len(fitted) <= max_lines:
            return smaller, fitted
    return size, lines


class TextLines:
    """TCVN-3 text in font A (12 x 24 dots): the service name double size, the priority reversed."""

    def __init__(self, model: PrinterModel) -> None:
        if model.tcvn3_pages is None:
            raise ConfigError(
                f"Mẫu máy in «{model.label}» không có bảng mã TCVN-3: chọn chế độ raster, "
                "hoặc chọn đúng mẫu máy in (profile) nếu máy có TCVN-3."
            )
        self.model = model
        self.pages = model.tcvn3_pages

    def block(
        self, text: str, size: int, *, bold: bool, big: bool = False, invert: bool = False, max_lines: int = 0
    ) -> list[Item]:
        """Wrapped to the columns; `size` and `max_lines` do not apply to the printer's fixed font."""
        scale = 2 if big else 1
        columns = self.model.columns // scale
        lines = _wrap_columns(text, columns - (2 if invert else 0))
        if invert:  # a space each side, so the letters do not touch the edge of the black band
            lines = [f" {line} " for line in lines]
        return [Text(line, tcvn3.encode(line, self.pages), bold, scale, invert) for line in lines]

    def rule(self) -> list[Item]:
        dashes = "-" * (self.model.columns * 2 // 3)
        return [Text(dashes, dashes.encode("ascii"))]

    def qr(self, payload: str) -> list[Item]:
        if self.model.native_qr:  # a few dozen bytes instead of a picture
            return [NativeQr(payload, QR_MODULE, _modules(payload))]
        return picture_items(qr_picture(payload, QR_MODULE), text=f"[QR {payload}]")


def _modules(payload: str) -> int:
    return int(qr_picture(payload, 1, border=0).width)


def _wrap_columns(text: str, columns: int) -> list[str]:
    """Word wrap to `columns` characters, lines of even length (as raster_text.wrap does)."""
    lines = _greedy_columns(text, columns)
    narrowest = columns
    while narrowest > 1 and len(_greedy_columns(text, narrowest - 1)) <= len(lines):
        narrowest -= 1
    return _greedy_columns(text, narrowest)


def _greedy_columns(text: str, columns: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= columns:
            current = candidate
            continue
        if current:
            lines.append(current)
        while len(word) > columns:
            lines.append(word[:columns])
            word = word[columns:]
        current = word
    if current or not lines:
        lines.append(current)
    return lines
