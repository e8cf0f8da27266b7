"""The one composition root: settings in, database and services out. Nothing connects at import."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from db.engine import Database
from db.migrate import require_current
from kiosk_desktop.centre_file import DEFAULT_TIMEZONE
from kiosk_desktop.services.daily_report import daily_report
from kiosk_desktop.services.event_feed import EventFeed
from kiosk_desktop.services.lookups import find_centre
from kiosk_desktop.services.queue import QueueService
from kiosk_desktop.services.queue_status import queue_status
from kiosk_desktop.services.views import QueueStatus
from kiosk_desktop.settings import Resolved


@dataclass
class App:
    resolved: Resolved
    db: Database
    queue: QueueService
    zone: ZoneInfo

    def status(self) -> QueueStatus:
        return queue_status(self.db, self.zone)

    def daily_report(self, day: date | None = None) -> dict[str, Any]:
        return daily_report(self.db, self.zone, day, self.resolved.settings.reports)

    def event_feed(self, refresh_interval: float = 30.0) -> EventFeed:
        return EventFeed(self.db, refresh_interval=refresh_interval)

    def close(self) -> None:
        self.db.dispose()


def build_app(resolved: Resolved, *, check_schema: bool = True) -> App:
    database = Database(resolved.db_url)
    zone = ZoneInfo(DEFAULT_TIMEZONE)
    if check_schema:
        require_current(database)
        zone = ZoneInfo(database.run(_centre_timezone, readonly=True))
    return App(resolved=resolved, db=database, queue=QueueService(database, zone), zone=zone)


def _centre_timezone(s: Session) -> str:
    centre = find_centre(s)
    return centre.timezone if centre else DEFAULT_TIMEZONE
