"""The counter window's side: who waits for this counter's services, and today's own figures."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk_desktop.intake_terms import Outcome
from kiosk_desktop.services.counter_today import CounterToday
from kiosk_desktop.services.views import ServiceQueue
from ui.texts import minutes_text
from ui.theme import PRIORITY, font, set_look

translate = QCoreApplication.translate


class CounterSidePanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.waiting_heading = QLabel(translate("Counter", "Đang chờ quầy này"))
        self.waiting_heading.setFont(font(20, bold=True))
        self.waiting_grid = QGridLayout()
        self.waiting_grid.setHorizontalSpacing(14)
        self.waiting_grid.setVerticalSpacing(6)
        self.total = QLabel()
        self.total.setFont(font(18, bold=True))
        self.figures_heading = QLabel(translate("Counter", "Hôm nay tại quầy"))
        self.figures_heading.setFont(font(20, bold=True))
        self.served = QLabel("—")
        self.mean = QLabel("—")
        self.others = QLabel("—")  # no-shows and transfers
        self.wait = QLabel("—")
        self.dossiers = QLabel("—")
        self.paused = QLabel("—")
        self._figures = (self.served, self.mean, self.others, self.wait, self.dossiers, self.paused)
        for label in self._figures:
            label.setFont(font(18))
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.setSpacing(8)
        layout.addWidget(self.waiting_heading)
        layout.addLayout(self.waiting_grid)
        layout.addWidget(self.total)
        layout.addSpacing(12)
        layout.addWidget(self.figures_heading)
        for label in self._figures:
            layout.addWidget(label)
        layout.addStretch(1)
        set_look(self, "card")
        self._rows: list[QLabel] = []

    def show_waiting(self, services: list[ServiceQueue]) -> None:
        for label in self._rows:
            self.waiting_grid.removeWidget(label)
            label.deleteLater()
        self._rows = []
        for row, service in enumerate(services):
            name = QLabel(service.name)
            name.setWordWrap(True)
            count = QLabel(str(service.waiting))
            count.setFont(font(22, bold=True))
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            details = []
            if service.priority_waiting:
                details.append(translate("Counter", "%n ưu tiên", None, service.priority_waiting))
            if service.waiting:
                details.append(translate("Counter", "lâu nhất %1").replace("%1", minutes_text(service.oldest_wait_s)))
            extra = QLabel(" · ".join(details))
            extra.setProperty("look", "muted")
            if service.priority_waiting:
                extra.setStyleSheet(f"color: {PRIORITY};")
            self.waiting_grid.addWidget(count, row * 2, 0, 2, 1)
            self.waiting_grid.addWidget(name, row * 2, 1)
            self.waiting_grid.addWidget(extra, row * 2 + 1, 1)
            self._rows += [name, count, extra]
        self.waiting_grid.setColumnStretch(1, 1)
        total = sum(service.waiting for service in services)
        self.total.setText(translate("Counter", "Tổng cộng: %n người chờ", None, total))

    def show_figures(self, today: CounterToday) -> None:
        """This counter's own day (services/counter_today.py says what each figure counts)."""
        self.served.setText(translate("Counter", "Đã phục vụ: %n lượt", None, today.served))
        mean = translate("Counter", "Thời gian phục vụ trung bình: %1").replace(
            "%1", minutes_text(today.service_mean_s)
        )
        if today.service_max_s is not None:
            mean += " · " + translate("Counter", "lâu nhất %1").replace("%1", minutes_text(today.service_max_s))
        self.mean.setText(mean)
        self.others.setText(
            translate("Counter", "Vắng mặt: %1 · chuyển đi: %2")
            .replace("%1", str(today.no_show))
            .replace("%2", str(today.transferred))
        )
        self.wait.setText(
            translate("Counter", "Chờ trung bình (các số quầy đã gọi): %1").replace(
                "%1", minutes_text(today.wait_mean_s)
            )
        )
        counts = [today.dossiers.get(outcome.value, 0) for outcome in Outcome]
        dossiers = translate("Counter", "Hồ sơ: %1 tiếp nhận, %2 yêu cầu bổ sung, %3 từ chối, %4 hướng dẫn")
        for n, count in enumerate(counts, start=1):
            dossiers = dossiers.replace(f"%{n}", str(count))
        self.dossiers.setText(dossiers)
        self.paused.setText(translate("Counter", "Tạm dừng: %1").replace("%1", minutes_text(today.paused_s or None)))
