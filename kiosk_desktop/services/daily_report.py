"""The daily queue report: counts, waits and service times for one business day.

Wait = first call − issue, over tickets called at least once. Service = finish − last call, over
finished tickets. Percentiles by nearest rank; all times in seconds. Per service, issued tickets
and waits belong to the service the ticket was issued for; served, no-shows and service times to
the service that finally handled it (they differ after a transfer)."""

from __future__ import annotations

import statistics
from collections import Counter as Tally
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.schema import Counter, Service, Ticket
from kiosk_desktop.domain import TicketStatus, nearest_rank
from kiosk_desktop.services.business_day import business_day


@dataclass(frozen=True)
class Spread:
    mean: float | None
    median: float | None
    p90: float | None
    max: float | None

    @classmethod
    def of(cls, values: list[float]) -> Spread:
        if not values:
            return cls(None, None, None, None)
        ordered = sorted(values)
        return cls(
            mean=round(statistics.fmean(ordered), 1),
            median=round(nearest_rank(ordered, 50) or 0, 1),
            p90=round(nearest_rank(ordered, 90) or 0, 1),
            max=round(ordered[-1], 1),
        )


@dataclass(frozen=True)
class _Row:
    issued_service_id: int
    service_id: int
    counter_id: int | None
    status: str
    issued_at: datetime
    first_called_at: datetime | None
    last_called_at: datetime | None
    finished_at: datetime | None

    @property
    def wait(self) -> float | None:
        return (self.first_called_at - self.issued_at).total_seconds() if self.first_called_at else None

    @property
    def service_time(self) -> float | None:
        if self.status != TicketStatus.FINISHED or not self.finished_at or not self.last_called_at:
            return None
        return (self.finished_at - self.last_called_at).total_seconds()


def daily_report(database: Database, zone: ZoneInfo, day: date | None = None) -> dict[str, Any]:
    def work(s: Session) -> dict[str, Any]:
        report_day = day or business_day(database.now(s), zone)
        rows = [
            _Row(*values)
            for values in s.execute(
                select(
                    Ticket.issued_service_id,
                    Ticket.service_id,
                    Ticket.counter_id,
                    Ticket.status,
                    Ticket.issued_at,
                    Ticket.first_called_at,
                    Ticket.last_called_at,
                    Ticket.finished_at,
                ).where(Ticket.business_day == report_day)
            )
        ]
        services = s.scalars(select(Service).order_by(Service.position, Service.id)).all()
        counters = s.scalars(select(Counter).order_by(Counter.number)).all()
        return _build(report_day, rows, services, counters, zone)

    return database.run(work, readonly=True)


def _mean(values: list[float]) -> float | None:
    return round(statistics.fmean(values), 1) if values else None


def _build(
    day: date, rows: list[_Row], services: Sequence[Service], counters: Sequence[Counter], zone: ZoneInfo
) -> dict[str, Any]:
    status = Tally(row.status for row in rows)
    waits = [w for row in rows if (w := row.wait) is not None]
    service_times = [t for row in rows if (t := row.service_time) is not None]

    issued_by = Tally(row.issued_service_id for row in rows)
    waits_by: dict[int, list[float]] = defaultdict(list)
    times_by: dict[int, list[float]] = defaultdict(list)
    times_by_counter: dict[int, list[float]] = defaultdict(list)
    no_show_by = Tally(row.service_id for row in rows if row.status == TicketStatus.NO_SHOW)
    for row in rows:
        if (wait := row.wait) is not None:
            waits_by[row.issued_service_id].append(wait)
        if (time := row.service_time) is not None:
            times_by[row.service_id].append(time)
            if row.counter_id is not None:
                times_by_counter[row.counter_id].append(time)

    used_services = [sv for sv in services if sv.active or issued_by[sv.id] or times_by[sv.id] or no_show_by[sv.id]]
    used_counters = [c for c in counters if c.active or times_by_counter[c.id]]
    hours = Tally(row.issued_at.astimezone(zone).hour for row in rows)
    return {
        "date": day.isoformat(),
        "tickets": {
            "issued": len(rows),
            "served": status[TicketStatus.FINISHED],
            "no_show": status[TicketStatus.NO_SHOW],
            "cancelled": status[TicketStatus.CANCELLED],
            "waiting": status[TicketStatus.WAITING] + status[TicketStatus.PARKED],
            "in_service": status[TicketStatus.CALLED] + status[TicketStatus.SERVING],
        },
        "wait_seconds": asdict(Spread.of(waits)),
        "service_seconds": asdict(Spread.of(service_times)),
        "by_service": [
            {
                "code": sv.code,
                "name": sv.name,
                "issued": issued_by[sv.id],
                "served": len(times_by[sv.id]),
                "no_show": no_show_by[sv.id],
                "wait_mean_s": _mean(waits_by[sv.id]),
                "service_mean_s": _mean(times_by[sv.id]),
            }
            for sv in used_services
        ],
        "by_counter": [
            {
                "number": c.number,
                "name": c.name,
                "served": len(times_by_counter[c.id]),
                "service_mean_s": _mean(times_by_counter[c.id]),
            }
            for c in used_counters
        ],
        "by_hour": [{"hour": hour, "issued": hours[hour]} for hour in sorted(hours)],
    }
