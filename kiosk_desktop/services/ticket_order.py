"""Which waiting ticket a counter calls next.

1. Aging cap: a ticket that has waited longer than the cap goes first, oldest first, so nobody
   starves behind priorities or behind the counter's preferred services.
2. Priority policy: `strict` puts every priority ticket first; `interleave N` lets this counter
   call one priority ticket after every N normal ones (and whenever no normal ticket waits).
3. The counter's service order, then first come, first served (queued_at, then id).

On PostgreSQL the chosen row is locked with SKIP LOCKED, so counters calling at the same
moment each get a different ticket without waiting for each other."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, case, select

from db.schema import Counter, CounterService, Ticket
from kiosk_desktop.domain import PriorityPolicy, QueuePolicy, TicketStatus


def priority_turn(policy: QueuePolicy, counter: Counter) -> bool:
    """Whether priority tickets come before normal ones for this counter's next call."""
    if policy.priority is PriorityPolicy.STRICT:
        return True
    return counter.normal_streak >= policy.interleave_every


def next_ticket_query(counter: Counter, policy: QueuePolicy, day: date, now: datetime) -> Select[Any]:
    order: list[Any] = []
    if policy.aging_cap_minutes > 0:
        overdue = Ticket.queued_at <= now - timedelta(minutes=policy.aging_cap_minutes)
        order += [case((overdue, 0), else_=1), case((overdue, Ticket.queued_at), else_=None)]
    order += [
        case((Ticket.priority == priority_turn(policy, counter), 0), else_=1),
        CounterService.position,
        Ticket.queued_at,
        Ticket.id,
    ]
    return (
        select(Ticket)
        .join(
            CounterService,
            (CounterService.service_id == Ticket.service_id) & (CounterService.counter_id == counter.id),
        )
        .where(Ticket.business_day == day, Ticket.status == TicketStatus.WAITING)
        .order_by(*order)
        .limit(1)
        .with_for_update(of=Ticket, skip_locked=True)
    )
