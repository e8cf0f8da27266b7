"""What a supervisor sees beside the queue status: each counter's day so far and the services' targets.

The queue status says what each counter holds now; this adds what it cannot: since when a counter
is paused, when it last moved a ticket (how long it has stood free), how many citizens it has
served today, whether it has opened at all today, and the wait each service aims for. One short
read-only transaction; the supervisor window runs it on a worker thread. No Qt here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.schema import Counter, CounterEvent, Service, TicketEvent
from kiosk_desktop.domain import EventKind
from kiosk_desktop.services.business_day import business_day


@dataclass(frozen=True)
class CounterDay:
    number: int
    opened: bool  # an officer is signed in, or the counter moved a ticket or paused today
    paused_at: datetime | None  # UTC, while paused
    last_move_at: datetime | None  # UTC: the counter's latest ticket move or pause/resume today
    served: int  # visits it finished today


@dataclass(frozen=True)
class FloorOverview:
    day: date
    at: datetime  # the database's clock (UTC)
    targets: dict[str, int] = field(default_factory=dict)  # service code → target wait, minutes
    counters: dict[int, CounterDay] = field(default_factory=dict)  # counter number → its day

    def target_s(self, service: str) -> float | None:
        minutes = self.targets.get(service)
        return None if minutes is None else minutes * 60.0


def floor_overview(database: Database, zone: ZoneInfo) -> FloorOverview:
    def work(s: Session) -> FloorOverview:
        now = database.now(s)
        day = business_day(now, zone)
        return FloorOverview(day=day, at=now, targets=_targets(s), counters=_counters(s, day))

    return database.run(work, readonly=True)


def _targets(s: Session) -> dict[str, int]:
    rows = s.execute(
        select(Service.code, Service.target_wait_minutes).where(
            Service.active.is_(True), Service.target_wait_minutes.is_not(None)
        )
    ).all()
    return {code: minutes for code, minutes in rows if minutes is not None}


def _counters(s: Session, day: date) -> dict[int, CounterDay]:
    finished = case((TicketEvent.kind == EventKind.FINISHED.value, 1))
    moves = {
        counter_id: (last, int(served))
        for counter_id, last, served in s.execute(
            select(TicketEvent.counter_id, func.max(TicketEvent.at), func.count(finished))
            .where(TicketEvent.business_day == day, TicketEvent.counter_id.is_not(None))
            .group_by(TicketEvent.counter_id)
        )
    }
    pauses = dict(
        s.execute(
            select(CounterEvent.counter_id, func.max(CounterEvent.at))
            .where(CounterEvent.business_day == day)
            .group_by(CounterEvent.counter_id)
        ).all()
    )
    result = {}
    for counter in s.scalars(select(Counter).where(Counter.active.is_(True)).order_by(Counter.number)):
        last_ticket, served = moves.get(counter.id, (None, 0))
        last_pause = pauses.get(counter.id)
        last = max((t for t in (last_ticket, last_pause) if t is not None), default=None)
        result[counter.number] = CounterDay(
            number=counter.number,
            opened=counter.officer_id is not None or counter.paused or last is not None,
            paused_at=counter.paused_at if counter.paused else None,
            last_move_at=last,
            served=served,
        )
    return result
