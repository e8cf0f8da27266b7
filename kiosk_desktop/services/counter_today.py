"""Today at one counter: the officer's own figures, read cheaply after every move.

The full daily report (metrics/report.py: four connections, II.06a over the dossier history) is
for supervisors and the CLI; the counter window only needs this counter's day, so it reads just
today's rows of this counter through the business_day indexes, in one read transaction of three
small statements (ticket events, dossiers, counter events).

What each figure means (the same definitions as the daily report where it has them):
- served: visits finished at this counter today; no_show: citizens marked absent here today (a
  citizen marked absent and served later counts in both, like the events); transferred: citizens
  this counter sent on to another service;
- service time: finish − last call, over the visits finished here (mean and longest);
- wait: first call − issue, over the citizens whose first call of the day was made here (the
  daily report counts each wait once, at its first call);
- dossiers: recorded today by this counter, per intake outcome; received = tiep_nhan + bo_sung;
- paused: from each `counter_paused` to the counter's next counter event (resume, sign-in,
  sign-out); a pause still open runs until now (the daily report, made after the fact, ends it
  at the counter's last event of the day instead)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from db.engine import Database
from db.intake_schema import Dossier
from db.schema import Counter, CounterEvent, Ticket, TicketEvent
from kiosk_desktop.domain import EventKind
from kiosk_desktop.intake_terms import Outcome
from kiosk_desktop.services.business_day import business_day

K = EventKind
RECEIVING = (Outcome.TIEP_NHAN.value, Outcome.BO_SUNG.value)


@dataclass(frozen=True)
class CounterToday:
    counter: int  # the counter's number
    day: date  # the business day read
    served: int = 0
    no_show: int = 0
    transferred: int = 0
    service_mean_s: float | None = None
    service_max_s: float | None = None
    called: int = 0  # citizens first called here: the waits counted
    wait_mean_s: float | None = None
    dossiers: dict[str, int] = field(default_factory=dict)  # every Outcome value → dossiers recorded
    paused_s: float = 0.0

    @property
    def received(self) -> int:
        """Dossiers taken in (received, or received pending a supplement)."""
        return sum(self.dossiers.get(outcome, 0) for outcome in RECEIVING)


def counter_today(database: Database, zone: ZoneInfo, counter: int) -> CounterToday:
    """This counter's figures for today (the business day of the database's clock). A counter
    number the centre does not have gives zeros: the window says so on its own."""

    def read(s: Session) -> CounterToday:
        now = database.now(s)
        day = business_day(now, zone)
        tickets = _ticket_figures(s, database.is_postgres, day, counter)
        return CounterToday(
            counter=counter,
            day=day,
            **tickets,
            dossiers=_dossiers(s, day, counter),
            paused_s=_paused(s, day, counter, now),
        )

    return database.run(read, readonly=True)


def _seconds(postgres: bool, later: Any, earlier: Any) -> ColumnElement[float]:
    # as metrics/sqltime.py SqlTime.seconds, without building a whole report's time-zone table
    if postgres:
        return func.date_part("epoch", later - earlier)
    return (func.julianday(later) - func.julianday(earlier)) * 86400.0


def _counter_id(counter: int) -> Any:
    # looked up once per statement (not joined to every row): lets the databases filter the day's
    # rows on a constant and use the counter_id index of counter_event
    return select(Counter.id).where(Counter.number == counter).scalar_subquery()


def _count(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.sum(case((condition, 1), else_=0))


def _ticket_figures(s: Session, postgres: bool, day: date, counter: int) -> dict[str, Any]:
    """One pass over this counter's call and end events of the day, each joined to its ticket."""
    finished = TicketEvent.kind == K.FINISHED.value
    took = case((finished, _seconds(postgres, Ticket.finished_at, Ticket.last_called_at)))
    # the call that was the ticket's first of the day (a recall or a call after a transfer is not)
    first_call = and_(TicketEvent.kind == K.CALLED.value, TicketEvent.at == Ticket.first_called_at)
    waited = case((first_call, _seconds(postgres, Ticket.first_called_at, Ticket.issued_at)))
    query = (
        select(
            _count(finished),
            _count(TicketEvent.kind == K.NO_SHOW.value),
            _count(TicketEvent.kind == K.TRANSFERRED.value),
            func.avg(took),
            func.max(took),
            func.count(waited),
            func.avg(waited),
        )
        .select_from(TicketEvent)
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .where(
            TicketEvent.business_day == day,
            TicketEvent.counter_id == _counter_id(counter),
            TicketEvent.kind.in_([K.CALLED.value, K.FINISHED.value, K.NO_SHOW.value, K.TRANSFERRED.value]),
        )
    )
    served, no_show, transferred, took_mean, took_max, called, wait_mean = s.execute(query).one()
    return {
        "served": int(served or 0),
        "no_show": int(no_show or 0),
        "transferred": int(transferred or 0),
        "service_mean_s": _rounded(took_mean),
        "service_max_s": _rounded(took_max),
        "called": int(called or 0),
        "wait_mean_s": _rounded(wait_mean),
    }


def _rounded(seconds: Any) -> float | None:
    # SQLite's julianday() leaves microseconds of noise: a tenth of a second is what anyone reads
    return None if seconds is None else round(float(seconds), 1)


def _dossiers(s: Session, day: date, counter: int) -> dict[str, int]:
    query = (
        select(Dossier.outcome, func.count())
        .where(Dossier.business_day == day, Dossier.counter_id == _counter_id(counter))
        .group_by(Dossier.outcome)
    )
    found = {outcome: int(n) for outcome, n in s.execute(query)}
    return {outcome.value: found.get(outcome.value, 0) for outcome in Outcome}


def _paused(s: Session, day: date, counter: int, now: datetime) -> float:
    """Seconds paused today (a handful of rows a day)."""
    query = (
        select(CounterEvent.kind, CounterEvent.at)
        .where(CounterEvent.counter_id == _counter_id(counter), CounterEvent.business_day == day)
        .order_by(CounterEvent.at, CounterEvent.id)
    )
    total, since = 0.0, None
    for kind, at in s.execute(query):
        if since is not None:  # any counter event ends a pause (resume, sign-in, sign-out)
            total += max(0.0, (at - since).total_seconds())
            since = None
        if kind == K.COUNTER_PAUSED.value:
            since = at
    if since is not None:
        total += max(0.0, (now - since).total_seconds())
    return round(total, 1)
