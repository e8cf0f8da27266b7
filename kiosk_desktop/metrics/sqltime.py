"""Time arithmetic in SQL that gives the same answers on SQLite and PostgreSQL.

PostgreSQL subtracts timestamps exactly (date_part('epoch', a - b)). SQLite stores naive UTC text:
differences go through julianday(), whose double precision leaves microseconds of noise (compare
with TOLERANCE, round results to the millisecond). Local hours and days are arithmetic on the
instant plus the zone's UTC offset, on both databases: cheaper per row than converting time zones
(PostgreSQL's timezone()) or formatting dates (SQLite's strftime()). The offset is looked up per
instant from the zone's transitions around the period, so a zone with summer time is right too
(Asia/Ho_Chi_Minh has had none since 1975: one constant offset, no CASE at all)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Date, Integer, String, case, cast, func, literal
from sqlalchemy.sql.elements import ColumnElement

from kiosk_desktop.metrics.period import Period

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
UNIX_JULIAN_DAY = 2440587.5  # julianday('1970-01-01')
#: Seconds of noise allowed when comparing a duration with a limit (SQLite: see `seconds`).
TOLERANCE = 0.0005
#: date.toordinal() + this = the Julian day number of that date (JD at noon): 2000-01-01 → 2451545.
JULIAN_ORDINAL = 1721425
#: Transitions are looked up this far around the period (due dates can lie well after it).
WINDOW = timedelta(days=3 * 366)


def offset_segments(zone: ZoneInfo, first: datetime, last: datetime) -> list[tuple[datetime | None, int]]:
    """[(until, offset_seconds), ...] covering [first, last]: the offset holds for instants before
    `until` (UTC); the last segment has until=None. Found day by day, then to the second."""
    segments: list[tuple[datetime | None, int]] = []
    current = _offset(zone, first)
    moment = first
    while moment < last:
        step = moment + timedelta(days=1)
        if _offset(zone, step) != current:
            change = _first_change(zone, moment, step, current)
            segments.append((change, current))
            current = _offset(zone, change)
            moment = change
        else:
            moment = step
    segments.append((None, current))
    return segments


def _offset(zone: ZoneInfo, moment: datetime) -> int:
    offset = moment.astimezone(zone).utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


def _first_change(zone: ZoneInfo, low: datetime, high: datetime, before: int) -> datetime:
    while (high - low) > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if _offset(zone, middle) == before:
            low = middle
        else:
            high = middle
    return high.replace(microsecond=0)


class SqlTime:
    """Dialect-aware expressions for one report: seconds between instants, local hour, local date."""

    def __init__(self, dialect: str, zone: ZoneInfo, period: Period) -> None:
        self.postgres = dialect == "postgresql"
        self.zone = zone
        start = period.start_utc(zone) - WINDOW
        self.segments = offset_segments(zone, start, period.end_utc(zone) + WINDOW)

    def seconds(self, later: Any, earlier: Any) -> ColumnElement[float]:
        """Seconds between two instants. On SQLite the last digits carry julianday() noise (a few
        microseconds): compare with a tolerance (`TOLERANCE`) and round results to the millisecond."""
        if self.postgres:
            return func.date_part("epoch", later - earlier)  # double precision, unlike EXTRACT's numeric
        return (func.julianday(later) - func.julianday(earlier)) * 86400.0

    def days_since(self, moment: Any, ref: datetime) -> ColumnElement[Any]:
        """Days (with fraction) from `ref` to `moment`, unrounded: cheap enough to sum over many
        rows (SQLite parses one timestamp per row, `ref` is a constant)."""
        if self.postgres:
            return (func.date_part("epoch", moment) - literal((ref - EPOCH).total_seconds())) / 86400.0
        return func.julianday(moment) - literal(julian_day(ref))

    def local_hour(self, moment: Any) -> ColumnElement[int]:
        if self.postgres:  # epoch arithmetic: cheaper per row than timezone() and EXTRACT
            hours = func.floor((func.date_part("epoch", moment) + self._offset(moment)) / 3600.0)
            return cast(hours, Integer) % 24
        # hours and minutes read straight from SQLite's 'YYYY-MM-DD HH:MM:SS.ffffff' text, shifted by
        # the offset in minutes (any zone, half hours too): several times cheaper than strftime()
        minutes = cast(func.substr(moment, 12, 2), Integer) * 60 + cast(func.substr(moment, 15, 2), Integer)
        local = (minutes + self._offset(moment) // 60 + 1440) % 1440
        return cast(local // 60, Integer)

    def local_date(self, moment: Any, plus_seconds: Any = None) -> ColumnElement[Any]:
        """The local calendar date of `moment` (+ `plus_seconds`); compare only with another local_date.
        SQLite gives 'YYYY-MM-DD' text, PostgreSQL a date: read results back with `as_date`."""
        if self.postgres:
            if plus_seconds is not None:
                moment = moment + func.make_interval(0, 0, 0, 0, 0, 0, plus_seconds)
            return cast(func.timezone(self.zone.key, moment), Date)
        if plus_seconds is None:
            return func.date(moment, self._modifier(moment))
        shift = literal("+") + cast(plus_seconds, String) + literal(" seconds")
        return func.date(moment, shift, self._modifier(moment))

    def day_number(self, moment: Any) -> ColumnElement[Any]:
        """The local calendar day of `moment` as a number that compares cheaply with another
        day_number or a day_value: days since 1970-01-01 on PostgreSQL, the Julian day number on
        SQLite (arithmetic on the instant instead of time zone conversions per row)."""
        shift = self._offset(moment)
        if self.postgres:
            return cast(func.floor((func.date_part("epoch", moment) + shift) / 86400.0), Integer)
        return cast(func.julianday(moment) + shift / 86400.0 + 0.5, Integer)

    def day_value(self, day: date) -> Any:
        """A date as day_number() gives it, for comparisons."""
        return (day - EPOCH.date()).days if self.postgres else day.toordinal() + JULIAN_ORDINAL

    def _offset(self, moment: Any) -> Any:
        if len(self.segments) == 1:
            return literal(self.segments[0][1])
        whens = [(moment < until, offset) for until, offset in self.segments if until is not None]
        return case(*whens, else_=self.segments[-1][1])

    def _modifier(self, moment: Any) -> ColumnElement[str]:
        def text_of(offset: int) -> str:
            return f"{offset:+d} seconds"

        if len(self.segments) == 1:
            return literal(text_of(self.segments[0][1]))
        whens = [(moment < until, text_of(offset)) for until, offset in self.segments if until is not None]
        return case(*whens, else_=text_of(self.segments[-1][1]))


def julian_day(moment: datetime) -> float:
    """The Julian day of an aware datetime, as SQLite's julianday() gives it."""
    return (moment - EPOCH).total_seconds() / 86400.0 + UNIX_JULIAN_DAY


def as_date(value: Any) -> date:
    """A local_date() value read back from either database."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
