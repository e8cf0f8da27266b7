"""One report for one period: every figure, ready for the JSON, PDF, XLSX and text writers.

Read in three read-only transactions run side by side (see build_report); within each, SQLite's
read transaction or PostgreSQL's REPEATABLE READ makes every statement see the same data, so
the figures that depend on each other (counts and the ranks of the percentiles, the II.06a
columns) always agree."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.engine import Database
from db.schema import Counter, Officer
from kiosk_desktop.metrics.ii06a import II06aRow, ii06a_rows, ii06a_total
from kiosk_desktop.metrics.indicators import Indicator, indicators
from kiosk_desktop.metrics.intake_metrics import IntakeMetrics, intake_metrics
from kiosk_desktop.metrics.period import Period
from kiosk_desktop.metrics.queue_metrics import (
    OfficerRow,
    QueueFacts,
    QueueMetrics,
    assemble,
    officer_rows,
    queue_facts,
    queue_percentiles,
)
from kiosk_desktop.metrics.satisfaction import Satisfaction, satisfaction
from kiosk_desktop.metrics.settings import ReportSettings
from kiosk_desktop.metrics.sqltime import SqlTime
from kiosk_desktop.metrics.staff_time import StaffTimes, staff_times
from kiosk_desktop.services.business_day import business_day
from kiosk_desktop.services.lookups import find_centre

T = TypeVar("T")


@dataclass(frozen=True)
class PeriodReport:
    centre: str
    zone: str  # the centre's time zone (IANA key)
    period: Period
    made_at: datetime  # the database's clock when the report was read
    settings: ReportSettings
    queue: QueueMetrics
    staff: StaffTimes
    fields: list[II06aRow]
    fields_total: II06aRow
    intake: IntakeMetrics
    satisfaction: Satisfaction
    indicators: list[Indicator]
    officer_names: dict[str, str]  # code → name, every officer the report mentions
    counter_names: dict[int, str]  # number → name

    @property
    def made_on(self) -> date:
        """The local date the report was made (dated line of the header)."""
        return self.made_at.astimezone(ZoneInfo(self.zone)).date()

    @property
    def citizens_served(self) -> int:
        """'Lượt công dân đã hướng dẫn, phục vụ': visits finished at a counter (guidance included)."""
        return self.queue.counts.served


def today(database: Database, zone: ZoneInfo) -> date:
    return database.run(lambda s: business_day(database.now(s), zone), readonly=True)


def _read(database: Database, work: Callable[[Session], T]) -> Callable[[], T]:
    def run() -> T:
        def snapshot(s: Session) -> T:
            if database.is_postgres:
                # every statement of this part sees the same snapshot
                s.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
                # PostgreSQL's JIT compiler spent 1.4 s compiling the II.06a query, which then ran in
                # 70 ms: these one-off aggregates run faster than they compile
                s.execute(text("SET LOCAL jit = off"))
            return work(s)

        return database.run(snapshot, readonly=True)

    return run


def build_report(database: Database, zone: ZoneInfo, period: Period, settings: ReportSettings) -> PeriodReport:
    """Four read transactions at once, on four connections (both databases run them on separate
    cores): the tickets' counts and sums, their percentiles, the counters' time, the dossiers. Each
    part is consistent in itself; the parts start together, so only a move committed in those few
    milliseconds can fall between them."""
    sql = SqlTime(database.dialect, zone, period)

    def queue_part(s: Session) -> tuple[str, datetime, QueueFacts, Satisfaction, dict[str, str], dict[int, str]]:
        centre = find_centre(s)
        return (
            centre.name if centre else "",
            database.now(s),
            queue_facts(s, period, sql),
            satisfaction(s, period),
            {o.code: o.name for o in s.scalars(select(Officer))},
            {c.number: c.name for c in s.scalars(select(Counter))},
        )

    def staff_part(s: Session) -> tuple[StaffTimes, list[OfficerRow]]:
        return staff_times(s, period, sql), officer_rows(s, period, sql)

    def dossier_part(s: Session) -> tuple[list[II06aRow], IntakeMetrics]:
        # a period still running is judged on the report's own day, not on its last day
        as_of = business_day(database.now(s), zone)
        return ii06a_rows(s, period, sql, as_of), intake_metrics(s, period)

    with ThreadPoolExecutor(max_workers=4, thread_name_prefix="report") as pool:
        queue_job = pool.submit(_read(database, queue_part))
        ranks_job = pool.submit(_read(database, lambda s: queue_percentiles(s, period, sql)))
        staff_job = pool.submit(_read(database, staff_part))
        dossier_job = pool.submit(_read(database, dossier_part))
        centre, made_at, facts, ratings, officers, counters = queue_job.result()
        staff, by_officer = staff_job.result()
        fields, intake = dossier_job.result()
        queue = assemble(facts, ranks_job.result(), by_officer)
    fields_total = ii06a_total(fields)
    return PeriodReport(
        centre=centre,
        zone=zone.key,
        period=period,
        made_at=made_at,
        settings=settings,
        queue=queue,
        staff=staff,
        fields=fields,
        fields_total=fields_total,
        intake=intake,
        satisfaction=ratings,
        indicators=indicators(settings.targets, queue, fields_total, intake, ratings),
        officer_names=officers,
        counter_names=counters,
    )
