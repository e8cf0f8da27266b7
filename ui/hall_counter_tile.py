"""One counter on the hall display: its name and the number it serves now (numbers only, never names)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk_desktop.services.views import CounterState
from ui.theme import font, set_look

translate = QCoreApplication.translate


class CounterTile(QFrame):
    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter_number = number
        self.flashing = False
        self._idle = True
        self.name = QLabel()
        self.ticket = QLabel("—")
        self.note = QLabel()
        for label in (self.name, self.ticket, self.note):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("background: transparent;")
        self.name.setWordWrap(True)
        self.note.setWordWrap(True)
        set_look(self.ticket, "hall-idle")
        set_look(self.note, "hall-muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(0)
        layout.addWidget(self.name)
        layout.addWidget(self.ticket, 1)
        layout.addWidget(self.note)
        set_look(self, "hall-panel")
        # the tile's size comes from the grid; the labels must not push it wider
        self.ticket.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def show_state(self, state: CounterState) -> None:
        self.name.setText(state.name.upper())
        if state.ticket is not None:
            self.ticket.setText(state.ticket.number)
            self.note.setText(state.ticket.service_name)
        else:
            self.ticket.setText("—")
            self.note.setText(
                translate("Display", "Tạm dừng") if state.paused else translate("Display", "Đang chờ gọi số")
            )
        self._idle = state.ticket is None
        if self._idle:
            self.flashing = False  # a finished or paused counter has nothing to point at
        self._restyle()
        self._fit()

    def show_call(self, number: str, service_name: str) -> None:
        """A call straight from the event feed: on screen before the status reload confirms it."""
        self.ticket.setText(number)
        self.note.setText(service_name)
        self._idle = False
        self._restyle()
        self._fit()

    def set_flash(self, on: bool) -> None:
        if on != self.flashing:
            self.flashing = on
            self._restyle()

    def _restyle(self) -> None:
        set_look(self, "hall-flash" if self.flashing else "hall-panel")
        number = "hall-number-flash" if self.flashing else "hall-idle" if self._idle else "hall-number"
        if self.ticket.property("look") != number:
            set_look(self.ticket, number)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit()
        super().resizeEvent(event)

    def _fit(self) -> None:
        """Fonts from the tile's own size: the number as large as fits (4-5 characters)."""
        width, height = self.width(), self.height()
        characters = max(4, len(self.ticket.text()))
        number = int(min(height * 0.42, (width - 24) / (characters * 0.72)))
        self.name.setFont(font(max(14, int(height * 0.085)), bold=True))
        self.ticket.setFont(font(max(20, number), bold=True))
        self.note.setFont(font(max(12, int(height * 0.065))))
