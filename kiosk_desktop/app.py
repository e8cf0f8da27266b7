"""The one composition root: settings in, database and services out. Nothing connects at import."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from db.engine import Database
from db.migrate import require_current
from kiosk_desktop.services.daily_report import daily_report
from kiosk_desktop.services.event_feed import EventFeed
from kiosk_desktop.services.queue import QueueService
from kiosk_desktop.services.queue_status import queue_status
from kiosk_desktop.services.views import QueueStatus
from kiosk_desktop.settings import Resolved


@dataclass
class App:
    resolved: Resolved
    db: Database
    queue: QueueService

    @property
    def zone(self) -> ZoneInfo:
        return self.resolved.zone

    def status(self) -> QueueStatus:
        return queue_status(self.db, self.zone)

    def daily_report(self, day: date | None = None) -> dict[str, Any]:
        return daily_report(self.db, self.zone, day)

    def event_feed(self, refresh_interval: float = 30.0) -> EventFeed:
        return EventFeed(self.db, refresh_interval=refresh_interval)

    def close(self) -> None:
        self.db.dispose()


def build_app(resolved: Resolved, *, check_schema: bool = True) -> App:
    database = Database(resolved.db_url)
    if check_schema:
        require_current(database)
    return App(resolved=resolved, db=database, queue=QueueService(database, resolved.zone))
