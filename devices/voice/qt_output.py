"""What the Qt sound output and the Qt speech engine share: one call at a time, its `done` called
exactly once on the owner's thread, and a safety timer that ends a call whose end never comes (a
missing audio service, a stuck engine), so the call queue can never hang."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Slot

from devices.voice.player import Done

log = logging.getLogger(__name__)


class OneCallOutput(QObject):
    what = "a call"  # for the log line when the safety timer fires

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._safety = QTimer(self)
        self._safety.setSingleShot(True)
        self._safety.timeout.connect(self._on_timeout)
        self._done: Done | None = None

    def _begin(self, done: Done, limit_ms: int) -> None:
        """A new call: an older one still running (the queue never overlaps) gets its `done` first."""
        self._finish()
        self._done = done
        self._safety.start(limit_ms)

    def _stop_output(self) -> None:
        """Stop the sound or the voice (each output its own way)."""
        raise NotImplementedError

    def _close_output(self) -> None:
        self._stop_output()
        self._finish()

    @Slot()
    def _on_timeout(self) -> None:
        log.warning("%s never reported its end; going on", self.what)
        self._stop_output()
        self._finish()

    def _finish(self) -> None:
        self._safety.stop()
        done, self._done = self._done, None
        if done is not None:
            done()
