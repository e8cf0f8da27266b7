"""The [printer] section of the per-PC settings file, and the ticket layout inside it.

[printer]
url = "usb://04b8:0e15"     # see kiosk_desktop/printing/address.py
name = "printer:kiosk-1"    # how supervisors see it in the device history
paper_mm = 80               # 80 or 58
profile = "TM-T20II"        # python-escpos printer profile; empty = generic
mode = "raster"             # or "tcvn3" for printers with the TCVN-3 code pages
timeout_s = 5.0
[printer.ticket]
footer = "Vui lòng chờ đến lượt. Xin cảm ơn!"
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from kiosk_desktop.errors import ConfigError
from kiosk_desktop.printing.address import PrinterAddress, parse_printer_url

RenderMode = Literal["raster", "tcvn3"]
PaperWidth = Literal[58, 80]
DEFAULT_URL = "sim://"
DEFAULT_DEVICE_NAME = "printer:kiosk"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class TicketLayout(_Strict):
    """What the ticket says besides the number; Vietnamese by default."""

    header: str = Field("", max_length=120, description="a line above the centre name, e.g. UBND PHƯỜNG ...")
    title: str = Field("SỐ THỨ TỰ CỦA BẠN", max_length=60, description="the line above the number")
    footer: str = Field("Vui lòng chờ đến lượt. Xin cảm ơn!", max_length=160, description="the last line")
    show_waiting: bool = Field(True, description="print how many people wait ahead")
    show_qr: bool = Field(True, description="print a QR code with the ticket id, for check-in")


class PrinterSettings(_Strict):
    """The ticket printer at this PC."""

    url: str = Field(DEFAULT_URL, description="printer address; sim:// is the simulator")
    name: str = Field(DEFAULT_DEVICE_NAME, min_length=1, max_length=100, description="device name in the history")
    paper_mm: PaperWidth = Field(80, description="paper width in millimetres")
    profile: str | None = Field(None, description="python-escpos profile name, e.g. TM-T20II")
    mode: RenderMode = Field("raster", description="raster (pictures of the text) or tcvn3 (printer's own font)")
    timeout_s: float = Field(5.0, gt=0, le=60, description="give up on a silent printer after this long")
    ticket: TicketLayout = TicketLayout()

    @field_validator("url")
    @classmethod
    def _valid_url(cls, value: str) -> str:
        try:
            parse_printer_url(value)
        except ConfigError as exc:
            raise ValueError(exc.message) from None
        return value

    @field_validator("profile")
    @classmethod
    def _empty_is_generic(cls, value: str | None) -> str | None:
        return value or None

    @property
    def address(self) -> PrinterAddress:
        return parse_printer_url(self.url)
