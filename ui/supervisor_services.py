"""The supervisor's queue per service: how many wait, the longest wait now against the service's
target, the priority citizens and the numbers issued today. A longest wait over its target is
marked in red so it shows across the room; the waits tick between reloads. The numbers issued
today per service are in each name's tooltip (the daily report has them too)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from kiosk_desktop.services.floor_overview import FloorOverview
from kiosk_desktop.services.views import QueueStatus, ServiceQueue
from ui.supervisor_table import FloorTable
from ui.texts import minutes_text
from ui.theme import BAD, MUTED, PRIORITY

translate = QCoreApplication.translate

OVER_BACKGROUND = "#FDE2E1"
NAME, WAITING, PRIORITY_COLUMN, LONGEST, TARGET = range(5)
SHARES = {NAME: 1.0}


class SupervisorServices(FloorTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        headers = [
            translate("Supervisor", "Dịch vụ"),
            translate("Supervisor", "Chờ"),
            translate("Supervisor", "Ưu tiên"),
            translate("Supervisor", "Lâu nhất"),
            translate("Supervisor", "Mục tiêu"),
        ]
        tips = {
            WAITING: translate("Supervisor", "Số người đang chờ gọi"),
            PRIORITY_COLUMN: translate("Supervisor", "Trong đó: người được ưu tiên"),
            LONGEST: translate("Supervisor", "Người chờ lâu nhất hiện nay đã chờ bao lâu"),
            TARGET: translate("Supervisor", "Thời gian chờ Trung tâm đặt ra cho dịch vụ"),
        }
        super().__init__(headers, tips, SHARES, row_pixels=32, parent=parent)
        self.services: list[ServiceQueue] = []
        self.targets: dict[str, float] = {}  # service code → target wait, seconds
        self._read_at: datetime | None = None  # when the waits in `services` were measured
        self.over: set[str] = set()  # services whose longest wait is over the target now

    def show_floor(self, status: QueueStatus, overview: FloorOverview | None, now: datetime) -> None:
        self.services = status.services
        self._read_at = status.at
        if overview is not None:
            self.targets = {code: minutes * 60.0 for code, minutes in overview.targets.items()}
        self.setRowCount(len(self.services))
        for row, service in enumerate(self.services):
            name = _cell(service.name)
            name.setToolTip(
                translate("Supervisor", "%1 — hôm nay đã cấp %2 số")
                .replace("%1", service.name)
                .replace("%2", str(service.issued_today))
            )
            self.setItem(row, NAME, name)
            self.setItem(row, WAITING, _cell(str(service.waiting), right=True, bold=service.waiting > 0))
            colour = QColor(PRIORITY) if service.priority_waiting else QColor(MUTED)
            self.setItem(row, PRIORITY_COLUMN, _cell(str(service.priority_waiting), right=True, colour=colour))
            target = self.targets.get(service.code)
            self.setItem(row, TARGET, _cell("—" if target is None else minutes_text(target), right=True))
        self.tick(now)
        self.fit_columns()

    def longest_wait(self, service: ServiceQueue, now: datetime) -> float | None:
        """The service's longest wait at `now`: the reloaded figure plus the time since it was read."""
        if service.oldest_wait_s is None or self._read_at is None:
            return None
        return service.oldest_wait_s + max(0.0, (now - self._read_at).total_seconds())

    def tick(self, now: datetime) -> None:
        self.over = set()
        for row, service in enumerate(self.services):
            wait = self.longest_wait(service, now)
            target = self.targets.get(service.code)
            over = wait is not None and target is not None and wait > target
            item = _cell(minutes_text(wait) if wait is not None else "—", right=True, bold=over)
            if over:
                self.over.add(service.code)
                item.setForeground(QColor(BAD))
                item.setToolTip(translate("Supervisor", "Quá thời gian chờ mục tiêu của dịch vụ"))
            for column in range(self.columnCount()):
                cell = item if column == LONGEST else self.item(row, column)
                if cell is not None:
                    cell.setBackground(QBrush(QColor(OVER_BACKGROUND)) if over else QBrush())
            self.setItem(row, LONGEST, item)


def _cell(text: str, *, right: bool = False, colour: QColor | None = None, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
    item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    if colour is not None:
        item.setForeground(colour)
    if bold:
        chosen = QFont()
        chosen.setBold(True)
        item.setFont(chosen)
    return item
