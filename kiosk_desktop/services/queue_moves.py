"""Shared steps of the queue moves: locking a counter, finding today's ticket, recording events.

Each step runs inside the caller's transaction; the clock is read after the locks it depends on."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.schema import Counter, CounterEvent, Ticket, TicketEvent
from kiosk_desktop.domain import ACTIVE_STATUSES, EventKind
from kiosk_desktop.errors import CounterBusy, CounterIdle, CounterPaused, NotFound, RuleViolation
from kiosk_desktop.services.business_day import business_day
from kiosk_desktop.services.lookups import active_counter

TicketRef = int | str  # a ticket id, or its number as printed today ("A001")


class QueueMoves:
    """What every move needs inside its transaction: locked counters, today's tickets, events."""

    def __init__(self, database: Database, zone: ZoneInfo) -> None:
        self.db = database
        self.zone = zone

    def _ready_counter(self, s: Session, number: int) -> tuple[Counter, datetime]:
        """Lock the counter (a keypad and a window pressing at once act one after the other)."""
        counter = active_counter(s, number, lock=True)
        now = self.db.now(s)
        if counter.paused:
            raise CounterPaused(
                f"{counter.name} đang tạm dừng ({counter.pause_reason}). Cho quầy làm việc trở lại rồi mới gọi số."
            )
        busy = self._active_ticket(s, counter, now)
        if busy is not None:
            raise CounterBusy(
                f"{counter.name} đang gọi số {busy.number}. "
                "Hoàn thành hoặc đánh dấu vắng mặt số này trước khi gọi số mới."
            )
        return counter, now

    def _counter_ticket(self, s: Session, number: int, expected: int | None = None) -> tuple[Counter, Ticket, datetime]:
        """The counter (locked) and the ticket it holds. `expected`: the ticket id the officer chose
        (in a dialog); a different one means a keypad or another PC moved meanwhile: refuse here,
        in the move's own transaction, so nothing can slip in between the check and the move."""
        counter = active_counter(s, number, lock=True)
        now = self.db.now(s)
        ticket = self._active_ticket(s, counter, now)
        if expected is not None and (ticket is None or ticket.id != expected):
            chosen = s.get(Ticket, expected)
            label = f"số {chosen.number}" if chosen is not None else "số đã chọn"
            raise RuleViolation(
                f"{counter.name} không còn giữ {label} (đã đổi từ bàn phím hoặc máy khác): chưa làm gì.",
                detail=f"expected ticket {expected}, counter holds {ticket.id if ticket else None}",
            )
        if ticket is None:
            raise CounterIdle(f"{counter.name} chưa gọi số nào.")
        return counter, ticket, now

    def _active_ticket(self, s: Session, counter: Counter, now: datetime) -> Ticket | None:
        # Only today's: a ticket left open last night must not block the counter this morning.
        return s.scalars(
            select(Ticket)
            .where(
                Ticket.counter_id == counter.id,
                Ticket.status.in_(ACTIVE_STATUSES),
                Ticket.business_day == business_day(now, self.zone),
            )
            .with_for_update()
        ).first()

    def _find(self, s: Session, ref: TicketRef, now: datetime, *, lock: bool) -> Ticket:
        """Today's ticket by id or number. Only today's: an earlier day's ticket called now would
        be stuck (counters look at today's tickets) and would rewrite that day's report."""
        query = select(Ticket).where(Ticket.business_day == business_day(now, self.zone))
        if isinstance(ref, int):
            query = query.where(Ticket.id == ref)
        else:
            query = query.where(Ticket.number == ref.strip().upper())
        tickets = s.scalars(query.with_for_update() if lock else query).all()
        if not tickets:
            what = f"phiếu mã {ref}" if isinstance(ref, int) else f"số {ref}"
            raise NotFound(f"Không tìm thấy {what} trong hôm nay.")
        if len(tickets) > 1:  # only after a prefix was reused the same day by an older version
            raise RuleViolation(f"Hôm nay có {len(tickets)} phiếu cùng số {ref}: hãy dùng mã phiếu (id).")
        return tickets[0]

    def _record(
        self,
        s: Session,
        ticket: Ticket,
        kind: EventKind,
        at: datetime,
        *,
        counter: Counter | None,
        reason: str | None = None,
        from_service_id: int | None = None,
    ) -> None:
        s.add(
            TicketEvent(
                ticket_id=ticket.id,
                business_day=ticket.business_day,
                kind=kind.value,
                at=at,
                counter_id=counter.id if counter else None,
                service_id=ticket.service_id,
                from_service_id=from_service_id,
                reason=reason,
                officer_id=counter.officer_id if counter else None,
            )
        )
        self.db.notify(s, {"kind": kind.value, "ticket": ticket.id, "counter": counter.number if counter else None})

    def _counter_event(self, s: Session, counter: Counter, kind: EventKind, at: datetime, reason: str | None) -> None:
        s.add(
            CounterEvent(
                counter_id=counter.id,
                business_day=business_day(at, self.zone),
                kind=kind.value,
                at=at,
                reason=reason,
                officer_id=counter.officer_id,
            )
        )
        self.db.notify(s, {"kind": kind.value, "ticket": None, "counter": counter.number})
