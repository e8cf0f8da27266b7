"""The schema. Tickets and their events are history: nothing here is deleted to reset a day."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from db.types import UTCDateTime

# Named constraints let Alembic alter them on SQLite (batch mode) and keep names stable.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Centre(Base):
    __tablename__ = "centre"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    #: Shared by every PC of the centre so they all agree on the business day.
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Ho_Chi_Minh")
    priority_policy: Mapped[str] = mapped_column(String(16), default="strict")
    interleave_every: Mapped[int] = mapped_column(Integer, default=3)
    aging_cap_minutes: Mapped[int] = mapped_column(Integer, default=30)  # 0 = no cap
    transfer_placement: Mapped[str] = mapped_column(String(8), default="front")


class Service(Base):
    __tablename__ = "service"
    __table_args__ = (UniqueConstraint("centre_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"))
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    prefix: Mapped[str] = mapped_column(String(4))
    digits: Mapped[int] = mapped_column(Integer, default=3)
    first_number: Mapped[int] = mapped_column(Integer, default=1)
    daily_limit: Mapped[int | None] = mapped_column(Integer, nullable=True)
    target_wait_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)  # order on kiosk screens
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Officer(Base):
    """A counter officer (cán bộ) as the centre names them: a code and a display name, nothing personal."""

    __tablename__ = "officer"
    __table_args__ = (UniqueConstraint("centre_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"))
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Counter(Base):
    __tablename__ = "counter"
    __table_args__ = (UniqueConstraint("centre_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    pause_reason: Mapped[str | None] = mapped_column(String(200), nullable=True)
    paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    #: Normal tickets called since this counter last called a priority one (interleave policy).
    normal_streak: Mapped[int] = mapped_column(Integer, default=0)
    #: The officer signed in at this counter now; events carry it so metrics can go per officer.
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"), nullable=True)


class CounterService(Base):
    """Which services a counter calls, in its order of preference."""

    __tablename__ = "counter_service"

    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"), primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class DailySequence(Base):
    """The last number handed out per service and business day; incremented by an upsert."""

    __tablename__ = "daily_sequence"

    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer)


class Ticket(Base):
    __tablename__ = "ticket"
    __table_args__ = (
        UniqueConstraint("issued_service_id", "business_day", "seq"),
        # call-next scans today's waiting tickets of a few services
        Index("ix_ticket_queue", "business_day", "status", "service_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    business_day: Mapped[date] = mapped_column(Date)
    issued_service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))  # changes on transfer
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(16))
    priority: Mapped[bool] = mapped_column(Boolean, default=False)
    priority_reason: Mapped[str | None] = mapped_column(String(32), nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    #: Sort key for first come, first served; a transfer moves it.
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    first_called_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_called_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"), nullable=True)
    call_count: Mapped[int] = mapped_column(Integer, default=0)
    printed: Mapped[bool] = mapped_column(Boolean, default=False)


class TicketEvent(Base):
    """Append-only log of every ticket state change: the source of all throughput metrics."""

    __tablename__ = "ticket_event"
    __table_args__ = (Index("ix_ticket_event_day", "business_day", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id"), index=True)
    business_day: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(24))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"), nullable=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    from_service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id"), nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"), nullable=True)


class CounterEvent(Base):
    """Append-only log of counter pauses and resumptions (idle-time metrics)."""

    __tablename__ = "counter_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"), index=True)
    business_day: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(24))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"), nullable=True)
