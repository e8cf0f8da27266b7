"""Promised return dates, each answer worked out by hand on a 2026 calendar.

March 2026: Mon 2, Tue 3, ..., Fri 6, Sat 7, Sun 8, Mon 9. April: Fri 24, Sat 25, Sun 26, Mon 27
(Giỗ Tổ, compensatory), Wed 29, Thu 30 and Fri 1 May (holidays). February: Thu 12, Fri 13, Mon 16 to
Fri 20 (Tết), Mon 23."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk_desktop.intake_terms import TimeUnit
from kiosk_desktop.services import working_days
from kiosk_desktop.services.working_days import WorkingCalendar

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
TET = {date(2026, 2, 16) + timedelta(days=n) for n in range(5)}
HOLIDAYS = frozenset({date(2026, 4, 27), date(2026, 4, 30), date(2026, 5, 1), *TET})
CALENDAR = WorkingCalendar(zone=HCM, holidays=HOLIDAYS)


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=HCM)


def promised(received: datetime, amount: float, unit: TimeUnit) -> datetime:
    return CALENDAR.promised_at(received, amount, unit).astimezone(HCM)


@pytest.mark.parametrize(
    ("received", "amount", "unit", "expected"),
    [
        # "Trong ngày": the same day before 15:00, the next working day from 15:00 on
        (at(3, 2, 10), 0, TimeUnit.WORKING_DAYS, at(3, 2, 17)),
        (at(3, 2, 15, 30), 0, TimeUnit.WORKING_DAYS, at(3, 3, 17)),
        (at(3, 6, 15), 0, TimeUnit.WORKING_DAYS, at(3, 9, 17)),  # Friday 15:00 sharp -> Monday
        # working days: the day of receipt is not counted
        (at(3, 5, 10), 3, TimeUnit.WORKING_DAYS, at(3, 10, 17)),  # Fri 6, Mon 9, Tue 10
        (at(3, 7, 9), 3, TimeUnit.WORKING_DAYS, at(3, 12, 17)),  # Saturday online: starts Mon 9
        (at(4, 29, 10), 3, TimeUnit.WORKING_DAYS, at(5, 6, 17)),  # 30/4, 1/5 off: Mon 4, Tue 5, Wed 6
        (at(4, 24, 14), 1, TimeUnit.WORKING_DAYS, at(4, 28, 17)),  # Mon 27 off (Giỗ Tổ) -> Tue 28
        (at(2, 12, 9), 5, TimeUnit.WORKING_DAYS, at(2, 26, 17)),  # Fri 13, Tết, Mon 23 .. Thu 26
        # calendar days, moved to the next working day when the last one is a day off
        (at(3, 2, 10), 30, TimeUnit.DAYS, at(4, 1, 17)),
        (at(3, 2, 10), 5, TimeUnit.DAYS, at(3, 9, 17)),  # Sat 7 -> Mon 9
        (at(4, 27, 9), 3, TimeUnit.DAYS, at(5, 4, 17)),  # starts Tue 28; Fri 1/5 off -> Mon 4
        # office hours 08-12, 13-17
        (at(3, 2, 10, 30), 4, TimeUnit.HOURS, at(3, 2, 15, 30)),  # 1.5 h + 2.5 h
        (at(3, 6, 16), 8, TimeUnit.HOURS, at(3, 9, 16)),  # 1 h Fri, 4 h + 3 h Mon
        (at(3, 7, 7), 1, TimeUnit.HOURS, at(3, 9, 9)),  # Saturday -> Monday 08:00
        (at(3, 2, 12, 30), 1, TimeUnit.HOURS, at(3, 2, 14)),  # lunch break -> 13:00
        (at(3, 2, 6, 30), 1, TimeUnit.HOURS, at(3, 2, 9)),  # before opening -> 08:00
        (at(3, 2, 17, 30), 2, TimeUnit.HOURS, at(3, 3, 10)),  # after closing -> next morning
        # half a working day is 4 office hours from receipt
        (at(3, 2, 10), 0.5, TimeUnit.WORKING_DAYS, at(3, 2, 15)),
    ],
)
def test_promised_moment(received: datetime, amount: float, unit: TimeUnit, expected: datetime) -> None:
    assert promised(received, amount, unit) == expected


def test_the_result_is_in_utc() -> None:
    moment = CALENDAR.promised_at(at(3, 2, 10), 0, TimeUnit.WORKING_DAYS)
    assert moment.utcoffset() == timedelta(0)
    assert moment.hour == 10  # 17:00 in Hà Nội


def test_without_holidays_only_weekends_are_off() -> None:
    plain = WorkingCalendar(zone=HCM)
    assert plain.promised_day(at(4, 29, 10), 3, TimeUnit.WORKING_DAYS) == date(2026, 5, 4)  # Thu, Fri, Mon


def test_start_day_follows_the_cutoff_and_days_off() -> None:
    assert CALENDAR.start_day(at(3, 2, 14, 59)) == date(2026, 3, 2)
    assert CALENDAR.start_day(at(3, 2, 15)) == date(2026, 3, 3)
    assert CALENDAR.start_day(at(2, 17, 9)) == date(2026, 2, 23)  # mùng 1 Tết


def test_a_negative_limit_is_refused() -> None:
    with pytest.raises(ValueError):
        CALENDAR.promised_at(at(3, 2, 10), -1, TimeUnit.DAYS)


def test_a_promise_into_a_year_without_holidays_is_logged_once(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(working_days, "_WARNED", set())
    with caplog.at_level(logging.WARNING, logger=working_days.__name__):
        promised(at(3, 2, 9), 5, TimeUnit.WORKING_DAYS)  # 2026 has holidays: nothing to say
        assert caplog.records == []
        late = datetime(2027, 1, 4, 9, tzinfo=HCM)
        CALENDAR.promised_at(late, 5, TimeUnit.WORKING_DAYS)
        CALENDAR.promised_at(late, 3, TimeUnit.WORKING_DAYS)
    assert [r.getMessage()[:40] for r in caplog.records] == ["no public holidays for 2027 in the holid"]
