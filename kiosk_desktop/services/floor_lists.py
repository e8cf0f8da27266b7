"""Read-only lists the floor windows show: today's waiting tickets, one ticket by its number, the
latest calls. No Qt here; the windows call these on a worker thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.schema import Counter, Service, Ticket, TicketEvent
from kiosk_desktop.domain import EventKind, TicketStatus
from kiosk_desktop.errors import NotFound, RuleViolation
from kiosk_desktop.services.business_day import business_day
from kiosk_desktop.services.views import TicketView

#: The reception list: everyone still to be served today, however many.
WAITING_LIST_STATUSES = (TicketStatus.WAITING, TicketStatus.PARKED)


@dataclass(frozen=True)
class RecentCall:
    number: str
    counter: int
    at: datetime  # UTC, the database's time of the call


def waiting_tickets(database: Database, zone: ZoneInfo) -> list[TicketView]:
    """Today's waiting and parked tickets, by service (kiosk order) then place in the queue."""

    def work(s: Session) -> list[TicketView]:
        day = business_day(database.now(s), zone)
        rows = s.execute(
            select(Ticket, Service)
            .join(Service, Service.id == Ticket.service_id)
            .where(Ticket.business_day == day, Ticket.status.in_(WAITING_LIST_STATUSES))
            .order_by(Service.position, Service.id, Ticket.queued_at, Ticket.id)
        ).all()
        return [TicketView.of(ticket, service, None) for ticket, service in rows]

    return database.run(work, readonly=True)


def ticket_today(database: Database, zone: ZoneInfo, number: str) -> TicketView:
    """Today's ticket with this printed number (A012), for a reprint or a lookup at reception."""

    def work(s: Session) -> TicketView:
        day = business_day(database.now(s), zone)
        tickets = s.scalars(
            select(Ticket).where(Ticket.business_day == day, Ticket.number == number.strip().upper())
        ).all()
        if not tickets:
            raise NotFound(f"Không tìm thấy số {number.strip().upper()} trong hôm nay. Kiểm tra lại số trên phiếu.")
        if len(tickets) > 1:
            raise RuleViolation(f"Hôm nay có {len(tickets)} phiếu cùng số {number}: hãy dùng mã phiếu (id).")
        return TicketView.load(s, tickets[0])

    return database.run(work, readonly=True)


def recent_calls(database: Database, zone: ZoneInfo, limit: int) -> list[RecentCall]:
    """Today's latest calls and recalls, newest first (a hall display starting mid-morning)."""

    def work(s: Session) -> list[RecentCall]:
        day = business_day(database.now(s), zone)
        rows = s.execute(
            select(Ticket.number, Counter.number, TicketEvent.at)
            .join(Ticket, Ticket.id == TicketEvent.ticket_id)
            .join(Counter, Counter.id == TicketEvent.counter_id)
            .where(
                TicketEvent.business_day == day,
                TicketEvent.kind.in_((EventKind.CALLED.value, EventKind.RECALLED.value)),
            )
            .order_by(TicketEvent.id.desc())
            .limit(limit)
        ).all()
        return [RecentCall(number, counter, at) for number, counter, at in rows]

    return database.run(work, readonly=True)
