"""Device health history: printers, serial displays, keypads, rating pads and the voice output.

Append-only, so a supervisor can see when the kiosk printer ran low on paper or went offline and
for how long; the newest row per device is its current state."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.schema import Base
from db.types import UTCDateTime


class DeviceEvent(Base):
    __tablename__ = "device_event"
    __table_args__ = (Index("ix_device_event_device", "device", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: A stable name chosen in the settings, e.g. "printer:kiosk-1", "display:counter-3".
    device: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(24))  # printer | display | keypad | rating_pad | voice
    state: Mapped[str] = mapped_column(String(24))  # ready | paper_near_end | paper_out | offline | error
    message: Mapped[str | None] = mapped_column(Text, nullable=True)  # Vietnamese, for supervisors
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    business_day: Mapped[date] = mapped_column(Date)
