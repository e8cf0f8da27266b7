"""Where the counters' time went: occupied with a citizen, paused (with the reasons given), idle.

- occupied: a visit occupies a counter from its call there to the visit's next end event there
  (finish, no-show, transfer, park). A counter holds one visit at a time, so per counter, officer
  and day the occupied time is Σ(end times) − Σ(call times), summed in SQL without pairing rows
  (one signed sum over the call and end events). A visit still open (being served when the
  report is made, or left open at closing) counts nothing yet. Per officer the same sums run per
  officer; if the officer changed during a visit, each side counts only from or to its own first
  or last call or end event there (per counter the visit counts whole);
- paused: from `counter_paused` to the counter's next counter event (resume, sign-out, sign-in);
  a pause still open at the counter's last event of the day ends there;
- open time of a counter: its first to its last event of the day; presence of an officer: from
  sign-in to the next sign-in or sign-out at that counter, or to the counter's last event that day;
- idle = open time (or presence) − occupied − paused, never below zero.
SQL returns one row per counter, officer and day, and the pause and sign-in events (a few
thousand rows a year); they are added up here. Times are seconds after the period's start."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, func, select, type_coerce
from sqlalchemy.orm import Session

from db.schema import Counter, CounterEvent, Officer, TicketEvent
from db.types import UTCDateTime
from kiosk_desktop.domain import EventKind
from kiosk_desktop.metrics.period import Period
from kiosk_desktop.metrics.sqltime import SqlTime, as_date

ENDS = [EventKind.FINISHED.value, EventKind.NO_SHOW.value, EventKind.TRANSFERRED.value, EventKind.PARKED.value]
NO_REASON = "Không ghi lý do"
K = EventKind


@dataclass(frozen=True)
class PauseReason:
    reason: str
    count: int
    seconds: float


@dataclass(frozen=True)
class StaffTime:
    open_s: float  # a counter's open time, or an officer's presence
    occupied_s: float
    paused_s: float
    pauses: list[PauseReason] = field(default_factory=list)

    @property
    def idle_s(self) -> float:
        return max(0.0, round(self.open_s - self.occupied_s - self.paused_s, 1))


@dataclass(frozen=True)
class StaffTimes:
    by_counter: dict[int, StaffTime]  # counter number → time
    by_officer: dict[str, StaffTime]  # officer code → time


@dataclass(frozen=True)
class _Group:
    """One counter, officer and day of ticket events."""

    counter_id: int
    officer_id: int | None
    day: date
    net: float  # Σ(end times) − Σ(call times), seconds
    n_ends: int
    n_calls: int
    first: float
    last: float

    def occupied(self) -> float:
        spent = self.net
        if self.n_calls > self.n_ends:  # the last visit is still open: nothing counted for it yet
            spent += self.last * (self.n_calls - self.n_ends)
        elif self.n_ends > self.n_calls:  # a visit began under someone else: count from the first event
            spent -= self.first * (self.n_ends - self.n_calls)
        elif spent < 0:  # both at once: an inherited visit first, an open one last
            spent += self.last - self.first
        return min(max(spent, 0.0), self.last - self.first)

    def merged(self, other: _Group) -> _Group:
        """The same counter and day over both groups' officers (a counter's visits pair up exactly)."""
        return _Group(
            self.counter_id,
            None,
            self.day,
            self.net + other.net,
            self.n_ends + other.n_ends,
            self.n_calls + other.n_calls,
            min(self.first, other.first),
            max(self.last, other.last),
        )


def _at(expression: Any) -> Any:
    # an aggregate or window over a timestamp: read it back as one (SQLite would give text)
    return type_coerce(expression, UTCDateTime)


class StaffQueries:
    def __init__(self, s: Session, period: Period, sql: SqlTime) -> None:
        self.s = s
        self.days = (period.first, period.last)
        self.start = period.start_utc(sql.zone)
        self.sql = sql

    def _seconds(self, moment: datetime) -> float:
        return (moment - self.start).total_seconds()

    def groups(self) -> list[_Group]:
        is_call = TicketEvent.kind == K.CALLED.value
        signed = case((is_call, -1.0), else_=1.0) * self.sql.days_since(TicketEvent.at, self.start)
        keys = (TicketEvent.business_day, TicketEvent.counter_id, TicketEvent.officer_id)
        query = (
            select(
                *keys,
                func.sum(signed),
                func.count(),
                func.sum(case((is_call, 1), else_=0)),
                _at(func.min(TicketEvent.at)),
                _at(func.max(TicketEvent.at)),
            )
            .where(
                TicketEvent.counter_id.is_not(None),
                TicketEvent.business_day.between(*self.days),
                TicketEvent.kind.in_([K.CALLED.value, *ENDS]),
            )
            .group_by(*keys)
        )
        return [
            _Group(
                c,
                o,
                as_date(d),
                float(net) * 86400.0,
                int(n) - int(calls),
                int(calls),
                self._seconds(lo),
                self._seconds(hi),
            )
            for d, c, o, net, n, calls, lo, hi in self.s.execute(query)
        ]

    def counter_bounds(self) -> list[tuple[int, date, float, float]]:
        query = (
            select(
                CounterEvent.counter_id,
                CounterEvent.business_day,
                _at(func.min(CounterEvent.at)),
                _at(func.max(CounterEvent.at)),
            )
            .where(CounterEvent.business_day.between(*self.days))
            .group_by(CounterEvent.counter_id, CounterEvent.business_day)
        )
        return [(c, as_date(d), self._seconds(lo), self._seconds(hi)) for c, d, lo, hi in self.s.execute(query)]

    def intervals(
        self, starts: K, kinds: list[K]
    ) -> list[tuple[int, int | None, date, str | None, float, float | None]]:
        """`starts` events with the time of the counter's next event among `kinds` that day."""
        nxt = func.lead(CounterEvent.at).over(
            partition_by=[CounterEvent.counter_id, CounterEvent.business_day],
            order_by=[CounterEvent.at, CounterEvent.id],
        )
        inner = (
            select(
                CounterEvent.counter_id,
                CounterEvent.officer_id,
                CounterEvent.business_day,
                CounterEvent.kind,
                CounterEvent.reason,
                CounterEvent.at,
                _at(nxt).label("next_at"),
            )
            .where(CounterEvent.business_day.between(*self.days), CounterEvent.kind.in_([k.value for k in kinds]))
            .subquery()
        )
        c = inner.c
        query = select(c.counter_id, c.officer_id, c.business_day, c.reason, c.at, c.next_at).where(
            c.kind == starts.value
        )
        return [
            (counter, officer, as_date(day), why, self._seconds(at), None if nxt_at is None else self._seconds(nxt_at))
            for counter, officer, day, why, at, nxt_at in self.s.execute(query)
        ]


class _Tally:
    def __init__(self) -> None:
        self.open: dict[Any, float] = defaultdict(float)
        self.occupied: dict[Any, float] = defaultdict(float)
        self.pauses: dict[Any, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))

    def result(self, key: Any) -> StaffTime:
        reasons = [PauseReason(why, len(spans), round(sum(spans), 1)) for why, spans in self.pauses[key].items()]
        reasons.sort(key=lambda p: (-p.seconds, p.reason))
        return StaffTime(
            round(self.open[key], 1), round(self.occupied[key], 1), round(sum(p.seconds for p in reasons), 1), reasons
        )

    def members(self) -> set[Any]:
        return set(self.open) | set(self.occupied) | set(self.pauses)


def staff_times(s: Session, period: Period, sql: SqlTime) -> StaffTimes:
    q = StaffQueries(s, period, sql)
    counters, officers = _Tally(), _Tally()
    bounds = _occupied(q, counters, officers)
    for counter_id, day, first, last in q.counter_bounds():
        _widen(bounds, (counter_id, day), first, last)
    for (counter_id, _day), (first, last) in bounds.items():
        counters.open[counter_id] += last - first
    pause_kinds = [K.COUNTER_PAUSED, K.COUNTER_RESUMED, K.OFFICER_SIGNED_IN, K.OFFICER_SIGNED_OUT]
    for counter_id, officer_id, day, reason, at, nxt in q.intervals(K.COUNTER_PAUSED, pause_kinds):
        span = max(0.0, (nxt if nxt is not None else bounds[(counter_id, day)][1]) - at)
        for tally, who in ((counters, counter_id), (officers, officer_id)):
            if who is not None:
                tally.pauses[who][reason or NO_REASON].append(span)
    for counter_id, officer_id, day, _reason, at, nxt in q.intervals(K.OFFICER_SIGNED_IN, pause_kinds[2:]):
        if officer_id is not None:
            officers.open[officer_id] += max(0.0, (nxt if nxt is not None else bounds[(counter_id, day)][1]) - at)
    numbers = {c.id: c.number for c in s.scalars(select(Counter))}
    codes = {o.id: o.code for o in s.scalars(select(Officer).where(Officer.id.in_(officers.members())))}
    return StaffTimes(
        by_counter={numbers[k]: counters.result(k) for k in counters.members()},
        by_officer={codes[k]: officers.result(k) for k in officers.members()},
    )


def _occupied(q: StaffQueries, counters: _Tally, officers: _Tally) -> dict[tuple[int, date], tuple[float, float]]:
    """Occupied time per officer (their own groups) and per counter (each day's groups merged);
    returns the first and last call or end event of each counter and day."""
    bounds: dict[tuple[int, date], tuple[float, float]] = {}
    whole_days: dict[tuple[int, date], _Group] = {}
    for g in q.groups():
        if g.officer_id is not None:
            officers.occupied[g.officer_id] += g.occupied()
        slot = (g.counter_id, g.day)
        whole_days[slot] = whole_days[slot].merged(g) if slot in whole_days else g
        _widen(bounds, slot, g.first, g.last)
    for (counter_id, _day), whole_day in whole_days.items():
        counters.occupied[counter_id] += whole_day.occupied()
    return bounds


def _widen(
    bounds: dict[tuple[int, date], tuple[float, float]], key: tuple[int, date], first: float, last: float
) -> None:
    low, high = bounds.get(key, (first, last))
    bounds[key] = (min(low, first), max(high, last))
