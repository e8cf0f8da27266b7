"""The reception desk: issue tickets (priority ones too), reprint, cancel, welcome back a parked
citizen, and watch the waiting list per service with the time each citizen has waited."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk_desktop.domain import PriorityReason
from kiosk_desktop.errors import KioskError
from kiosk_desktop.services import floor_lists
from kiosk_desktop.services.views import QueueStatus, TicketView
from ui.banner import TroubleBanner
from ui.floor import Floor
from ui.operations import Operations
from ui.priority_dialog import PriorityDialog
from ui.reason_dialog import ReasonDialog
from ui.reception_issue_panel import ReceptionIssuePanel
from ui.reception_waiting_table import ReceptionWaitingTable
from ui.texts import priority_label
from ui.theme import BAD, GOOD, font, set_look
from ui.ticket_desk import DeskOutcome

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

WAITS_EVERY_MS = 30_000  # the "waited" column moves with the clock, not only with events


class ReceptionWindow(QWidget):
    issued = Signal(object)  # DeskOutcome
    ticket_changed = Signal(str, object)  # action, TicketView | DeskOutcome
    move_failed = Signal(str, str)  # action, Vietnamese message

    def __init__(self, floor: Floor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.floor = floor
        self.setWindowTitle(translate("Reception", "Quầy hướng dẫn"))
        set_look(self, "page")
        self.ops = Operations(self)  # issuing, printing, cancelling: one at a time
        self.lists = Operations(self)  # the waiting list: never behind a slow printer
        self.desk = floor.desk(floor.settings.reception.print_tickets)
        self.dialog: ReasonDialog | PriorityDialog | None = None
        self._loading = False
        self._stale = False
        self.title = QLabel(translate("Reception", "Quầy hướng dẫn — cấp số và danh sách chờ"))
        self.title.setFont(font(26, bold=True))
        self.banner = TroubleBanner()
        self.panel = ReceptionIssuePanel()
        self.table = ReceptionWaitingTable()
        body = QHBoxLayout()
        body.setSpacing(16)
        self.panel.setMaximumWidth(580)
        body.addWidget(self.panel, 2)
        body.addWidget(self.table, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        self._wire()
        if floor.state.status is not None:
            self._on_status(floor.state.status)

    def _wire(self) -> None:
        state = self.floor.state
        state.status_changed.connect(self._on_status)
        state.trouble.connect(self.banner.report)
        for ops in (self.ops, self.lists):
            ops.storage_failed.connect(lambda text: self.banner.report("database", text))
            ops.storage_ok.connect(lambda: self.banner.report("database", ""))
        self.ops.busy_changed.connect(self.panel.set_busy)
        self.panel.issue_requested.connect(self.issue)
        self.panel.ticket_action.connect(self.act)
        self.table.ticket_picked.connect(self.panel.number.setText)
        self.panel.number.textChanged.connect(self._sync_priority)
        self._waits = QTimer(self)
        self._waits.timeout.connect(self.load_waiting)
        self._waits.start(WAITS_EVERY_MS)

    # --- moves -----------------------------------------------------------------------------

    def issue(self, code: str, reason: str | None) -> None:
        priority = PriorityReason(reason) if reason else None
        self.ops.run(lambda: self.desk.issue(code, priority), self._on_issued, lambda e: self._on_failed("issue", e))

    def act(self, action: str, number: str) -> None:
        """reprint, unpark, cancel or change priority (these two ask first) of the ticket with this number."""
        app = self.floor.app
        if action == "cancel":
            self._ask_cancel(number)
        elif action == "priority":
            self._ask_priority(number)
        elif action == "unpark":
            self._run(action, lambda: app.queue.unpark(number))
        elif action == "reprint":
            self._run(action, lambda: self.desk.reprint(floor_lists.ticket_today(app.db, app.zone, number).id))

    def cancel(self, number: str, reason: str | None) -> None:
        self._run("cancel", lambda: self.floor.app.queue.cancel(number, reason or None))

    def _ask_cancel(self, number: str) -> None:
        dialog = ReasonDialog(
            translate("Reception", "Hủy số"),
            translate("Reception", "Hủy số %1 vì:").replace("%1", number),
            (
                translate("Reception", "Công dân không chờ nữa"),
                translate("Reception", "Lấy nhầm dịch vụ"),
                translate("Reception", "Cấp lại số ưu tiên"),
                translate("Reception", "Phiếu trùng"),
            ),
            required=True,
            parent=self,
        )
        dialog.accepted.connect(lambda: self.cancel(number, dialog.value()))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def change_priority(self, number: str, reason: PriorityReason | None, note: str) -> None:
        """Give priority for `reason` (None: withdraw it); the note goes into the ticket's history."""
        self._run("priority", lambda: self.floor.app.queue.set_priority(number, reason, note))

    def _ask_priority(self, number: str) -> None:
        ticket = self.table.ticket_by_number(number)
        if ticket is None:  # called or cancelled since it was picked: the list says so too
            self.panel.show_result(
                translate("Reception", "Số %1 không còn trong danh sách chờ: không đổi được ưu tiên.").replace(
                    "%1", number
                ),
                BAD,
            )
            return
        dialog = PriorityDialog(ticket, self)
        dialog.accepted.connect(lambda: self.change_priority(number, dialog.reason(), dialog.note_text()))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _run(self, action: str, work: Callable[[], Any]) -> None:
        self.ops.run(work, lambda result: self._on_done(action, result), lambda e: self._on_failed(action, e))

    # --- results ---------------------------------------------------------------------------

    def _on_issued(self, outcome: DeskOutcome) -> None:
        ticket = outcome.issued.ticket
        text = (
            translate("Reception", "Đã cấp số %1 — %2").replace("%1", ticket.number).replace("%2", ticket.service_name)
        )
        if ticket.priority:
            text += f" ({priority_label(ticket.priority_reason)})"
        if outcome.problem:
            text += "\n" + outcome.problem
        self.panel.show_result(text, BAD if outcome.problem else GOOD)
        self.panel.number.setText(ticket.number)
        self.panel.priority.setCurrentIndex(0)  # the next citizen is not priority unless chosen again
        self.banner.report("printer", outcome.problem or "")
        self.issued.emit(outcome)
        self.floor.state.reload()

    def _on_done(self, action: str, result: TicketView | DeskOutcome) -> None:
        if isinstance(result, DeskOutcome):
            number = result.issued.ticket.number
            self.banner.report("printer", result.problem or "")
        else:
            number = result.number
        texts = {
            "reprint": translate("Reception", "Đã in lại phiếu số %1."),
            "unpark": translate("Reception", "Số %1 đã được xếp lại vào chỗ cũ trong hàng chờ."),
            "cancel": translate("Reception", "Đã hủy số %1."),
            "priority": translate("Reception", "Số %1 đã về phiếu thường (bỏ ưu tiên)."),
        }
        text = texts[action].replace("%1", number)
        if action == "priority" and isinstance(result, TicketView) and result.priority:
            text = (
                translate("Reception", "Số %1 được ưu tiên: %2.")
                .replace("%1", number)
                .replace("%2", priority_label(result.priority_reason))
            )
        problem = result.problem if isinstance(result, DeskOutcome) else None
        self.panel.show_result(problem or text, BAD if problem else GOOD)
        self.ticket_changed.emit(action, result)
        self.floor.state.reload()

    def _on_failed(self, action: str, error: KioskError) -> None:
        self.panel.show_result(error.message, BAD)
        self.move_failed.emit(action, error.message)

    # --- the lists -------------------------------------------------------------------------

    def _on_status(self, status: QueueStatus) -> None:
        self.panel.show_services(status.services)
        self.table.show_services(status.services)
        self.load_waiting()

    def load_waiting(self) -> None:
        if self._loading:
            self._stale = True
            return
        self._loading = True
        app = self.floor.app
        self.lists.run(lambda: floor_lists.waiting_tickets(app.db, app.zone), self._on_waiting, self._on_list_failed)

    def _on_waiting(self, tickets: list[TicketView]) -> None:
        self._loading = False
        self.table.show_tickets(tickets, self.floor.state.now())
        self._sync_priority()
        if self._stale:
            self._stale = False
            self.load_waiting()

    def _sync_priority(self) -> None:
        """The priority button works on the number at the desk while it is in the waiting list."""
        number = self.panel.number.text().strip().upper()
        ticket = self.table.ticket_by_number(number) if number else None
        self.panel.set_priority_target(ticket.number if ticket else None)
        if ticket is not None and self.table.picked() != ticket:
            self.table.select_number(ticket.number)

    def _on_list_failed(self, error: KioskError) -> None:
        self._loading = False
        log.warning("waiting list not loaded: %s", error.message)

    def closeEvent(self, event: Any) -> None:
        self.ops.forget()
        self.lists.forget()
        super().closeEvent(event)
