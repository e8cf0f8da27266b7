"""A visit (a ticket served at a counter): which counter and which officer a dossier, a returned
result or a rating belongs to. No identity: a visit is a ticket number, nothing about the person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import Counter, Ticket, TicketEvent
from kiosk_desktop.domain import ACTIVE_STATUSES, EventKind, TicketStatus
from kiosk_desktop.errors import NotFound, RuleViolation
from kiosk_desktop.services.ticket_text import in_state

TicketRef = int | str  # a ticket id, or its number as printed today ("A001")


@dataclass(frozen=True)
class Visit:
    ticket: Ticket
    counter: Counter
    officer_id: int | None


def find_ticket(s: Session, ref: TicketRef, today: date, *, lock: bool = False) -> Ticket:
    """A ticket by id (any day) or by today's printed number."""
    query = select(Ticket)
    query = (
        query.where(Ticket.id == ref)
        if isinstance(ref, int)
        else query.where(Ticket.business_day == today, Ticket.number == ref.strip().upper())
    )
    tickets = s.scalars(query.with_for_update() if lock else query).all()
    if not tickets:
        raise NotFound(f"Không tìm thấy phiếu {ref}. Kiểm tra mã phiếu (id) hoặc số trên phiếu hôm nay.")
    if len(tickets) > 1:
        raise RuleViolation(f"Hôm nay có {len(tickets)} phiếu cùng số {ref}: hãy dùng mã phiếu (id).")
    return tickets[0]


def visit_for_intake(s: Session, ref: TicketRef, today: date) -> Visit:
    """The visit a dossier (or a returned result) is recorded against: the ticket being served at
    a counter now, or one finished today at a counter (the officer types it in right after)."""
    ticket = find_ticket(s, ref, today)
    open_now = ticket.status in ACTIVE_STATUSES and ticket.business_day == today
    finished_today = ticket.status == TicketStatus.FINISHED and ticket.business_day == today
    if ticket.counter_id is None or not (open_now or finished_today):
        raise RuleViolation(
            f"{in_state(ticket)}: chỉ ghi hồ sơ cho số đang được phục vụ tại quầy hoặc đã hoàn thành "
            "tại quầy trong hôm nay. Hồ sơ nhận trực tuyến không qua phiếu thì ghi cho quầy, không kèm số "
            "(dòng lệnh: bỏ --ticket, ghi --counter)."
        )
    counter = s.get(Counter, ticket.counter_id)
    assert counter is not None
    officer = counter.officer_id if open_now else _finishing_officer(s, ticket)
    return Visit(ticket, counter, officer)


def visit_for_rating(s: Session, ref: TicketRef, today: date) -> Visit:
    """A finished visit (any day): ratings come after the officer finishes."""
    ticket = find_ticket(s, ref, today, lock=True)  # two rating screens for one visit: one wins
    if ticket.status != TicketStatus.FINISHED or ticket.counter_id is None:
        raise RuleViolation(f"{in_state(ticket)}: chỉ đánh giá được lượt đã hoàn thành tại quầy.")
    counter = s.get(Counter, ticket.counter_id)
    assert counter is not None
    return Visit(ticket, counter, _finishing_officer(s, ticket))


def last_finished_at(s: Session, counter: Counter, since: datetime) -> Ticket | None:
    """The most recent visit finished at this counter since `since` (a rating pad press)."""
    ticket_id = s.scalar(
        select(TicketEvent.ticket_id)
        .where(
            TicketEvent.counter_id == counter.id,
            TicketEvent.kind == EventKind.FINISHED,
            TicketEvent.at >= since,
        )
        .order_by(TicketEvent.at.desc(), TicketEvent.id.desc())
        .limit(1)
    )
    return s.get(Ticket, ticket_id) if ticket_id is not None else None


def _finishing_officer(s: Session, ticket: Ticket) -> int | None:
    """The officer signed in when the visit was finished (the counter may have changed hands since)."""
    return s.scalar(
        select(TicketEvent.officer_id)
        .where(TicketEvent.ticket_id == ticket.id, TicketEvent.kind == EventKind.FINISHED)
        .order_by(TicketEvent.id.desc())
        .limit(1)
    )
