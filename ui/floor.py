"""What the windows of one process share: the App, the live queue picture, devices, settings.

Built once by `run` or the demo; every window takes it. `close()` stops the feed thread and waits
for background work before the database is closed."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from kiosk_desktop.app import App
from kiosk_desktop.devices_api import Announcer
from kiosk_desktop.floor_settings import FloorSettings
from ui.feed_bridge import FeedBridge
from ui.floor_state import FloorState
from ui.operations import Operations
from ui.ticket_desk import Printing, TicketDesk

log = logging.getLogger(__name__)


class Floor(QObject):
    def __init__(
        self,
        app: App,
        settings: FloorSettings | None = None,
        *,
        announcer: Announcer | None = None,
        live: bool = True,
        printing: Printing | None = None,
    ) -> None:
        super().__init__()
        self.app = app
        self.settings = settings or FloorSettings()
        self.announcer = announcer
        self.bridge = FeedBridge(app.event_feed) if live else None
        self.state = FloorState(app, self.bridge, self)
        self._printing = printing
        self._started = False

    def desk(self, print_tickets: bool) -> TicketDesk:
        """Issuing for one window; a `printing` given to the Floor (tests, demo) wins over [printer]."""
        return TicketDesk(self.app, print_tickets=print_tickets, printing=self._printing)

    def _all_operations(self) -> list[Operations]:
        """Every window's worker lane: none may touch the database once the floor is closed."""
        found: list[Operations] = []
        for widget in QApplication.topLevelWidgets():
            found += widget.findChildren(Operations)
        return found

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        if self.bridge is not None:
            self.bridge.start()
        self.state.reload()

    def close(self) -> None:
        if self.bridge is not None:
            self.bridge.stop()
        for ops in self._all_operations():
            ops.shutdown()
        self.state.close()
        if self.announcer is not None:
            try:
                self.announcer.close()
            except Exception:  # a sound device failing at exit must not hide the real exit status
                log.exception("announcer did not close cleanly")
