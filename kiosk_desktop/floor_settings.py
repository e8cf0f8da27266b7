"""Per-PC settings of the floor windows (`[floor]` in settings.toml). No Qt here: the core loads them.

```toml
[floor]
language = "vi"                     # or "en"
[floor.kiosk]
admin_pin = "2468"                  # needed to leave the full-screen kiosk
services = ["CT", "HT"]             # the buttons, in order; empty = every active service
opening_hours = ["07:30-11:30", "13:30-17:00"]
closed_weekdays = [7]               # ISO weekdays, 7 = Sunday
[floor.counter]
number = 3                          # this PC's counter; asked at start when missing
[floor.display]
notice = "Kính chào quý khách ..."
```"""

from __future__ import annotations

import re
from datetime import time
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

_SPAN = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


def parse_span(text: str) -> tuple[time, time]:
    """'07:30-11:30' → (07:30, 11:30); raises ValueError for anything else."""
    match = _SPAN.match(text.strip())
    if match is None:
        raise ValueError(f"khung giờ {text!r} phải có dạng HH:MM-HH:MM, ví dụ 07:30-11:30")
    start = time(int(match[1]), int(match[2]))
    end = time(int(match[3]), int(match[4]))
    if end <= start:
        raise ValueError(f"khung giờ {text!r}: giờ kết thúc phải sau giờ bắt đầu")
    return start, end


class KioskSettings(_Strict):
    admin_pin: str = Field("", description="PIN to leave the full-screen kiosk; empty = nobody can leave it")
    services: list[str] = Field(default_factory=list, description="service codes shown, in order; empty = all")
    return_after_s: int = Field(10, ge=3, le=120, description="seconds the number stays on screen")
    opening_hours: list[str] = Field(default_factory=list, description="HH:MM-HH:MM spans; empty = always open")
    closed_weekdays: list[int] = Field(default_factory=list, description="ISO weekdays without tickets (7 = Sunday)")
    print_tickets: bool = Field(True, description="print on this PC's [printer]; false = show the number only")

    @field_validator("opening_hours")
    @classmethod
    def _spans(cls, value: list[str]) -> list[str]:
        for span in value:
            parse_span(span)
        return value

    @field_validator("closed_weekdays")
    @classmethod
    def _weekdays(cls, value: list[int]) -> list[int]:
        if any(day < 1 or day > 7 for day in value):
            raise ValueError("thứ trong tuần là số từ 1 (thứ Hai) đến 7 (Chủ nhật)")
        return value


class ReceptionSettings(_Strict):
    print_tickets: bool = Field(True, description="print on this PC's [printer]; false = staff write the number")


class CounterSettings(_Strict):
    number: int | None = Field(None, ge=1, description="this PC's counter; asked at start when missing")
    ask_rating: bool = Field(False, description="show the rating screen after each finished visit")
    rating_levels: Literal[3, 5] = Field(3, description="3 or 5 satisfaction levels")


class DisplaySettings(_Strict):
    notice: str = Field(
        "Kính chào quý khách đến Trung tâm Phục vụ hành chính công. Vui lòng giữ phiếu và chờ gọi đến số của mình.",
        description="the scrolling line at the bottom of the hall display",
    )
    recent_calls: int = Field(6, ge=1, le=20, description="how many recent calls the hall display lists")
    highlight_s: int = Field(8, ge=1, le=60, description="seconds a new call stays highlighted")
    voice: bool = Field(True, description="call numbers aloud (needs the voice device)")


class FloorSettings(_Strict):
    language: Literal["vi", "en"] = Field("vi", description="language of the windows")
    kiosk: KioskSettings = KioskSettings()
    reception: ReceptionSettings = ReceptionSettings()
    counter: CounterSettings = CounterSettings()
    display: DisplaySettings = DisplaySettings()
