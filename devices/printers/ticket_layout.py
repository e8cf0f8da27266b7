"""The queue ticket: centre, service, the number very large, priority, people ahead, time, QR, footer.

`raster` draws every Vietnamese line as a picture; `tcvn3` sends them as text in the printer's
TCVN-3 font. Both print the number in the printer's own font, scaled up (a few bytes, where a
picture of it would be ~5 KB: too slow over a 9600-baud serial line)."""

from __future__ import annotations

from dataclasses import dataclass

from devices.printers.document import BigText, Document, Gap
from devices.printers.escpos_setup import FONT_A, PrinterModel
from devices.printers.lines import lines_for
from kiosk_desktop.devices_api import TicketSlip

MAX_SCALE = 6  # 144 dots (18 mm) tall digits; larger only wastes paper


@dataclass(frozen=True)
class Sizes:
    """Font sizes in dots (203 dpi: 8 dots per millimetre)."""

    header: int
    centre: int
    title: int
    service: int
    priority: int
    body: int
    footer: int
    gap: int


SIZES = {
    80: Sizes(header=20, centre=22, title=22, service=28, priority=24, body=22, footer=20, gap=10),
    58: Sizes(header=18, centre=20, title=18, service=26, priority=20, body=20, footer=18, gap=8),
}


def number_scale(number: str, dots: int) -> int:
    """The largest size (1-6) at which the number fits on the paper with a margin."""
    fits = int(dots * 0.9) // (FONT_A[0] * max(1, len(number)))
    return max(1, min(MAX_SCALE, fits))


def date_time(slip: TicketSlip) -> str:
    return f"Thời gian: {slip.issued_at:%d/%m/%Y %H:%M}"


def waiting_line(slip: TicketSlip) -> str:
    if slip.waiting_ahead <= 0:
        return "Chưa có ai chờ trước bạn"
    return f"Số người đang chờ trước bạn: {slip.waiting_ahead}"


def ticket_document(slip: TicketSlip, model: PrinterModel, mode: str) -> Document:
    lines = lines_for(model, mode)
    size = SIZES[model.paper_mm]
    doc = Document(model)
    if slip.header:
        doc.add(*lines.block(slip.header, size.header, bold=False))
    doc.add(*lines.block(slip.centre_name, size.centre, bold=True, max_lines=2))
    doc.add(Gap(size.gap), *lines.rule(), Gap(size.gap))
    doc.add(*lines.block(slip.title, size.title, bold=False), Gap(size.gap // 2))
    doc.add(BigText(slip.number, number_scale(slip.number, model.dots)), Gap(size.gap))
    doc.add(*lines.block(slip.service_name, size.service, bold=True, big=True, max_lines=1))
    if slip.priority_label:
        # Only the word is reversed: a black band the width of the reason costs ~1 KB more.
        doc.add(Gap(size.gap), *lines.block("ƯU TIÊN", size.priority, bold=True, invert=True), Gap(4))
        doc.add(*lines.block(slip.priority_label, size.body, bold=True))
    doc.add(Gap(size.gap))
    if slip.show_waiting:
        doc.add(*lines.block(waiting_line(slip), size.body, bold=False))
    doc.add(*lines.block(date_time(slip), size.body, bold=False))
    if slip.qr_payload:
        doc.add(Gap(size.gap), *lines.qr(slip.qr_payload))
    if slip.footer:
        doc.add(Gap(size.gap), *lines.block(slip.footer, size.footer, bold=False))
    return doc
