"""What callers get back for a dossier: plain values, no ORM object, times as aware UTC."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.intake_schema import Dossier, Field, Procedure, ProcedureVersion
from db.schema import Counter, Officer, Ticket


@dataclass(frozen=True)
class DossierView:
    id: int
    code: str | None  # mã hồ sơ in the province system
    procedure: str  # TTHC code
    procedure_name: str
    procedure_version: int  # the version it was received under
    field: str
    channel: str
    outcome: str
    status: str
    digitised: bool
    return_by_post: bool
    paid_online: bool | None
    ticket_id: int | None
    ticket_number: str | None
    counter: int | None
    officer: str | None  # officer code
    received_at: datetime
    business_day: date
    due_at: datetime | None
    resolved_at: datetime | None
    returned_at: datetime | None
    paused_seconds: int

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["business_day"] = self.business_day.isoformat()
        for key in ("received_at", "due_at", "resolved_at", "returned_at"):
            value = data[key]
            data[key] = value.isoformat() if value else None
        return data


def dossier_view(s: Session, dossier: Dossier) -> DossierView:
    version = s.get(ProcedureVersion, dossier.procedure_version_id)
    assert version is not None
    procedure = s.get(Procedure, version.procedure_id)
    field = s.get(Field, dossier.field_id)
    assert procedure is not None and field is not None
    ticket = s.get(Ticket, dossier.ticket_id) if dossier.ticket_id else None
    counter = s.get(Counter, dossier.counter_id) if dossier.counter_id else None
    officer = s.get(Officer, dossier.officer_id) if dossier.officer_id else None
    return DossierView(
        id=dossier.id,
        code=dossier.code,
        procedure=procedure.code,
        procedure_name=version.name,
        procedure_version=version.version,
        field=field.name,
        channel=dossier.channel,
        outcome=dossier.outcome,
        status=dossier.status,
        digitised=dossier.digitised,
        return_by_post=dossier.return_by_post,
        paid_online=dossier.paid_online,
        ticket_id=dossier.ticket_id,
        ticket_number=ticket.number if ticket else None,
        counter=counter.number if counter else None,
        officer=officer.code if officer else None,
        received_at=dossier.received_at,
        business_day=dossier.business_day,
        due_at=dossier.due_at,
        resolved_at=dossier.resolved_at,
        returned_at=dossier.returned_at,
        paused_seconds=dossier.paused_seconds,
    )


def dossiers_of_ticket(s: Session, ticket_id: int) -> list[DossierView]:
    rows = s.scalars(select(Dossier).where(Dossier.ticket_id == ticket_id).order_by(Dossier.id))
    return [dossier_view(s, row) for row in rows]
