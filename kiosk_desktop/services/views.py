"""Plain, immutable results handed to callers (CLI, windows): no ORM object leaves the core."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from db.schema import Counter, Service, Ticket


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


@dataclass(frozen=True)
class TicketView:
    id: int
    number: str
    service: str
    service_name: str
    priority: bool
    priority_reason: str | None
    status: str
    business_day: date
    issued_at: datetime
    called_at: datetime | None  # the last call: the one the citizen answered
    first_called_at: datetime | None
    finished_at: datetime | None
    counter: int | None
    call_count: int
    printed: bool

    @classmethod
    def of(cls, ticket: Ticket, service: Service, counter: Counter | None) -> TicketView:
        return cls(
            id=ticket.id,
            number=ticket.number,
            service=service.code,
            service_name=service.name,
            priority=ticket.priority,
            priority_reason=ticket.priority_reason,
            status=ticket.status,
            business_day=ticket.business_day,
            issued_at=ticket.issued_at,
            called_at=ticket.last_called_at,
            first_called_at=ticket.first_called_at,
            finished_at=ticket.finished_at,
            counter=counter.number if counter else None,
            call_count=ticket.call_count,
            printed=ticket.printed,
        )

    @classmethod
    def load(cls, s: Session, ticket: Ticket) -> TicketView:
        """The view of a ticket inside its transaction (service and counter from the session)."""
        service = s.get(Service, ticket.service_id)
        assert service is not None
        counter = s.get(Counter, ticket.counter_id) if ticket.counter_id else None
        return cls.of(ticket, service, counter)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["business_day"] = self.business_day.isoformat()
        for key in ("issued_at", "called_at", "first_called_at", "finished_at"):
            data[key] = _iso(data[key])
        return data


@dataclass(frozen=True)
class IssuedTicket:
    ticket: TicketView
    waiting_ahead: int  # printed on the ticket: how many people are before this one

    def to_json(self) -> dict[str, Any]:
        return {"ticket": self.ticket.to_json(), "waiting_ahead": self.waiting_ahead}


@dataclass(frozen=True)
class ServiceQueue:
    code: str
    name: str
    prefix: str
    waiting: int
    priority_waiting: int
    parked: int
    oldest_wait_s: float | None
    issued_today: int  # tickets first issued for this service today (what its daily limit counts)
    daily_limit: int | None = None  # from the centre file; None = no limit

    @property
    def left_today(self) -> int | None:
        """Tickets the service may still issue today; None without a limit."""
        return None if self.daily_limit is None else max(0, self.daily_limit - self.issued_today)

    @property
    def limit_reached(self) -> bool:
        return self.left_today == 0


@dataclass(frozen=True)
class CounterState:
    number: int
    name: str
    paused: bool
    pause_reason: str | None
    services: list[str]
    ticket: TicketView | None
    officer: str | None = None  # the signed-in officer's name: for staff screens, never the hall display

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["ticket"] = self.ticket.to_json() if self.ticket else None
        return data


@dataclass(frozen=True)
class QueueStatus:
    date: date
    at: datetime
    centre: str
    services: list[ServiceQueue] = field(default_factory=list)
    counters: list[CounterState] = field(default_factory=list)

    @property
    def waiting(self) -> int:
        return sum(service.waiting for service in self.services)

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "at": self.at.isoformat(),
            "centre": self.centre,
            "waiting": self.waiting,
            "services": [asdict(service) for service in self.services],
            "counters": [counter.to_json() for counter in self.counters],
        }
