"""Core calls off the GUI thread, results back on it.

A window hands `Operations.run` a plain function (a database move, a print); it runs on a worker
thread and the window's callback gets the result or the typed error on the GUI thread. Each
`Operations` has one worker, so one window's moves happen in the order they were asked for, and a
slow printer on the kiosk's lane never delays the display's refresh on another lane."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from kiosk_desktop.errors import KioskError, NotFound, RuleViolation, StorageUnavailable

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[KioskError], None]


class UnexpectedFault(KioskError):
    """A bug in a worker: staff get a plain sentence, the traceback goes to the log."""


@dataclass
class _Pending:
    on_done: Done | None
    on_failed: Failed | None


class _Job(QRunnable):
    def __init__(self, owner: Operations, job_id: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self._owner = owner
        self._id = job_id
        self._work = work

    def run(self) -> None:
        result: Any = None
        error: KioskError | None = None
        try:
            result = self._work()
        except KioskError as exc:
            log.warning("operation failed: %s | %s", exc.message, exc.detail or "")
            error = exc
        except Exception:  # a bug must not kill the worker thread silently
            log.exception("operation crashed")
            error = UnexpectedFault(
                "Lỗi ngoài dự kiến, thao tác có thể chưa được ghi. Hãy xem lại rồi thử lại; "
                "nếu vẫn lỗi, báo quản trị hệ thống (chi tiết trong nhật ký)."
            )
        # Emitted from this worker thread; Operations lives on the GUI thread, so Qt queues it.
        self._owner.finished.emit(self._id, result, error)


class Operations(QObject):
    """One lane of background work for one window (or one shared model)."""

    finished = Signal(int, object, object)  # job id, result, error (internal: use the callbacks)
    storage_failed = Signal(str)  # the database could not be used: a banner, not a dialog
    storage_ok = Signal()  # a database call just worked again
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # keep the thread: no start-up cost on every click
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._storage_down = False
        self._closed = False
        self.finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(self, work: Callable[[], Any], on_done: Done | None = None, on_failed: Failed | None = None) -> None:
        if self._closed:
            log.debug("operation after shutdown ignored")
            return
        job_id = next(self._ids)
        self._pending[job_id] = _Pending(on_done, on_failed)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(self, job_id, work))

    def forget(self) -> None:
        """Drop every pending callback (the window is closing); the work itself still finishes."""
        self._pending.clear()

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until queued work is done (shutdown and tests only)."""
        return bool(self._pool.waitForDone(msecs))

    def shutdown(self, msecs: int = 10_000) -> bool:
        """Take no more work, drop the callbacks, wait for what runs (before the database closes)."""
        self._closed = True
        self.forget()
        return self.wait(msecs)

    @Slot(int, object, object)
    def _deliver(self, job_id: int, result: object, error: object) -> None:
        pending = self._pending.pop(job_id, None)
        if not self._pending:
            self.busy_changed.emit(False)
        self._track_storage(error)
        if pending is None:
            return
        if isinstance(error, KioskError):
            if pending.on_failed is not None:
                pending.on_failed(error)
            else:  # nobody asked to hear it: a read a window must not lose uses Load, which retries
                log.warning("operation failed and its caller gave no failure handler: %s", error.message)
        elif pending.on_done is not None:
            pending.on_done(result)

    def _track_storage(self, error: object) -> None:
        if isinstance(error, StorageUnavailable):
            self._storage_down = True
            self.storage_failed.emit(error.message)
        elif self._storage_down and (error is None or isinstance(error, (RuleViolation, NotFound))):
            # the database answered (a refusal by the rules is an answer too)
            self._storage_down = False
            self.storage_ok.emit()


RETRY_MS = 15_000


class Load(QObject):
    """A read a window cannot do without (the catalogue, the officers, the last calls).

    A failure is handed to `on_failed` (the window says so in Vietnamese) and the read is tried
    again as soon as the lane's database answers again (`storage_ok`), or after `retry_ms` when
    nothing else runs on that lane. With `every_ms` it is also repeated on a schedule, so a change
    made elsewhere during the day (a catalogue re-import) reaches this PC. One run at a time."""

    def __init__(
        self,
        lane: Operations,
        work: Callable[[], Any],
        on_done: Done,
        on_failed: Failed | None = None,
        *,
        retry_ms: int = RETRY_MS,
        every_ms: int = 0,
    ) -> None:
        super().__init__(lane)
        self._lane = lane
        self._work = work
        self._on_done = on_done
        self._on_failed = on_failed
        self.failing = False
        self.loaded = False
        self._running = False
        self._again = False
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self.start)
        self._every = QTimer(self)
        self._every.setInterval(every_ms)
        self._every.timeout.connect(self.start)
        lane.storage_ok.connect(self._storage_back)

    def start(self) -> None:
        """Run the read now (or right after the one running)."""
        if self._running:
            self._again = True
            return
        self._running = True
        self._retry.stop()
        self._lane.run(self._work, self._done, self._failed)

    @property
    def running(self) -> bool:
        return self._running

    def stop(self) -> None:
        """No more retries or scheduled runs (the window is closing)."""
        self._retry.stop()
        self._every.stop()

    def _done(self, result: Any) -> None:
        self._running = False
        self.failing = False
        self.loaded = True
        if self._every.interval() > 0 and not self._every.isActive():
            self._every.start()
        self._on_done(result)
        self._run_again()

    def _failed(self, error: KioskError) -> None:
        self._running = False
        self.failing = True
        self._retry.start()
        if self._on_failed is not None:
            self._on_failed(error)
        self._run_again()

    def _run_again(self) -> None:
        if self._again:
            self._again = False
            self.start()

    def _storage_back(self) -> None:
        if self.failing and not self._running:
            self.start()
