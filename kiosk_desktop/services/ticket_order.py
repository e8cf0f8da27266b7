"""Which waiting ticket a counter calls next.

1. Aging cap: a priority citizen may overtake a normal one only if they arrived less than
   `cap` minutes after them. A normal ticket queued at least `cap` before the earliest waiting
   priority ticket is called first (oldest first): so no normal ticket waits longer than the cap
   behind priorities, and on a busy morning, when everyone has waited long, priority still means
   something.
2. Priority policy: `strict` puts every priority ticket first; `interleave N` lets this counter
   call one priority ticket after every N normal ones (and whenever no normal ticket waits).
3. The counter's service order, then first come, first served (queued_at, then id).

On PostgreSQL the chosen row is locked with SKIP LOCKED, so counters calling at the same
moment each get a different ticket without waiting for each other."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from db.schema import Counter, CounterService, Ticket
from kiosk_desktop.domain import PriorityPolicy, QueuePolicy, TicketStatus


def priority_turn(policy: QueuePolicy, counter: Counter) -> bool:
    """Whether priority tickets come before normal ones for this counter's next call."""
    if policy.priority is PriorityPolicy.STRICT:
        return True
    return counter.normal_streak >= policy.interleave_every


def _served_by(counter: Counter) -> Any:
    return (CounterService.service_id == Ticket.service_id) & (CounterService.counter_id == counter.id)


def overtaken_before(s: Session, counter: Counter, policy: QueuePolicy, day: date) -> datetime | None:
    """Normal tickets queued at or before this moment have waited the cap behind a priority one."""
    if policy.aging_cap_minutes <= 0:
        return None
    earliest_priority = s.scalar(
        select(func.min(Ticket.queued_at))
        .join(CounterService, _served_by(counter))
        .where(Ticket.business_day == day, Ticket.status == TicketStatus.WAITING, Ticket.priority.is_(True))
    )
    if earliest_priority is None:
        return None
    return earliest_priority - timedelta(minutes=policy.aging_cap_minutes)


def next_ticket_query(counter: Counter, policy: QueuePolicy, day: date, overtaken: datetime | None) -> Select[Any]:
    order: list[Any] = []
    if overtaken is not None:
        due = ~Ticket.priority & (Ticket.queued_at <= overtaken)
        order += [case((due, 0), else_=1), case((due, Ticket.queued_at), else_=None)]
    order += [
        case((Ticket.priority == priority_turn(policy, counter), 0), else_=1),
        CounterService.position,
        Ticket.queued_at,
        Ticket.id,
    ]
    return (
        select(Ticket)
        .join(CounterService, _served_by(counter))
        .where(Ticket.business_day == day, Ticket.status == TicketStatus.WAITING)
        .order_by(*order)
        .limit(1)
        .with_for_update(of=Ticket, skip_locked=True)
    )
