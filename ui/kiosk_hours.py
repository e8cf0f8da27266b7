"""When the kiosk hands out numbers, said the way a Vietnamese centre writes it on its door:
"Trung tâm làm việc: sáng 07:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu".

Times are the centre's local time (the database's clock in the centre's time zone), so every kiosk
opens and closes at the same moment whatever its own PC clock says."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication

from kiosk_desktop.floor_settings import KioskSettings, parse_span

translate = QCoreApplication.translate

Span = tuple[time, time]


class OpeningHours:
    def __init__(self, spans: Sequence[Span], closed_weekdays: Iterable[int]) -> None:
        self.spans = sorted(spans)
        self.closed = frozenset(closed_weekdays)

    @classmethod
    def of(cls, settings: KioskSettings) -> OpeningHours:
        return cls([parse_span(text) for text in settings.opening_hours], settings.closed_weekdays)

    def is_open(self, now: datetime) -> bool:
        if now.isoweekday() in self.closed:
            return False
        return not self.spans or any(start <= now.time() < end for start, end in self.spans)

    def next_opening(self, now: datetime) -> datetime | None:
        """The next moment tickets are handed out again; None if that never happens."""
        starts = [start for start, _end in self.spans] or [time(0, 0)]  # no spans: open all day
        for days in range(8):
            day = (now + timedelta(days=days)).date()
            if day.isoweekday() in self.closed:
                continue
            for start in starts:
                moment = datetime.combine(day, start, tzinfo=now.tzinfo)
                if moment > now:
                    return moment
        return None

    # --- in words ---------------------------------------------------------------------------

    def sentence(self) -> str:
        """'Trung tâm làm việc: sáng 07:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu.'"""
        parts = [_span_text(start, end) for start, end in self.spans]
        days = _days_text([day for day in range(1, 8) if day not in self.closed])
        if days:
            parts.append(days)
        if not parts:
            return ""
        return translate("Kiosk", "Trung tâm làm việc: %1.").replace("%1", ", ".join(parts))

    def come_back_text(self, now: datetime) -> str:
        """'Mời quý khách quay lại lúc 13:30 chiều nay.' and the like; empty when it never opens."""
        moment = self.next_opening(now)
        if moment is None:
            return ""
        day, date = weekday_name(moment), f"{moment:%d/%m}"
        if not self.spans:  # open all day: the day is enough
            when = translate("Kiosk", "vào %1, ngày %2").replace("%1", day).replace("%2", date)
            return translate("Kiosk", "Mời quý khách quay lại %1.").replace("%1", when)
        clock, part = f"{moment:%H:%M}", _part_of_day(moment.time())  # "13:30 chiều": as people say it
        days = (moment.date() - now.date()).days
        if days == 0:
            when = translate("Kiosk", "lúc %1 %2 nay").replace("%1", clock).replace("%2", part)
        elif days == 1:
            when = translate("Kiosk", "lúc %1 %2 mai (%3)").replace("%1", clock).replace("%2", part).replace("%3", day)
        else:
            when = (
                translate("Kiosk", "lúc %1 %2 %3, ngày %4")
                .replace("%1", clock)
                .replace("%2", part)
                .replace("%3", day)
                .replace("%4", date)
            )
        return translate("Kiosk", "Mời quý khách quay lại %1.").replace("%1", when)


def weekday_name(moment: datetime) -> str:
    return _weekday(moment.isoweekday())


def _weekday(day: int) -> str:
    names = {
        1: translate("Kiosk", "thứ Hai"),
        2: translate("Kiosk", "thứ Ba"),
        3: translate("Kiosk", "thứ Tư"),
        4: translate("Kiosk", "thứ Năm"),
        5: translate("Kiosk", "thứ Sáu"),
        6: translate("Kiosk", "thứ Bảy"),
        7: translate("Kiosk", "Chủ nhật"),
    }
    return names[day]


def _part_of_day(moment: time) -> str:
    if moment < time(11, 0):
        return translate("Kiosk", "sáng")
    if moment < time(13, 0):
        return translate("Kiosk", "trưa")
    if moment < time(18, 0):
        return translate("Kiosk", "chiều")
    return translate("Kiosk", "tối")


def _span_text(start: time, end: time) -> str:
    hours = f"{start:%H:%M}–{end:%H:%M}"
    if end <= time(12, 0) or (start < time(11, 0) and end <= time(12, 30)):
        return translate("Kiosk", "sáng %1").replace("%1", hours)
    if start >= time(12, 0) and end <= time(18, 30):
        return translate("Kiosk", "chiều %1").replace("%1", hours)
    if start >= time(17, 0):
        return translate("Kiosk", "tối %1").replace("%1", hours)
    return hours  # a span across noon: no part of the day fits it


def _days_text(open_days: list[int]) -> str:
    if not open_days:
        return ""
    if len(open_days) == 7:
        return translate("Kiosk", "tất cả các ngày trong tuần")
    if len(open_days) >= 3 and open_days == list(range(open_days[0], open_days[-1] + 1)):
        return (
            translate("Kiosk", "%1 đến %2").replace("%1", _weekday(open_days[0])).replace("%2", _weekday(open_days[-1]))
        )
    names = [_weekday(day) for day in open_days]
    if len(names) == 1:
        return names[0]
    return translate("Kiosk", "%1 và %2").replace("%1", ", ".join(names[:-1])).replace("%2", names[-1])
