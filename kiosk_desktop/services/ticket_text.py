"""Vietnamese words for ticket states and for why a ticket cannot be called."""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.schema import Counter, Ticket
from kiosk_desktop.domain import ACTIVE_STATUSES, TicketStatus

STATUS_VI = {
    TicketStatus.WAITING: "đang chờ",
    TicketStatus.CALLED: "đã gọi",
    TicketStatus.SERVING: "đang phục vụ",
    TicketStatus.PARKED: "tạm gác",
    TicketStatus.FINISHED: "hoàn thành",
    TicketStatus.NO_SHOW: "vắng mặt",
    TicketStatus.CANCELLED: "đã hủy",
}


def status_label(status: str) -> str:
    return STATUS_VI[TicketStatus(status)]


def why_not_callable(s: Session, ticket: Ticket) -> str:
    if ticket.status in ACTIVE_STATUSES and ticket.counter_id is not None:
        counter = s.get(Counter, ticket.counter_id)
        where = counter.name if counter else "quầy khác"
        return f"Số {ticket.number} đang được {where} phục vụ."
    return f"Số {ticket.number} đã {STATUS_VI[TicketStatus(ticket.status)]}, không gọi được."
