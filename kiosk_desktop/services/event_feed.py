"""The event feed: any process learns quickly what other processes did to the queue.

The same interface on both databases. A change signal says 'something was committed'; the feed
then reads the new rows of the append-only event tables, so a lost notification is never a lost
event. Every `refresh_interval` seconds it also asks its caller for a full reload, a safety net
against anything the signal missed (a dropped connection, a clock jump)."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.schema import Counter, CounterEvent, Service, Ticket, TicketEvent
from kiosk_desktop.errors import StorageUnavailable
from kiosk_desktop.services.change_signal import ChangeSignal, change_signal_for

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeedEvent:
    kind: str
    at: datetime
    counter: int | None
    ticket_id: int | None = None
    number: str | None = None
    service: str | None = None
    reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "at": self.at.isoformat()}


class _Cursor:
    """Where the feed has read up to in one event table.

    On PostgreSQL ids are handed out at insert but become visible at commit, so a smaller id can
    appear after a larger one was read. Re-reading a margin below the highest id seen, and
    skipping ids already delivered, catches those late commits without an extra index."""

    MARGIN = 500  # far more than the transactions in flight at once (one per counter)

    def __init__(self, recent_ids: list[int]) -> None:
        """Start after `recent_ids`: the ids already in the table near its top."""
        self.highest = max(recent_ids, default=0)
        self._seen: set[int] = set(recent_ids)

    @property
    def floor(self) -> int:
        return max(0, self.highest - self.MARGIN)

    def take(self, event_id: int) -> bool:
        """True the first time an id is offered; remembers it."""
        if event_id in self._seen or event_id <= self.floor:
            return False
        self._seen.add(event_id)
        self.highest = max(self.highest, event_id)
        return True

    def prune(self) -> None:
        floor = self.floor
        self._seen = {event_id for event_id in self._seen if event_id > floor}


@dataclass(frozen=True)
class FeedBatch:
    events: list[FeedEvent]
    full_refresh: bool = False  # reload the whole picture, not only apply `events`
    offline: bool = False  # the database just became unreachable: show it, keep polling


class EventFeed:
    """Poll it from a worker thread or a timer; `fileno()` lets a Qt socket notifier wake it.

    It never raises for an unreachable database: it reports `offline` once, keeps trying, and
    answers with the missed events and a full refresh when the database is back."""

    RECONNECT_EVERY_S = 2.0

    def __init__(self, database: Database, *, refresh_interval: float = 30.0) -> None:
        self._db = database
        self._signal: ChangeSignal = change_signal_for(database)
        self._refresh_interval = refresh_interval
        self._last_refresh = time.monotonic()
        self._tickets: _Cursor | None = None
        self._counters: _Cursor | None = None
        self._offline = False
        self._next_try = 0.0
        self._start()

    @property
    def offline(self) -> bool:
        return self._offline

    def fileno(self) -> int | None:
        return self._signal.fileno()

    def poll(self, timeout: float = 0.0) -> FeedBatch | None:
        """New events since the last poll, waiting up to `timeout` for some; None if nothing."""
        changed = self._signal.wait(timeout)
        if self._offline:
            return self._reconnect()
        due = time.monotonic() - self._last_refresh >= self._refresh_interval
        if not changed and not due:
            return None
        try:
            events = self._db.run(self._read_new, readonly=True, retry=False)
        except StorageUnavailable:
            return self._lost()
        if due:
            self._last_refresh = time.monotonic()
        if not events and not due:
            return None
        return FeedBatch(events=events, full_refresh=due)

    def _start(self) -> None:
        try:
            self._place_cursors()
        except StorageUnavailable:
            self._lost()

    def _place_cursors(self) -> None:
        """Start after the events already in the tables (raises StorageUnavailable)."""
        ticket_ids, counter_ids = self._db.run(self._recent_ids, readonly=True, retry=False)
        self._tickets, self._counters = _Cursor(ticket_ids), _Cursor(counter_ids)

    def _lost(self) -> FeedBatch:
        log.warning("event feed: database unreachable, retrying every %.0f s", self.RECONNECT_EVERY_S)
        self._offline = True
        self._next_try = time.monotonic() + self.RECONNECT_EVERY_S
        return FeedBatch(events=[], offline=True)

    def _reconnect(self) -> FeedBatch | None:
        if time.monotonic() < self._next_try:
            return None
        self._next_try = time.monotonic() + self.RECONNECT_EVERY_S
        events: list[FeedEvent] = []
        try:
            if self._tickets is None:
                self._place_cursors()
            else:
                events = self._db.run(self._read_new, readonly=True, retry=False)  # what we missed
        except StorageUnavailable:
            return None
        log.info("event feed: database reachable again")
        self._offline = False
        self._last_refresh = time.monotonic()
        return FeedBatch(events=events, full_refresh=True)

    def close(self) -> None:
        self._signal.close()

    def _recent_ids(self, s: Session) -> tuple[list[int], list[int]]:
        def recent(column: Any) -> list[int]:
            top = s.scalar(select(func.max(column))) or 0
            return list(s.scalars(select(column).where(column > top - _Cursor.MARGIN)))

        return recent(TicketEvent.id), recent(CounterEvent.id)

    def _read_new(self, s: Session) -> list[FeedEvent]:
        tickets, counters = self._tickets, self._counters
        assert tickets is not None and counters is not None
        events: list[tuple[datetime, FeedEvent]] = []
        for event, number, code, counter in s.execute(
            select(TicketEvent, Ticket.number, Service.code, Counter.number)
            .join(Ticket, Ticket.id == TicketEvent.ticket_id)
            .join(Service, Service.id == TicketEvent.service_id)
            .outerjoin(Counter, Counter.id == TicketEvent.counter_id)
            .where(TicketEvent.id > tickets.floor)
            .order_by(TicketEvent.id)
        ):
            if not tickets.take(event.id):
                continue
            events.append(
                (event.at, FeedEvent(event.kind, event.at, counter, event.ticket_id, number, code, event.reason))
            )
        for pause, counter in s.execute(
            select(CounterEvent, Counter.number)
            .join(Counter, Counter.id == CounterEvent.counter_id)
            .where(CounterEvent.id > counters.floor)
            .order_by(CounterEvent.id)
        ):
            if counters.take(pause.id):
                events.append((pause.at, FeedEvent(pause.kind, pause.at, counter, reason=pause.reason)))
        tickets.prune()
        counters.prune()
        events.sort(key=lambda pair: pair[0])
        return [event for _, event in events]
