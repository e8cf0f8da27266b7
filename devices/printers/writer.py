"""Document -> ESC/POS bytes, through python-escpos' command set on a Dummy printer.

Text goes out as raw bytes: the library's automatic encoder would insert its own code page
switches and '?' for Vietnamese letters (see tcvn3.py)."""

from __future__ import annotations

from typing import Any

from devices.printers.document import TEXT_LINE, BigText, Document, Gap, Item, NativeQr, Picture, Text
from devices.printers.escpos_setup import FONT_A, new_dummy

ESC_J = b"\x1bJ"  # ESC J n: print and feed n dots
GS_B = b"\x1dB"  # GS B n: white on black
QR_EC_M = 1  # escpos.constants.QR_ECLEVEL_M, the level the preview draws with


def document_bytes(document: Document) -> bytes:
    printer = new_dummy(document.model)
    printer.hw("INIT")  # ESC @ at the start of every job: no style left over from another program
    printer.line_spacing(TEXT_LINE)
    for item in document.items:
        _emit(printer, item)
    if document.cut:
        printer.cut()
    return bytes(printer.output)


def _emit(printer: Any, item: Item) -> None:
    if isinstance(item, Picture):
        printer.set(align=item.align)
        printer.image(item.image, impl="bitImageRaster", center=False)
    elif isinstance(item, BigText):
        printer.set(align=item.align, bold=True, custom_size=True, width=item.scale, height=item.scale)
        printer.line_spacing(FONT_A[1] * item.scale)  # the line is exactly as tall as the big digits
        printer._raw(item.text.encode("ascii") + b"\n")
        _normal_size(printer)
        printer.set(bold=False)
        printer.line_spacing(TEXT_LINE)
    elif isinstance(item, Text):
        _emit_text(printer, item)
    elif isinstance(item, Gap):
        left = item.dots
        while left > 0:
            step = min(left, 255)
            printer._raw(ESC_J + bytes([step]))
            left -= step
    elif isinstance(item, NativeQr):
        printer.set(align=item.align)
        printer.qr(item.payload, ec=QR_EC_M, size=item.module, native=True)


def _emit_text(printer: Any, item: Text) -> None:
    if item.scale > 1:
        printer.set(custom_size=True, width=item.scale, height=item.scale)
        printer.line_spacing(FONT_A[1] * item.scale)
    printer.set(align=item.align, bold=item.bold)
    if item.invert:
        printer._raw(GS_B + b"\x01")
    printer._raw(item.data + b"\n")
    if item.invert:
        printer._raw(GS_B + b"\x00")
    if item.scale > 1:
        _normal_size(printer)
        printer.line_spacing(TEXT_LINE)
    if item.bold:
        printer.set(bold=False)


def _normal_size(printer: Any) -> None:
    # GS ! 0, not python-escpos' normal_textsize (ESC ! 0): clones do not all let ESC ! undo GS !.
    printer.set(custom_size=True, width=1, height=1)
