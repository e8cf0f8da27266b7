"""Numbers, percentages, dates and durations as a Vietnamese report writes them; every writer
(PDF, XLSX labels, text, slips) goes through here: 6.303 · 87,55% · 18/07/2025 · 12 phút 30 giây."""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

DASH = "–"  # shown where there is nothing to divide by, rather than a misleading 0%


def number(value: int | float | Decimal | None, decimals: int = 0) -> str:
    """6303 → '6.303'; 1234.5 with decimals=1 → '1.234,5'."""
    if value is None:
        return DASH
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped}"


def percent(value: Decimal | float | None, decimals: int = 2) -> str:
    """87.55 → '87,55%'; whole numbers keep no decimals: 100 → '100%', 90.5 → '90,5%'."""
    if value is None:
        return DASH
    text = number(value, decimals)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return f"{text}%"


def count2(value: int) -> str:
    """Small counts padded to two digits as official letters write them: 5 → '05', 23 → '23'."""
    return f"{value:02d}" if 0 <= value < 10 else number(value)


def day(value: date) -> str:
    return f"{value:%d/%m/%Y}"


def moment(value: datetime, zone: ZoneInfo) -> str:
    """'14:05 ngày 31/07/2026' in the centre's time."""
    local = value.astimezone(zone)
    return f"{local:%H:%M} ngày {local:%d/%m/%Y}"


PLACE_BLANK = "……………"  # the place left for staff to write in by hand, as blank official forms print it


def dated_line(place: str, when: date) -> str:
    """'Hồng Bàng, ngày 31 tháng 7 năm 2026', the place-and-date line of an official report
    (Decree 30/2020/NĐ-CP): a comma after the place, lowercase 'ngày', a leading zero only for days
    below 10 and for months 1 and 2. With no place set, a dotted blank stands for it."""
    month = f"{when.month:02d}" if when.month < 3 else str(when.month)
    return f"{place.strip() or PLACE_BLANK}, ngày {when.day:02d} tháng {month} năm {when.year}"


def duration(seconds: float | None) -> str:
    """Seconds as staff read them: '45 giây', '12 phút 30 giây', '2 giờ 05 phút'."""
    if seconds is None:
        return DASH
    total = int(Decimal(str(seconds)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} giờ {minutes:02d} phút"
    if minutes:
        return f"{minutes} phút {secs:02d} giây" if secs else f"{minutes} phút"
    return f"{secs} giây"


def clock_hours(seconds: float | None) -> str:
    """Seconds as hours:minutes for table cells: 23400 → '6:30', 59 → '0:01' (rounded to the minute)."""
    if seconds is None:
        return DASH
    total = int((Decimal(str(seconds)) / 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return f"{total // 60}:{total % 60:02d}"


def minutes(seconds: float | None, decimals: int = 1) -> str:
    """Seconds shown as minutes with a Vietnamese decimal comma: 493.3 → '8,2'."""
    if seconds is None:
        return DASH
    return number(Decimal(str(seconds)) / 60, decimals)
