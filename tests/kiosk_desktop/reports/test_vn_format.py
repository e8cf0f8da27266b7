"""Vietnamese number, percent, date and duration formats."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from kiosk_desktop.reports import vn_format as vn


def test_numbers() -> None:
    assert vn.number(6303) == "6.303"
    assert vn.number(5179) == "5.179"
    assert vn.number(999) == "999"
    assert vn.number(1234567) == "1.234.567"
    assert vn.number(1234.56, 1) == "1.234,6"
    assert vn.number(-4200) == "-4.200"
    assert vn.number(0) == "0"
    assert vn.number(None) == "–"


def test_percentages() -> None:
    assert vn.percent(Decimal("87.55")) == "87,55%"
    assert vn.percent(Decimal("100.00")) == "100%"
    assert vn.percent(Decimal("90.50")) == "90,5%"
    assert vn.percent(Decimal("0.00")) == "0%"
    assert vn.percent(None) == "–"


def test_dates_and_lines() -> None:
    assert vn.day(date(2025, 7, 18)) == "18/07/2025"
    # Decree 30/2020: lowercase 'ngày', a leading zero for days below 10 and months 1 and 2 only
    assert vn.dated_line("Hồng Bàng", date(2026, 1, 26)) == "Hồng Bàng, ngày 26 tháng 01 năm 2026"
    assert vn.dated_line("Hồng Bàng", date(2026, 7, 3)) == "Hồng Bàng, ngày 03 tháng 7 năm 2026"
    assert vn.dated_line("Hồng Bàng", date(2026, 11, 23)) == "Hồng Bàng, ngày 23 tháng 11 năm 2026"
    # no place set: a dotted blank to write it in by hand, never a line starting with a comma
    assert vn.dated_line("", date(2026, 2, 3)) == "……………, ngày 03 tháng 02 năm 2026"
    assert vn.dated_line("  ", date(2026, 2, 3)).startswith("……")
    at = datetime(2026, 7, 31, 7, 5, tzinfo=UTC)
    assert vn.moment(at, ZoneInfo("Asia/Ho_Chi_Minh")) == "14:05 ngày 31/07/2026"


def test_durations() -> None:
    assert vn.duration(45) == "45 giây"
    assert vn.duration(750) == "12 phút 30 giây"
    assert vn.duration(600) == "10 phút"
    assert vn.duration(7500) == "2 giờ 05 phút"
    assert vn.duration(None) == "–"
    assert vn.clock_hours(23400) == "6:30" and vn.clock_hours(59) == "0:01"
    assert vn.minutes(493.3) == "8,2"
    assert vn.count2(5) == "05" and vn.count2(23) == "23" and vn.count2(1141) == "1.141"
