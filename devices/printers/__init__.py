"""Ticket printers over ESC/POS: one URL per printer, raster or TCVN-3 rendering, a simulator.

    printer = open_printer("serial:///dev/ttyUSB0?baudrate=9600", paper_mm=80, profile="TM-T20II")
    printer.print_ticket(slip)          # PaperOut / PrinterOffline / PrinterFault when not accepted
    render_ticket_png(slip, 80)         # the preview of exactly those bytes

Nothing connects when a printer is opened: each job opens the connection and closes it after, so
an unplugged printer is an error on the next ticket (within the timeout), not at start-up."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PIL import Image

from devices.printers.adapter import EscposTicketPrinter
from devices.printers.daily_slip import daily_slip_document
from devices.printers.escpos_setup import PrinterModel, printer_model
from devices.printers.lines import MODES, lines_for
from devices.printers.links import link_for
from devices.printers.preview import document_png
from devices.printers.selftest import selftest_document
from devices.printers.sim import SimDevice, SimulatorPrinter, sim_device
from devices.printers.ticket_layout import ticket_document
from devices.printers.writer import document_bytes
from kiosk_desktop.devices_api import TicketSlip
from kiosk_desktop.errors import ConfigError
from kiosk_desktop.printing.address import parse_printer_url
from kiosk_desktop.printing.config import PrinterSettings

__all__ = [
    "EscposTicketPrinter",
    "SimDevice",
    "SimulatorPrinter",
    "daily_slip_bytes",
    "daily_slip_png",
    "open_configured",
    "open_printer",
    "render_ticket_png",
    "selftest_bytes",
    "selftest_png",
    "ticket_bytes",
]

DEFAULT_TIMEOUT = 5.0


def open_printer(
    url: str,
    *,
    paper_mm: int = 80,
    profile: str | None = None,
    mode: str = "raster",
    timeout: float = DEFAULT_TIMEOUT,
    name: str | None = None,
) -> EscposTicketPrinter:
    """A printer for `url`. Bad URL, unknown profile or mode: ConfigError (Vietnamese). An
    unreachable device shows on the first status() or print (PrinterOffline), within `timeout`."""
    address = parse_printer_url(url)
    model = _model(profile, paper_mm, mode)
    label = name or url
    if address.kind == "sim":
        return SimulatorPrinter(label, sim_device(address), model, mode=mode, timeout=timeout)
    return EscposTicketPrinter(label, link_for(address, timeout), model, mode=mode, timeout=timeout)


def open_configured(settings: PrinterSettings) -> EscposTicketPrinter:
    """The printer of this PC's settings ([printer]; sim:// when none is configured)."""
    return open_printer(
        settings.url,
        paper_mm=settings.paper_mm,
        profile=settings.profile,
        mode=settings.mode,
        timeout=settings.timeout_s,
        name=settings.name,
    )


def render_ticket_png(
    slip: TicketSlip, paper_mm: int = 80, *, mode: str = "raster", profile: str | None = None
) -> Image.Image:
    """The preview of `ticket_bytes` with the same arguments (1 dot = 1 pixel)."""
    return document_png(ticket_document(slip, _model(profile, paper_mm, mode), mode))


def ticket_bytes(slip: TicketSlip, paper_mm: int = 80, *, mode: str = "raster", profile: str | None = None) -> bytes:
    return document_bytes(ticket_document(slip, _model(profile, paper_mm, mode), mode))


def daily_slip_bytes(
    report: dict[str, Any],
    centre_name: str,
    paper_mm: int = 80,
    *,
    profile: str | None = None,
    now: datetime | None = None,
) -> bytes:
    """The daily summary slip for `report` (the dict `App.daily_report(day)` returns)."""
    model = printer_model(profile, paper_mm)
    return document_bytes(daily_slip_document(report, centre_name, model, now or datetime.now()))


def daily_slip_png(
    report: dict[str, Any],
    centre_name: str,
    paper_mm: int = 80,
    *,
    profile: str | None = None,
    now: datetime | None = None,
) -> Image.Image:
    model = printer_model(profile, paper_mm)
    return document_png(daily_slip_document(report, centre_name, model, now or datetime.now()))


def selftest_bytes(
    printer_name: str,
    paper_mm: int = 80,
    *,
    mode: str = "raster",
    profile: str | None = None,
    now: datetime | None = None,
) -> bytes:
    model = _model(profile, paper_mm, mode)
    return document_bytes(selftest_document(model, mode, printer_name, now or datetime.now()))


def selftest_png(
    printer_name: str,
    paper_mm: int = 80,
    *,
    mode: str = "raster",
    profile: str | None = None,
    now: datetime | None = None,
) -> Image.Image:
    model = _model(profile, paper_mm, mode)
    return document_png(selftest_document(model, mode, printer_name, now or datetime.now()))


def _model(profile: str | None, paper_mm: int, mode: str) -> PrinterModel:
    if mode not in MODES:
        raise ConfigError(f"Chế độ in «{mode}» không có: chọn raster hoặc tcvn3.")
    model = printer_model(profile, paper_mm)
    lines_for(model, mode)  # tcvn3 on a profile without TCVN-3: refused now, not at the first ticket
    return model
