"""Issue a ticket and print it, for the kiosk and the reception desk. Runs on a worker thread.

With printing on, the printing service does both (issued in the database first, marked printed
only when the printer took the bytes). With printing off the ticket is only issued: a reception
desk whose staff write numbers by hand."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from kiosk_desktop.app import App
from kiosk_desktop.devices_api import PrinterState
from kiosk_desktop.domain import PriorityReason
from kiosk_desktop.errors import DeviceUnavailable, KioskError
from kiosk_desktop.printing.service import PrintOutcome
from kiosk_desktop.services.views import IssuedTicket

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeskOutcome:
    issued: IssuedTicket
    printed: bool
    problem: str | None  # Vietnamese, for the screen: what went wrong with the printer and what to do
    state: PrinterState | None = None


class Printing(Protocol):
    """kiosk_desktop.printing.service.TicketPrinting, as this module uses it."""

    def issue_and_print(self, service_code: str, priority_reason: PriorityReason | None = None) -> PrintOutcome: ...

    def reprint(self, ticket_id: int) -> PrintOutcome: ...


class TicketDesk:
    def __init__(self, app: App, *, print_tickets: bool, printing: Printing | None = None) -> None:
        self._app = app
        self._print = print_tickets
        self._printing = printing

    @property
    def prints(self) -> bool:
        return self._print

    def issue(self, service_code: str, reason: PriorityReason | None = None) -> DeskOutcome:
        """The ticket is issued even when the printer cannot be opened: the number goes on screen."""
        problem = None
        printing = None
        if self._print:
            try:
                printing = self._open()
            except KioskError as exc:  # a bad [printer] setting or a missing device
                log.warning("printer cannot be opened: %s | %s", exc.message, exc.detail or "")
                problem = exc.message
        if printing is None:
            return DeskOutcome(self._app.queue.issue(service_code, reason), printed=False, problem=problem)
        return _outcome(printing.issue_and_print(service_code, reason))

    def reprint(self, ticket_id: int) -> DeskOutcome:
        if not self._print:
            raise DeviceUnavailable(
                "Máy này không in phiếu (print_tickets = false trong tệp cài đặt). "
                "Ghi số cho công dân hoặc in lại ở máy lấy số."
            )
        return _outcome(self._open().reprint(ticket_id))

    def _open(self) -> Printing:
        """Open the printer on first use: never on the GUI thread, never before it is needed."""
        if self._printing is None:
            from devices.printers import open_configured  # the printer stack only where tickets print
            from kiosk_desktop.printing.service import TicketPrinting

            settings = self._app.resolved.settings.printer
            self._printing = TicketPrinting(self._app, open_configured(settings), settings.name)
        return self._printing


def _outcome(result: PrintOutcome) -> DeskOutcome:
    return DeskOutcome(issued=result.issued, printed=result.printed, problem=result.problem, state=result.state)
