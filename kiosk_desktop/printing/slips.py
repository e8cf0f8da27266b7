"""What goes on a ticket: the slip built from the database, in the centre's words and local time."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.schema import Ticket
from kiosk_desktop.devices_api import TicketSlip
from kiosk_desktop.domain import PRIORITY_LABELS, PriorityReason, TicketStatus
from kiosk_desktop.errors import NotFound
from kiosk_desktop.printing.config import TicketLayout
from kiosk_desktop.services.business_day import business_day
from kiosk_desktop.services.lookups import the_centre
from kiosk_desktop.services.views import IssuedTicket, TicketView

#: Upper-case letters, digits and ':' keep the QR code in alphanumeric mode: the smallest code.
QR_PREFIX = "MOTCUA:T:"
_QR = re.compile(r"^MOTCUA:T:(\d{1,12})$")


def qr_payload(ticket_id: int) -> str:
    return f"{QR_PREFIX}{ticket_id}"


def ticket_id_from_qr(text: str) -> int | None:
    """The ticket id a scanned ticket carries, or None for anything else."""
    match = _QR.match(text.strip())
    return int(match[1]) if match else None


def priority_label(reason: str | None) -> str | None:
    if reason is None:
        return None
    try:
        return PRIORITY_LABELS[PriorityReason(reason)]
    except ValueError:  # a reason added by a newer version: still a priority ticket
        return "Ưu tiên"


def slip_of(issued: IssuedTicket, centre_name: str, zone: ZoneInfo, layout: TicketLayout) -> TicketSlip:
    ticket = issued.ticket
    return TicketSlip(
        ticket_id=ticket.id,
        centre_name=centre_name,
        service_name=ticket.service_name,
        number=ticket.number,
        priority_label=priority_label(ticket.priority_reason) if ticket.priority else None,
        waiting_ahead=issued.waiting_ahead,
        issued_at=ticket.issued_at.astimezone(zone),
        footer=layout.footer,
        qr_payload=qr_payload(ticket.id) if layout.show_qr else None,
        title=layout.title,
        header=layout.header,
        show_waiting=layout.show_waiting,
    )


def business_today(database: Database, zone: ZoneInfo) -> date:
    return database.run(lambda s: business_day(database.now(s), zone), readonly=True)


def centre_name(database: Database) -> str:
    return database.run(lambda s: the_centre(s).name, readonly=True)


def load_issued(database: Database, ticket_id: int) -> IssuedTicket:
    """A ticket as the kiosk saw it, with the people waiting ahead of it now (for a reprint)."""

    def work(s: Session) -> IssuedTicket:
        ticket = s.get(Ticket, ticket_id)
        if ticket is None:
            raise NotFound(f"Không có phiếu mã {ticket_id}.")
        return IssuedTicket(TicketView.load(s, ticket), _waiting_ahead(s, ticket))

    return database.run(work, readonly=True)


def _waiting_ahead(s: Session, ticket: Ticket) -> int:
    if ticket.status != TicketStatus.WAITING:
        return 0
    query = (
        select(func.count())
        .select_from(Ticket)
        .where(
            Ticket.business_day == ticket.business_day,
            Ticket.service_id == ticket.service_id,
            Ticket.status == TicketStatus.WAITING,
            # the order counters call in: queue time, then id (tickets issued within one clock tick)
            or_(
                Ticket.queued_at < ticket.queued_at,
                and_(Ticket.queued_at == ticket.queued_at, Ticket.id < ticket.id),
            ),
        )
    )
    if ticket.priority:  # as when issued: a priority citizen waits only behind priority citizens
        query = query.where(Ticket.priority.is_(True))
    return int(s.scalar(query) or 0)


def sample_slip(centre: str, zone: ZoneInfo, layout: TicketLayout, *, when: date | None = None) -> TicketSlip:
    """A made-up ticket for previews and the self-test (no database needed)."""
    day = when or datetime.now(zone).date()
    return TicketSlip(
        ticket_id=1234,
        centre_name=centre,
        service_name="Chứng thực bản sao",
        number="A012",
        priority_label=None,
        waiting_ahead=5,
        issued_at=datetime.combine(day, time(8, 15), zone),
        footer=layout.footer,
        qr_payload=qr_payload(1234) if layout.show_qr else None,
        title=layout.title,
        header=layout.header,
        show_waiting=layout.show_waiting,
    )
