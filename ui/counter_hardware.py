"""The serial devices of one counter ([[serial_devices]] in the settings): the LED display above it,
the call keypad and the rating pad.

A keypad press makes its move on the serial thread through the core (the window sees it through
the event feed, like any other PC's move); a move made in the window is shown on the LED display
here. Device trouble goes to the window's banner and clears when the device is back."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk_desktop.app import App
from kiosk_desktop.errors import KioskError
from kiosk_desktop.services.views import TicketView
from ui.operations import Operations

log = logging.getLogger(__name__)

CALLS = ("next", "recall", "call_number")
FREES = ("finish", "no_show", "park", "transfer", "pause")


class CounterHardware(QObject):
    state_changed = Signal(str, str)  # source, Vietnamese problem ("" = fine again)

    def __init__(self, app: App, counter: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.devices: Any = None
        self._ops = Operations(self)  # a slow serial line never delays the window's moves
        configs = [c for c in app.resolved.settings.serial_devices if c.counter == counter]
        if configs:
            self.devices = _open(app, counter, configs, self._from_serial_thread)

    def connect_banner(self, report: Callable[[str, str], None]) -> None:
        self.state_changed.connect(report)

    def show_move(self, action: str, ticket: TicketView | None) -> None:
        """Mirror a move made in the window on the counter's LED display."""
        devices, counter = self.devices, self.counter
        if devices is None:
            return
        if action in CALLS and ticket is not None:
            self._ops.run(lambda: devices.blink(counter, ticket.number))
        elif action in FREES:
            self._ops.run(lambda: devices.blank(counter))

    def close(self) -> None:
        self._ops.shutdown()
        if self.devices is not None:
            self.devices.close()
            self.devices = None

    def _from_serial_thread(self, state: Any) -> None:
        # Called on a serial thread: the signal takes it to the GUI thread.
        problem = "" if state.online else (state.problem.message if state.problem else state.name)
        self.state_changed.emit(f"device:{state.name}", problem)


def _open(app: App, counter: int, configs: list[Any], on_state: Callable[[Any], None]) -> Any:
    from devices.serial.counter_devices import open_counter_devices  # pyserial only where devices are
    from kiosk_desktop.services.ratings import RatingService

    ratings = RatingService(app.db, app.zone)

    def rated(at_counter: int, level: int, scale: int) -> None:
        try:
            ratings.from_pad(at_counter, level, scale)
        except KioskError as exc:  # a pad must never take the serial thread down
            log.warning("rating pad at counter %d: %s", at_counter, exc.message)

    return open_counter_devices(configs, actions=app.queue, on_rating=rated, on_state=on_state, counters={counter})
