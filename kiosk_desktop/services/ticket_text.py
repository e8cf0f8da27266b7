"""Vietnamese words for ticket states and for why a ticket cannot be called."""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.schema import Counter, Ticket
from kiosk_desktop.domain import ACTIVE_STATUSES, EventKind, TicketStatus

STATUS_VI = {
    TicketStatus.WAITING: "đang chờ",
    TicketStatus.CALLED: "đã gọi",
    TicketStatus.SERVING: "đang phục vụ",
    TicketStatus.PARKED: "tạm gác",
    TicketStatus.FINISHED: "đã xong",
    TicketStatus.NO_SHOW: "vắng mặt",
    TicketStatus.CANCELLED: "đã hủy",
}


EVENT_VI = {
    EventKind.ISSUED: "cấp số",
    EventKind.CALLED: "gọi số",
    EventKind.RECALLED: "gọi lại",
    EventKind.STARTED: "bắt đầu phục vụ",
    EventKind.FINISHED: "hoàn thành",
    EventKind.NO_SHOW: "vắng mặt",
    EventKind.TRANSFERRED: "chuyển dịch vụ",
    EventKind.PARKED: "tạm gác",
    EventKind.UNPARKED: "xếp lại hàng",
    EventKind.CANCELLED: "hủy số",
    EventKind.COUNTER_PAUSED: "quầy tạm dừng",
    EventKind.COUNTER_RESUMED: "quầy làm việc lại",
    EventKind.PRIORITY_CHANGED: "đổi ưu tiên",
    EventKind.OFFICER_SIGNED_IN: "cán bộ nhận quầy",
    EventKind.OFFICER_SIGNED_OUT: "cán bộ rời quầy",
}


def event_label(kind: str) -> str:
    return EVENT_VI[EventKind(kind)]


def status_label(status: str) -> str:
    return STATUS_VI[TicketStatus(status)]


def in_state(ticket: Ticket) -> str:
    """'Số A001 đang ở trạng thái «đã gọi»': reads right whatever the state."""
    return f"Số {ticket.number} đang ở trạng thái «{status_label(ticket.status)}»"


def why_not_callable(s: Session, ticket: Ticket) -> str:
    if ticket.status in ACTIVE_STATUSES and ticket.counter_id is not None:
        counter = s.get(Counter, ticket.counter_id)
        where = counter.name if counter else "quầy khác"
        return f"Số {ticket.number} đang được {where} phục vụ."
    return f"{in_state(ticket)}, không gọi được."
