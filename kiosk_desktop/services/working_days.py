"""The promised return date (ngày hẹn trả) from a procedure's legal time limit.

Business rules (all in the centre's time zone; staff can quote them):

1. Working days are Monday to Friday, except the days in the `holiday` table (public holidays
   and compensatory days off). Swapped working Saturdays are not modelled: such a Saturday is
   not a working day here, which can only make a promised date one day later, never earlier.
2. Office hours are 08:00-12:00 and 13:00-17:00 (8 hours a day).
3. The start day: a dossier received on a working day before 15:00 starts that day; received at or
   after 15:00, or on a weekend or holiday (online submissions), it starts on the next working
   day. This is the 15:00 rule of the chứng thực and hộ tịch laws, applied to every unit so the
   counter never has to think about which procedure it is.
4. "Trong ngày" (0 working days): the promised day is the start day.
   N working days: the Nth working day after the start day (the day of receipt is not counted,
   Civil Code art. 147). N calendar days ("30 ngày"): the start day plus N; if that is not a
   working day, the next working day (Civil Code art. 148).
   A fraction of a working day (0,5 ngày làm việc) is that share of 8 office hours, counted
   like hours (rule 5).
5. Hours ("04 giờ làm việc"): office hours are added from the moment of receipt (moved into office
   hours first: before 08:00 to 08:00, in the lunch break to 13:00, after 17:00 or on a day off to
   08:00 of the next working day). The cut-off of rule 3 does not apply: the hours count it.
6. The promised moment of a day limit is 17:00 of the promised day (what the receipt prints as
   "hẹn trả ... giờ ... ngày ..."). Reports judge early / on time / overdue by the local date of
   the promised moment, so a result handed over at 17:30 on the promised day is on time."""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.intake_schema import Holiday
from kiosk_desktop.intake_terms import TimeUnit

log = logging.getLogger(__name__)
_WARNED: set[int] = set()  # years already reported as holiday-less, in this process

#: Saturday and Sunday (date.weekday() numbers).
WEEKEND = frozenset({5, 6})
#: A calendar with no working day in a year is a data error, not a reason to loop forever.
MAX_DAYS_SCANNED = 366 * 3


@dataclass(frozen=True)
class OfficeHours:
    morning: tuple[time, time] = (time(8), time(12))
    afternoon: tuple[time, time] = (time(13), time(17))
    cutoff: time = time(15)  # received at or after this: counts from the next working day

    @property
    def day_seconds(self) -> float:
        return sum(_span(start, end) for start, end in (self.morning, self.afternoon))


def _span(start: time, end: time) -> float:
    return (datetime.combine(date.min, end) - datetime.combine(date.min, start)).total_seconds()


@dataclass(frozen=True)
class WorkingCalendar:
    zone: ZoneInfo
    holidays: frozenset[date] = frozenset()
    hours: OfficeHours = field(default_factory=OfficeHours)
    weekend: frozenset[int] = WEEKEND

    def is_working_day(self, day: date) -> bool:
        return day.weekday() not in self.weekend and day not in self.holidays

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after `day`."""
        for offset in range(1, MAX_DAYS_SCANNED):
            candidate = day + timedelta(days=offset)
            if self.is_working_day(candidate):
                return candidate
        raise ValueError(f"no working day within {MAX_DAYS_SCANNED} days after {day}")

    def working_day_on_or_after(self, day: date) -> date:
        return day if self.is_working_day(day) else self.next_working_day(day)

    def add_working_days(self, day: date, count: int) -> date:
        for _ in range(count):
            day = self.next_working_day(day)
        return day

    def start_day(self, received_at: datetime) -> date:
        """Rule 3: the day the time limit starts from."""
        local = received_at.astimezone(self.zone)
        if self.is_working_day(local.date()) and local.time() < self.hours.cutoff:
            return local.date()
        return self.next_working_day(local.date())

    def promised_day(self, received_at: datetime, amount: float, unit: TimeUnit) -> date:
        return self.promised_at(received_at, amount, unit).astimezone(self.zone).date()

    def promised_at(self, received_at: datetime, amount: float, unit: TimeUnit) -> datetime:
        """The promised moment (aware, UTC) for a limit of `amount` `unit`s received then."""
        promised = self._promised_at(received_at, amount, unit)
        self._warn_without_holidays(promised.astimezone(self.zone).year)
        return promised

    def _warn_without_holidays(self, year: int) -> None:
        """A year with no holiday in the table would promise dates on Tết: tell IT (once a year)."""
        if year not in _WARNED and not any(day.year == year for day in self.holidays):
            _WARNED.add(year)
            log.warning(
                "no public holidays for %d in the holiday table: promised dates may fall on holidays;"
                " load them with `kiosk-desktop holidays import FILE`",
                year,
            )

    def _promised_at(self, received_at: datetime, amount: float, unit: TimeUnit) -> datetime:
        if amount < 0:
            raise ValueError("a time limit cannot be negative")
        if unit is TimeUnit.HOURS:
            return self.add_office_seconds(received_at, amount * 3600)
        start = self.start_day(received_at)
        if unit is TimeUnit.DAYS:
            day = self.working_day_on_or_after(start + timedelta(days=math.ceil(amount)))
        elif amount != int(amount):  # rule 4: a fraction of a working day is office hours
            return self.add_office_seconds(received_at, amount * self.hours.day_seconds)
        else:
            day = self.add_working_days(start, int(amount))
        return self._closing(day)

    def add_office_seconds(self, moment: datetime, seconds: float) -> datetime:
        """Rule 5: move into office hours, then spend `seconds` of office time."""
        local = moment.astimezone(self.zone)
        day, clock = local.date(), local.time()
        if not self.is_working_day(day):
            day, clock = self.next_working_day(day), self.hours.morning[0]
        left = seconds
        for _ in range(MAX_DAYS_SCANNED):
            for start, end in (self.hours.morning, self.hours.afternoon):
                begin = max(clock, start)
                if begin >= end:
                    continue
                available = _span(begin, end)
                if left <= available:
                    finish = datetime.combine(day, begin, self.zone) + timedelta(seconds=left)
                    return finish.astimezone(UTC)
                left -= available
            day, clock = self.next_working_day(day), self.hours.morning[0]
        raise ValueError("time limit too long for the calendar")

    def office_seconds_between(self, start: datetime, end: datetime) -> float:
        """Office time (office hours of working days, local time) between two instants: what
        add_office_seconds would spend to get from one to the other."""
        if end <= start:
            return 0.0
        day, last = start.astimezone(self.zone).date(), end.astimezone(self.zone).date()
        total = 0.0
        while day <= last:  # one step per calendar day: a wait of months is still a few hundred steps
            if self.is_working_day(day):
                for opens, closes in (self.hours.morning, self.hours.afternoon):
                    begin = max(start, datetime.combine(day, opens, self.zone))
                    finish = min(end, datetime.combine(day, closes, self.zone))
                    total += max(0.0, (finish - begin).total_seconds())
            day += timedelta(days=1)
        return total

    def _closing(self, day: date) -> datetime:
        return datetime.combine(day, self.hours.afternoon[1], self.zone).astimezone(UTC)


def load_calendar(s: Session, zone: ZoneInfo, hours: OfficeHours | None = None) -> WorkingCalendar:
    """The calendar with every holiday in the table (a few dozen rows, read per dossier)."""
    days = frozenset(s.scalars(select(Holiday.day)))
    return WorkingCalendar(zone=zone, holidays=days, hours=hours or OfficeHours())
