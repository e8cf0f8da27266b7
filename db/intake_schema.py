"""Procedure catalogue, dossiers taken in at the counters, satisfaction ratings, public holidays.

No citizen identity anywhere: a dossier keeps the province system's dossier code (mã hồ sơ) and
what the counter did; a rating keeps the visit, counter and officer (DOMAIN.md, personal data)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, Numeric, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from db.schema import Base
from db.types import UTCDateTime


class Field(Base):
    """A field (lĩnh vực) of procedures, mapped to the queue service whose counters take it."""

    __tablename__ = "field"
    __table_args__ = (UniqueConstraint("centre_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"))
    name: Mapped[str] = mapped_column(String(200))
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id"), nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Procedure(Base):
    """An administrative procedure (TTHC) by its national code, e.g. 1.001766 or 1.012753.H19."""

    __tablename__ = "procedure"
    __table_args__ = (UniqueConstraint("centre_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"))
    code: Mapped[str] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # False once dropped from the published list
    #: The version new dossiers are received under (the highest); older dossiers keep theirs.
    current_version: Mapped[int] = mapped_column(Integer, default=1)


class ProcedureVersion(Base):
    """One published state of a procedure; a re-import that changes it adds a version, never edits one."""

    __tablename__ = "procedure_version"
    __table_args__ = (UniqueConstraint("procedure_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    field_id: Mapped[int] = mapped_column(ForeignKey("field.id"))
    decision: Mapped[str | None] = mapped_column(String(200), nullable=True)  # Quyết định công bố
    time_limit: Mapped[float | None] = mapped_column(Numeric(8, 2, asdecimal=False), nullable=True)
    time_limit_unit: Mapped[str | None] = mapped_column(String(16), nullable=True)  # hours|days|working_days
    online_level: Mapped[str] = mapped_column(String(16), default="none")  # toan_trinh|mot_phan|none
    fee: Mapped[str | None] = mapped_column(Text, nullable=True)
    post_allowed: Mapped[bool] = mapped_column(Boolean, default=False)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)


#: One live dossier per province code, enforced by the database so two PCs cannot both record it
#: (migration 0003). A dossier refused at intake or withdrawn is over: its code may be received again
#: (services/dossiers.py checks the same rule first, to name the dossier that holds the code).
LIVE_CODE_INDEX = "uq_dossier_code_live"
LIVE_CODE_WHERE = "code IS NOT NULL AND status NOT IN ('khong_tiep_nhan', 'rut_ho_so')"


class Dossier(Base):
    """A dossier (hồ sơ) the centre took in, or guidance given, at a counter or online."""

    __tablename__ = "dossier"
    __table_args__ = (
        Index("ix_dossier_day", "business_day", "field_id"),
        Index("ix_dossier_status", "status", "due_at"),
        Index(
            LIVE_CODE_INDEX,
            "code",
            unique=True,
            sqlite_where=text(LIVE_CODE_WHERE),
            postgresql_where=text(LIVE_CODE_WHERE),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"), nullable=True, index=True)
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"), nullable=True)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"), nullable=True)
    procedure_version_id: Mapped[int] = mapped_column(ForeignKey("procedure_version.id"))
    field_id: Mapped[int] = mapped_column(ForeignKey("field.id"))  # copied from the version: reports group by it
    channel: Mapped[str] = mapped_column(String(16))  # truc_tiep | truc_tuyen | buu_chinh
    outcome: Mapped[str] = mapped_column(String(16))  # tiep_nhan | bo_sung | tu_choi | huong_dan
    code: Mapped[str | None] = mapped_column(String(64), nullable=True)  # mã hồ sơ in the province system
    digitised: Mapped[bool] = mapped_column(Boolean, default=False)
    return_by_post: Mapped[bool] = mapped_column(Boolean, default=False)
    paid_online: Mapped[bool | None] = mapped_column(Boolean, nullable=True)  # None = not known
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    business_day: Mapped[date] = mapped_column(Date)
    #: The promised moment (ngày hẹn trả): computed at intake, then moved later by the office time of
    #: every finished supplement wait (services/dossier_rules.py); reports judge on time by it.
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    status: Mapped[str] = mapped_column(String(24))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    #: Clock seconds spent waiting for the citizen's supplement (shown by reports); the on-time check
    #: uses due_at, already moved by the office time of those waits.
    paused_seconds: Mapped[int] = mapped_column(Integer, default=0)


class DossierEvent(Base):
    """Append-only history of a dossier's status, with the visit it happened at if any."""

    __tablename__ = "dossier_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"), index=True)
    status: Mapped[str] = mapped_column(String(24))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"), nullable=True)
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"), nullable=True)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"), nullable=True)
    source: Mapped[str] = mapped_column(String(16), default="counter")  # counter | cli | import


class Rating(Base):
    """One satisfaction rating per visit, tied to the counter and officer, never to a person."""

    __tablename__ = "rating"
    __table_args__ = (Index("ix_rating_day", "business_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"), nullable=True, unique=True)
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"), nullable=True)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"), nullable=True)
    scale: Mapped[int] = mapped_column(Integer)  # 3 or 5 levels
    level: Mapped[int] = mapped_column(Integer)  # 1 = worst .. scale = best
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    source: Mapped[str] = mapped_column(String(16), default="screen")  # screen | pad
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    business_day: Mapped[date] = mapped_column(Date)


class Holiday(Base):
    """A public holiday or compensatory day off: not a working day for promised return dates."""

    __tablename__ = "holiday"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
