"""Print integrity: a ticket is issued in the database first and marked printed only when the printer
accepted the bytes. A failed print never un-issues a ticket: the citizen keeps the place, staff
get a Vietnamese message saying what to do, and the ticket can be reprinted.

Blocking (the printer adapter bounds every call by its timeout): windows call this from a worker
thread, never from the GUI thread."""

from __future__ import annotations

import dataclasses
import logging
import threading
from dataclasses import dataclass

from kiosk_desktop.app import App
from kiosk_desktop.devices_api import PrinterState, TicketPrinter, TicketSlip
from kiosk_desktop.domain import OPEN_STATUSES, PriorityReason
from kiosk_desktop.errors import DeviceUnavailable, RuleViolation, StorageUnavailable
from kiosk_desktop.printing import device_log, messages
from kiosk_desktop.printing.config import DEFAULT_DEVICE_NAME, TicketLayout
from kiosk_desktop.printing.slips import business_today, centre_name, load_issued, slip_of
from kiosk_desktop.services.ticket_text import status_label
from kiosk_desktop.services.views import IssuedTicket

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PrintOutcome:
    issued: IssuedTicket
    printed: bool
    state: PrinterState
    problem: str | None  # Vietnamese: what staff should do; None when all went well


class TicketPrinting:
    """Issue-and-print and reprint for one kiosk or reception printer."""

    def __init__(
        self,
        app: App,
        printer: TicketPrinter,
        device_name: str = DEFAULT_DEVICE_NAME,
        layout: TicketLayout | None = None,
    ) -> None:
        self.app = app
        self.printer = printer
        self.device_name = device_name
        self.layout = layout or app.resolved.settings.printer.ticket
        self._centre: str | None = None
        self._recorded: str | None = None  # the device's last state in the history
        self._lock = threading.Lock()  # the state cache, when two workers share one printer

    def issue_and_print(self, service_code: str, priority_reason: PriorityReason | None = None) -> PrintOutcome:
        issued = self.app.queue.issue(service_code, priority_reason)  # exists from here on, printed or not
        return self._print(issued)

    def reprint(self, ticket_id: int) -> PrintOutcome:
        """Print a ticket again (after paper out, or a citizen who lost it), with today's count ahead."""
        issued = load_issued(self.app.db, ticket_id)
        ticket = issued.ticket
        today = business_today(self.app.db, self.app.zone)
        if ticket.business_day != today or ticket.status not in OPEN_STATUSES:
            raise RuleViolation(
                f"Số {ticket.number} ({status_label(ticket.status)}, ngày {ticket.business_day:%d/%m/%Y}) "
                "không còn trong hàng chờ hôm nay nên không in lại. Cấp số mới cho công dân nếu cần."
            )
        return self._print(issued)

    def slip_for(self, ticket_id: int) -> TicketSlip:
        """Exactly what a reprint of this ticket would say (for a preview on screen)."""
        return self._slip(load_issued(self.app.db, ticket_id))

    def check(self) -> PrinterState:
        """Ask the printer how it is (for a kiosk that greys out its buttons) and record a change."""
        try:
            state = self.printer.status()
        except DeviceUnavailable as exc:
            state = messages.state_of(exc)
        self._record(state)
        return state

    def _slip(self, issued: IssuedTicket) -> TicketSlip:
        if self._centre is None:
            self._centre = centre_name(self.app.db)
        return slip_of(issued, self._centre, self.app.zone, self.layout)

    def _print(self, issued: IssuedTicket) -> PrintOutcome:
        number = issued.ticket.number
        try:
            state = self.printer.print_ticket(self._slip(issued))
        except DeviceUnavailable as exc:
            state = messages.state_of(exc)
            log.warning("ticket %s not printed on %s: %s | %s", number, self.device_name, exc.message, exc.detail)
            self._record(state)
            return PrintOutcome(issued, False, state, messages.not_printed_because(exc, number))
        except Exception:  # a bug while rendering: the ticket exists all the same, staff must know
            log.exception("ticket %s not printed on %s: unexpected fault", number, self.device_name)
            return PrintOutcome(issued, False, PrinterState.ERROR, messages.not_printed_fault(number))
        self._record(state)
        try:
            self.app.queue.mark_printed(issued.ticket.id)
        except StorageUnavailable as exc:
            log.error("ticket %s printed but not marked printed: %s", number, exc.detail or exc.message)
            return PrintOutcome(issued, True, state, messages.printed_not_recorded(number))
        marked = dataclasses.replace(issued, ticket=dataclasses.replace(issued.ticket, printed=True))
        return PrintOutcome(marked, True, state, messages.printed_with_warning(state))

    def _record(self, state: PrinterState) -> None:
        """One history row per change, so supervisors see paper-near-end and offline spells."""
        with self._lock:
            try:
                if self._recorded is None:
                    self._recorded = device_log.last_state(self.app.db, self.device_name)
                if self._recorded == state.value:
                    return
                device_log.record_state(
                    self.app.db, self.app.zone, self.device_name, "printer", state.value, messages.STATE_VI[state]
                )
                self._recorded = state.value
            except StorageUnavailable as exc:  # the history must never stop a ticket from printing
                log.error("printer state %s of %s not recorded: %s", state, self.device_name, exc.detail)
