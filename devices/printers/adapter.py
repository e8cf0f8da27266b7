"""The ticket printer: ESC/POS bytes over one connection, with status checks and a hard time limit.

Every call runs the device work on a helper thread and waits at most its budget: a printer that
stops answering mid-job makes the call fail with PrinterOffline instead of hanging the caller.
The abandoned job keeps the printer marked busy until it ends, so jobs never interleave."""

from __future__ import annotations

import errno
import logging
import threading
from collections.abc import Callable
from typing import TypeVar

from PIL import Image

from devices.printers.document import Document
from devices.printers.escpos_setup import PrinterModel
from devices.printers.links import Link, access_denied
from devices.printers.preview import document_png
from devices.printers.status import StatusReading
from devices.printers.ticket_layout import ticket_document
from devices.printers.writer import document_bytes
from kiosk_desktop.devices_api import PrinterState, TicketSlip
from kiosk_desktop.errors import KioskError, PaperOut, PrinterFault, PrinterOffline

log = logging.getLogger(__name__)
T = TypeVar("T")

_REFUSED = {
    PrinterState.PAPER_OUT: (PaperOut, "Máy in hết giấy: thay cuộn giấy mới rồi in lại."),
    PrinterState.OFFLINE: (PrinterOffline, "Máy in không phản hồi: kiểm tra nguồn điện và cáp rồi in lại."),
    PrinterState.ERROR: (PrinterFault, "Máy in báo lỗi: đóng nắp, gỡ giấy kẹt rồi in lại."),
}


class EscposTicketPrinter:
    """One configured printer (satisfies kiosk_desktop.devices_api.TicketPrinter)."""

    def __init__(self, name: str, link: Link, model: PrinterModel, *, mode: str = "raster", timeout: float = 5.0):
        self.name = name
        self.link = link
        self.model = model
        self.mode = mode
        self.timeout = timeout
        self._busy = threading.Lock()

    # --- what gets printed --------------------------------------------------------------

    def ticket_document(self, slip: TicketSlip) -> Document:
        return ticket_document(slip, self.model, self.mode)

    def ticket_bytes(self, slip: TicketSlip) -> bytes:
        return document_bytes(self.ticket_document(slip))

    def ticket_png(self, slip: TicketSlip) -> Image.Image:
        return document_png(self.ticket_document(slip))

    # --- talking to the device ----------------------------------------------------------

    def status(self) -> PrinterState:
        reading = self._guarded(self._status_job, self.timeout)
        return reading.state if reading else PrinterState.READY

    def print_ticket(self, slip: TicketSlip) -> PrinterState:
        return self.print_document(self.ticket_document(slip))

    def print_document(self, document: Document) -> PrinterState:
        return self.print_bytes(document_bytes(document))

    def print_bytes(self, data: bytes) -> PrinterState:
        """Send one job; raises PaperOut / PrinterOffline / PrinterFault when it was not accepted."""
        # A 9 KB ticket takes ~9 s down a 9600-baud line: the time limit grows with it.
        budget = self.timeout + 1.5 * self.link.transfer_seconds(len(data))
        return self._guarded(lambda: self._print_job(data), budget)

    def close(self) -> None:
        """Nothing stays open between jobs; kept for the TicketPrinter protocol."""

    def _status_job(self) -> StatusReading | None:
        self.link.open(self.timeout)
        try:
            return self.link.status()
        finally:
            self.link.close()

    def _print_job(self, data: bytes) -> PrinterState:
        self.link.open(self.timeout)
        try:
            before = self.link.status()
            if before is not None:
                self._refuse_if_not_ready(before)
            self.link.write(data)
            after = self.link.status()
        finally:
            self.link.close()
        # Paper that ran out or a cover opened during the job: the ticket may be cut short.
        if after is not None and after.state in (PrinterState.PAPER_OUT, PrinterState.ERROR):
            self._refuse_if_not_ready(after)
        seen = after if after is not None and after.state is not PrinterState.OFFLINE else before
        log.info("printed %d bytes on %s (%s)", len(data), self.name, seen.detail if seen else "no status")
        return seen.state if seen else PrinterState.READY

    def _refuse_if_not_ready(self, reading: StatusReading) -> None:
        if reading.state in _REFUSED:
            error, message = _REFUSED[reading.state]
            raise error(message, detail=f"{self.name} ({self.link.description}): {reading.detail}")

    def _guarded(self, job: Callable[[], T], budget: float) -> T:
        if not self._busy.acquire(timeout=budget):
            raise PrinterOffline(
                "Máy in vẫn đang kẹt ở lệnh in trước và không phản hồi: tắt rồi bật lại máy in.",
                detail=f"{self.name}: previous job still running after {budget:.1f} s",
            )
        result: list[T] = []
        failure: list[BaseException] = []

        def run() -> None:
            try:
                result.append(job())
            except KioskError as exc:
                failure.append(exc)
            except Exception as exc:  # a driver error of any type: the job was not accepted
                if isinstance(exc, PermissionError) or getattr(exc, "errno", None) == errno.EACCES:
                    failure.append(access_denied(self.link.description, exc))  # pyusb without a udev rule
                else:
                    failure.append(
                        PrinterOffline(
                            "Máy in gặp lỗi kết nối: kiểm tra cáp rồi in lại.", detail=f"{self.name}: {exc!r}"
                        )
                    )
            finally:
                self._busy.release()

        worker = threading.Thread(target=run, name=f"printer {self.name}", daemon=True)
        worker.start()
        worker.join(budget)
        if worker.is_alive():
            raise PrinterOffline(
                f"Máy in không phản hồi sau {budget:.0f} giây: kiểm tra nguồn điện và cáp rồi in lại.",
                detail=f"{self.name} ({self.link.description}): job still blocked after {budget:.1f} s",
            )
        if failure:
            raise failure[0]
        return result[0]
