"""The hall display's call panel: the newest call in large type, and the last few calls below it
(a citizen who missed the voice can still check). A new call flashes for a few seconds. Numbers
restart every business day, so the display empties the panel when the day changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ui.texts import counter_label
from ui.theme import font, set_look

translate = QCoreApplication.translate


@dataclass(frozen=True)
class RecentCall:
    number: str
    counter: int
    at: datetime  # local time of the centre


class CallsPanel(QWidget):
    def __init__(self, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = rows
        self.calls: list[RecentCall] = []
        self.flashing = False
        self.newest = QFrame()
        self.invite = QLabel(translate("Display", "MỜI CÔNG DÂN CÓ SỐ"))
        self.newest_number = QLabel("—")
        self.newest_counter = QLabel()
        box = QVBoxLayout(self.newest)
        box.setContentsMargins(16, 14, 16, 16)
        box.setSpacing(2)
        for label in (self.invite, self.newest_number, self.newest_counter):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("background: transparent;")
            box.addWidget(label)
        set_look(self.newest_number, "hall-number")
        set_look(self.newest, "hall-panel")
        self.heading = QLabel(translate("Display", "CÁC SỐ VỪA GỌI"))
        set_look(self.heading, "hall-heading")
        self.table = QGridLayout()
        self.table.setHorizontalSpacing(18)
        self.table.setVerticalSpacing(6)
        self._cells: list[tuple[QLabel, QLabel, QLabel]] = []
        for row in range(rows):
            cells = (QLabel(), QLabel(), QLabel())
            for column, cell in enumerate(cells):
                cell.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
                self.table.addWidget(cell, row, column)
            set_look(cells[0], "hall-number")
            set_look(cells[2], "hall-muted")
            self._cells.append(cells)
        self.table.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.newest)
        layout.addWidget(self.heading)
        layout.addLayout(self.table)
        layout.addStretch(1)
        self.rescale(1.0)
        self._show()

    def add(self, call: RecentCall) -> None:
        """A call or a recall: it goes on top (a recall moves its number back up)."""
        self.calls = [call, *[old for old in self.calls if old.number != call.number]][: self._rows + 1]
        self._show()

    def seed(self, calls: list[RecentCall]) -> None:
        """What the floor looks like at start: the numbers being served, newest first."""
        newest_first: list[RecentCall] = []
        for call in sorted(calls, key=lambda call: call.at, reverse=True):
            if all(call.number != seen.number for seen in newest_first):  # a recall lists a number once
                newest_first.append(call)
        self.calls = newest_first[: self._rows + 1]
        self._show()

    def clear(self) -> None:
        """A new business day: yesterday's A001 is not today's."""
        self.calls = []
        self.set_flash(False)
        self._show()

    def set_flash(self, on: bool) -> None:
        if on != self.flashing:
            self.flashing = on
            set_look(self.newest, "hall-flash" if on else "hall-panel")
            set_look(self.newest_number, "hall-number-flash" if on else "hall-number")

    def _show(self) -> None:
        newest = self.calls[0] if self.calls else None
        self.invite.setText(
            translate("Display", "MỜI CÔNG DÂN CÓ SỐ") if newest else translate("Display", "CHƯA GỌI SỐ NÀO")
        )
        self.newest_number.setText(newest.number if newest else "")
        self.newest_counter.setText(
            translate("Display", "ĐẾN %1").replace("%1", counter_label(newest.counter).upper()) if newest else ""
        )
        older = self.calls[1:]
        for index, (number, counter, at) in enumerate(self._cells):
            call = older[index] if index < len(older) else None
            number.setText(call.number if call else "")
            counter.setText(f"→ {counter_label(call.counter)}" if call else "")
            at.setText(f"{call.at:%H:%M}" if call else "")

    def rescale(self, scale: float) -> None:
        self.invite.setFont(font(int(28 * scale), bold=True))
        self.newest_number.setFont(font(int(130 * scale), bold=True))
        self.newest_counter.setFont(font(int(46 * scale), bold=True))
        self.heading.setFont(font(int(28 * scale), bold=True))
        for number, counter, at in self._cells:
            number.setFont(font(int(42 * scale), bold=True))
            counter.setFont(font(int(36 * scale)))
            at.setFont(font(int(26 * scale)))
