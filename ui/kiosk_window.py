"""The ticket kiosk: a touch screen in the hall, full screen and locked.

Tap a service → the buttons lock (no double tickets) → the ticket is issued and printed on a worker
thread → the number fills the screen with 'Vui lòng nhận phiếu' → back to the start by itself.
Printer trouble still shows the number. Leaving needs the admin PIN (hold the top bar 3 s)."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut, QWindowStateChangeEvent
from PySide6.QtWidgets import QLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk_desktop.domain import PriorityReason
from kiosk_desktop.errors import DailyLimitReached, KioskError, ServiceClosed, StorageUnavailable
from kiosk_desktop.services.views import QueueStatus, ServiceQueue
from ui.banner import TroubleBanner
from ui.floor import Floor
from ui.header_bar import HeaderBar
from ui.kiosk_hours import OpeningHours
from ui.kiosk_notice import Notice
from ui.kiosk_priority_page import KioskPriorityPage
from ui.kiosk_service_page import KioskServicePage
from ui.kiosk_ticket_page import KioskTicketPage
from ui.operations import Operations
from ui.pin_dialog import PinDialog
from ui.theme import set_look
from ui.ticket_desk import DeskOutcome

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

PRIORITY_TIMEOUT_MS = 45_000  # a priority choice nobody followed up goes back to normal tickets


class KioskWindow(QWidget):
    ticket_shown = Signal(object)  # DeskOutcome
    notice_shown = Signal(str)  # the notice text (daily limit, closed, trouble)

    def __init__(self, floor: Floor, *, locked: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.floor = floor
        self.settings = floor.settings.kiosk
        self.locked = locked
        self._unlocked = False
        self._issuing = False
        self._reason: str | None = None
        self._seconds_left = 0
        self.hours = OpeningHours.of(self.settings)
        self.shown_services: list[ServiceQueue] = []  # this kiosk's buttons, as the last status told
        self.setWindowTitle(translate("Kiosk", "Lấy số thứ tự"))
        set_look(self, "page")
        self.desk = floor.desk(self.settings.print_tickets)
        self.ops = Operations(self)
        self._build()
        self._wire()
        if locked:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        if floor.state.status is not None:
            self._on_status(floor.state.status)

    def _build(self) -> None:
        self.header = HeaderBar()
        self.banner = TroubleBanner(pixels=20)
        self.services = KioskServicePage()
        self.priority = KioskPriorityPage()
        self.ticket = KioskTicketPage()
        self.pages = QStackedWidget()
        for page in (self.services, self.priority, self.ticket):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # any size: the fonts follow it
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)

    def _wire(self) -> None:
        state = self.floor.state
        state.status_changed.connect(self._on_status)
        state.trouble.connect(self._on_trouble)
        self.ops.storage_failed.connect(lambda text: self._on_trouble("database", text))
        self.ops.storage_ok.connect(lambda: self._on_trouble("database", ""))
        self.services.service_chosen.connect(self.tap_service)
        self.services.priority_wanted.connect(lambda: self.pages.setCurrentWidget(self.priority))
        self.services.priority_dropped.connect(lambda: self.choose_priority(None))
        self.priority.reason_chosen.connect(self.choose_priority)
        self.priority.back.connect(self.return_to_start)
        self.ticket.done.connect(self.return_to_start)
        self.header.held.connect(self.ask_pin)
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self, self.ask_pin)
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._every_second)
        self._tick.start(1000)
        self._priority_timeout = QTimer(self)
        self._priority_timeout.setSingleShot(True)
        self._priority_timeout.timeout.connect(lambda: self.choose_priority(None))
        self._every_second()

    # --- what the citizen does ------------------------------------------------------------

    def choose_priority(self, reason: str | None) -> None:
        self._reason = reason
        self.services.set_priority(reason)
        self.pages.setCurrentWidget(self.services)
        if reason:
            self._priority_timeout.start(PRIORITY_TIMEOUT_MS)
        else:
            self._priority_timeout.stop()

    def tap_service(self, code: str) -> None:
        if self._issuing or self.services.closed or code in self.services.full:
            return  # a double tap (the first one is still being issued), or nothing to hand out
        self._issuing = True
        self._priority_timeout.stop()
        self.services.set_taps_enabled(False)
        self.ticket.show_issuing()
        self.pages.setCurrentWidget(self.ticket)
        reason = PriorityReason(self._reason) if self._reason else None
        self.ops.run(lambda: self.desk.issue(code, reason), self._on_issued, self._on_refused)

    def return_to_start(self) -> None:
        if self._issuing:
            return  # never leave the page while a ticket is on its way
        self._seconds_left = 0
        self._reason = None
        self.services.set_priority(None)
        self.services.set_taps_enabled(True)
        self.pages.setCurrentWidget(self.services)

    @property
    def issuing(self) -> bool:
        return self._issuing

    # --- results ---------------------------------------------------------------------------

    def _on_issued(self, outcome: DeskOutcome) -> None:
        self._issuing = False
        self.ticket.show_ticket(outcome)
        if outcome.problem:  # the printing service logged it for IT; the citizen gets one plain line
            log.info("ticket %s shown without a printed slip", outcome.issued.ticket.number)
        self._start_countdown()
        self.ticket_shown.emit(outcome)
        self.floor.state.reload()  # the waiting counts on the buttons

    def _on_refused(self, error: KioskError) -> None:
        self._issuing = False
        if isinstance(error, DailyLimitReached | ServiceClosed):
            title = translate("Kiosk", "Dịch vụ này đã hết số hôm nay")
            message = error.message
        elif isinstance(error, StorageUnavailable):
            title = translate("Kiosk", "Chưa cấp được số")
            message = translate(
                "Kiosk",
                "Hệ thống đang tạm gián đoạn. Xin vui lòng thử lại sau ít phút hoặc liên hệ cán bộ hướng dẫn.",
            )
        else:
            title = translate("Kiosk", "Chưa cấp được số")
            message = translate("Kiosk", "Xin vui lòng liên hệ cán bộ hướng dẫn để được cấp số.")
        self.ticket.show_notice(title, message)
        self._start_countdown()
        self.notice_shown.emit(message)
        self.floor.state.reload()  # a limit reached elsewhere: grey that button before the next citizen

    def _start_countdown(self) -> None:
        self._seconds_left = self.settings.return_after_s
        self.ticket.set_countdown(self._seconds_left)

    def _every_second(self) -> None:
        self.refresh_availability()  # the clock crosses an opening or closing time by itself
        if self._seconds_left > 0:
            self._seconds_left -= 1
            if self._seconds_left == 0:
                self.return_to_start()
            else:
                self.ticket.set_countdown(self._seconds_left)

    def refresh_availability(self) -> None:
        """Buttons, or the full-page notice: from the centre's local time and the last status."""
        now = self.floor.state.local_now()
        self.header.show_time(now)
        notice = self.notice_for(now)
        self.services.set_closed(notice)
        if notice is not None and self.pages.currentWidget() is self.priority:
            self.choose_priority(None)  # back to the page that carries the notice

    def notice_for(self, now: datetime) -> Notice | None:
        hours = self.hours.sentence()
        if not self.hours.is_open(now):
            return Notice(translate("Kiosk", "Ngoài giờ cấp số thứ tự"), self.hours.come_back_text(now), hours)
        if self.shown_services and all(service.limit_reached for service in self.shown_services):
            message = translate(
                "Kiosk",
                "Các dịch vụ đã cấp hết số của ngày hôm nay. Mời quý khách quay lại vào ngày làm việc tiếp theo "
                "hoặc liên hệ quầy hướng dẫn.",
            )
            return Notice(translate("Kiosk", "Hôm nay đã hết số thứ tự"), message, hours)
        return None

    def _on_status(self, status: QueueStatus) -> None:
        self.header.set_names(status.centre, translate("Kiosk", "Lấy số thứ tự"))
        services = status.services
        if self.settings.services:
            by_code = {service.code: service for service in services}
            services = [by_code[code] for code in self.settings.services if code in by_code]
        self.shown_services = services
        self.services.show_services(services)
        if not self._issuing and self.pages.currentWidget() is self.services:
            self.services.set_taps_enabled(True)
        self.refresh_availability()  # the last service reaching its limit turns the page into a notice

    def _on_trouble(self, source: str, message: str) -> None:
        self.banner.report(source, message)

    # --- the lock --------------------------------------------------------------------------

    def ask_pin(self) -> None:
        if not self.locked:
            self.close()
            return
        dialog = PinDialog(self.settings.admin_pin, self)
        if dialog.exec():
            self._unlocked = True
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked and not self._unlocked:
            event.ignore()  # Alt+F4 and the like: a kiosk only closes with the admin PIN
            return
        self.ops.forget()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """A locked kiosk that was full screen goes back to it when the system minimises it or takes
        it out (Win+Down, an edge swipe): a citizen must never be left at a desktop."""
        super().changeEvent(event)
        if not (self.locked and not self._unlocked and isinstance(event, QWindowStateChangeEvent)):
            return
        if event.oldState() & Qt.WindowState.WindowFullScreen and not self.isFullScreen():
            QTimer.singleShot(0, self.showFullScreen)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.locked and event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        scale = max(0.55, min(size.width() / 1280, size.height() / 1024))
        portrait = size.width() < size.height() * 0.8
        columns = 1 if portrait else (3 if len(self.services.buttons) > 8 else 2)
        self.header.rescale(scale)
        self.services.rescale(scale, columns)
        self.priority.rescale(scale, 1 if portrait else 2)
        self.ticket.rescale(scale)
        super().resizeEvent(event)
