"""What the floor looks like now: waiting counts per service and each counter's ticket."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.schema import Counter, CounterService, Officer, Service, Ticket
from kiosk_desktop.domain import ACTIVE_STATUSES, TicketStatus
from kiosk_desktop.services.business_day import business_day
from kiosk_desktop.services.lookups import the_centre
from kiosk_desktop.services.views import CounterState, QueueStatus, ServiceQueue, TicketView


def queue_status(database: Database, zone: ZoneInfo) -> QueueStatus:
    def work(s: Session) -> QueueStatus:
        centre = the_centre(s)
        now = database.now(s)
        day = business_day(now, zone)
        return QueueStatus(
            date=day,
            at=now,
            centre=centre.name,
            services=_services(s, day, now),
            counters=_counters(s, day),
        )

    return database.run(work, readonly=True)


def _services(s: Session, day: date, now: datetime) -> list[ServiceQueue]:
    waiting = Ticket.status == TicketStatus.WAITING
    today = and_(Ticket.service_id == Service.id, Ticket.business_day == day)
    rows = s.execute(
        select(
            Service,
            func.count(case((waiting, 1))),
            func.count(case((waiting & Ticket.priority, 1))),
            func.count(case((Ticket.status == TicketStatus.PARKED, 1))),
            func.min(case((waiting, Ticket.queued_at))),
        )
        .outerjoin(Ticket, today)
        .where(Service.active.is_(True))
        .group_by(Service.id)
        .order_by(Service.position, Service.id)
    ).all()
    issued = dict(
        s.execute(
            select(Ticket.issued_service_id, func.count())
            .where(Ticket.business_day == day)
            .group_by(Ticket.issued_service_id)
        ).all()
    )
    result = []
    for service, count, priority, parked, oldest in rows:
        oldest_wait = None if oldest is None else round((now - oldest).total_seconds(), 1)
        result.append(
            ServiceQueue(
                code=service.code,
                name=service.name,
                prefix=service.prefix,
                waiting=count,
                priority_waiting=priority,
                parked=parked,
                oldest_wait_s=oldest_wait,
                issued_today=int(issued.get(service.id, 0)),
                daily_limit=service.daily_limit,  # already in the row: no extra query
            )
        )
    return result


def _counters(s: Session, day: date) -> list[CounterState]:
    counters = s.scalars(select(Counter).where(Counter.active.is_(True)).order_by(Counter.number)).all()
    codes: dict[int, list[str]] = {}
    for counter_id, code in s.execute(
        select(CounterService.counter_id, Service.code)
        .join(Service, Service.id == CounterService.service_id)
        .order_by(CounterService.counter_id, CounterService.position)
    ):
        codes.setdefault(counter_id, []).append(code)
    active = {
        ticket.counter_id: ticket
        for ticket in s.scalars(select(Ticket).where(Ticket.business_day == day, Ticket.status.in_(ACTIVE_STATUSES)))
    }
    officers = {officer.id: officer.name for officer in s.scalars(select(Officer))}
    states = []
    for counter in counters:
        ticket = active.get(counter.id)
        view = None
        if ticket is not None:
            service = s.get(Service, ticket.service_id)
            assert service is not None
            view = TicketView.of(ticket, service, counter)
        states.append(
            CounterState(
                number=counter.number,
                name=counter.name,
                paused=counter.paused,
                pause_reason=counter.pause_reason,
                services=codes.get(counter.id, []),
                ticket=view,
                officer=officers.get(counter.officer_id) if counter.officer_id else None,
            )
        )
    return states
