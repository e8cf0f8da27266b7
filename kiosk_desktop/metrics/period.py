"""Report periods: a day, an ISO week, a month, a quarter, a year or any span of days.

A period is a range of business days (local dates at the centre). Its instants run from local
midnight of the first day to local midnight after the last, converted to UTC in the centre's
time zone, so a report never depends on the time zone of the PC that prints it."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from kiosk_desktop.errors import KioskError

ROMAN_QUARTERS = {1: "I", 2: "II", 3: "III", 4: "IV"}


class PeriodError(KioskError):
    """A period the user typed that cannot be read (exit code of a bad command line)."""

    exit_code = 64


class PeriodKind(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    first: date
    last: date  # inclusive

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise PeriodError(
                f"Khoảng thời gian ngược: ngày cuối {self.last:%d/%m/%Y} trước ngày đầu {self.first:%d/%m/%Y}."
            )

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def start_utc(self, zone: ZoneInfo) -> datetime:
        return local_midnight(self.first, zone)

    def end_utc(self, zone: ZoneInfo) -> datetime:
        """The instant just after the period: local midnight after its last day."""
        return local_midnight(self.last + timedelta(days=1), zone)

    def title(self) -> str:
        """How a Vietnamese report names the period, e.g. 'Tháng 7 năm 2026', 'Quý III năm 2026'."""
        if self.kind is PeriodKind.DAY:
            return f"Ngày {self.first:%d/%m/%Y}"
        if self.kind is PeriodKind.MONTH:
            return f"Tháng {self.first.month} năm {self.first.year}"
        if self.kind is PeriodKind.QUARTER:
            return f"Quý {ROMAN_QUARTERS[(self.first.month - 1) // 3 + 1]} năm {self.first.year}"
        if self.kind is PeriodKind.YEAR:
            return f"Năm {self.first.year}"
        if self.kind is PeriodKind.WEEK:
            year, week, _ = self.first.isocalendar()
            return f"Tuần {week} năm {year}"
        return f"Từ ngày {self.first:%d/%m/%Y} đến ngày {self.last:%d/%m/%Y}"

    def span(self) -> str:
        """The dates, as the seeds write them: '(Tính từ ngày 01/07/2025 đến ngày 18/07/2025)'."""
        if self.first == self.last:
            return f"ngày {self.first:%d/%m/%Y}"
        return f"từ ngày {self.first:%d/%m/%Y} đến ngày {self.last:%d/%m/%Y}"

    def to_json(self) -> dict[str, str]:
        return {
            "kind": self.kind.value,
            "from": self.first.isoformat(),
            "to": self.last.isoformat(),
            "title": self.title(),
        }


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), zone).astimezone(UTC)


def day_period(day: date) -> Period:
    return Period(PeriodKind.DAY, day, day)


def custom_period(first: date, last: date) -> Period:
    return Period(PeriodKind.CUSTOM, first, last)


def month_period(text: str) -> Period:
    """'2026-07' → 1–31 July 2026."""
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
    if not match or not 1 <= int(match[2]) <= 12:
        raise PeriodError(f"Tháng không hợp lệ: {text!r}. Viết dạng NĂM-THÁNG, ví dụ 2026-07.")
    year, month = int(match[1]), int(match[2])
    return Period(PeriodKind.MONTH, date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def week_period(text: str) -> Period:
    """An ISO week, '2026-W27' (Monday to Sunday), or any date inside it ('2026-07-01')."""
    value = text.strip().upper()
    match = re.fullmatch(r"(\d{4})-W(\d{1,2})", value)
    try:
        monday = date.fromisocalendar(int(match[1]), int(match[2]), 1) if match else _week_monday(value)
    except ValueError:
        raise PeriodError(
            f"Tuần không hợp lệ: {text!r}. Viết dạng 2026-W27 (tuần ISO) hoặc một ngày trong tuần, ví dụ 2026-07-01."
        ) from None
    return Period(PeriodKind.WEEK, monday, monday + timedelta(days=6))


def _week_monday(text: str) -> date:
    day = date.fromisoformat(text)
    return day - timedelta(days=day.weekday())


def quarter_period(text: str) -> Period:
    """'2026-Q3' (or '2026-3') → 1 July to 30 September 2026."""
    match = re.fullmatch(r"(\d{4})-Q?([1-4])", text.strip().upper())
    if not match:
        raise PeriodError(f"Quý không hợp lệ: {text!r}. Viết dạng NĂM-Qn, ví dụ 2026-Q3.")
    year, quarter = int(match[1]), int(match[2])
    first_month = 3 * (quarter - 1) + 1
    last = month_period(f"{year}-{first_month + 2}").last
    return Period(PeriodKind.QUARTER, date(year, first_month, 1), last)


def year_period(text: str) -> Period:
    if not re.fullmatch(r"\d{4}", text.strip()):
        raise PeriodError(f"Năm không hợp lệ: {text!r}. Viết bốn chữ số, ví dụ 2026.")
    year = int(text)
    return Period(PeriodKind.YEAR, date(year, 1, 1), date(year, 12, 31))


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise PeriodError(f"Ngày không hợp lệ: {text!r}. Viết dạng NĂM-THÁNG-NGÀY, ví dụ 2026-07-01.") from None
