"""Local hours, local dates and seconds computed in SQL agree on both databases, summer time included."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import literal, select

from db.engine import Database
from db.types import UTCDateTime
from kiosk_desktop.metrics.period import custom_period
from kiosk_desktop.metrics.sqltime import SqlTime, as_date, offset_segments

BERLIN = ZoneInfo("Europe/Berlin")
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
YEAR = custom_period(date(2026, 1, 1), date(2026, 12, 31))


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def test_a_zone_without_summer_time_has_one_offset() -> None:
    assert offset_segments(HANOI, utc(2025, 1, 1), utc(2027, 1, 1)) == [(None, 7 * 3600)]


def test_summer_time_changes_are_found_to_the_second() -> None:
    # EU rules: the last Sundays of March and October, at 01:00 UTC
    assert offset_segments(BERLIN, utc(2026, 1, 1), utc(2026, 12, 31)) == [
        (utc(2026, 3, 29, 1), 3600),
        (utc(2026, 10, 25, 1), 7200),
        (None, 3600),
    ]


def _value(db_url: str, zone: ZoneInfo, expression_of: str, moment: datetime, other: datetime | None = None) -> object:
    database = Database(db_url)
    sql = SqlTime(database.dialect, zone, YEAR)
    at = literal(moment, UTCDateTime)
    expression = {
        "hour": lambda: sql.local_hour(at),
        "date": lambda: sql.local_date(at),
        "date+1h": lambda: sql.local_date(at, literal(3600)),
        "seconds": lambda: sql.seconds(at, literal(other, UTCDateTime)),
    }[expression_of]()
    try:
        with database.session() as s:
            return s.execute(select(expression)).scalar_one()
    finally:
        database.dispose()


@pytest.mark.parametrize(
    ("moment", "hour", "day"),
    [
        (utc(2026, 3, 29, 0, 30), 1, date(2026, 3, 29)),  # 01:30 winter time
        (utc(2026, 3, 29, 1, 30), 3, date(2026, 3, 29)),  # 03:30 summer time
        (utc(2026, 7, 1, 22, 30), 0, date(2026, 7, 2)),  # 00:30 local: already the next day
        (utc(2026, 10, 25, 0, 30), 2, date(2026, 10, 25)),  # 02:30 summer time
        (utc(2026, 10, 25, 1, 30), 2, date(2026, 10, 25)),  # 02:30 again, winter time
    ],
)
def test_local_hour_and_date_across_summer_time(db_url: str, moment: datetime, hour: int, day: date) -> None:
    assert _value(db_url, BERLIN, "hour", moment) == hour
    assert as_date(_value(db_url, BERLIN, "date", moment)) == day


def test_vietnam_local_date_and_a_shift(db_url: str) -> None:
    evening = utc(2026, 7, 31, 16, 30)  # 23:30 local on 31/07
    assert as_date(_value(db_url, HANOI, "date", evening)) == date(2026, 7, 31)
    assert as_date(_value(db_url, HANOI, "date+1h", evening)) == date(2026, 8, 1)
    assert _value(db_url, HANOI, "hour", utc(2026, 7, 31, 1, 59)) == 8


def test_seconds_between_keep_the_milliseconds(db_url: str) -> None:
    later = datetime(2026, 3, 2, 1, 5, 0, 250_000, tzinfo=UTC)
    assert _value(db_url, HANOI, "seconds", later, utc(2026, 3, 2, 1)) == pytest.approx(
        300.25, abs=1e-4
    )  # julianday noise: microseconds
