"""The counter window's big card: the citizen's number, service, state and the time since the call."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk_desktop.domain import TicketStatus
from kiosk_desktop.services.views import TicketView
from ui.texts import elapsed_text, priority_label, status_label
from ui.theme import MUTED, PRIMARY, PRIORITY, font, set_look

translate = QCoreApplication.translate


class CounterTicketPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ticket: TicketView | None = None
        self.caption = QLabel()
        self.number = QLabel("—")
        self.service = QLabel()
        self.state = QLabel()
        self.elapsed = QLabel()
        for label in (self.caption, self.number, self.service, self.state, self.elapsed):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.number.setWordWrap(False)
        self.number.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)  # sized by _fit_number
        self._scale = 1.0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.setSpacing(4)
        for label in (self.caption, self.number, self.service, self.state, self.elapsed):
            layout.addWidget(label, 1 if label is self.number else 0)
        set_look(self, "card")
        self.rescale(1.0)
        self.show_ticket(None, paused_reason=None)

    def rescale(self, scale: float) -> None:
        self._scale = scale
        self.caption.setFont(font(int(20 * scale), bold=True))
        self.service.setFont(font(int(24 * scale)))
        self.state.setFont(font(int(20 * scale), bold=True))
        self.elapsed.setFont(font(int(34 * scale), bold=True))
        self._fit_number()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_number()
        super().resizeEvent(event)

    def _fit_number(self) -> None:
        """The number takes the height the other lines leave (a small window must not cut it)."""
        others = sum(label.sizeHint().height() for label in (self.caption, self.service, self.state, self.elapsed))
        room = self.height() - others - 50
        self.number.setFont(font(int(max(28, min(120 * self._scale, room / 1.25))), bold=True))

    def show_ticket(self, ticket: TicketView | None, *, paused_reason: str | None) -> None:
        self.ticket = ticket
        if ticket is None:
            self.caption.setText(translate("Counter", "Chưa có công dân tại quầy"))
            self.number.setText("—")
            self.number.setStyleSheet(f"color: {MUTED};")
            self.service.setText(
                translate("Counter", "Quầy đang tạm dừng: %1").replace("%1", paused_reason)
                if paused_reason
                else translate("Counter", "Bấm «Gọi số tiếp theo» để mời công dân")
            )
            self.state.clear()
            self.elapsed.clear()
            return
        inviting = ticket.status == TicketStatus.CALLED  # called, not yet at the counter
        self.caption.setText(
            translate("Counter", "Đang mời số") if inviting else translate("Counter", "Đang phục vụ số")
        )
        self.number.setText(ticket.number)
        self.number.setStyleSheet(f"color: {PRIORITY if ticket.priority else PRIMARY};")
        service = ticket.service_name
        if ticket.priority:
            mark = translate("Counter", "Ưu tiên")
            service += f" · {mark}: {priority_label(ticket.priority_reason)}"
        self.service.setText(service)
        state = status_label(ticket.status)
        if ticket.status == TicketStatus.CALLED and ticket.call_count > 1:
            state += " · " + translate("Counter", "đã gọi %n lần", None, ticket.call_count)
        self.state.setText(state)

    def tick(self, now: datetime) -> None:
        """Update the time since the citizen was called (the call the citizen answered)."""
        if self.ticket is not None:
            since = translate("Counter", "Từ lúc mời: %1")  # a bare 23:28 reads as a clock time
            self.elapsed.setText(since.replace("%1", elapsed_text(self.ticket.called_at, now)))

    def elapsed_text(self) -> str:
        return self.elapsed.text()
