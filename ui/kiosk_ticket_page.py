"""The kiosk's answer to a tap: 'please wait', then the number very large, or a plain notice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.texts import priority_label
from ui.theme import BAD, GOOD, INK, PRIMARY, PRIORITY, font, set_look
from ui.ticket_desk import DeskOutcome

translate = QCoreApplication.translate


class KioskTicketPage(QWidget):
    done = Signal()  # the citizen tapped "Xong" (the window also returns by itself)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = 1.0
        self.caption = QLabel()
        self.number = QLabel()
        self.service = QLabel()
        self.take = QLabel()  # "Vui lòng nhận phiếu", or what to do when the printer failed
        self.ahead = QLabel()
        self.countdown = QLabel()
        for label in (self.caption, self.number, self.service, self.take, self.ahead, self.countdown):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.number.setWordWrap(False)
        # an 8-character number (LDXH0012) must not widen the page past the screen: it shrinks instead
        self.number.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.card = QFrame()
        set_look(self.card, "card")
        inner = QVBoxLayout(self.card)
        inner.setContentsMargins(32, 24, 32, 28)
        inner.setSpacing(10)
        for label in (self.caption, self.number, self.service, self.take, self.ahead):
            inner.addWidget(label)
        self.done_button = QPushButton(translate("Kiosk", "Xong"))
        set_look(self.done_button, "primary")
        self.done_button.clicked.connect(self.done.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 24, 60, 28)
        layout.setSpacing(18)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.countdown)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.rescale(1.0)

    def show_issuing(self) -> None:
        self._fill(translate("Kiosk", "Đang cấp số, xin vui lòng chờ trong giây lát…"), "", "", "", "")
        self.done_button.hide()
        self.countdown.clear()

    def show_ticket(self, outcome: DeskOutcome) -> None:
        ticket = outcome.issued.ticket
        service = ticket.service_name
        if ticket.priority:
            mark = translate("Kiosk", "Ưu tiên")
            service = f"{service} · {mark}: {priority_label(ticket.priority_reason)}"
        if outcome.problem:
            # for the citizen only: what staff must do (paper, cable, "In lại") goes to the IT log
            # and the printer's state record (the printing service writes both), never on the kiosk
            take = printer_trouble_text()
        elif outcome.printed:
            take = translate("Kiosk", "Vui lòng nhận phiếu")
        else:
            take = translate("Kiosk", "Xin ghi nhớ số của mình và chờ gọi số")
        ahead = outcome.issued.waiting_ahead
        ahead_text = (
            translate("Kiosk", "Bạn là người tiếp theo")
            if ahead == 0
            else translate("Kiosk", "Có %n người đang chờ trước bạn", None, ahead)
        )
        self._fill(translate("Kiosk", "Số thứ tự của bạn"), ticket.number, service, take, ahead_text)
        colour = BAD if outcome.problem else GOOD
        self.take.setStyleSheet(f"color: {colour};")
        self.take.setFont(font(int((34 if outcome.problem else 46) * self._scale), bold=True))
        self.number.setStyleSheet(f"color: {PRIORITY if ticket.priority else PRIMARY};")
        self._fit_number()  # after the style sheet, which puts back the font the label was polished with
        self.done_button.show()

    def show_notice(self, title: str, message: str) -> None:
        self._fill(title, "", message, "", "")
        self.service.setStyleSheet(f"color: {INK};")
        self.done_button.show()

    def set_countdown(self, seconds: int) -> None:
        self.countdown.setText(translate("Kiosk", "Màn hình tự trở về sau %n giây", None, seconds))

    def _fill(self, caption: str, number: str, service: str, take: str, ahead: str) -> None:
        self.caption.setText(caption)
        self.number.setText(number)
        self.number.setVisible(bool(number))
        self.service.setText(service)
        self.service.setStyleSheet("")
        self.take.setText(take)
        self.take.setVisible(bool(take))
        self.take.setStyleSheet("")
        self.ahead.setText(ahead)
        self.ahead.setVisible(bool(ahead))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_number()

    def _fit_number(self) -> None:
        """The number as large as the screen allows, and never wider than the card."""
        pixels = int(230 * self._scale)
        chosen = font(pixels, bold=True)
        room = self.number.contentsRect().width()
        text = self.number.text()
        while room > 0 and pixels > 40 and QFontMetrics(chosen).horizontalAdvance(text) > room:
            pixels -= 4
            chosen = font(pixels, bold=True)
        self.number.setFont(chosen)

    def rescale(self, scale: float) -> None:
        self._scale = scale
        self.caption.setFont(font(int(40 * scale), bold=True))
        self._fit_number()
        self.number.setMinimumHeight(int(230 * scale * 1.25))  # never squeezed by a long message below
        self.service.setFont(font(int(36 * scale)))
        self.take.setFont(font(int(46 * scale), bold=True))
        self.ahead.setFont(font(int(30 * scale)))
        self.countdown.setFont(font(int(24 * scale)))
        self.countdown.setProperty("look", "muted")
        self.done_button.setFont(font(int(32 * scale), bold=True))
        self.done_button.setMinimumSize(int(320 * scale), int(90 * scale))


def printer_trouble_text() -> str:
    """The kiosk's one message when the ticket was issued but not printed."""
    return translate(
        "Kiosk",
        "Máy in phiếu đang gặp sự cố. Quý khách vui lòng ghi nhớ số thứ tự trên màn hình và chờ gọi số; "
        "nhân viên sẽ hỗ trợ.",
    )
