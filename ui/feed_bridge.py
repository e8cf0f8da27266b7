"""The core's event feed as Qt signals, read on its own thread.

PostgreSQL: a QSocketNotifier on the LISTEN connection wakes the reader the moment a move commits.
SQLite: a short QTimer polls `PRAGMA data_version` (cheap: no query when nothing changed). Either
way a slower timer keeps the feed's reconnect and periodic full refresh going. Reading the new
events is a database query, so none of this runs on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, Qt, QThread, QTimer, Signal, Slot

from kiosk_desktop.services.event_feed import EventFeed, FeedBatch

log = logging.getLogger(__name__)

SQLITE_POLL_MS = 50  # data_version is one pragma on a local file: 20 a second costs nothing
HOUSEKEEPING_MS = 500  # PostgreSQL: reconnect attempts and the periodic full refresh


class _FeedReader(QObject):
    """Lives on the bridge's thread; owns the feed, its notifier and timers."""

    batch_read = Signal(object)  # FeedBatch

    def __init__(self, make_feed: Callable[[], EventFeed]) -> None:
        super().__init__()
        self._make_feed = make_feed
        self._feed: EventFeed | None = None
        self._timer: QTimer | None = None
        self._notifier: QSocketNotifier | None = None
        self._fileno: int | None = None

    @Slot()
    def begin(self) -> None:
        self._feed = self._make_feed()
        self._timer = QTimer()
        self._timer.timeout.connect(self.read)
        self._timer.start(HOUSEKEEPING_MS if self._feed.fileno() is not None else SQLITE_POLL_MS)
        self._watch_socket()
        if self._feed.offline:
            self.batch_read.emit(FeedBatch(events=[], offline=True))

    @Slot()
    def read(self) -> None:
        if self._feed is None:
            return
        batch = self._feed.poll(0)
        self._watch_socket()  # a reconnect hands out a new socket; a lost one must not be watched
        if batch is not None:
            self.batch_read.emit(batch)

    def _watch_socket(self) -> None:
        assert self._feed is not None
        fileno = self._feed.fileno()
        if fileno == self._fileno:
            return
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        self._fileno = fileno
        if fileno is not None:
            self._notifier = QSocketNotifier(fileno, QSocketNotifier.Type.Read)
            self._notifier.activated.connect(self.read)

    @Slot()
    def end(self) -> None:
        """Runs on this thread as it stops: timers and notifiers must die where they were born."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._feed is not None:
            self._feed.close()
            self._feed = None


class FeedBridge(QObject):
    """Start it once per process; every window listens to the same signals."""

    events_arrived = Signal(list)  # list[FeedEvent], in the order they happened
    refresh_needed = Signal()  # reload the whole picture (after a gap or every 30 s)
    offline_changed = Signal(bool)  # True: the database is unreachable; False: it is back

    def __init__(self, make_feed: Callable[[], EventFeed], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("event-feed")
        self._reader = _FeedReader(make_feed)
        self._reader.moveToThread(self._thread)
        self._thread.started.connect(self._reader.begin)
        self._thread.finished.connect(self._reader.end, Qt.ConnectionType.DirectConnection)
        self._reader.batch_read.connect(self._on_batch)
        self._offline = False

    @property
    def offline(self) -> bool:
        return self._offline

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()

    @Slot(object)
    def _on_batch(self, batch: FeedBatch) -> None:
        if batch.offline != self._offline:
            self._offline = batch.offline
            self.offline_changed.emit(batch.offline)
        if batch.events:
            self.events_arrived.emit(batch.events)
        if batch.full_refresh:
            self.refresh_needed.emit()
