"""What every window of one process shows: the latest queue status, kept fresh by the event feed.

One reload at a time: events that arrive while a reload is running mark the picture stale, and one
more reload follows. The database's clock comes with each status, so the windows' clocks and
elapsed times agree with the database, not with this PC's clock."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from kiosk_desktop.app import App
from kiosk_desktop.domain import EventKind
from kiosk_desktop.errors import KioskError
from kiosk_desktop.services.event_feed import FeedEvent
from kiosk_desktop.services.views import CounterState, QueueStatus
from ui.feed_bridge import FeedBridge
from ui.operations import Operations

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

CALL_KINDS = {EventKind.CALLED.value, EventKind.RECALLED.value}


class FloorState(QObject):
    status_changed = Signal(object)  # QueueStatus
    events_arrived = Signal(list)  # list[FeedEvent], straight from the feed
    calls_arrived = Signal(list)  # list[FeedEvent]: only calls and recalls (voice, highlights)
    trouble = Signal(str, str)  # source, Vietnamese message ("" = cleared)

    def __init__(self, app: App, bridge: FeedBridge | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.status: QueueStatus | None = None
        self._skew = timedelta(0)
        self._ops = Operations(self)
        self._loading = False
        self._stale = False
        #: Reload requests made, and the newest one the current `status` answers: a window that
        #: has just shown a move's result ignores statuses that may predate it.
        self.requested = 0
        self.loaded = 0
        self._ops.storage_failed.connect(lambda text: self.trouble.emit("database", text))
        self._ops.storage_ok.connect(lambda: self.trouble.emit("database", ""))
        if bridge is not None:
            bridge.events_arrived.connect(self._on_events)
            bridge.refresh_needed.connect(self.reload)
            bridge.offline_changed.connect(self._on_offline)

    # --- time ------------------------------------------------------------------------------

    def now(self) -> datetime:
        """The database's time now, as far as the last status told (UTC)."""
        return datetime.now(UTC) + self._skew

    def local_now(self) -> datetime:
        return self.now().astimezone(self.app.zone)

    # --- lookups ---------------------------------------------------------------------------

    def counter(self, number: int) -> CounterState | None:
        if self.status is None:
            return None
        return next((c for c in self.status.counters if c.number == number), None)

    # --- loading ---------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        self.requested += 1
        if self._loading:
            self._stale = True
            return
        self._loading = True
        covers = self.requested  # a move answered before this request is in the status it brings
        self._ops.run(self.app.status, lambda status: self._on_loaded(status, covers), self._on_failed)

    def wait(self, msecs: int = 10_000) -> bool:
        return self._ops.wait(msecs)

    def close(self) -> None:
        """No more reloads (a late signal must not query a closing database); wait for the last."""
        self._ops.shutdown()

    def _on_loaded(self, status: QueueStatus, covers: int) -> None:
        self._loading = False
        self.loaded = covers
        self._skew = status.at - datetime.now(UTC)
        self.status = status
        self.status_changed.emit(status)
        self._again_if_stale()

    def _on_failed(self, error: KioskError) -> None:
        self._loading = False
        log.warning("status reload failed: %s", error.message)
        self._again_if_stale()

    def _again_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.reload()

    @Slot(list)
    def _on_events(self, events: list[FeedEvent]) -> None:
        self.events_arrived.emit(events)
        calls = [event for event in events if event.kind in CALL_KINDS]
        if calls:
            self.calls_arrived.emit(calls)
        self.reload()

    @Slot(bool)
    def _on_offline(self, offline: bool) -> None:
        if offline:
            message = translate(
                "FloorState",
                "Mất kết nối cơ sở dữ liệu: màn hình đang hiện số liệu cũ. Chương trình tự kết nối lại; "
                "nếu quá vài phút vẫn chưa được, báo quản trị hệ thống.",
            )
            self.trouble.emit("database", message)
        else:
            self.trouble.emit("database", "")
            self.reload()
