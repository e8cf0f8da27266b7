"""One row per counter for the supervisor: who is signed in, what the counter is doing and for how
long, and how many citizens it has served today. The times tick every second between reloads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from kiosk_desktop.services.floor_overview import CounterDay, FloorOverview
from kiosk_desktop.services.views import CounterState, QueueStatus
from ui.supervisor_table import FloorTable
from ui.texts import elapsed_text
from ui.theme import GOOD, MUTED, PRIMARY

translate = QCoreApplication.translate

PAUSED = "#B54708"  # amber: a pause is worth a look, not an alarm
SERVING, IDLE, PAUSE, CLOSED = "serving", "idle", "paused", "closed"
IDLE_WITH_WAITING = "idle-waiting"
COLOURS = {SERVING: PRIMARY, IDLE: GOOD, IDLE_WITH_WAITING: PAUSED, PAUSE: PAUSED, CLOSED: MUTED}
NAME, OFFICER, STATE, TIME, SERVED = range(5)
#: The text columns' shares of the width the number columns leave: the state gets the most.
SHARES = {NAME: 0.3, OFFICER: 0.27, STATE: 0.43}


@dataclass(frozen=True)
class CounterRow:
    """What one row says; `since` is the moment its time counts from (None: no time shown)."""

    number: int
    name: str
    officer: str
    kind: str
    state: str
    since: datetime | None
    served: int | None


def counter_row(counter: CounterState, day: CounterDay | None, waiting: int = 0) -> CounterRow:
    """`waiting`: citizens waiting for this counter's services (a free counter with people waiting
    is worth a look: an officer away without pausing)."""
    served = day.served if day is not None else None
    officer = counter.officer or "—"
    if counter.ticket is not None:
        state = translate("Supervisor", "Đang phục vụ số %1").replace("%1", counter.ticket.number)
        return CounterRow(counter.number, counter.name, officer, SERVING, state, counter.ticket.called_at, served)
    if counter.paused:
        reason = counter.pause_reason or translate("Supervisor", "không ghi lý do")
        state = translate("Supervisor", "Tạm dừng: %1").replace("%1", reason)
        return CounterRow(counter.number, counter.name, officer, PAUSE, state, day.paused_at if day else None, served)
    if day is not None and not day.opened:
        return CounterRow(counter.number, counter.name, officer, CLOSED, translate("Supervisor", "Chưa mở"), None, 0)
    since = day.last_move_at if day is not None else None
    if waiting:
        state = translate("Supervisor", "Đang chờ · %n người chờ gọi", None, waiting)
        return CounterRow(counter.number, counter.name, officer, IDLE_WITH_WAITING, state, since, served)
    return CounterRow(counter.number, counter.name, officer, IDLE, translate("Supervisor", "Đang chờ"), since, served)


class SupervisorCounters(FloorTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        headers = [
            translate("Supervisor", "Quầy"),
            translate("Supervisor", "Cán bộ"),
            translate("Supervisor", "Trạng thái"),
            translate("Supervisor", "Thời gian"),
            translate("Supervisor", "Đã phục vụ"),
        ]
        tips = {
            TIME: translate("Supervisor", "Đang phục vụ: từ lúc mời số; tạm dừng: từ lúc dừng; đang chờ: từ lượt cuối"),
            SERVED: translate("Supervisor", "Số lượt quầy đã phục vụ xong hôm nay"),
        }
        super().__init__(headers, tips, SHARES, row_pixels=36, parent=parent)
        self.rows: list[CounterRow] = []

    def show_floor(self, status: QueueStatus, overview: FloorOverview | None, now: datetime) -> None:
        days = overview.counters if overview is not None else {}
        waiting = {service.code: service.waiting for service in status.services}
        self.rows = [
            counter_row(counter, days.get(counter.number), sum(waiting.get(code, 0) for code in counter.services))
            for counter in status.counters
        ]
        self.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            colour = QColor(COLOURS[row.kind])
            self.setItem(index, NAME, _cell(row.name, bold=True, tip=row.name))
            officer = _cell(row.officer, colour=QColor(MUTED) if row.officer == "—" else None, tip=row.officer)
            self.setItem(index, OFFICER, officer)
            self.setItem(index, STATE, _cell(f"● {row.state}", colour=colour, tip=row.state))
            self.setItem(index, SERVED, _cell("—" if row.served is None else str(row.served), right=True))
        self.tick(now)
        self.fit_columns()

    def tick(self, now: datetime) -> None:
        for index, row in enumerate(self.rows):
            text = elapsed_text(row.since, now) if row.since is not None else ""
            self.setItem(index, TIME, _cell(text, right=True, colour=QColor(COLOURS[row.kind])))

    def state_text(self, number: int) -> str:
        """What the row of counter `number` says (tests, the demo's console)."""
        for index, row in enumerate(self.rows):
            if row.number == number:
                item = self.item(index, TIME)
                return f"{row.state} {item.text() if item else ''}".strip()
        return ""


def _cell(
    text: str, *, right: bool = False, colour: QColor | None = None, bold: bool = False, tip: str = ""
) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if tip:
        item.setToolTip(tip)
    align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
    item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    if colour is not None:
        item.setForeground(colour)
    if bold:
        chosen = QFont()
        chosen.setBold(True)
        item.setFont(chosen)
    return item
