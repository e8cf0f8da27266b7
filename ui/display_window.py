"""The main hall display (a TV): what each counter serves, the latest calls, waiting counts, the
date and clock, the centre's name and a scrolling notice. Numbers only, never names.

Each call or recall arrives once from the event feed: it flashes for a few seconds and, on the
display that owns the speakers, is called aloud through the Announcer (queued, never overlapping).
The last calls are read from the database at start (retried until the database answers) and again
when the business day changes: numbers restart daily, so yesterday's last call is cleared."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLayout, QVBoxLayout, QWidget

from kiosk_desktop.errors import KioskError
from kiosk_desktop.services import floor_lists
from kiosk_desktop.services.event_feed import FeedEvent
from kiosk_desktop.services.views import QueueStatus
from ui.banner import TroubleBanner
from ui.floor import Floor
from ui.hall_calls_panel import CallsPanel, RecentCall
from ui.hall_counter_tile import CounterTile
from ui.hall_waiting_strip import WaitingStrip
from ui.header_bar import HeaderBar
from ui.marquee import Marquee
from ui.operations import Load, Operations
from ui.theme import HALL, set_look

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class DisplayWindow(QWidget):
    call_shown = Signal(object)  # RecentCall, after it is on screen
    status_shown = Signal(object)  # QueueStatus, after the tiles show it

    def __init__(self, floor: Floor, *, announce: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.floor = floor
        self.settings = floor.settings.display
        self.announce = announce and self.settings.voice and floor.announcer is not None
        self.tiles: dict[int, CounterTile] = {}
        self.ops = Operations(self)
        self._seeded = False  # the last calls of the day are on screen (from the database or the feed)
        self._day: date | None = None  # the business day the calls panel shows
        self._seed = Load(self.ops, self._recent_calls, self._seeded_with, self._seed_failed)
        self._barrier = -1
        self._scale = 1.0
        self.setWindowTitle(translate("Display", "Màn hình gọi số"))
        set_look(self, "hall")
        self.header = HeaderBar(background=HALL)
        self.banner = TroubleBanner(pixels=22)
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        self.calls = CallsPanel(self.settings.recent_calls)
        self.waiting = WaitingStrip()
        self.marquee = Marquee(self.settings.notice)
        body = QHBoxLayout()
        body.setContentsMargins(24, 18, 24, 12)
        body.setSpacing(24)
        body.addLayout(self.grid, 3)
        body.addWidget(self.calls, 2)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # any size: the fonts follow it
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        strip = QHBoxLayout()
        strip.setContentsMargins(24, 0, 24, 12)
        strip.addWidget(self.waiting)
        layout.addLayout(strip)
        layout.addWidget(self.marquee)
        self._unflash = QTimer(self)
        self._unflash.setSingleShot(True)
        self._unflash.timeout.connect(self._end_flash)
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._tick)
        self._clock.start(1000)
        floor.state.status_changed.connect(self._on_status)
        floor.state.calls_arrived.connect(self._on_calls)
        floor.state.trouble.connect(self.banner.report)
        self._tick()
        if floor.state.status is not None:
            self._on_status(floor.state.status)

    def _tick(self) -> None:
        self.header.show_time(self.floor.state.local_now())

    def _on_status(self, status: QueueStatus) -> None:
        self.header.set_names(status.centre, translate("Display", "MÀN HÌNH GỌI SỐ THỨ TỰ"))
        numbers = [counter.number for counter in status.counters]
        if numbers != list(self.tiles):
            self._rebuild_tiles(numbers)
        if self.floor.state.loaded > self._barrier:  # a status asked for before the last call is older
            for counter in status.counters:
                self.tiles[counter.number].show_state(counter)
        self.waiting.show_services(status.services)
        if self._day is not None and status.date != self._day:
            self.calls.clear()  # a new day: numbers start again from 1
            self._end_flash()
            self._seeded = False
        self._day = status.date
        if not self._seeded and not self._seed.running:
            self._seed.start()  # also the retry after a failed read: a status means the database answers
        self.status_shown.emit(status)

    def _recent_calls(self) -> list[floor_lists.RecentCall]:
        """A display switched on mid-morning shows the latest calls, not an empty list."""
        app = self.floor.app
        return floor_lists.recent_calls(app.db, app.zone, self.settings.recent_calls + 1)

    def _seeded_with(self, calls: list[floor_lists.RecentCall]) -> None:
        self._seeded = True
        self.banner.report("calls", "")
        zone = self.floor.app.zone
        today = [RecentCall(c.number, c.counter, c.at.astimezone(zone)) for c in calls]
        today = [call for call in today if self._day is None or call.at.date() == self._day]  # not a late answer
        if not self.calls.calls:  # a call that arrived meanwhile is newer than these
            self.calls.seed(today)

    def _seed_failed(self, error: KioskError) -> None:
        self.banner.report(
            "calls",
            translate("Display", "Chưa đọc được các số vừa gọi: %1 Màn hình tự thử lại.").replace("%1", error.message),
        )

    def _rebuild_tiles(self, numbers: list[int]) -> None:
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = {}
        columns = 2 if len(numbers) <= 4 else 3 if len(numbers) <= 9 else 4
        for index, number in enumerate(numbers):
            tile = CounterTile(number)
            self.tiles[number] = tile
            self.grid.addWidget(tile, index // columns, index % columns)

    def _on_calls(self, events: list[FeedEvent]) -> None:
        self._barrier = self.floor.state.requested  # see FloorState.requested
        zone = self.floor.app.zone
        for event in events:
            if event.number is None or event.counter is None:
                continue
            call = RecentCall(event.number, event.counter, event.at.astimezone(zone))
            self.calls.add(call)
            tile = self.tiles.get(event.counter)
            if tile is not None:
                tile.show_call(event.number, self._service_name(event.service))
            for other in self.tiles.values():
                other.set_flash(other.counter_number == event.counter)
            self.calls.set_flash(True)
            self._unflash.start(self.settings.highlight_s * 1000)
            if self.announce and self.floor.announcer is not None:
                self._say(event.number, event.counter)
            self.call_shown.emit(call)

    def _service_name(self, code: str | None) -> str:
        status = self.floor.state.status
        names = {service.code: service.name for service in status.services} if status else {}
        return names.get(code or "", "")

    def _say(self, number: str, counter: int) -> None:
        try:
            self.floor.announcer.announce(number, counter)  # type: ignore[union-attr]
        except Exception as exc:  # a sound card failing must never stop the numbers on screen
            log.warning("voice call %s → %d failed: %s", number, counter, exc)
            self.banner.report(
                "voice", translate("Display", "Loa gọi số đang gặp sự cố; các số vẫn hiện trên màn hình.")
            )

    def _end_flash(self) -> None:
        self.calls.set_flash(False)
        for tile in self.tiles.values():
            tile.set_flash(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._seed.stop()
        self._clock.stop()
        super().closeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        self._scale = max(0.4, min(size.width() / 1920, size.height() / 1080))
        self.header.rescale(self._scale * 1.25)
        self.calls.rescale(self._scale)
        self.waiting.rescale(self._scale)
        self.marquee.set_pixels(int(30 * self._scale))
        super().resizeEvent(event)
