"""Device health history (table device_event): supervisors see when a printer ran low or went offline.

Only changes are written (one row when the paper gets low, not one per ticket); the newest row of
a device is its current state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.device_schema import DeviceEvent
from db.engine import Database
from kiosk_desktop.services.business_day import business_day


@dataclass(frozen=True)
class DeviceStateView:
    device: str
    kind: str
    state: str
    message: str | None
    at: datetime


def last_state(database: Database, device: str) -> str | None:
    def work(s: Session) -> str | None:
        row = s.scalars(
            select(DeviceEvent.state).where(DeviceEvent.device == device).order_by(DeviceEvent.id.desc()).limit(1)
        ).first()
        return str(row) if row is not None else None

    return database.run(work, readonly=True)


def record_state(database: Database, zone: ZoneInfo, device: str, kind: str, state: str, message: str | None) -> None:
    def work(s: Session) -> None:
        now = database.now(s)
        s.add(
            DeviceEvent(
                device=device, kind=kind, state=state, message=message, at=now, business_day=business_day(now, zone)
            )
        )
        # Supervisor screens wake on this like on queue events (PostgreSQL; SQLite screens poll).
        database.notify(s, {"kind": "device", "ticket": None, "counter": None, "device": device, "state": state})

    database.run(work)


def history(database: Database, device: str, limit: int = 50) -> list[DeviceStateView]:
    """The newest `limit` changes of one device, newest first."""

    def work(s: Session) -> list[DeviceStateView]:
        rows = s.scalars(
            select(DeviceEvent).where(DeviceEvent.device == device).order_by(DeviceEvent.id.desc()).limit(limit)
        )
        return [DeviceStateView(r.device, r.kind, r.state, r.message, r.at) for r in rows]

    return database.run(work, readonly=True)
