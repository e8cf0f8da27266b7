"""The small monitor above one counter: the counter's name and the number it serves, very large."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from kiosk_desktop.services.event_feed import FeedEvent
from kiosk_desktop.services.views import CounterState, QueueStatus
from ui.banner import TroubleBanner
from ui.floor import Floor
from ui.hall_counter_tile import CounterTile
from ui.texts import counter_label
from ui.theme import set_look

translate = QCoreApplication.translate


class CounterDisplayWindow(QWidget):
    status_shown = Signal(object)  # CounterState

    def __init__(self, floor: Floor, counter: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.floor = floor
        self.counter = counter
        self.setWindowTitle(translate("Display", "Màn hình quầy %1").replace("%1", str(counter)))
        set_look(self, "hall")
        self.banner = TroubleBanner(pixels=18)
        self.tile = CounterTile(counter)
        self.tile.name.setText(counter_label(counter).upper())
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.banner)
        layout.addWidget(self.tile, 1)
        self._unflash = QTimer(self)
        self._unflash.setSingleShot(True)
        self._unflash.timeout.connect(lambda: self.tile.set_flash(False))
        floor.state.status_changed.connect(self._on_status)
        floor.state.calls_arrived.connect(self._on_calls)
        floor.state.trouble.connect(self.banner.report)
        if floor.state.status is not None:
            self._on_status(floor.state.status)

    def _on_status(self, status: QueueStatus) -> None:
        state = next((c for c in status.counters if c.number == self.counter), None)
        if state is None:
            self.banner.report(
                "counter",
                translate("Display", "Không có quầy số %1 trong cấu hình trung tâm.").replace("%1", str(self.counter)),
            )
            return
        self.banner.report("counter", "")
        self.tile.show_state(state)
        self.status_shown.emit(state)

    def _on_calls(self, events: list[FeedEvent]) -> None:
        if any(event.counter == self.counter for event in events):
            self.tile.set_flash(True)
            self._unflash.start(self.floor.settings.display.highlight_s * 1000)

    def current(self) -> CounterState | None:
        return self.floor.state.counter(self.counter)
