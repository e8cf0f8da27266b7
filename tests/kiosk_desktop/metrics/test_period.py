"""Periods: what each kind covers, how it is named, where it starts and ends in UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from kiosk_desktop.metrics.period import (
    PeriodError,
    custom_period,
    day_period,
    month_period,
    parse_day,
    quarter_period,
    week_period,
    year_period,
)

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def test_month_quarter_year_week() -> None:
    assert (month_period("2026-02").first, month_period("2026-02").last) == (date(2026, 2, 1), date(2026, 2, 28))
    assert (quarter_period("2026-Q3").first, quarter_period("2026-Q3").last) == (date(2026, 7, 1), date(2026, 9, 30))
    assert (year_period("2024").last, year_period("2024").days) == (date(2024, 12, 31), 366)
    week = week_period("2026-W27")
    assert (week.first, week.last) == (date(2026, 6, 29), date(2026, 7, 5))
    assert week_period("2026-07-01") == week


def test_titles_read_as_reports_write_them() -> None:
    assert month_period("2026-07").title() == "Tháng 7 năm 2026"
    assert quarter_period("2026-4").title() == "Quý IV năm 2026"
    assert year_period("2026").title() == "Năm 2026"
    assert week_period("2026-W27").title() == "Tuần 27 năm 2026"
    assert day_period(date(2026, 7, 2)).title() == "Ngày 02/07/2026"
    custom = custom_period(date(2025, 7, 1), date(2025, 7, 18))
    assert custom.title() == "Từ ngày 01/07/2025 đến ngày 18/07/2025"
    assert custom.span() == "từ ngày 01/07/2025 đến ngày 18/07/2025"


def test_utc_bounds_are_local_midnights() -> None:
    july = month_period("2026-07")
    assert july.start_utc(HANOI) == datetime(2026, 6, 30, 17, tzinfo=UTC)
    assert july.end_utc(HANOI) == datetime(2026, 7, 31, 17, tzinfo=UTC)


@pytest.mark.parametrize(
    ("parse", "text"),
    [(month_period, "2026-13"), (month_period, "07/2026"), (quarter_period, "2026-Q5"), (year_period, "26"),
     (week_period, "2026-W54"), (parse_day, "31/07/2026")],
)  # fmt: skip
def test_bad_input_is_refused_with_an_example(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PeriodError) as caught:
        parse(text)
    assert "ví dụ" in caught.value.message and caught.value.exit_code == 64


def test_a_backwards_span_is_refused() -> None:
    with pytest.raises(PeriodError, match="ngược"):
        custom_period(date(2026, 7, 18), date(2026, 7, 1))
