"""Queue figures for a period, aggregated in SQL: ticket counts, waits, service times, per service,
counter, officer, hour and day.

Wait = first call − issue, over tickets called at least once, counted for the service the ticket
was issued for. Service time = finish − last call, over finished tickets, counted for the service
that finally handled it and the counter and officer that finished it (they differ after a
transfer). Over target: a wait longer than the issuing service's `target_wait_minutes`, among
the waits of services that have a target. No-show rate: no-shows / tickets issued.
Percentiles (median, 90%): waits overall and per service, service times overall; per counter and
officer the tables show counts and means, so only those are computed there.

One GROUP BY over the period's tickets (issuing service × final service × counter × status × hour)
gives every count and sum; ticket_cube.py rolls its rows up. Percentiles: spread.py (one sort per
measure)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Float, Select, and_, case, cast, func, null, select
from sqlalchemy.orm import Session

from db.schema import Counter, Officer, Service, Ticket, TicketEvent
from kiosk_desktop.domain import EventKind, TicketStatus
from kiosk_desktop.metrics.period import Period
from kiosk_desktop.metrics.rates import Rate
from kiosk_desktop.metrics.spread import Percentiles, Spread, ms, percentiles
from kiosk_desktop.metrics.sqltime import TOLERANCE, SqlTime, as_date
from kiosk_desktop.metrics.ticket_cube import Cube, CubeRow


@dataclass(frozen=True)
class TicketCounts:
    issued: int = 0
    served: int = 0
    no_show: int = 0
    cancelled: int = 0
    waiting: int = 0  # waiting or parked when the report was made (a closed day keeps none open)
    in_service: int = 0


@dataclass(frozen=True)
class ServiceRow:
    code: str
    name: str
    target_wait_minutes: int | None
    issued: int
    served: int
    no_show: int
    wait: Spread
    service: Spread
    over_target: Rate | None  # None when the service has no target


@dataclass(frozen=True)
class CounterRow:
    number: int
    name: str
    served: int
    no_show: int
    service_mean: float | None


@dataclass(frozen=True)
class OfficerRow:
    code: str
    name: str
    served: int
    no_show: int
    service_mean: float | None


@dataclass(frozen=True)
class HourRow:
    hour: int
    issued: int
    served: int
    wait_mean: float | None


@dataclass(frozen=True)
class DayRow:
    day: date
    issued: int
    served: int
    no_show: int


@dataclass(frozen=True)
class QueueMetrics:
    counts: TicketCounts
    wait: Spread
    service: Spread
    over_target: Rate
    no_show: Rate
    by_service: list[ServiceRow] = field(default_factory=list)
    by_counter: list[CounterRow] = field(default_factory=list)
    by_officer: list[OfficerRow] = field(default_factory=list)
    by_hour: list[HourRow] = field(default_factory=list)
    by_day: list[DayRow] = field(default_factory=list)


def _count(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


class QueueQueries:
    def __init__(self, s: Session, period: Period, sql: SqlTime) -> None:
        self.s = s
        self.sql = sql
        self.days = (period.first, period.last)
        self.in_period = Ticket.business_day.between(*self.days)
        self.wait = sql.seconds(Ticket.first_called_at, Ticket.issued_at)
        finished = Ticket.status == TicketStatus.FINISHED.value
        self.service_time = case(
            (and_(finished, Ticket.last_called_at.is_not(None)), sql.seconds(Ticket.finished_at, Ticket.last_called_at))
        )

    def _tickets(self, *columns: Any) -> Select[Any]:
        return select(*columns).where(self.in_period)

    def cube(self, targets: dict[int, int]) -> Cube:
        """`targets`: issuing service id → target wait in seconds (a constant per row, no join)."""
        target = case(targets, value=Ticket.issued_service_id, else_=None) if targets else None
        keys = (Ticket.issued_service_id, Ticket.service_id, Ticket.counter_id, Ticket.status)
        # each ticket's durations computed once (OFFSET 0 keeps the databases from inlining them)
        rows = (
            self._tickets(
                *keys,
                self.sql.local_hour(Ticket.issued_at).label("hour"),
                self.wait.label("wait"),
                self.service_time.label("took"),
                (target if target is not None else cast(null(), Float)).label("target"),
            )
            .offset(0)
            .subquery()
        )
        c = rows.c
        groups = (c.issued_service_id, c.service_id, c.counter_id, c.status, c.hour)
        query = select(
            *groups,
            func.count(),
            _count(c.wait > c.target + TOLERANCE),
            func.count(c.wait),
            func.sum(c.wait),
            func.max(c.wait),
            func.count(c.took),
            func.sum(c.took),
            func.max(c.took),
        ).group_by(*groups)
        return Cube([CubeRow(*row[:5], *_numbers(row[5:])) for row in self.s.execute(query)])

    def percentiles(self) -> tuple[Percentiles, Percentiles]:
        """Median and 90%: waits overall and per issuing service, service times overall."""
        waits = percentiles(self.s, self._tickets(Ticket.issued_service_id, self.wait), per_group=True)
        times = percentiles(self.s, self._tickets(Ticket.service_id, self.service_time), per_group=False)
        return waits, times

    def by_counter(self, cube: Cube) -> list[CounterRow]:
        rows = []
        for c in self.s.scalars(select(Counter).order_by(Counter.number)):
            served, no_show = cube.counter_served(c.id), cube.counter_no_shows(c.id)
            if c.active or served or no_show:
                rows.append(CounterRow(c.number, c.name, served, no_show, cube.counter_service_mean(c.id)))
        return rows

    def by_officer(self) -> list[OfficerRow]:
        """Per officer signed in at the counter when the ticket was finished (or marked no-show)."""
        finished = TicketEvent.kind == EventKind.FINISHED.value
        took = case((finished, self.service_time))
        query = (
            select(
                TicketEvent.officer_id,
                func.count(took),
                func.sum(took),
                _count(TicketEvent.kind == EventKind.NO_SHOW.value),
            )
            .join(Ticket, Ticket.id == TicketEvent.ticket_id)
            .where(
                TicketEvent.business_day.between(*self.days),
                TicketEvent.kind.in_([EventKind.FINISHED.value, EventKind.NO_SHOW.value]),
                TicketEvent.officer_id.is_not(None),
            )
            .group_by(TicketEvent.officer_id)
        )
        found = {oid: (int(n), float(total or 0), int(ns or 0)) for oid, n, total, ns in self.s.execute(query)}
        officers = self.s.scalars(select(Officer).where(Officer.id.in_(found)).order_by(Officer.name, Officer.code))
        return [
            OfficerRow(
                o.code,
                o.name,
                found[o.id][0],
                found[o.id][2],
                round(found[o.id][1] / found[o.id][0], 3) if found[o.id][0] else None,
            )
            for o in officers
        ]

    def by_day(self) -> list[DayRow]:
        query = (
            self._tickets(
                Ticket.business_day,
                func.count(),
                _count(Ticket.status == TicketStatus.FINISHED.value),
                _count(Ticket.status == TicketStatus.NO_SHOW.value),
            )
            .group_by(Ticket.business_day)
            .order_by(Ticket.business_day)
        )
        return [DayRow(as_date(d), int(n), int(sv or 0), int(ns or 0)) for d, n, sv, ns in self.s.execute(query)]


def _by_hour(cube: Cube) -> list[HourRow]:
    issued = cube.sum_by(lambda r: r.hour, lambda r: r.tickets)
    served = cube.sum_by(lambda r: r.hour, lambda r: r.tickets if r.status == TicketStatus.FINISHED.value else 0)
    waits = cube.sum_by(lambda r: r.hour, lambda r: r.waits)
    wait_sums = cube.sum_by(lambda r: r.hour, lambda r: r.wait_seconds)
    return [
        HourRow(int(h), issued[h], served[h], round(wait_sums[h] / waits[h], 1) if waits[h] else None)
        for h in sorted(issued)
    ]


def _numbers(values: Any) -> list[Any]:
    tickets, over, waits, wait_sum, wait_max, served, time_sum, time_max = values
    return [int(tickets), int(over or 0), int(waits), float(wait_sum or 0), ms(wait_max), int(served),
            float(time_sum or 0), ms(time_max)]  # fmt: skip


@dataclass(frozen=True)
class ServiceInfo:
    id: int
    code: str
    name: str
    target_wait_minutes: int | None
    active: bool


@dataclass(frozen=True)
class QueueFacts:
    """What one read of the tickets gives (everything but the percentiles and the officers)."""

    cube: Cube
    services: list[ServiceInfo]
    by_counter: list[CounterRow]
    by_day: list[DayRow]


def queue_facts(s: Session, period: Period, sql: SqlTime) -> QueueFacts:
    q = QueueQueries(s, period, sql)
    services = [
        ServiceInfo(sv.id, sv.code, sv.name, sv.target_wait_minutes, sv.active)
        for sv in s.scalars(select(Service).order_by(Service.position, Service.id))
    ]
    cube = q.cube({sv.id: sv.target_wait_minutes * 60 for sv in services if sv.target_wait_minutes})
    return QueueFacts(cube, services, q.by_counter(cube), q.by_day())


def queue_percentiles(s: Session, period: Period, sql: SqlTime) -> tuple[Percentiles, Percentiles]:
    return QueueQueries(s, period, sql).percentiles()


def officer_rows(s: Session, period: Period, sql: SqlTime) -> list[OfficerRow]:
    return QueueQueries(s, period, sql).by_officer()


def _service_rows(facts: QueueFacts, waits_found: Percentiles) -> list[ServiceRow]:
    cube = facts.cube
    waits, times = cube.waits_by_service(), cube.times_by_service()
    rows = []
    for sv in facts.services:
        issued, served, no_show = cube.issued(sv.id), cube.served(sv.id), cube.no_shows(sv.id)
        if not (sv.active or issued or served or no_show):
            continue
        wait = waits.spread(sv.id, waits_found.groups.get(sv.id))
        target = Rate(cube.over_target(sv.id), wait.count) if sv.target_wait_minutes else None
        rows.append(ServiceRow(sv.code, sv.name, sv.target_wait_minutes, issued, served, no_show, wait,
                               times.spread(sv.id, None), target))  # fmt: skip
    return rows


def assemble(facts: QueueFacts, found: tuple[Percentiles, Percentiles], by_officer: list[OfficerRow]) -> QueueMetrics:
    """The queue figures from the three reads (report.py runs them side by side)."""
    cube = facts.cube
    by_service = _service_rows(facts, found[0])
    counts = TicketCounts(
        issued=cube.total(),
        served=cube.status(TicketStatus.FINISHED),
        no_show=cube.status(TicketStatus.NO_SHOW),
        cancelled=cube.status(TicketStatus.CANCELLED),
        waiting=cube.status(TicketStatus.WAITING) + cube.status(TicketStatus.PARKED),
        in_service=cube.status(TicketStatus.CALLED) + cube.status(TicketStatus.SERVING),
    )
    targets = [row.over_target for row in by_service if row.over_target is not None]
    return QueueMetrics(
        counts=counts,
        wait=cube.waits_by_service().overall(found[0].overall),
        service=cube.times_by_service().overall(found[1].overall),
        over_target=Rate(sum(r.part for r in targets), sum(r.whole for r in targets)),
        no_show=Rate(counts.no_show, counts.issued),
        by_service=by_service,
        by_counter=facts.by_counter,
        by_officer=by_officer,
        by_hour=_by_hour(cube),
        by_day=facts.by_day,
    )


def queue_metrics(s: Session, period: Period, sql: SqlTime) -> QueueMetrics:
    """All the queue figures from one session, one after the other."""
    return assemble(queue_facts(s, period, sql), queue_percentiles(s, period, sql), officer_rows(s, period, sql))
